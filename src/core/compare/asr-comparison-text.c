/* asr-comparison-text.c: the words of a comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole sentences, so that a screen reader reads a direction the way a
 * report says it ("At this assessment the rating has improved to good").
 */
#define G_LOG_DOMAIN "asr-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-comparison.h"
#include "asr-rules.h"
#include "asr-summary.h"

const char *
asr_direction_to_phrase (AsrDirection direction)
{
  switch (direction)
    {
    case ASR_DIRECTION_IMPROVED: return _("improved");
    case ASR_DIRECTION_SAME: return _("stayed the same");
    case ASR_DIRECTION_DECLINED: return _("declined");
    case ASR_DIRECTION_NONE:
    default: return _("no direction");
    }
}

static char *
describe_current (const AsrRatingChange *change)
{
  if (change->percentage >= 0 && change->current != ASR_RATING_NONE)
    {
      g_autofree char *figure = asr_summary_format_figure (change->percentage);

      /* Translators: "now Good, 75 out of 100" */
      return g_strdup_printf (_("now %s, %s"), asr_rating_to_label (change->current), figure);
    }
  /* Translators: "now Good", "now Not rated" */
  return g_strdup_printf (_("now %s"), asr_rating_to_label (change->current));
}

char *
asr_rating_change_describe (const AsrRatingChange *change)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  current = describe_current (change);
  if (change->carried_over != NULL)
    /* Translators: "Caring: Not assessed in this focused assessment: the previous rating, …" */
    return g_strdup_printf (_("%s: %s"), change->name, change->carried_over);
  if (change->previous_date != NULL && change->previous != ASR_RATING_NONE &&
      change->current != ASR_RATING_NONE)
    {
      g_autofree char *when = asr_format_date (change->previous_date);

      /* Translators: "Effective: previously Good (rated 14 September 2021), now Good, 75 out
       * of 100: stayed the same" */
      return g_strdup_printf (_("%s: previously %s (rated %s), %s: %s"), change->name,
                              asr_rating_to_label (change->previous), when, current,
                              asr_direction_to_phrase (change->direction));
    }
  if (change->previous == ASR_RATING_NONE)
    /* Translators: "Safe: no previous rating; now Good, 75 out of 100" */
    return g_strdup_printf (_("%s: no previous rating; %s"), change->name, current);
  if (change->current == ASR_RATING_NONE)
    /* Translators: "Safe: previously Good; now Not rated" */
    return g_strdup_printf (_("%s: previously %s; %s"), change->name,
                            asr_rating_to_label (change->previous), current);
  /* Translators: "Safe: previously Good, now Requires improvement, 62 out of
   * 100: declined" */
  return g_strdup_printf (_("%s: previously %s, %s: %s"), change->name,
                          asr_rating_to_label (change->previous), current,
                          asr_direction_to_phrase (change->direction));
}

char *
asr_format_previous_with_direction (const char *previous_text,
                                    AsrRating   previous,
                                    AsrRating   current)
{
  AsrDirection direction = asr_rules_direction (previous, current);

  g_return_val_if_fail (previous_text != NULL, NULL);

  if (direction == ASR_DIRECTION_NONE)
    return g_strdup (previous_text);
  /* Translators: "Previously Good (rated 2 March 2023) → now Requires
   * improvement: declined" */
  return g_strdup_printf (_("%s → now %s: %s"), previous_text, asr_rating_to_label (current),
                          asr_direction_to_phrase (direction));
}

static char *
format_years (int years)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), years);
}

static char *
format_months (int months)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months), months);
}

char *
asr_format_age (int months)
{
  g_autofree char *years_text = NULL;
  g_autofree char *months_text = NULL;

  if (months < 0)
    return g_strdup (_("age unknown"));
  if (months == 0)
    return g_strdup (_("less than a month"));
  if (months < 12)
    return format_months (months);
  if (months % 12 == 0)
    return format_years (months / 12);
  years_text = format_years (months / 12);
  months_text = format_months (months % 12);
  /* Translators: "3 years 7 months": the two parts, already translated */
  return g_strdup_printf (_("%s %s"), years_text, months_text);
}

char *
asr_comparison_default_reference_date (AsrAssessment *assessment)
{
  g_autoptr(GDateTime) now = NULL;
  const char *date;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  date = asr_assessment_get_date (assessment);
  if (*date != '\0')
    return g_strdup (date);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
describe_score (const AsrStatementChange *change)
{
  int before = change->score_before;
  int after = change->score_after;

  if (before == 0 && after == 0)
    return NULL;
  if (before == after)
    /* Translators: "score 3, unchanged" */
    return g_strdup_printf (_("score %d, unchanged"), after);
  if (before == 0)
    /* Translators: "score none → 2" */
    return g_strdup_printf (_("score none → %d"), after);
  if (after == 0)
    /* Translators: "score 3 → none" */
    return g_strdup_printf (_("score %d → none"), before);
  /* Translators: "score 3 → 1, down" or "score 3 → 4, up" */
  return g_strdup_printf (after > before ? _("score %d → %d, up") : _("score %d → %d, down"),
                          before, after);
}

/* An item of a judgement framework: its indicative rating. */
static char *
describe_rating (const AsrStatementChange *change)
{
  AsrRating before = change->rating_before;
  AsrRating after = change->rating_after;
  const char *shown_before = before != ASR_RATING_NONE ? asr_rating_to_label (before) : _("none");
  const char *shown_after = after != ASR_RATING_NONE ? asr_rating_to_label (after) : _("none");

  if (before == ASR_RATING_NONE && after == ASR_RATING_NONE)
    return NULL;
  if (before == after)
    /* Translators: "indicative rating Good, unchanged" */
    return g_strdup_printf (_("indicative rating %s, unchanged"), shown_after);
  if (before == ASR_RATING_NONE || after == ASR_RATING_NONE)
    /* Translators: "indicative rating none → Good" */
    return g_strdup_printf (_("indicative rating %s → %s"), shown_before, shown_after);
  /* Translators: "indicative rating Requires improvement → Good, up" */
  return g_strdup_printf (after > before ? _("indicative rating %s → %s, up")
                                         : _("indicative rating %s → %s, down"),
                          shown_before, shown_after);
}

/* "Good" or "score 3": the value of one side as its framework has it. */
static char *
describe_side (gboolean  item,
               AsrRating rating,
               int       score)
{
  if (item)
    return g_strdup (rating != ASR_RATING_NONE ? asr_rating_to_label (rating)
                                               : _("no indicative rating"));
  if (score == 0)
    return g_strdup (_("no score"));
  /* Translators: "score 3" */
  return g_strdup_printf (_("score %d"), score);
}

/* Across frameworks, both sides with their frameworks. */
static char *
describe_mapped (const AsrStatementChange *change)
{
  g_autofree char *before = describe_side (change->before_item, change->rating_before,
                                           change->score_before);
  g_autofree char *after = describe_side (change->item, change->rating_after,
                                          change->score_after);

  /* Translators: "Safeguarding, score 3 (SAF 2024) → Safeguarding from
   * abuse, Good (KLOE 2017)": the previous assessment's statement or item,
   * then this one's, each with its framework's short name (or id) */
  return g_strdup_printf (_("%s, %s (%s) → %s, %s (%s)"), change->before_name, before,
                          change->before_framework_label, change->name, after,
                          change->framework_label);
}

char *
asr_statement_change_describe (const AsrStatementChange *change,
                               const char               *separator)
{
  g_autofree char *score = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  if (!change->in_baseline)
    return g_strdup (_("not in the previous assessment’s framework"));
  if (change->mapped)
    return describe_mapped (change);
  score = change->item ? describe_rating (change) : describe_score (change);
  if (change->source_before != change->source_after || score == NULL)
    /* Translators: "Assessed → Carried forward" */
    source = g_strdup_printf (_("%s → %s"), asr_source_to_label (change->source_before),
                              asr_source_to_label (change->source_after));
  if (score != NULL && source != NULL)
    return g_strconcat (score, separator, source, NULL);
  return g_strdup (score != NULL ? score : source);
}
