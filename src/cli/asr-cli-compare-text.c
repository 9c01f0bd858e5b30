/* asr-cli-compare-text.c: assessor --compare's text output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the previous ratings come from and any notices, then each key
 * question's previous and current rating in words, the carried-forward
 * scores with their ages, and, against a previous assessment, the quality
 * statements that changed with a readable diff of their notes.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-cli-compare-private.h"
#include "asr-notes-diff.h"

static void
print_header (Compare *c)
{
  const char *date = asr_assessment_get_previous_date (c->assessment);
  g_autofree char *notice = asr_comparison_dup_framework_notice (c->comparison);
  const char *name = asr_assessment_get_service_name (c->assessment);

  if (*name != '\0')
    g_print ("%s\n\n", name);
  if (c->kind == ASR_PREVIOUS_ASSESSMENT)
    {
      /* Not re-based: the ratings "previously" are FILE's own. */
      g_print (_("Compared with: %s\n"), c->baseline->source);
      g_print (_("Previous ratings, as this assessment records them: %s\n"),
               *asr_assessment_get_previous_source (c->assessment) != '\0'
               ? asr_assessment_get_previous_source (c->assessment) : _("none"));
    }
  else
    g_print (_("Previous ratings: %s\n"), asr_assessment_get_previous_source (c->assessment));
  if (*date != '\0')
    {
      g_autofree char *when = asr_format_date (date);
      g_print (_("Dated: %s\n"), when);
    }
  for (guint i = 0; i < c->baseline->notices->len; i++)
    g_print (_("Note: %s\n"), (char *) g_ptr_array_index (c->baseline->notices, i));
  if (notice != NULL)
    g_print (_("Note: %s\n"), notice);
  g_print ("\n");
}

static void
print_ratings (Compare *c)
{
  g_autoptr(GPtrArray) changes = asr_comparison_list_ratings (c->comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      AsrRatingChange *change = g_ptr_array_index (changes, i);
      g_autofree char *text = asr_rating_change_describe (change);

      g_print ("%s%s\n", i + 1 == changes->len ? "\n" : "", text);
    }
}

static void
print_carried_forward (Compare *c)
{
  g_autoptr(GPtrArray) items = asr_comparison_list_carried_forward (c->comparison);
  g_autofree char *reference = asr_format_date (asr_comparison_get_reference_date (c->comparison));

  if (items->len == 0)
    return;
  g_print (_("\nCarried forward (ages on %s; stale when older than %d years):\n"),
           reference, asr_comparison_get_stale_threshold_years (c->comparison));
  for (guint i = 0; i < items->len; i++)
    {
      AsrCarriedForward *item = g_ptr_array_index (items, i);
      g_autofree char *when = item->date ? asr_format_date (item->date) : g_strdup (_("an unknown date"));
      g_autofree char *age = asr_format_age (item->age_months);

      if (item->rating == ASR_RATING_NONE)
        g_print (_("  %s, %s: no previous rating to take a score from\n"),
                 item->key_question_name, item->name);
      else
        /* Translators: "  Safe, Safe environments: score 3 from Good of 2 March 2023, 3 years 7 months old" */
        g_print (_("  %s, %s: score %d from %s of %s, %s old%s\n"),
                 item->key_question_name, item->name, item->score,
                 asr_rating_to_label (item->rating), when, age,
                 item->stale ? _(" (stale)") : "");
    }
}

static void
print_statement (AsrStatementChange *change)
{
  g_autofree char *what = asr_statement_change_describe (change, "; ");
  g_autofree char *diff = asr_notes_diff_to_text (change->notes_diff);

  /* Translators: "  Safe, Learning culture: score 3 → 2, down" */
  g_print (_("  %s, %s: %s\n"), change->key_question_name, change->name, what);
  if (change->in_baseline && asr_notes_diff_changed (change->notes_diff))
    g_print (_("    Notes: %s\n"), diff);
}

static void
print_statements (Compare *c)
{
  g_autoptr(GPtrArray) changes = asr_comparison_list_statements (c->comparison);
  guint n_same = 0, n_unlinked = 0;

  if (c->previous == NULL)
    return;
  g_print (_("\nQuality statements that changed ([-removed-] {+added+}):\n"));
  for (guint i = 0; i < changes->len; i++)
    {
      AsrStatementChange *change = g_ptr_array_index (changes, i);

      if (change->changed)
        print_statement (change);
      else if (!change->in_baseline)
        n_unlinked++;
      else
        n_same++;
    }
  if (n_unlinked > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "  %u without a counterpart, compared at key question level only\n",
                          "  %u without a counterpart, compared at key question level only\n",
                          n_unlinked), n_unlinked);
  g_print (g_dngettext (GETTEXT_PACKAGE, "  %u quality statement unchanged\n",
                        "  %u quality statements unchanged\n", n_same), n_same);
}

void
_asr_cli_compare_print_text (Compare *c)
{
  print_header (c);
  print_ratings (c);
  print_carried_forward (c);
  print_statements (c);
}
