/* asr-import-report-build.c: the assessment a published report describes,
 * and the check of its arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The published figure and the statements are both kept and compared;
 * neither replaces the other.  What the comparison can say is in
 * ../shared/domain/cqc-saf.md §7: a match; CQC's observed 62 when a rating
 * is limited to Requires improvement (observed, not a published rule); a
 * figure below 25, which the framework cannot produce (statements counted
 * as 0); or a figure that simply cannot come from the statements.
 */
#define G_LOG_DOMAIN "asr-import-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-baseline.h"
#include "asr-error.h"
#include "asr-import-report-private.h"
#include "asr-summary.h"

static void G_GNUC_PRINTF (2, 3)
find (AsrReportImport *import,
      const char      *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (import->findings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The one score the carried-forward statements share (0 when none; -1
 * when they disagree, which no previous rating can explain). */
static int
carried_forward_score (const AsrKeyQuestionRead *read)
{
  int score = 0;

  for (guint s = 0; s < read->n_statements; s++)
    {
      const AsrStatementRead *st = &read->statements[s];

      if (!st->listed || !st->carried_forward)
        continue;
      if (score != 0 && score != st->score)
        return -1;
      score = st->score;
    }
  return score;
}

/* The previous rating the carried-forward scores were computed from. */
static AsrRating
previous_rating (AsrReportImport          *import,
                 const AsrKeyQuestionDef  *def,
                 const AsrKeyQuestionRead *read,
                 int                       cf_score)
{
  AsrRating from_scores = (AsrRating) cf_score;

  if (cf_score < 0)
    {
      find (import, _("%s: the carried-forward statements have different scores; they are imported as assessed"),
            def->name);
      return read->previous;
    }
  if (cf_score == 0)
    return read->previous;
  if (read->previous != ASR_RATING_NONE && read->previous != from_scores)
    find (import, _("%s: the page gives the previous rating as %s, but its carried-forward statements score %d (%s); the previous rating is taken as %s"),
          def->name, asr_rating_to_label (read->previous), cf_score,
          asr_rating_to_label (from_scores), asr_rating_to_label (from_scores));
  else if (read->previous == ASR_RATING_NONE)
    find (import, _("%s: its carried-forward statements score %d, so the previous rating is taken as %s"),
          def->name, cf_score, asr_rating_to_label (from_scores));
  return from_scores;
}

static void
set_statements (AsrReportImport          *import,
                AsrKeyQuestion           *kq,
                const AsrKeyQuestionRead *read,
                gboolean                  carry_forward)
{
  g_autoptr(GString) not_listed = g_string_new (NULL);

  for (guint s = 0; s < read->n_statements; s++)
    {
      const AsrStatementRead *st = &read->statements[s];
      g_autoptr(AsrQualityStatement) statement =
        g_list_model_get_item (asr_key_question_get_statements (kq), s);

      asr_quality_statement_set_notes (statement, st->notes->str);
      if (st->listed && st->carried_forward && carry_forward)
        asr_quality_statement_set_source (statement, ASR_SOURCE_CARRIED_FORWARD);
      else if (st->listed)
        {
          asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
          asr_quality_statement_set_score (statement, st->score);
        }
      else if (!st->named)
        {
          asr_quality_statement_set_source (statement, ASR_SOURCE_NOT_APPLICABLE);
          g_string_append_printf (not_listed, "%s%s", not_listed->len ? "; " : "",
                                  asr_quality_statement_get_name (statement));
        }
    }
  if (not_listed->len > 0)
    find (import, _("%s: not on the page, so marked not applicable: %s"),
          asr_key_question_get_name (kq), not_listed->str);
}

static guint
count_unread (const AsrKeyQuestionRead *read)
{
  guint n = 0;

  for (guint s = 0; s < read->n_statements; s++)
    n += read->statements[s].named && !read->statements[s].listed;
  return n;
}

/* The published figure against the statements. */
static void
check_percentage (AsrReportImport          *import,
                  AsrKeyQuestion           *kq,
                  const AsrKeyQuestionRead *read)
{
  const char *name = asr_key_question_get_name (kq);
  int computed = asr_key_question_get_percentage (kq);
  int published = read->percentage;
  int sum = asr_key_question_get_sum (kq), maximum = asr_key_question_get_maximum (kq);
  g_autofree char *given = computed >= 0 ? asr_summary_format_figure (computed) : NULL;
  g_autofree char *shown = published >= 0 ? asr_summary_format_figure (published) : NULL;
  guint n_unread = count_unread (read);
  g_autofree char *unread = n_unread == 0 ? g_strdup ("")
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " (%u quality statement could not be read)",
                                    " (%u quality statements could not be read)", n_unread), n_unread);

  /* Translators: in these findings each figure reads "71 out of 100"; "(20
   * of 28)" is the statements' points of the most they could have. */
  if (published < 0)
    find (import, _("%s: no published figure to check; its statements give %s (%d of %d)%s"),
          name, given, sum, maximum, unread);
  else if (computed < 0)
    find (import, _("%s: published %s, but no quality statement could be read to check it"),
          name, shown);
  else if (published == computed)
    find (import, _("%s: the published %s matches its statements (%d of %d)"),
          name, shown, sum, maximum);
  else if (published < 25)
    find (import, _("%s: the published %s is below the possible minimum of 25: CQC evidently counted statements without a score as 0; its statements give %s (%d of %d)%s"),
          name, shown, given, sum, maximum, unread);
  else if (published == 62 && computed > 62 &&
           (read->rating == ASR_RATING_REQUIRES_IMPROVEMENT || read->rating == ASR_RATING_NONE))
    find (import, _("%s: the published %s cannot come from its statements, which give %s (%d of %d); when a rating is limited to Requires improvement CQC has been observed to publish 62, the top of that band (observed practice, not a published rule)%s"),
          name, shown, given, sum, maximum, unread);
  else
    find (import, _("%s: the published %s cannot come from its statements, which give %s (%d of %d)%s"),
          name, shown, given, sum, maximum, unread);
}

/* The published rating against the band of the statements' figure. */
static void
check_rating (AsrReportImport          *import,
              AsrKeyQuestion           *kq,
              const AsrKeyQuestionRead *read)
{
  AsrRating band = asr_key_question_get_band (kq);
  g_autofree char *figure = NULL;

  if (read->rating == ASR_RATING_NONE || band == ASR_RATING_NONE || read->rating == band)
    return;
  figure = asr_summary_format_figure (asr_key_question_get_percentage (kq));
  find (import, _("%s: published as %s, but its statements’ figure, %s, is in the %s band"),
        asr_key_question_get_name (kq), asr_rating_to_label (read->rating),
        figure, asr_rating_to_label (band));
}

static void
build_key_question (AsrReportImport *import,
                    AsrAssessment   *assessment,
                    guint            index)
{
  const AsrKeyQuestionDef *def = asr_framework_get_key_question (import->framework, index);
  const AsrKeyQuestionRead *read = &import->key_questions[index];
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, def->id);
  int cf_score = carried_forward_score (read);

  if (read->by_statements)
    find (import, _("%s: recognised from its statements’ names (%s has no heading)"),
          def->name, read->where);
  asr_key_question_set_previous_rating (kq, previous_rating (import, def, read, cf_score));
  set_statements (import, kq, read, cf_score > 0);
  asr_key_question_set_report (kq, read->percentage, read->rating);
  check_percentage (import, kq, read);
  check_rating (import, kq, read);
}

AsrAssessment *
asr_report_import_finish (AsrReportImport *import,
                          GError         **error)
{
  g_autoptr(AsrAssessment) assessment = NULL;
  guint n_present = 0;

  g_return_val_if_fail (import != NULL, NULL);

  assessment = asr_assessment_new (import->framework);
  asr_assessment_set_provider (assessment, import->provider ? import->provider : "");
  asr_assessment_set_service_name (assessment, import->service_name ? import->service_name : "");
  asr_assessment_set_date (assessment, import->date ? import->date : "");
  asr_assessment_set_status (assessment, ASR_STATUS_FINAL);
  for (guint k = 0; k < import->n_key_questions; k++)
    if (import->key_questions[k].present)
      {
        build_key_question (import, assessment, k);
        n_present++;
      }
  if (n_present == 0)
    {
      g_set_error_literal (error, ASR_ERROR, ASR_ERROR_INVALID,
                           _("no key question could be read from the report"));
      return NULL;
    }
  return g_steal_pointer (&assessment);
}

/* The key questions the pages cover, with their published rating where
 * the page gives one (what the service held, even where the statements'
 * arithmetic says otherwise), else what the statements give. */
static AsrBaseline *
new_baseline (AsrReportImport *import,
              AsrAssessment   *assessment)
{
  AsrBaseline *baseline = asr_baseline_new ();
  const char *date = asr_assessment_get_date (assessment);

  baseline->date = *date != '\0' ? g_strdup (date) : NULL;
  for (guint i = 0; i < ASR_BASELINE_OVERALL; i++)
    {
      AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, asr_baseline_id (i));
      guint index;

      if (kq == NULL ||
          !asr_framework_lookup_key_question (import->framework, asr_baseline_id (i), &index) ||
          !import->key_questions[index].present)
        continue;
      baseline->ratings[i] = asr_key_question_get_report_rating (kq) != ASR_RATING_NONE
                             ? asr_key_question_get_report_rating (kq)
                             : asr_key_question_get_rating (kq);
      baseline->dates[i] = g_strdup (baseline->date);
    }
  return baseline;
}

AsrBaseline *
asr_report_import_baseline (GBytes         *bytes,
                            const char     *filename,
                            AsrAssessment **previous,
                            GError        **error)
{
  g_autoptr(AsrReportImport) import = asr_report_import_new ();
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autofree char *basename = g_path_get_basename (filename);
  g_autofree char *when = NULL;
  AsrBaseline *baseline;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  if (!asr_report_import_add_text (import, text, length, filename, error) ||
      !(assessment = asr_report_import_finish (import, error)))
    return NULL;
  baseline = new_baseline (import, assessment);
  when = asr_format_date (asr_assessment_get_date (assessment));
  /* Translators: "Published CQC report “page.txt” of 15 August 2025" */
  baseline->source = g_strdup_printf (_("Published CQC report “%s” of %s"), basename, when);
  for (guint i = 0; i < import->findings->len; i++)
    g_ptr_array_add (baseline->notices, g_strdup (g_ptr_array_index (import->findings, i)));
  for (guint i = 0; i < import->unreadable->len; i++)
    g_ptr_array_add (baseline->notices,
                     g_strdup_printf (_("Could not read %s"), (char *) g_ptr_array_index (import->unreadable, i)));
  if (previous != NULL)
    *previous = g_steal_pointer (&assessment);
  return baseline;
}
