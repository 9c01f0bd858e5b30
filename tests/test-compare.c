/* test-compare.c: previous ratings (imports from an assessment, CQC's API
 * JSON and Latest ratings CSV), the comparison, the notes diff and the
 * strict CSV reader, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates are fixed: every age is counted to a reference date the test
 * gives, never to the clock.
 */
#define G_LOG_DOMAIN "test-compare"

#include <string.h>

#include <glib.h>

#include "asr-comparison.h"
#include "asr-core.h"
#include "asr-csv.h"
#include "asr-framework-map.h"
#include "asr-import-cqc.h"
#include "asr-notes-diff.h"

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (COMPARE_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (data, length);
}

static AsrAssessment *
load_fixture (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

static AsrAssessment *
load_sample (void)
{
  return load_fixture (SAMPLE_PATH);
}

static AsrAssessment *
load_previous (void)
{
  g_autofree char *path = g_build_filename (COMPARE_DIR, "previous.assessment", NULL);

  return load_fixture (path);
}

/* Notes diff */

static char *
diff_text (const char *before,
           const char *after)
{
  g_autoptr(GPtrArray) parts = asr_notes_diff (before, after);

  return asr_notes_diff_to_text (parts);
}

static void
test_diff_words (void)
{
  g_autofree char *same = diff_text ("Staff were kind.", "Staff were kind.");
  g_autofree char *changed = diff_text ("Staff reported incidents on paper forms. Managers reviewed them.",
                                        "Staff reported incidents through the electronic system. Managers reviewed them.");
  g_autofree char *added = diff_text ("", "New notes.");
  g_autofree char *removed = diff_text ("Old notes.", "");
  g_autoptr(GPtrArray) empty = asr_notes_diff ("", NULL);

  g_assert_cmpstr (same, ==, "Staff were kind.");
  g_assert_cmpstr (changed, ==, "Staff reported incidents [-on paper forms. -]"
                                "{+through the electronic system. +}Managers reviewed them.");
  g_assert_cmpstr (added, ==, "{+New notes.+}");
  g_assert_cmpstr (removed, ==, "[-Old notes.-]");
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_false (asr_notes_diff_changed (empty));
}

/* One or two words left in common between two changes join the change. */
static void
test_diff_short_passages (void)
{
  g_autofree char *text = diff_text ("Medicines were stored and administered safely.",
                                     "Medicines were not always given on time and records had gaps.");

  g_assert_cmpstr (text, ==, "Medicines were [-stored and administered safely.-]"
                             "{+not always given on time and records had gaps.+}");
}

/* The unchanged and added passages give back the new text, and the
 * unchanged and removed ones the old text (up to whitespace). */
static void
test_diff_reconstructs (void)
{
  const char *before = "Risk assessments were in place. Staff knew people well.\nFire drills happened monthly.";
  const char *after = "Risk assessments were not always followed.\nStaff knew people well. Fire drills happened monthly.";
  g_autoptr(GPtrArray) parts = asr_notes_diff (before, after);
  g_autoptr(GString) new_text = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      AsrDiffPart *part = g_ptr_array_index (parts, i);

      if (part->kind != ASR_DIFF_REMOVED)
        g_string_append (new_text, part->text);
      if (i > 0)
        g_assert_cmpint (part->kind, !=, ((AsrDiffPart *) g_ptr_array_index (parts, i - 1))->kind);
    }
  g_assert_cmpstr (new_text->str, ==, after);
  g_assert_true (asr_notes_diff_changed (parts));
}

/* Two long notes with nothing in common: the table would pass the limit,
 * so the diff falls back to sentences, then to "replaced", quickly. */
static void
test_diff_long_notes_bounded (void)
{
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = NULL;
  gint64 start;

  for (guint i = 0; i < 60000; i++)
    {
      g_string_append_printf (before, "word%u ", i);
      g_string_append_printf (after, "term%u%s", i, i % 10 == 9 ? ". " : " ");
    }
  g_string_append (before, "Same ending.");
  g_string_append (after, "Same ending.");
  start = g_get_monotonic_time ();
  parts = asr_notes_diff (before->str, after->str);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (parts->len, ==, 3);
  g_assert_cmpint (((AsrDiffPart *) g_ptr_array_index (parts, 0))->kind, ==, ASR_DIFF_REMOVED);
  g_assert_cmpint (((AsrDiffPart *) g_ptr_array_index (parts, 1))->kind, ==, ASR_DIFF_ADDED);
  g_assert_cmpstr (((AsrDiffPart *) g_ptr_array_index (parts, 2))->text, ==, "Same ending.");
}

/* CSV */

static void
test_csv_quoting (void)
{
  const char data[] = "\xEF\xBB\xBF" "A,B,C\r\n"
                      "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                      ",,\n"
                      "last,row,\"\"";
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrCsv) csv = asr_csv_parse (data, sizeof data - 1, "t.csv", &error);
  char **row;

  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (csv->header, 0), ==, "A");
  g_assert_cmpint (asr_csv_column (csv, "C"), ==, 2);
  g_assert_cmpint (asr_csv_column (csv, "D"), ==, -1);
  g_assert_cmpuint (csv->records->len, ==, 3);
  row = g_ptr_array_index (csv->records, 0);
  g_assert_cmpstr (row[0], ==, "x, y");
  g_assert_cmpstr (row[1], ==, "say \"hi\"");
  g_assert_cmpstr (row[2], ==, "two\r\nlines");
  row = g_ptr_array_index (csv->records, 1);
  g_assert_cmpstr (row[0], ==, "");
  g_assert_cmpuint (g_array_index (csv->lines, guint, 1), ==, 4);
  row = g_ptr_array_index (csv->records, 2);
  g_assert_cmpstr (row[2], ==, "");
}

static void
assert_csv_error (const char *data,
                  gsize       length,
                  const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrCsv) csv = asr_csv_parse (data, length, "t.csv", &error);

  g_assert_null (csv);
  g_assert_error (error, ASR_ERROR, ASR_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_csv_errors (void)
{
  assert_csv_error ("A,B\na\"b,c\n", 10, "t.csv:2:2: a quote inside an unquoted field (quote the whole field and double the quote)");
  assert_csv_error ("A,B\n\"ab\"c,d\n", 12, "t.csv:2:5: text after the closing quote (a quote inside a quoted field is written twice: \"\")");
  assert_csv_error ("A,B\nx,\"never\nclosed\n", 19, "t.csv:2:3: this quoted field is never closed");
  assert_csv_error ("A,B\rx,y\n", 8, "t.csv:1:4: a carriage return without a line feed");
  assert_csv_error ("A,B\nx,\xC3\n", 8, "t.csv:2:3: not UTF-8 text (save the sheet as “CSV UTF-8”)");
  assert_csv_error ("A,B\nx,\0\n", 7, "t.csv:2:3: a NUL byte; this is not a text file");
  assert_csv_error ("A,B\nx,y\nz\n", 10, "t.csv:3: 1 field, but the header has 2 columns");
  assert_csv_error ("A,,B\n", 5, "t.csv:1: column 2 of the header has no name");
  assert_csv_error ("\xEF\xBB\xBF", 3, "t.csv: empty; expected a header line");
}

/* Imports */

static void
test_import_api (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("location-1-101234567.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) previous = NULL;
  AsrPreviousKind kind;
  g_autoptr(AsrBaseline) baseline =
    asr_import_previous (bytes, "location-1-101234567.json", NULL, &kind, &previous, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, ASR_PREVIOUS_CQC_API);
  g_assert_null (previous);
  /* keyQuestionRatings are out of order in the file: matched by name */
  g_assert_cmpint (baseline->ratings[0], ==, ASR_RATING_GOOD);                  /* Safe */
  g_assert_cmpint (baseline->ratings[1], ==, ASR_RATING_GOOD);                  /* Effective */
  g_assert_cmpint (baseline->ratings[2], ==, ASR_RATING_NONE);                  /* Caring: Not rated */
  g_assert_cmpint (baseline->ratings[3], ==, ASR_RATING_OUTSTANDING);           /* Responsive */
  g_assert_cmpint (baseline->ratings[4], ==, ASR_RATING_REQUIRES_IMPROVEMENT);  /* Well-led */
  g_assert_cmpint (baseline->ratings[ASR_BASELINE_OVERALL], ==, ASR_RATING_GOOD);
  g_assert_cmpstr (baseline->date, ==, "2024-05-01");
  g_assert_cmpstr (baseline->dates[1], ==, "2021-09-14");
  g_assert_cmpstr (baseline->source, ==,
                   "CQC API location 1-101234567 (Larchfield House), report 2024-05-01");
  g_assert_cmpuint (baseline->notices->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (baseline->notices, 0), ==,
                   "Caring: CQC gives “Not rated”, which is not a rating; no previous rating is set");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (baseline->notices, 1),
                                   "Effective: rated on 14 September 2021, not on 1 May 2024"));
}

static void
test_import_csv (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("latest-ratings.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrCqcRatings) ratings = asr_cqc_ratings_parse (bytes, "latest-ratings.csv", &error);
  g_autoptr(AsrBaseline) larchfield = NULL;
  g_autoptr(AsrBaseline) willows = NULL;
  g_autoptr(AsrBaseline) missing = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (asr_cqc_ratings_get_n_locations (ratings), ==, 4);
  g_assert_cmpstr (asr_cqc_ratings_get_location_id (ratings, 1), ==, "1-202345678");
  g_assert_cmpstr (asr_cqc_ratings_get_location_name (ratings, 1), ==,
                   "The Willows Surgery, Dr Patel & Partners");
  g_assert_cmpstr (asr_cqc_ratings_get_location_name (ratings, 2), ==, "St Anne's \"Rose Ward\" Hospice");

  /* the "Residential social care" row rates Safe Requires improvement:
   * only the "Overall" rows are the location's own ratings */
  larchfield = asr_cqc_ratings_get_baseline (ratings, "1-101234567", &error);
  g_assert_no_error (error);
  g_assert_cmpint (larchfield->ratings[0], ==, ASR_RATING_GOOD);
  g_assert_cmpint (larchfield->ratings[2], ==, ASR_RATING_NONE);
  g_assert_cmpstr (larchfield->date, ==, "2024-05-01");
  g_assert_cmpstr (larchfield->source, ==, "CQC Latest ratings “latest-ratings.csv”, location "
                   "1-101234567 (Larchfield House), published 2024-05-01");

  willows = asr_cqc_ratings_get_baseline (ratings, "1-202345678", &error);
  g_assert_no_error (error);
  g_assert_cmpint (willows->ratings[4], ==, ASR_RATING_INADEQUATE);
  g_assert_cmpint (willows->ratings[ASR_BASELINE_OVERALL], ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (willows->date, ==, "2025-01-17");
  g_assert_cmpuint (willows->notices->len, ==, 0);

  missing = asr_cqc_ratings_get_baseline (ratings, "1-999", &error);
  g_assert_null (missing);
  g_assert_error (error, ASR_ERROR, ASR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "latest-ratings.csv: no location “1-999” in the sheet");
}

static void
test_import_csv_needs_location (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("latest-ratings.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrBaseline) baseline =
    asr_import_previous (bytes, "latest-ratings.csv", NULL, NULL, NULL, &error);

  g_assert_null (baseline);
  g_assert_cmpstr (error->message, ==,
                   "latest-ratings.csv: the sheet holds 4 locations; choose one by its Location ID");
}

/* Each broken file fails with exactly its message, and the assessment an
 * import would go into is untouched. */
static void
test_import_broken (void)
{
  g_autoptr(GBytes) expected = read_fixture ("broken/expected.txt");
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (expected, NULL), "\n", -1);
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(GBytes) before = asr_assessment_serialize (sample);
  guint n_checked = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AsrBaseline) baseline = NULL;
      g_autoptr(GBytes) after = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      name = g_build_filename ("broken", fields[0], NULL);
      bytes = read_fixture (name);
      baseline = asr_import_previous (bytes, fields[0], "1-101", NULL, NULL, &error);
      g_assert_null (baseline);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, fields[1]);
      after = asr_assessment_serialize (sample);
      g_assert_true (g_bytes_equal (before, after));
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >=, 20);
}

static void
test_apply (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("location-1-101234567.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrBaseline) baseline = asr_import_cqc_api (bytes, "l.json", &error);
  g_autoptr(AsrAssessment) sample = load_sample ();

  g_assert_no_error (error);
  asr_baseline_apply (baseline, sample);
  g_assert_cmpint (asr_key_question_get_previous_rating (asr_assessment_lookup_key_question (sample, "caring")),
                   ==, ASR_RATING_NONE);
  g_assert_cmpint (asr_key_question_get_previous_rating (asr_assessment_lookup_key_question (sample, "responsive")),
                   ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_assessment_get_previous_overall_rating (sample), ==, ASR_RATING_GOOD);
  g_assert_cmpstr (asr_assessment_get_previous_date (sample), ==, "2024-05-01");
  g_assert_cmpstr (asr_assessment_get_previous_source (sample), ==,
                   "CQC API location 1-101234567 (Larchfield House), report 2024-05-01");
}

/* Comparison */

static AsrRatingChange *
find_change (GPtrArray  *changes,
             const char *id)
{
  for (guint i = 0; i < changes->len; i++)
    if (g_str_equal (((AsrRatingChange *) g_ptr_array_index (changes, i))->id, id))
      return g_ptr_array_index (changes, i);
  g_assert_not_reached ();
}

static void
test_directions (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(AsrComparison) comparison = asr_comparison_new (sample, NULL);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *safe = NULL, *well_led = NULL, *overall = NULL, *none = NULL;

  asr_key_question_set_previous_rating (asr_assessment_lookup_key_question (sample, "caring"),
                                        ASR_RATING_NONE);
  changes = asr_comparison_list_ratings (comparison);
  g_assert_cmpuint (changes->len, ==, 6);
  safe = asr_rating_change_describe (find_change (changes, "safe"));
  well_led = asr_rating_change_describe (find_change (changes, "well-led"));
  overall = asr_rating_change_describe (find_change (changes, "overall"));
  none = asr_rating_change_describe (find_change (changes, "caring"));
  g_assert_cmpstr (safe, ==, "Safe: previously Good, now Requires improvement, 66 out of 100: declined");
  g_assert_cmpint (find_change (changes, "safe")->direction, ==, ASR_DIRECTION_DECLINED);
  g_assert_cmpstr (well_led, ==, "Well-led: previously Requires improvement, now Good, 64 out of 100: improved");
  g_assert_cmpstr (overall, ==, "Overall: previously Good, now Requires improvement: declined");
  g_assert_cmpstr (none, ==, "Caring: no previous rating; now Good, 85 out of 100");
  g_assert_cmpint (find_change (changes, "effective")->direction, ==, ASR_DIRECTION_SAME);
  g_assert_cmpstr (asr_direction_to_phrase (ASR_DIRECTION_SAME), ==, "stayed the same");
}

/* The first carried-forward score; asr_comparison_is_stale() says of its
 * statement what the list says (the Summary grid asks it that way). */
static AsrCarriedForward *
first_carried_forward (AsrComparison *comparison,
                       GPtrArray    **items)
{
  AsrCarriedForward *item;
  AsrQualityStatement *statement;

  *items = asr_comparison_list_carried_forward (comparison);
  g_assert_cmpuint ((*items)->len, >, 0);
  item = g_ptr_array_index (*items, 0);
  statement = asr_assessment_lookup_statement (asr_comparison_get_assessment (comparison),
                                               item->key_question_id, item->statement_id);
  g_assert_cmpint (asr_comparison_is_stale (comparison, statement), ==, item->stale);
  return item;
}

/* A rating exactly the threshold old is not stale; a day more is. */
static void
test_stale (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();   /* previous date 2023-03-02 */
  g_autoptr(AsrComparison) comparison = asr_comparison_new (sample, NULL);
  g_autoptr(GPtrArray) items = NULL;
  AsrCarriedForward *item;

  asr_comparison_set_reference_date (comparison, "2025-03-02");
  item = first_carried_forward (comparison, &items);
  g_assert_cmpstr (item->statement_id, ==, "safe-environments");
  g_assert_cmpint (item->rating, ==, ASR_RATING_GOOD);
  g_assert_cmpint (item->score, ==, 3);
  g_assert_cmpstr (item->date, ==, "2023-03-02");
  g_assert_cmpint (item->age_months, ==, 24);
  g_assert_false (item->stale);
  g_clear_pointer (&items, g_ptr_array_unref);

  asr_comparison_set_reference_date (comparison, "2025-03-03");
  item = first_carried_forward (comparison, &items);
  g_assert_true (item->stale);
  g_clear_pointer (&items, g_ptr_array_unref);

  asr_comparison_set_stale_threshold_years (comparison, 3);
  item = first_carried_forward (comparison, &items);
  g_assert_false (item->stale);
  g_clear_pointer (&items, g_ptr_array_unref);

  asr_comparison_set_reference_date (comparison, "2026-10-14");
  item = first_carried_forward (comparison, &items);
  g_assert_cmpint (item->age_months, ==, 43);
  g_assert_true (item->stale);
  g_clear_pointer (&items, g_ptr_array_unref);
  /* Only a carried-forward score is stale, however old the rating. */
  g_assert_false (asr_comparison_is_stale (comparison, asr_assessment_lookup_statement (sample, "safe", "learning-culture")));

  asr_assessment_set_previous_date (sample, "");
  item = first_carried_forward (comparison, &items);
  g_assert_cmpint (item->age_months, ==, -1);
  g_assert_false (item->stale);
}

static void
test_format_age (void)
{
  const struct { int months; const char *text; } cases[] = {
    { -1, "age unknown" }, { 0, "less than a month" }, { 1, "1 month" }, { 11, "11 months" },
    { 12, "1 year" }, { 25, "2 years 1 month" }, { 43, "3 years 7 months" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = asr_format_age (cases[i].months);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
count_cb (gpointer data)
{
  (*(guint *) data)++;
}

static void
test_statements (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(AsrAssessment) previous = load_previous ();
  g_autoptr(AsrComparison) comparison = asr_comparison_new (sample, previous);
  g_autoptr(GPtrArray) changes = asr_comparison_list_statements (comparison);
  g_autofree char *notice = asr_comparison_dup_framework_notice (comparison);
  AsrStatementChange *staffing = NULL;
  guint n_changed = 0, n_signals = 0;

  g_assert_null (notice);
  g_assert_cmpuint (changes->len, ==, 34);
  for (guint i = 0; i < changes->len; i++)
    {
      AsrStatementChange *change = g_ptr_array_index (changes, i);

      n_changed += change->changed;
      if (g_str_equal (change->statement_id, "safe-and-effective-staffing"))
        staffing = change;
    }
  /* both files rate Well-led Requires improvement before, so its two
   * carried-forward statements score 2 on both sides: 6 changed (the
   * command line, which first takes the previous file's ratings, finds 8) */
  g_assert_cmpuint (n_changed, ==, 6);
  g_assert_nonnull (staffing);
  g_assert_cmpint (staffing->score_before, ==, 3);
  g_assert_cmpint (staffing->score_after, ==, 2);
  g_assert_true (asr_notes_diff_changed (staffing->notes_diff));

  g_signal_connect_swapped (comparison, "changed", G_CALLBACK (count_cb), &n_signals);
  asr_quality_statement_set_score (asr_assessment_lookup_statement (previous, "safe", "safeguarding"), 4);
  asr_quality_statement_set_notes (asr_assessment_lookup_statement (sample, "safe", "safeguarding"), "New.");
  g_assert_cmpuint (n_signals, ==, 2);
  asr_comparison_set_baseline (comparison, NULL);
  g_assert_cmpuint (n_signals, ==, 3);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = asr_comparison_list_statements (comparison);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_framework_notice (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) legacy = asr_framework_registry_lookup ("cqc-saf-2023", &error);
  g_autoptr(AsrAssessment) previous = NULL;
  g_autoptr(AsrComparison) comparison = NULL;
  g_autofree char *notice = NULL;

  g_assert_no_error (error);
  previous = asr_assessment_new (legacy);
  comparison = asr_comparison_new (sample, previous);
  notice = asr_comparison_dup_framework_notice (comparison);
  g_assert_cmpstr (notice, ==,
                   "The method changed: the previous assessment used SAF 2023 (Quality "
                   "statement scores computed from evidence categories), this one uses "
                   "SAF 2024 (Quality statements scored directly). A movement in a score or "
                   "rating may come from the change of method, not from a change in the service. "
                   "Quality statements and items linked one to one are compared side by side; "
                   "the rest are compared at key question level only, because the other "
                   "framework has no one-to-one topic for them.");
}

static void
test_baseline_from_assessment (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("previous.assessment");
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) previous = NULL;
  AsrPreviousKind kind;
  g_autoptr(AsrBaseline) baseline =
    asr_import_previous (bytes, "/some/dir/previous.assessment", NULL, &kind, &previous, &error);

  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, ASR_PREVIOUS_ASSESSMENT);
  g_assert_nonnull (previous);
  g_assert_cmpint (baseline->ratings[0], ==, ASR_RATING_GOOD);
  g_assert_cmpstr (baseline->date, ==, "2023-03-02");
  g_assert_cmpstr (baseline->source, ==,
                   "Assessor assessment “previous.assessment” of 2 March 2023 (SAF 2024)");
}

/* The maps_to links of a framework file under the source tree. */
static GPtrArray *
read_links (const char *relative,
            char      **id)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), relative, NULL);
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  GPtrArray *links;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  links = asr_map_links_read (data, length, relative, id, &error);
  g_assert_no_error (error);
  return links;
}

static void
assert_counterpart (const char *a_id, GPtrArray *a, const char *b_id, GPtrArray *b,
                    const char *kq, const char *id, const char *want_kq, const char *want_id)
{
  const char *got_kq = NULL, *got_id = NULL;
  gboolean found = asr_map_counterpart (a_id, a, b_id, b, kq, id, &got_kq, &got_id);

  g_assert_cmpint (found, ==, want_id != NULL);
  g_assert_cmpstr (got_kq, ==, want_kq);
  g_assert_cmpstr (got_id, ==, want_id);
}

/* Counterparts through maps_to in either direction: the shipped KLOE file
 * against SAF 2024 (which has no links of its own), and a fixture copy of
 * SAF 2023 with two links to SAF 2024; unlinked items have none. */
static void
test_framework_map (void)
{
  g_autofree char *kloe_id = NULL, *saf_id = NULL, *old_id = NULL;
  g_autoptr(GPtrArray) kloe = read_links ("data/frameworks/cqc-kloe-asc-2017.json", &kloe_id);
  g_autoptr(GPtrArray) saf = read_links ("data/frameworks/cqc-saf-2024.json", &saf_id);
  g_autoptr(GPtrArray) old = read_links ("tests/compare/cqc-saf-2023-mapped.json", &old_id);

  g_assert_cmpstr (kloe_id, ==, "cqc-kloe-asc-2017");
  g_assert_cmpuint (kloe->len, ==, 13);
  g_assert_cmpuint (saf->len, ==, 0);
  /* forwards and back */
  assert_counterpart (kloe_id, kloe, saf_id, saf, "safe", "s1", "safe", "safeguarding");
  assert_counterpart (saf_id, saf, kloe_id, kloe, "safe", "safeguarding", "safe", "s1");
  assert_counterpart (saf_id, saf, kloe_id, kloe, "effective", "consent-to-care-and-treatment",
                      "effective", "e7");
  /* not mapped: compared at key question level */
  assert_counterpart (kloe_id, kloe, saf_id, saf, "safe", "s2", NULL, NULL);
  assert_counterpart (saf_id, saf, kloe_id, kloe, "caring", "kindness-compassion-and-dignity", NULL, NULL);
  /* a link to another framework is not a counterpart here */
  assert_counterpart (kloe_id, kloe, "cqc-saf-2023", NULL, "safe", "s1", NULL, NULL);

  g_assert_cmpstr (old_id, ==, "cqc-saf-2023");
  g_assert_cmpuint (old->len, ==, 2);
  /* the fixture links two different ids on purpose, so that only the link
   * can line them up */
  assert_counterpart (saf_id, saf, old_id, old, "well-led", "capable-compassionate-and-inclusive-leaders",
                      "well-led", "freedom-to-speak-up");
  assert_counterpart (saf_id, saf, old_id, old, "well-led", "learning-improvement-and-innovation",
                      NULL, NULL);
}

/* Across frameworks, a statement is lined up with its maps_to counterpart
 * in the baseline, else with the statement of the same id. */
static void
test_comparison_mapped (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) legacy = asr_framework_registry_lookup ("cqc-saf-2023", &error);
  g_autoptr(AsrAssessment) previous = NULL;
  g_autoptr(AsrComparison) comparison = NULL;
  g_autofree char *old_id = NULL;
  g_autoptr(GPtrArray) old = read_links ("tests/compare/cqc-saf-2023-mapped.json", &old_id);
  AsrQualityStatement *speak_up;
  AsrStatementChange *leaders = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_assert_no_error (error);
  previous = asr_assessment_new (legacy);
  speak_up = asr_assessment_lookup_statement (previous, "well-led", "freedom-to-speak-up");
  asr_quality_statement_set_notes (speak_up, "Staff said they could speak up.");
  comparison = asr_comparison_new (sample, previous);
  asr_comparison_set_framework_links (comparison, NULL, old);
  changes = asr_comparison_list_statements (comparison);
  for (guint i = 0; i < changes->len; i++)
    {
      AsrStatementChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->statement_id, "capable-compassionate-and-inclusive-leaders"))
        leaders = change;
      if (g_str_equal (change->statement_id, "learning-culture"))
        g_assert_true (!change->mapped && change->in_baseline);   /* the same id, no link */
    }
  g_assert_nonnull (leaders);
  g_assert_true (leaders->mapped);
  g_assert_true (leaders->in_baseline);
  g_assert_cmpstr (leaders->before_name, ==, "Freedom to speak up");
  g_assert_true (leaders->changed);
}

/* A broken maps_to is refused with the file and the JSON path. */
static void
test_framework_map_broken (void)
{
  const char *bad = "{\"id\": \"x\", \"key_questions\": [{\"id\": \"safe\", \"items\": "
                    "[{\"id\": \"s1\", \"maps_to\": [{\"framework\": \"y\", \"key_question\": 3}]}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) links = asr_map_links_read (bad, strlen (bad), "bad.json", NULL, &error);

  g_assert_null (links);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bad.json: /key_questions/0/items/0/maps_to/0/key_question"));
}

/* The map reads a framework file with the loader's own member walker: a
 * maps_to entry without its key question gets the same message from both,
 * at the same JSON path. */
static void
test_framework_map_same_message (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"),
                                            "tests", "frameworks", "judgement.json", NULL);
  g_autofree char *data = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) map_error = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(AsrFramework) framework = NULL;
  const char *expected = "judgement.json: /key_questions/0/items/0/maps_to/0: missing member “key_question”";
  char *member;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  member = strstr (data, "\"key_question\": \"safe\",");
  g_assert_nonnull (member);
  memset (member, ' ', strlen ("\"key_question\": \"safe\","));   /* the member gone */
  broken = g_strdup (data);
  links = asr_map_links_read (broken, strlen (broken), "judgement.json", NULL, &map_error);
  bytes = g_bytes_new_static (broken, strlen (broken));
  framework = asr_framework_new_from_bytes (bytes, "judgement.json", &load_error);

  g_assert_null (links);
  g_assert_null (framework);
  g_assert_error (map_error, ASR_ERROR, ASR_ERROR_INVALID);
  g_assert_error (load_error, ASR_ERROR, ASR_ERROR_INVALID);
  g_assert_cmpstr (map_error->message, ==, expected);
  g_assert_cmpstr (load_error->message, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/diff/words", test_diff_words);
  g_test_add_func ("/compare/diff/short-passages", test_diff_short_passages);
  g_test_add_func ("/compare/diff/reconstructs", test_diff_reconstructs);
  g_test_add_func ("/compare/diff/long-notes-bounded", test_diff_long_notes_bounded);
  g_test_add_func ("/compare/csv/quoting", test_csv_quoting);
  g_test_add_func ("/compare/csv/errors", test_csv_errors);
  g_test_add_func ("/compare/import/api", test_import_api);
  g_test_add_func ("/compare/import/csv", test_import_csv);
  g_test_add_func ("/compare/import/csv-needs-location", test_import_csv_needs_location);
  g_test_add_func ("/compare/import/broken", test_import_broken);
  g_test_add_func ("/compare/import/apply", test_apply);
  g_test_add_func ("/compare/import/assessment", test_baseline_from_assessment);
  g_test_add_func ("/compare/directions", test_directions);
  g_test_add_func ("/compare/stale", test_stale);
  g_test_add_func ("/compare/format-age", test_format_age);
  g_test_add_func ("/compare/statements", test_statements);
  g_test_add_func ("/compare/framework-notice", test_framework_notice);
  g_test_add_func ("/compare/framework-map", test_framework_map);
  g_test_add_func ("/compare/framework-map/broken", test_framework_map_broken);
  g_test_add_func ("/compare/framework-map/same-message", test_framework_map_same_message);
  g_test_add_func ("/compare/framework-map/comparison", test_comparison_mapped);

  return g_test_run ();
}
