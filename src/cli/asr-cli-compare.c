/* asr-cli-compare.c: assessor --compare=PREVIOUS FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PREVIOUS is read whole and checked before FILE's previous ratings are
 * replaced (in memory; FILE is never written).  Ages of carried-forward
 * ratings count to FILE's assessment date, or to today when it has none;
 * the stale threshold is the app's default, 2 years.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-cli-compare.h"
#include "asr-comparison.h"
#include "asr-core.h"
#include "asr-import-cqc.h"
#include "asr-notes-diff.h"
#include "asr-read-file.h"

typedef struct
{
  AsrAssessment   *assessment;
  AsrAssessment   *previous;    /* when PREVIOUS is an assessment */
  AsrBaseline     *baseline;
  AsrComparison   *comparison;
  AsrPreviousKind  kind;
} Compare;

static void
compare_clear (Compare *c)
{
  g_clear_object (&c->comparison);
  g_clear_object (&c->assessment);
  g_clear_object (&c->previous);
  g_clear_pointer (&c->baseline, asr_baseline_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Compare, compare_clear)

static gboolean
check_usage (const AsrCliOptions *options)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;
  const char *problem = NULL;

  if (options->compare == NULL)
    problem = _("--location goes with --compare; see --help\n");
  else if (options->summary || options->check)
    problem = _("--compare cannot be combined with --summary or --check; see --help\n");
  else if (n_files != 1)
    problem = _("--compare=PREVIOUS takes one FILE; see --help\n");
  else if (asr_import_is_csv_name (options->compare) && options->location == NULL)
    problem = _("A CQC Latest ratings CSV holds many locations: choose one with --location=ID; see --help\n");
  else if (!asr_import_is_csv_name (options->compare) && options->location != NULL)
    problem = _("--location goes with a CSV file only; see --help\n");
  if (problem != NULL)
    g_printerr ("%s", problem);
  return problem == NULL;
}

static gboolean
load (Compare             *c,
      const AsrCliOptions *options)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[0]);
  g_autoptr(GFile) previous_file = g_file_new_for_commandline_arg (options->compare);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;

  c->assessment = asr_assessment_load_from_file (file, NULL, &error);
  if (c->assessment != NULL)
    bytes = asr_read_file_bounded (previous_file, asr_import_max_size (options->compare),
                                   NULL, &error);
  if (bytes != NULL)
    c->baseline = asr_import_previous (bytes, options->compare, options->location,
                                       &c->kind, &c->previous, &error);
  if (c->baseline == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  /* A previous assessment is compared with, as the window's Compare With
   * Assessment does: FILE keeps its own previous ratings, so its figures
   * are those of --summary FILE and of the window (help/C/compare.page).
   * CQC's ratings (API, CSV, a published report's text) are taken as
   * FILE's previous ratings, as Import Previous Ratings does. */
  if (c->kind != ASR_PREVIOUS_ASSESSMENT)
    asr_baseline_apply (c->baseline, c->assessment);
  c->comparison = asr_comparison_new (c->assessment, c->previous);
  reference = asr_comparison_default_reference_date (c->assessment);
  asr_comparison_set_reference_date (c->comparison, reference);
  return TRUE;
}

/* Text */

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

/* JSON */

static void
write_rating_change (AsrJsonWriter   *w,
                     AsrRatingChange *change)
{
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "id");
  asr_json_writer_string (w, change->id);
  asr_json_writer_key (w, "previous");
  asr_json_writer_string (w, asr_rating_to_id (change->previous));
  asr_json_writer_key (w, "current");
  asr_json_writer_string (w, asr_rating_to_id (change->current));
  asr_json_writer_key (w, "direction");
  asr_json_writer_string (w, change->direction == ASR_DIRECTION_NONE ? NULL
                                                                     : asr_direction_to_id (change->direction));
  if (!g_str_equal (change->id, "overall"))
    {
      asr_json_writer_key (w, "percentage");
      if (change->percentage < 0)
        asr_json_writer_null (w);
      else
        asr_json_writer_int (w, change->percentage);
    }
  asr_json_writer_key (w, "provisional");
  asr_json_writer_boolean (w, change->provisional);
  if (!g_str_equal (change->id, "overall"))
    {
      /* Its own date where CQC gives one per key question, else null
       * (previous.date holds); where the rating is from (focused). */
      asr_json_writer_key (w, "previous_date");
      asr_json_writer_string (w, change->previous_date);
      asr_json_writer_key (w, "rating_from");
      asr_json_writer_string (w, change->carried_over ? "previous" : "this-assessment");
    }
  asr_json_writer_end_object (w);
}

static void
write_ratings (AsrJsonWriter *w,
               Compare       *c)
{
  g_autoptr(GPtrArray) changes = asr_comparison_list_ratings (c->comparison);

  asr_json_writer_key (w, "key_questions");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i + 1 < changes->len; i++)
    write_rating_change (w, g_ptr_array_index (changes, i));
  asr_json_writer_end_array (w);
  asr_json_writer_key (w, "overall");
  write_rating_change (w, g_ptr_array_index (changes, changes->len - 1));
}

static void
write_carried_forward (AsrJsonWriter *w,
                       Compare       *c)
{
  g_autoptr(GPtrArray) items = asr_comparison_list_carried_forward (c->comparison);

  asr_json_writer_key (w, "carried_forward");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < items->len; i++)
    {
      AsrCarriedForward *item = g_ptr_array_index (items, i);

      asr_json_writer_begin_object (w);
      asr_json_writer_key (w, "key_question");
      asr_json_writer_string (w, item->key_question_id);
      asr_json_writer_key (w, "statement");
      asr_json_writer_string (w, item->statement_id);
      asr_json_writer_key (w, "rating");
      asr_json_writer_string (w, asr_rating_to_id (item->rating));
      asr_json_writer_key (w, "score");
      asr_json_writer_int (w, item->score);
      asr_json_writer_key (w, "date");
      asr_json_writer_string (w, item->date);
      asr_json_writer_key (w, "age_months");
      if (item->age_months < 0)
        asr_json_writer_null (w);
      else
        asr_json_writer_int (w, item->age_months);
      asr_json_writer_key (w, "stale");
      asr_json_writer_boolean (w, item->stale);
      asr_json_writer_end_object (w);
    }
  asr_json_writer_end_array (w);
}

static void
write_notes_diff (AsrJsonWriter *w,
                  GPtrArray     *parts)
{
  static const char * const kinds[] = { "same", "removed", "added" };

  asr_json_writer_begin_array (w);
  for (guint i = 0; i < parts->len; i++)
    {
      AsrDiffPart *part = g_ptr_array_index (parts, i);

      asr_json_writer_begin_object (w);
      asr_json_writer_key (w, "kind");
      asr_json_writer_string (w, kinds[part->kind]);
      asr_json_writer_key (w, "text");
      asr_json_writer_string (w, part->text);
      asr_json_writer_end_object (w);
    }
  asr_json_writer_end_array (w);
}

static void
write_score (AsrJsonWriter *w,
             const char    *key,
             int            score)
{
  asr_json_writer_key (w, key);
  if (score > 0)
    asr_json_writer_int (w, score);
  else
    asr_json_writer_null (w);
}

/* One side's indicative rating (an item) or effective score (a statement). */
static void
write_grade (AsrJsonWriter *w,
             const char    *suffix,
             gboolean       item,
             AsrRating      rating,
             int            score)
{
  g_autofree char *key = g_strconcat (item ? "rating" : "score", suffix, NULL);

  if (item)
    {
      asr_json_writer_key (w, key);
      asr_json_writer_string (w, rating ? asr_rating_to_id (rating) : NULL);
    }
  else
    write_score (w, key, score);
}

/* A mapped line's side: its framework, where it is in it, and its grade. */
static void
write_side (AsrJsonWriter *w,
            const char    *key,
            const char    *framework_id,
            const char    *key_question_id,
            const char    *id,
            const char    *name,
            gboolean       item,
            AsrRating      rating,
            int            score)
{
  asr_json_writer_key (w, key);
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "framework");
  asr_json_writer_string (w, framework_id);
  asr_json_writer_key (w, "key_question");
  asr_json_writer_string (w, key_question_id);
  asr_json_writer_key (w, item ? "item" : "statement");
  asr_json_writer_string (w, id);
  asr_json_writer_key (w, "name");
  asr_json_writer_string (w, name);
  write_grade (w, "", item, rating, score);
  asr_json_writer_end_object (w);
}

static void
write_mapping (AsrJsonWriter      *w,
               AsrStatementChange *change)
{
  asr_json_writer_key (w, "mapped");
  asr_json_writer_boolean (w, change->mapped);
  if (!change->mapped)
    return;
  write_side (w, "before", change->before_framework_id, change->before_key_question_id,
              change->before_statement_id, change->before_name, change->before_item,
              change->rating_before, change->score_before);
  write_side (w, "after", change->framework_id, change->key_question_id, change->statement_id,
              change->name, change->item, change->rating_after, change->score_after);
}

static void
write_statement (AsrJsonWriter      *w,
                 AsrStatementChange *change)
{
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "key_question");
  asr_json_writer_string (w, change->key_question_id);
  asr_json_writer_key (w, "statement");
  asr_json_writer_string (w, change->statement_id);
  asr_json_writer_key (w, "changed");
  asr_json_writer_boolean (w, change->changed);
  asr_json_writer_key (w, "in_previous");
  asr_json_writer_boolean (w, change->in_baseline);
  asr_json_writer_key (w, "source_before");
  asr_json_writer_string (w, change->in_baseline ? asr_source_to_id (change->source_before) : NULL);
  asr_json_writer_key (w, "source_after");
  asr_json_writer_string (w, asr_source_to_id (change->source_after));
  /* Across frameworks each side is graded as its own framework grades it. */
  write_grade (w, "_before", change->mapped ? change->before_item : change->item,
               change->rating_before, change->score_before);
  write_grade (w, "_after", change->item, change->rating_after, change->score_after);
  write_mapping (w, change);
  asr_json_writer_key (w, "notes");
  write_notes_diff (w, change->notes_diff);
  asr_json_writer_end_object (w);
}

static void
write_statements (AsrJsonWriter *w,
                  Compare       *c)
{
  g_autoptr(GPtrArray) changes = asr_comparison_list_statements (c->comparison);

  if (c->previous == NULL)
    return;
  asr_json_writer_key (w, "statements");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < changes->len; i++)
    write_statement (w, g_ptr_array_index (changes, i));
  asr_json_writer_end_array (w);
}

static void
write_previous (AsrJsonWriter *w,
                Compare       *c)
{
  static const char * const kinds[] = { "assessment", "cqc-api", "cqc-csv", "cqc-report" };
  const char *date = asr_assessment_get_previous_date (c->assessment);
  g_autofree char *notice = asr_comparison_dup_framework_notice (c->comparison);

  asr_json_writer_key (w, "previous");
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "kind");
  asr_json_writer_string (w, kinds[c->kind]);
  asr_json_writer_key (w, "source");
  asr_json_writer_string (w, c->baseline->source);
  asr_json_writer_key (w, "date");
  asr_json_writer_string (w, *date != '\0' ? date : NULL);
  asr_json_writer_key (w, "notices");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < c->baseline->notices->len; i++)
    asr_json_writer_string (w, g_ptr_array_index (c->baseline->notices, i));
  asr_json_writer_end_array (w);
  asr_json_writer_end_object (w);
  asr_json_writer_key (w, "framework_notice");
  asr_json_writer_string (w, notice);
  asr_json_writer_key (w, "reference_date");
  asr_json_writer_string (w, asr_comparison_get_reference_date (c->comparison));
  asr_json_writer_key (w, "stale_threshold_years");
  asr_json_writer_int (w, asr_comparison_get_stale_threshold_years (c->comparison));
}

static void
print_json (Compare *c)
{
  g_autoptr(GString) out = g_string_new (NULL);
  AsrJsonWriter w;

  asr_json_writer_init (&w, out);
  asr_json_writer_begin_object (&w);
  write_previous (&w, c);
  write_ratings (&w, c);
  write_carried_forward (&w, c);
  write_statements (&w, c);
  asr_json_writer_end_object (&w);
  asr_json_writer_finish (&w);
  g_print ("%s", out->str);
}

int
asr_cli_compare_run (const AsrCliOptions *options)
{
  g_auto(Compare) c = { 0, };

  if (!check_usage (options))
    return ASR_CLI_EXIT_USAGE;
  if (!load (&c, options))
    return ASR_CLI_EXIT_INVALID;
  if (options->json)
    {
      print_json (&c);
      return ASR_CLI_EXIT_OK;
    }
  print_header (&c);
  print_ratings (&c);
  print_carried_forward (&c);
  print_statements (&c);
  return ASR_CLI_EXIT_OK;
}
