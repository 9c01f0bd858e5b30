/* asr-cli-compare-json.c: assessor --compare --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object: "previous" (kind, source, date, notices), "framework_notice",
 * the reference date and stale threshold, "key_questions" and "overall"
 * (previous → current), "carried_forward" and, against a previous
 * assessment, "statements" (sources, scores or ratings, a mapped line's
 * two sides, the notes diff).  Ids are the file format's (README).
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include "asr-cli-compare-private.h"
#include "asr-notes-diff.h"

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

void
_asr_cli_compare_print_json (Compare *c)
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
