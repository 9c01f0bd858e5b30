/* test-judgement.c: the judgement method in the framework loader, the
 * model, the file format and the summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "asr-comparison.h"
#include "asr-core.h"
#include "judgement-fixture.h"

#include <string.h>

static AsrKeyQuestion *
kq_of (AsrAssessment *assessment,
       const char    *id)
{
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, id);

  g_assert_nonnull (kq);
  return kq;
}

static void
assert_error_at (GError     *error,
                 const char *path)
{
  g_assert_nonnull (error);
  if (strstr (error->message, path) == NULL)
    g_error ("“%s” does not name %s", error->message, path);
}

static void
test_framework_items (void)
{
  AsrFramework *framework = judgement_fixture_framework ();
  const AsrItemDef *item;
  const AsrMappingDef *mapping;
  guint kq = 99;

  g_assert_true (asr_framework_is_judgement (framework));
  g_assert_cmpint (asr_framework_get_scoring_method (framework), ==, ASR_SCORING_JUDGEMENT);
  g_assert_cmpuint (asr_framework_get_n_evidence_categories (framework), ==, 0);
  g_assert_cmpuint (asr_framework_get_n_items (framework, 0), ==, 2);
  item = asr_framework_lookup_item (framework, "r1", &kq);
  g_assert_nonnull (item);
  g_assert_cmpuint (kq, ==, 3);
  g_assert_true (item == asr_framework_get_item (framework, 3, 0));
  g_assert_true (item == asr_framework_lookup_statement (framework, "responsive", "r1"));
  g_assert_null (asr_framework_lookup_item (framework, "nope", NULL));

  item = asr_framework_lookup_item (framework, "s1", NULL);
  g_assert_cmpstr (item->question, ==, "How do systems, processes and practices keep people safe and safeguarded from abuse?");
  g_assert_cmpuint (g_strv_length (item->prompts), ==, 2);
  for (AsrRating r = ASR_RATING_INADEQUATE; r <= ASR_RATING_OUTSTANDING; r++)
    g_assert_nonnull (item->characteristics[r]);
  g_assert_true (g_str_has_prefix (item->characteristics[ASR_RATING_GOOD], "Safeguarding from abuse: done well"));
  g_assert_cmpuint (item->maps_to->len, ==, 1);
  mapping = g_ptr_array_index (item->maps_to, 0);
  g_assert_cmpstr (mapping->framework, ==, "cqc-saf-2024");
  g_assert_cmpstr (mapping->statement, ==, "safeguarding");
  item = asr_framework_lookup_item (framework, "s2", NULL);
  g_assert_cmpuint (g_strv_length (item->prompts), ==, 0);
  g_assert_null (item->maps_to);
}

/* A broken framework file names the place of its problem as a JSON path. */
static void
assert_framework_refused (const char *from,
                          const char *to,
                          const char *path)
{
  g_autoptr(GBytes) bytes = judgement_fixture_bytes ("framework.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = NULL;

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  edited = g_bytes_new (text->str, text->len);
  framework = asr_framework_new_from_bytes (edited, "broken.json", &error);
  g_assert_null (framework);
  assert_error_at (error, "broken.json");
  assert_error_at (error, path);
}

static void
test_framework_errors (void)
{
  assert_framework_refused ("\"requires-improvement\": \"Vision and culture: not always",
                            "\"requires-improvemen\": \"Vision and culture: not always",
                            "/key_questions/4/items/0/characteristics");
  assert_framework_refused ("\"inadequate\": \"Risks assessed and managed: not done, and people are harmed or at risk.\"",
                            "\"inadequate\": \" \\u200b\"",
                            "/key_questions/0/items/1/characteristics/inadequate");
  assert_framework_refused ("\"id\": \"e1\"", "\"id\": \"s1\"", "/key_questions/1/items/0");
  assert_framework_refused ("\"question\": \"Are people",  "\"questio\": \"Are people",
                            "/key_questions/1/items/0");
  assert_framework_refused ("\"statement\": \"safeguarding\"", "\"statement\": 3",
                            "/key_questions/0/items/0/maps_to/0/statement");
  assert_framework_refused ("\"prompts\": []", "\"prompts\": [\"\"]",
                            "/key_questions/0/items/1/prompts/0");
  assert_framework_refused ("\"valid_from\"", "\"rating_bands\": [], \"valid_from\"", "/rating_bands");
  assert_framework_refused ("\"items\": [\n        {\n          \"id\": \"c1\"",
                            "\"quality_statements\": [\n        {\n          \"id\": \"c1\"",
                            "/key_questions/2");
}

static void
test_model_judgement (void)
{
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (judgement_fixture_framework ());
  AsrKeyQuestion *safe = kq_of (assessment, "safe");
  g_autoptr(AsrQualityStatement) s1 = g_list_model_get_item (asr_key_question_get_statements (safe), 0);
  g_autoptr(GError) error = NULL;
  const char *kqs[] = { "effective", "caring", "responsive", "well-led" };

  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_NONE);
  g_assert_cmpint (asr_key_question_get_percentage (safe), ==, -1);
  g_assert_true (asr_key_question_get_provisional (safe));

  /* A rating without a rationale anyone can see changes nothing. */
  g_assert_false (asr_key_question_set_judgement (safe, ASR_RATING_GOOD, " \u200b", &error));
  g_assert_error (error, ASR_ERROR, ASR_ERROR_RULE);
  g_clear_error (&error);
  g_assert_cmpint (asr_key_question_get_judgement_rating (safe), ==, ASR_RATING_NONE);
  /* No override: the judgement is the rating. */
  g_assert_false (asr_key_question_set_override (safe, ASR_RATING_GOOD, "because", &error));
  g_clear_error (&error);

  g_assert_true (asr_key_question_set_judgement (safe, ASR_RATING_OUTSTANDING, "Exceptional.", &error));
  g_assert_no_error (error);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_NONE);
  g_assert_cmpint (asr_key_question_get_percentage (safe), ==, -1);

  /* Enforcement caps a judged rating. */
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_REQUIREMENT_NOTICE);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_REQUIREMENT_NOTICE);
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_WARNING_NOTICE);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_INADEQUATE);
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_NONE);

  /* Items: assessed counts, an indicative rating is kept, nothing scored. */
  asr_quality_statement_set_source (s1, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_rating (s1, ASR_RATING_GOOD);
  g_assert_cmpint (asr_quality_statement_get_rating (s1), ==, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_key_question_get_n_scored (safe), ==, 1);
  g_assert_cmpint (asr_key_question_get_sum (safe), ==, 0);
  g_assert_true (asr_key_question_get_provisional (safe));
  g_assert_false (asr_key_question_get_complete (safe));
  {
    g_autoptr(AsrQualityStatement) s2 = g_list_model_get_item (asr_key_question_get_statements (safe), 1);
    asr_quality_statement_set_source (s2, ASR_SOURCE_NOT_APPLICABLE);
  }
  g_assert_false (asr_key_question_get_provisional (safe));
  g_assert_true (asr_key_question_get_complete (safe));

  /* The overall from the five ratings, as the ratings principles say. */
  g_assert_cmpint (asr_assessment_get_overall_rating (assessment), ==, ASR_RATING_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (kqs); i++)
    g_assert_true (asr_key_question_set_judgement (kq_of (assessment, kqs[i]),
                                                   i == 0 ? ASR_RATING_OUTSTANDING : ASR_RATING_GOOD,
                                                   "Seen.", NULL));
  g_assert_cmpint (asr_assessment_get_overall_rating (assessment), ==, ASR_RATING_OUTSTANDING);
  g_assert_true (asr_key_question_set_judgement (kq_of (assessment, "caring"), ASR_RATING_INADEQUATE, "Harm.", NULL));
  g_assert_cmpint (asr_assessment_get_overall_rating (assessment), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
}

/* Numeric frameworks keep their method: no judgement, no item rating. */
static void
test_model_numeric_refuses (void)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (framework);
  g_autoptr(GError) error = NULL;

  g_assert_false (asr_framework_is_judgement (framework));
  g_assert_false (asr_key_question_set_judgement (kq_of (assessment, "safe"), ASR_RATING_GOOD, "Seen.", &error));
  g_assert_error (error, ASR_ERROR, ASR_ERROR_RULE);
}

static void
test_format_read (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  AsrKeyQuestion *safe = kq_of (assessment, "safe");
  AsrKeyQuestion *caring = kq_of (assessment, "caring");
  AsrQualityStatement *s1 = asr_key_question_lookup_statement (safe, "s1");

  g_assert_cmpint (asr_key_question_get_judgement_rating (safe), ==, ASR_RATING_GOOD);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (asr_key_question_get_judgement_rationale (safe), ==, "Staff raise concerns and they are acted on.");
  g_assert_cmpint (asr_quality_statement_get_rating (s1), ==, ASR_RATING_GOOD);
  g_assert_cmpint (asr_quality_statement_get_source (s1), ==, ASR_SOURCE_ASSESSED);
  g_assert_cmpint (asr_key_question_get_judgement_rating (caring), ==, ASR_RATING_NONE);
  g_assert_cmpstr (asr_key_question_get_judgement_rationale (caring), ==, "Draft: still to decide.");
  g_assert_cmpint (asr_key_question_get_rating (kq_of (assessment, "well-led")), ==, ASR_RATING_INADEQUATE);
}

/* A snapshot (autosave, export in a worker) keeps judgements and item
 * ratings. */
static void
test_snapshot (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  g_autoptr(AsrAssessment) copy = asr_assessment_snapshot (assessment);
  g_autoptr(GBytes) a = asr_assessment_serialize (assessment);
  g_autoptr(GBytes) b = asr_assessment_serialize (copy);

  g_assert_true (g_bytes_equal (a, b));
  g_assert_cmpint (asr_key_question_get_rating (kq_of (copy, "safe")), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
}

/* --check's problems: an assessed item is not "assessed, but not scored
 * yet" (regression: every assessed item was listed). */
static void
test_no_score_problems (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  g_autoptr(GPtrArray) problems = asr_assessment_list_problems (assessment);

  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_format_round_trip (void)
{
  g_autoptr(AsrAssessment) first = judgement_fixture_load ("judged.assessment");
  g_autoptr(GBytes) once = asr_assessment_serialize (first);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) second = asr_assessment_load_from_bytes (once, "once", &error);
  g_autoptr(GBytes) twice = NULL;
  const char *text = g_bytes_get_data (once, NULL);

  g_assert_no_error (error);
  twice = asr_assessment_serialize (second);
  g_assert_true (g_bytes_equal (once, twice));
  g_assert_nonnull (strstr (text, "\"judgement\": {\n        \"rating\": \"good\",\n        \"rationale\": \"Staff raise concerns"));
  g_assert_nonnull (strstr (text, "\"rating\": \"outstanding\""));
  g_assert_null (strstr (text, "\"score\""));
  g_assert_cmpint (asr_key_question_get_rating (kq_of (second, "effective")), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_quality_statement_get_rating (asr_key_question_lookup_statement (kq_of (second, "effective"), "e1")),
                   ==, ASR_RATING_OUTSTANDING);
}

static void
assert_refused (const char *from,
                const char *to,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load_edited ("judged.assessment", from, to, &error);

  g_assert_null (assessment);
  assert_error_at (error, "judged.assessment");
  assert_error_at (error, path);
}

static void
test_format_errors (void)
{
  assert_refused ("\"rationale\": \"Staff raise concerns and they are acted on.\"",
                  "\"rationale\": \" \\u200b\\n\"", "/key_questions/safe/judgement/rationale");
  assert_refused ("\"rating\": \"good\",\n        \"rationale\": \"Staff raise concerns and they are acted on.\"",
                  "\"rating\": \"good\"", "/key_questions/safe/judgement/rationale");
  assert_refused ("\"rating\": \"good\"\n        }", "\"rating\": \"good\", \"score\": 3\n        }",
                  "/key_questions/safe/statements/s1/score");
  assert_refused ("\"rating\": \"good\"\n        }", "\"rating\": \"good\", \"evidence\": {}\n        }",
                  "/key_questions/safe/statements/s1/evidence");
  assert_refused ("\"source\": \"assessed\",\n          \"notes\": \"Two",
                  "\"source\": \"carried-forward\",\n          \"notes\": \"Two",
                  "/key_questions/safe/statements/s1/source");
  assert_refused ("\"judgement\": {\n        \"rating\": \"outstanding\"", "\"override\": {\"rating\": \"good\", \"reason\": \"x\"}, \"judgement\": {\n        \"rating\": \"outstanding\"",
                  "/key_questions/effective/override");
  assert_refused ("\"rating\": \"outstanding\",\n        \"rationale\"", "\"rating\": \"great\",\n        \"rationale\"",
                  "/key_questions/effective/judgement/rating");
}

/* A judgement in a numeric framework's file is refused, with its path. */
static void
test_format_numeric_judgement (void)
{
  const char *text = "{\"format\": \"assessor-assessment\", \"version\": 1, \"framework\": \"cqc-saf-2024\","
                     " \"key_questions\": {\"safe\": {\"judgement\": {\"rating\": \"good\", \"rationale\": \"x\"}}}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_from_bytes (bytes, "n.assessment", &error);

  g_assert_null (assessment);
  assert_error_at (error, "/key_questions/safe/judgement");
}

static void
test_summary (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  g_autofree char *json = asr_summary_to_json (assessment);
  g_autofree char *text = asr_summary_to_text (assessment);
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  JsonArray *kqs = json_object_get_array_member (json_node_get_object (root), "key_questions");
  JsonObject *safe = json_array_get_object_element (kqs, 0);

  g_assert_true (json_object_get_null_member (safe, "percentage"));
  g_assert_true (json_object_get_null_member (safe, "sum"));
  g_assert_true (json_object_get_null_member (safe, "maximum"));
  g_assert_cmpint (json_object_get_int_member (safe, "scored"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (safe, "rating"), ==, "requires-improvement");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (kqs, 1), "rating"), ==, "outstanding");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (kqs, 2), "rating"));

  g_assert_null (strchr (text, '%'));
  g_assert_null (strstr (text, "scored"));
  g_assert_nonnull (strstr (text, "Safe        1 of 1 assessed   Requires improvement\n"));
  g_assert_nonnull (strstr (text, "Judged Good in the round from the evidence, without a score. "
                                  "Limited to Requires improvement by a requirement notice."));
  g_assert_nonnull (strstr (text, "Rationale: Staff raise concerns and they are acted on."));
  g_assert_nonnull (strstr (text, "Caring      1 of 1 assessed   not judged yet   (provisional)"));
}

/* Comparing two drafts of a judgement framework: items by indicative
 * rating, key questions without a percentage. */
static void
test_compare (void)
{
  g_autoptr(AsrAssessment) before = judgement_fixture_load ("judged.assessment");
  g_autoptr(AsrAssessment) after = judgement_fixture_load ("judged.assessment");
  g_autoptr(AsrComparison) comparison = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) ratings = NULL;
  AsrStatementChange *s1;
  g_autofree char *described = NULL;

  asr_quality_statement_set_rating (asr_assessment_lookup_statement (after, "safe", "s1"), ASR_RATING_OUTSTANDING);
  asr_key_question_set_previous_rating (kq_of (after, "effective"), ASR_RATING_GOOD);
  comparison = asr_comparison_new (after, before);
  changes = asr_comparison_list_statements (comparison);
  s1 = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (s1->statement_id, ==, "s1");
  g_assert_true (s1->item);
  g_assert_true (s1->changed);
  g_assert_cmpint (s1->rating_before, ==, ASR_RATING_GOOD);
  g_assert_cmpint (s1->rating_after, ==, ASR_RATING_OUTSTANDING);
  g_assert_false (((AsrStatementChange *) g_ptr_array_index (changes, 1))->changed);

  ratings = asr_comparison_list_ratings (comparison);
  described = asr_rating_change_describe (g_ptr_array_index (ratings, 1));
  g_assert_cmpstr (described, ==, "Effective: previously Good, now Outstanding: improved");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/judgement/framework/items", test_framework_items);
  g_test_add_func ("/judgement/framework/errors", test_framework_errors);
  g_test_add_func ("/judgement/model/judgement", test_model_judgement);
  g_test_add_func ("/judgement/model/numeric-refuses", test_model_numeric_refuses);
  g_test_add_func ("/judgement/format/read", test_format_read);
  g_test_add_func ("/judgement/format/round-trip", test_format_round_trip);
  g_test_add_func ("/judgement/format/no-score-problems", test_no_score_problems);
  g_test_add_func ("/judgement/model/snapshot", test_snapshot);
  g_test_add_func ("/judgement/format/errors", test_format_errors);
  g_test_add_func ("/judgement/format/numeric-judgement", test_format_numeric_judgement);
  g_test_add_func ("/judgement/summary", test_summary);
  g_test_add_func ("/judgement/compare", test_compare);

  return g_test_run ();
}
