/* asr-report.c: builds the report document from an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording is ours; the order follows published CQC reports (seeds 000
 * and 004): the service, the date, per key question its rating, how it
 * changed, "scored N (out of 100)", then each quality statement with
 * "Score: N" and its narrative.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report-private.h"

void
asr_report_options_init (AsrReportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->key_questions = NULL;
  options->evidence_notes = FALSE;
  options->comparison = TRUE;
  options->comments = FALSE;
}

void
asr_report_options_clear (AsrReportOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->key_questions, g_strfreev);
}

gboolean
asr_report_options_set_key_questions (AsrReportOptions *options,
                                      AsrAssessment    *assessment,
                                      const char       *list,
                                      GError          **error)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (list != NULL, FALSE);

  ids = g_strsplit (list, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *id = g_strstrip (ids[i]);

      if (asr_assessment_lookup_key_question (assessment, id) == NULL)
        {
          g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                       _("“%s” is not a key question (use safe, effective, caring, responsive, well-led)"),
                       id);
          return FALSE;
        }
      g_strv_builder_add (builder, id);
    }
  g_strfreev (options->key_questions);
  options->key_questions = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
includes (const AsrReportOptions *options,
          const char             *key_question_id)
{
  return options->key_questions == NULL ||
         g_strv_contains ((const char * const *) options->key_questions, key_question_id);
}

static void
add_paragraph (GPtrArray  *paragraphs,
               const char *start,
               const char *end)
{
  g_autofree char *paragraph = g_strndup (start, (gsize) (end - start));

  g_strstrip (paragraph);
  if (paragraph[0] != '\0')
    g_ptr_array_add (paragraphs, g_steal_pointer (&paragraph));
}

/* Past a blank line: NULL unless @p is a newline that ends a line of
 * spaces and tabs or nothing; else the end of the blank line's newline. */
static const char *
skip_blank_line (const char *p)
{
  if (*p != '\n')
    return NULL;
  for (p++; *p == ' ' || *p == '\t'; p++)
    ;
  return *p == '\n' ? p + 1 : NULL;
}

/* Notes become paragraphs at blank lines; single line breaks (a list the
 * inspector typed) stay inside a paragraph.  One pass: a GRegex split
 * here checked the whole of the notes again at every match, so notes of
 * a megabyte with many blank lines took minutes. */
static void
add_paragraphs (GPtrArray  *paragraphs,
                const char *notes)
{
  g_autofree char *unix_notes = NULL;
  const char *start, *next;
  char *p;

  if (notes == NULL || notes[0] == '\0')
    return;

  unix_notes = g_strdup (notes);
  for (p = unix_notes; *p != '\0'; p++)
    if (*p == '\r')
      *p = (p[1] == '\n') ? ' ' : '\n';
  for (start = p = unix_notes; *p != '\0'; p++)
    {
      if (!(next = skip_blank_line (p)))
        continue;
      add_paragraph (paragraphs, start, p);
      /* Any white space that follows belongs to no paragraph. */
      while (*next != '\0' && g_unichar_isspace (g_utf8_get_char (next)))
        next = g_utf8_next_char (next);
      start = next;
      p = (char *) next - 1;
    }
  add_paragraph (paragraphs, start, p);
}

static void
evidence_free (AsrReportEvidence *evidence)
{
  g_free (evidence->name);
  g_free (evidence->score_line);
  g_ptr_array_unref (evidence->paragraphs);
  g_free (evidence);
}

static void
statement_free (AsrReportStatement *statement)
{
  g_free (statement->id);
  g_free (statement->name);
  g_free (statement->score_line);
  g_ptr_array_unref (statement->paragraphs);
  g_ptr_array_unref (statement->evidence);
  g_free (statement);
}

static void
section_free (AsrReportSection *section)
{
  g_free (section->id);
  g_free (section->name);
  g_free (section->rating);
  g_free (section->comparison);
  g_free (section->score_sentence);
  g_ptr_array_unref (section->notes);
  g_ptr_array_unref (section->statements);
  g_free (section);
}

void
asr_report_free (AsrReport *report)
{
  if (report == NULL)
    return;

  g_free (report->service_name);
  g_free (report->subtitle);
  g_ptr_array_unref (report->facts);
  g_free (report->draft_notice);
  g_free (report->overall_heading);
  g_free (report->overall_rating);
  g_ptr_array_unref (report->overall_notes);
  g_ptr_array_unref (report->sections);
  g_free (report->footer);
  g_free (report);
}

static char *
score_line (int score)
{
  return g_strdup_printf (_("Score: %d"), score);
}

static AsrReportEvidence *
build_evidence (AsrEvidence *evidence,
                gboolean     legacy)
{
  AsrReportEvidence *self;
  int score = asr_evidence_get_score (evidence);
  const char *notes = asr_evidence_get_notes (evidence);

  if (notes[0] == '\0' && !(legacy && score > 0))
    return NULL;

  self = g_new0 (AsrReportEvidence, 1);
  self->name = g_strdup (asr_evidence_get_name (evidence));
  self->score_line = (legacy && score > 0) ? score_line (score) : NULL;
  self->paragraphs = g_ptr_array_new_with_free_func (g_free);
  add_paragraphs (self->paragraphs, notes);
  return self;
}

static void
add_evidence (AsrReportStatement  *self,
              AsrQualityStatement *statement,
              gboolean             legacy)
{
  GListModel *evidence = asr_quality_statement_get_evidence (statement);
  guint n = g_list_model_get_n_items (evidence);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrEvidence) item = g_list_model_get_item (evidence, i);
      AsrReportEvidence *built = build_evidence (item, legacy);

      if (built != NULL)
        g_ptr_array_add (self->evidence, built);
    }
}

static void
describe_carried_forward (AsrReportStatement  *self,
                          AsrQualityStatement *statement,
                          const char          *previous_date)
{
  AsrKeyQuestion *key_question = asr_quality_statement_get_key_question (statement);
  const char *kq_name = asr_key_question_get_name (key_question);
  int score = asr_quality_statement_get_effective_score (statement);

  g_ptr_array_add (self->paragraphs,
                   g_strdup_printf (_("We did not look at %s during this assessment. "
                                      "The score for this quality statement is based on the "
                                      "previous rating for %s."),
                                    self->name, kq_name));
  if (score == 0)
    {
      self->score_line = g_strdup (_("No score yet"));
      g_ptr_array_add (self->paragraphs,
                       g_strdup_printf (_("No previous rating for %s has been recorded, so "
                                          "this quality statement has no score yet."), kq_name));
      return;
    }
  self->score_line = score_line (score);
  if (previous_date != NULL && previous_date[0] != '\0')
    {
      g_autofree char *date = asr_format_date (previous_date);

      g_ptr_array_add (self->paragraphs,
                       g_strdup_printf (_("That rating is from %s."), date));
    }
}

static void
describe_source (AsrReportStatement  *self,
                 AsrQualityStatement *statement,
                 const char          *previous_date)
{
  int score = asr_quality_statement_get_effective_score (statement);

  switch (asr_quality_statement_get_source (statement))
    {
    case ASR_SOURCE_ASSESSED:
      self->score_line = score > 0 ? score_line (score) : g_strdup (_("No score yet"));
      break;
    case ASR_SOURCE_CARRIED_FORWARD:
      describe_carried_forward (self, statement, previous_date);
      break;
    case ASR_SOURCE_NOT_APPLICABLE:
      self->score_line = g_strdup (_("Not applicable"));
      g_ptr_array_add (self->paragraphs,
                       g_strdup (_("This quality statement does not apply to this service "
                                   "and is not counted in the score.")));
      break;
    case ASR_SOURCE_NOT_STARTED:
    default:
      self->score_line = g_strdup (_("Not assessed yet"));
      g_ptr_array_add (self->paragraphs,
                       g_strdup (_("This quality statement has not been assessed yet.")));
      break;
    }
}

static AsrReportStatement *
build_statement (AsrQualityStatement    *statement,
                 AsrAssessment          *assessment,
                 const AsrReportOptions *options)
{
  AsrReportStatement *self = g_new0 (AsrReportStatement, 1);
  AsrFramework *framework = asr_assessment_get_framework (assessment);
  gboolean legacy = asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;

  self->id = g_strdup (asr_quality_statement_get_id (statement));
  self->name = g_strdup (asr_quality_statement_get_name (statement));
  self->source = asr_quality_statement_get_source (statement);
  self->paragraphs = g_ptr_array_new_with_free_func (g_free);
  self->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) evidence_free);
  if (asr_framework_get_scoring_method (framework) == ASR_SCORING_JUDGEMENT)
    _asr_report_describe_item (self, statement);
  else
    describe_source (self, statement, asr_key_question_get_previous_date_in_effect (asr_quality_statement_get_key_question (statement)));
  add_paragraphs (self->paragraphs, asr_quality_statement_get_notes (statement));
  if (options->evidence_notes)
    add_evidence (self, statement, legacy);
  if (options->comments)
    _asr_report_add_comments (self->paragraphs, asr_quality_statement_get_comments (statement));
  return self;
}

/* "At the previous assessment this area was rated Requires improvement.
 * In this assessment the rating has improved to Good." */
char *
_asr_report_describe_change (AsrRating   previous,
                             AsrRating   current,
                             const char *previous_date)
{
  g_autofree char *date = NULL;
  g_autofree char *before = NULL;
  const char *now_label = asr_rating_to_label (current);

  if (previous == ASR_RATING_NONE)
    return g_strdup_printf ("%s.", asr_direction_to_label (ASR_DIRECTION_NONE));

  if (previous_date != NULL && previous_date[0] != '\0')
    {
      date = asr_format_date (previous_date);
      before = g_strdup_printf (_("At the previous assessment, on %s, the rating was %s."),
                                date, asr_rating_to_label (previous));
    }
  else
    before = g_strdup_printf (_("At the previous assessment the rating was %s."),
                              asr_rating_to_label (previous));

  switch (asr_rules_direction (previous, current))
    {
    case ASR_DIRECTION_IMPROVED:
      return g_strdup_printf (_("%s At this assessment it has improved to %s."), before, now_label);
    case ASR_DIRECTION_DECLINED:
      return g_strdup_printf (_("%s At this assessment it has gone down to %s."), before, now_label);
    case ASR_DIRECTION_SAME:
      return g_strdup_printf (_("%s At this assessment it stays %s."), before, now_label);
    case ASR_DIRECTION_NONE:
    default:
      return g_strdup_printf (_("%s There is no rating in this draft yet to compare with."), before);
    }
}

static char *
describe_score (AsrKeyQuestion *key_question)
{
  int percentage = asr_key_question_get_percentage (key_question);
  g_autofree char *carried = asr_key_question_describe_carried_over (key_question);

  /* A focused assessment says which ratings it carried over, and from when. */
  if (carried != NULL)
    return g_strdup_printf ("%s.", carried);
  if (percentage < 0)
    return g_strdup (_("There is no score for this area yet: none of its quality statements has a score."));
  return g_strdup_printf (_("This service scored %d (out of 100) for this area."), percentage);
}

static void
add_key_question_notes (GPtrArray      *notes,
                        AsrKeyQuestion *key_question)
{
  AsrLimit limit = asr_key_question_get_limited_by (key_question);
  int percentage = asr_key_question_get_percentage (key_question);
  int published = asr_key_question_get_published_percentage (key_question);
  guint n_waiting = asr_key_question_get_n_in_scope (key_question) -
                    asr_key_question_get_n_scored (key_question);

  if (limit != ASR_LIMIT_NONE)
    g_ptr_array_add (notes, g_strdup_printf ("%s.", asr_limit_to_label (limit)));
  if (limit == ASR_LIMIT_OVERRIDE)
    g_ptr_array_add (notes, g_strdup_printf (_("Reason: %s"),
                                             asr_key_question_get_override_reason (key_question)));
  if (published >= 0 && published != percentage)
    g_ptr_array_add (notes, g_strdup_printf (_("CQC’s published reports have shown %d for ratings "
                                               "limited this way; this is observed practice, not "
                                               "a published rule."), published));
  if (n_waiting > 0 && percentage >= 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Provisional: %u quality statement does not count yet, so this score may change.",
                                                          "Provisional: %u quality statements do not count yet, so this score may change.",
                                                          n_waiting), n_waiting));
}

static AsrReportSection *
build_section (AsrKeyQuestion         *key_question,
               AsrAssessment          *assessment,
               const AsrReportOptions *options)
{
  AsrReportSection *self = g_new0 (AsrReportSection, 1);
  GListModel *statements = asr_key_question_get_statements (key_question);
  AsrRating rating = asr_key_question_get_rating (key_question);

  self->id = g_strdup (asr_key_question_get_id (key_question));
  self->name = g_strdup (asr_key_question_get_name (key_question));
  self->rating = g_strdup (asr_rating_to_label (rating));
  if (options->comparison)
    self->comparison = _asr_report_describe_change (asr_key_question_get_previous_rating (key_question),
                                                    rating,
                                                    asr_key_question_get_previous_date_in_effect (key_question));
  self->notes = g_ptr_array_new_with_free_func (g_free);
  if (asr_summary_is_judged (key_question))
    _asr_report_add_judgement (self, key_question);
  else
    {
      self->score_sentence = describe_score (key_question);
      add_key_question_notes (self->notes, key_question);
    }
  if (options->comments)
    _asr_report_add_comments (self->notes, asr_key_question_get_comments (key_question));
  self->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) statement_free);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, i);

      g_ptr_array_add (self->statements, build_statement (statement, assessment, options));
    }
  return self;
}

AsrReport *
asr_report_new (AsrAssessment          *assessment,
                const AsrReportOptions *options)
{
  AsrReport *report;
  AsrReportOptions defaults;
  GListModel *key_questions;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  if (options == NULL)
    {
      asr_report_options_init (&defaults);
      options = &defaults;
    }
  report = g_new0 (AsrReport, 1);
  _asr_report_add_overview (report, assessment, options);
  report->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  key_questions = asr_assessment_get_key_questions (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (key_questions); i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (key_questions, i);

      if (includes (options, asr_key_question_get_id (key_question)))
        g_ptr_array_add (report->sections, build_section (key_question, assessment, options));
    }
  return report;
}
