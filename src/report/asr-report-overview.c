/* asr-report-overview.c: the top of the report: the service, the date, the
 * draft notice and the overall rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report-private.h"

const char *
_asr_report_contents_title (void)
{
  return _("Contents");
}

const char *
_asr_report_draft_mark (void)
{
  /* Translators: the marking on every page of a draft report */
  return _("DRAFT");
}

char *
_asr_report_rating_line (const char *rating)
{
  return g_strdup_printf (_("Rating: %s"), rating);
}

static void
add_fact (GPtrArray  *facts,
          const char *format,
          const char *value)
{
  if (value != NULL && value[0] != '\0')
    g_ptr_array_add (facts, g_strdup_printf (format, value));
}

static void
add_facts (AsrReport     *report,
           AsrAssessment *assessment)
{
  const char * const *assessors = asr_assessment_get_assessors (assessment);
  g_autofree char *names = assessors ? g_strjoinv (", ", (char **) assessors) : NULL;
  AsrFramework *framework = asr_assessment_get_framework (assessment);

  report->facts = g_ptr_array_new_with_free_func (g_free);
  add_fact (report->facts, _("Provider: %s"), asr_assessment_get_provider (assessment));
  add_fact (report->facts, _("Location: %s"), asr_assessment_get_location (assessment));
  add_fact (report->facts, _("Type of service: %s"), asr_assessment_get_service_type (assessment));
  add_fact (report->facts, _("Assessed by: %s"), names);
  add_fact (report->facts, _("Framework: %s"), asr_framework_get_name (framework));
}

static gboolean
includes_all (AsrAssessment          *assessment,
              const AsrReportOptions *options)
{
  GListModel *key_questions = asr_assessment_get_key_questions (assessment);

  if (options->key_questions == NULL)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (key_questions); i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (key_questions, i);

      if (!g_strv_contains ((const char * const *) options->key_questions,
                            asr_key_question_get_id (key_question)))
        return FALSE;
    }
  return TRUE;
}

static void
add_overall (AsrReport              *report,
             AsrAssessment          *assessment,
             const AsrReportOptions *options)
{
  AsrRating rating = asr_assessment_get_overall_rating (assessment);
  AsrPrinciple principle = asr_assessment_get_overall_principle (assessment);

  report->overall_heading = g_strdup (_("Overall Rating"));
  report->overall_rating = g_strdup (asr_rating_to_label (rating));
  if (options->comparison)
    g_ptr_array_add (report->overall_notes,
                     _asr_report_describe_change (asr_assessment_get_previous_overall_rating (assessment),
                                                  rating,
                                                  asr_assessment_get_previous_date (assessment)));
  g_ptr_array_add (report->overall_notes,
                   g_strdup_printf ("%s.", asr_principle_to_label (principle)));
  if (asr_assessment_get_overall_inferred (assessment))
    g_ptr_array_add (report->overall_notes,
                     g_strdup (_("The published ratings principles do not cover this case; "
                                 "Requires improvement is the only consistent reading.")));
  if (asr_assessment_get_overall_breach_capped (assessment))
    g_ptr_array_add (report->overall_notes,
                     g_strdup (_("A breach of regulation limits the overall rating to "
                                 "Requires improvement.")));
}

void
_asr_report_add_overview (AsrReport              *report,
                          AsrAssessment          *assessment,
                          const AsrReportOptions *options)
{
  const char *name = asr_assessment_get_service_name (assessment);
  const char *date = asr_assessment_get_date (assessment);

  report->service_name = g_strdup (name != NULL && name[0] != '\0' ? name : _("Unnamed service"));
  if (date != NULL && date[0] != '\0')
    {
      g_autofree char *formatted = asr_format_date (date);

      report->subtitle = g_strdup_printf (_("Report from %s assessment"), formatted);
    }
  else
    report->subtitle = g_strdup (_("Report from an assessment with no date yet"));
  add_facts (report, assessment);
  report->draft = asr_assessment_get_status (assessment) == ASR_STATUS_DRAFT;
  if (report->draft)
    report->draft_notice = g_strdup (_("Not for publication. The scores and ratings may still change."));
  report->overall_notes = g_ptr_array_new_with_free_func (g_free);
  if (includes_all (assessment, options))
    add_overall (report, assessment, options);
  report->footer = g_strdup (_("Drafted with Assessor. The scores and ratings are a draft for "
                               "the inspector to judge; Assessor is not made or endorsed by "
                               "the Care Quality Commission."));
}
