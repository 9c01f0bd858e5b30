/* asr-baseline.c: previous ratings read from somewhere, before they are
 * applied to an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-baseline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-baseline.h"

static const struct
{
  const char *id;
  const char *name;    /* as CQC writes it */
  const char *label;
} key_questions[ASR_BASELINE_N] = {
  { "safe", "Safe", N_("Safe") },
  { "effective", "Effective", N_("Effective") },
  { "caring", "Caring", N_("Caring") },
  { "responsive", "Responsive", N_("Responsive") },
  { "well-led", "Well-led", N_("Well-led") },
  { "overall", "Overall", N_("Overall") },
};

static const struct
{
  const char *word;
  AsrRating   rating;
} rating_words[] = {
  { "Outstanding", ASR_RATING_OUTSTANDING },
  { "Good", ASR_RATING_GOOD },
  { "Requires improvement", ASR_RATING_REQUIRES_IMPROVEMENT },
  { "Inadequate", ASR_RATING_INADEQUATE },
  /* CQC's words for "no rating": shown as such, never read as a rating */
  { "Not rated", ASR_RATING_NONE },
  { "Insufficient evidence to rate", ASR_RATING_NONE },
};

AsrBaseline *
asr_baseline_new (void)
{
  AsrBaseline *baseline = g_new0 (AsrBaseline, 1);

  baseline->notices = g_ptr_array_new_with_free_func (g_free);
  return baseline;
}

void
asr_baseline_free (AsrBaseline *baseline)
{
  if (baseline == NULL)
    return;
  for (guint i = 0; i < ASR_BASELINE_N; i++)
    g_free (baseline->dates[i]);
  g_free (baseline->date);
  g_free (baseline->source);
  g_clear_pointer (&baseline->notices, g_ptr_array_unref);
  g_free (baseline);
}

const char *
asr_baseline_id (guint index)
{
  g_return_val_if_fail (index < ASR_BASELINE_N, NULL);

  return key_questions[index].id;
}

const char *
asr_baseline_label (guint index)
{
  g_return_val_if_fail (index < ASR_BASELINE_N, NULL);

  return _(key_questions[index].label);
}

int
asr_baseline_index_for_name (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < ASR_BASELINE_N; i++)
    if (g_ascii_strcasecmp (name, key_questions[i].name) == 0)
      return (int) i;
  return -1;
}

gboolean
asr_baseline_parse_rating (const char *word,
                           AsrRating  *rating)
{
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (rating != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (rating_words); i++)
    if (g_ascii_strcasecmp (word, rating_words[i].word) == 0)
      {
        *rating = rating_words[i].rating;
        return TRUE;
      }
  return FALSE;
}

static void
note_provisional (AsrBaseline    *baseline,
                  AsrKeyQuestion *key_question)
{
  if (!asr_key_question_get_provisional (key_question))
    return;
  /* Translators: "Safe: the previous assessment's rating is provisional …" */
  g_ptr_array_add (baseline->notices,
                   g_strdup_printf (_("%s: the previous assessment’s rating is provisional "
                                      "(some quality statements do not count yet)"),
                                    asr_key_question_get_name (key_question)));
}

static char *
describe_assessment (AsrAssessment *previous,
                     const char    *display_name)
{
  const char *framework = asr_framework_get_label (asr_assessment_get_framework (previous));
  const char *date = asr_assessment_get_date (previous);
  g_autofree char *when = asr_format_date (date);

  if (*date == '\0')
    /* Translators: "Assessor assessment “old.assessment” (SAF 2024)" */
    return g_strdup_printf (_("Assessor assessment “%s” (%s)"), display_name, framework);
  /* Translators: "Assessor assessment “old.assessment” of 2 March 2023 (SAF 2024)" */
  return g_strdup_printf (_("Assessor assessment “%s” of %s (%s)"), display_name, when, framework);
}

AsrBaseline *
asr_baseline_new_from_assessment (AsrAssessment *previous,
                                  const char    *display_name)
{
  g_autoptr(AsrBaseline) baseline = asr_baseline_new ();
  const char *date;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (previous), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  for (guint i = 0; i < ASR_BASELINE_OVERALL; i++)
    {
      AsrKeyQuestion *kq = asr_assessment_lookup_key_question (previous, key_questions[i].id);

      if (kq == NULL)
        continue;
      baseline->ratings[i] = asr_key_question_get_rating (kq);
      note_provisional (baseline, kq);
    }
  baseline->ratings[ASR_BASELINE_OVERALL] = asr_assessment_get_overall_rating (previous);
  date = asr_assessment_get_date (previous);
  baseline->date = *date != '\0' ? g_strdup (date) : NULL;
  for (guint i = 0; i < ASR_BASELINE_N; i++)
    baseline->dates[i] = g_strdup (baseline->date);
  baseline->source = describe_assessment (previous, display_name);
  if (asr_assessment_get_status (previous) != ASR_STATUS_FINAL)
    g_ptr_array_add (baseline->notices,
                     g_strdup (_("The previous assessment is a draft, not final")));
  if (baseline->date == NULL)
    g_ptr_array_add (baseline->notices,
                     g_strdup (_("The previous assessment has no date, so carried-forward "
                                 "scores cannot show how old they are")));
  return g_steal_pointer (&baseline);
}

void
asr_baseline_finish_dates (AsrBaseline *baseline)
{
  const char *latest = NULL;

  g_return_if_fail (baseline != NULL);

  for (guint i = 0; i < ASR_BASELINE_OVERALL; i++)
    if (baseline->dates[i] != NULL && g_strcmp0 (baseline->dates[i], latest) > 0)
      latest = baseline->dates[i];
  g_free (baseline->date);
  baseline->date = g_strdup (baseline->dates[ASR_BASELINE_OVERALL] ? baseline->dates[ASR_BASELINE_OVERALL]
                                                                   : latest);
  for (guint i = 0; i < ASR_BASELINE_OVERALL; i++)
    {
      g_autofree char *when = NULL;
      g_autofree char *overall = NULL;

      if (baseline->dates[i] == NULL || g_strcmp0 (baseline->dates[i], baseline->date) == 0)
        continue;
      when = asr_format_date (baseline->dates[i]);
      overall = asr_format_date (baseline->date);
      /* Translators: "Caring: rated on 3 May 2019, not on 1 May 2024 like the
       * overall rating; …" */
      g_ptr_array_add (baseline->notices,
                       g_strdup_printf (_("%s: rated on %s, not on %s like the overall rating; "
                                          "its carried-forward scores count their age from "
                                          "%s"),
                                        asr_baseline_label (i), when, overall, when));
    }
}

void
asr_baseline_note_not_rated (AsrBaseline *baseline,
                             guint        index,
                             const char  *word)
{
  g_return_if_fail (baseline != NULL);
  g_return_if_fail (index < ASR_BASELINE_N);

  /* Translators: "Caring: CQC gives “Not rated”, which is not a rating; …" */
  g_ptr_array_add (baseline->notices,
                   g_strdup_printf (_("%s: CQC gives “%s”, which is not a rating; "
                                      "no previous rating is set"),
                                    asr_baseline_label (index), word));
}

void
asr_baseline_apply (AsrBaseline   *baseline,
                    AsrAssessment *assessment)
{
  GListModel *kqs;

  g_return_if_fail (baseline != NULL);
  g_return_if_fail (ASR_IS_ASSESSMENT (assessment));

  kqs = asr_assessment_get_key_questions (assessment);
  g_object_freeze_notify (G_OBJECT (assessment));
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      int index = -1;

      for (guint j = 0; j < ASR_BASELINE_OVERALL && index < 0; j++)
        if (g_str_equal (asr_key_question_get_id (kq), key_questions[j].id))
          index = (int) j;
      asr_key_question_set_previous_rating (kq, index >= 0 ? baseline->ratings[index]
                                                           : ASR_RATING_NONE);
      /* A date of its own only where it differs from previous.date. */
      asr_key_question_set_previous_date (kq, index >= 0 && baseline->dates[index] != NULL &&
                                              g_strcmp0 (baseline->dates[index], baseline->date) != 0
                                              ? baseline->dates[index] : "");
    }
  asr_assessment_set_previous_overall_rating (assessment, baseline->ratings[ASR_BASELINE_OVERALL]);
  asr_assessment_set_previous_date (assessment, baseline->date ? baseline->date : "");
  asr_assessment_set_previous_source (assessment, baseline->source ? baseline->source : "");
  g_object_thaw_notify (G_OBJECT (assessment));
}

char *
asr_baseline_dup_notices (AsrBaseline *baseline)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (baseline != NULL, NULL);

  for (guint i = 0; i < baseline->notices->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (baseline->notices, i));
  return g_string_free (out, FALSE);
}
