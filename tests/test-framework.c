/* test-framework.c: the built-in frameworks and the validation of framework
 * documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-framework"

#include <string.h>

#include <glib.h>

#include "asr-core.h"

/* The 34 quality statements of ../shared/domain/cqc-saf.md §1, in CQC's
 * order: key question id and name, then statement id and name pairs. */
typedef struct
{
  const char *id;
  const char *name;
  const char *statements[2 * 8 + 1];
} KeyQuestionTable;

static const KeyQuestionTable cqc_table[] = {
  { "safe", "Safe", {
      "learning-culture", "Learning culture",
      "safe-systems-pathways-and-transitions", "Safe systems, pathways and transitions",
      "safeguarding", "Safeguarding",
      "involving-people-to-manage-risks", "Involving people to manage risks",
      "safe-environments", "Safe environments",
      "safe-and-effective-staffing", "Safe and effective staffing",
      "infection-prevention-and-control", "Infection prevention and control",
      "medicines-optimisation", "Medicines optimisation",
      NULL } },
  { "effective", "Effective", {
      "assessing-needs", "Assessing needs",
      "delivering-evidence-based-care-and-treatment", "Delivering evidence-based care and treatment",
      "how-staff-teams-and-services-work-together", "How staff, teams and services work together",
      "supporting-people-to-live-healthier-lives", "Supporting people to live healthier lives",
      "monitoring-and-improving-outcomes", "Monitoring and improving outcomes",
      "consent-to-care-and-treatment", "Consent to care and treatment",
      NULL } },
  { "caring", "Caring", {
      "kindness-compassion-and-dignity", "Kindness, compassion and dignity",
      "treating-people-as-individuals", "Treating people as individuals",
      "independence-choice-and-control", "Independence, choice and control",
      "responding-to-peoples-immediate-needs", "Responding to people’s immediate needs",
      "workforce-wellbeing-and-enablement", "Workforce wellbeing and enablement",
      NULL } },
  { "responsive", "Responsive", {
      "person-centred-care", "Person-centred care",
      "care-provision-integration-and-continuity", "Care provision, integration and continuity",
      "providing-information", "Providing information",
      "listening-to-and-involving-people", "Listening to and involving people",
      "equity-in-access", "Equity in access",
      "equity-in-experiences-and-outcomes", "Equity in experiences and outcomes",
      "planning-for-the-future", "Planning for the future",
      NULL } },
  { "well-led", "Well-led", {
      "shared-direction-and-culture", "Shared direction and culture",
      "capable-compassionate-and-inclusive-leaders", "Capable, compassionate and inclusive leaders",
      "freedom-to-speak-up", "Freedom to speak up",
      "workforce-equality-diversity-and-inclusion", "Workforce equality, diversity and inclusion",
      "governance-management-and-sustainability", "Governance, management and sustainability",
      "partnerships-and-communities", "Partnerships and communities",
      "learning-improvement-and-innovation", "Learning, improvement and innovation",
      "environmental-sustainability-sustainable-development",
      "Environmental sustainability – sustainable development",
      NULL } },
};

static const guint cqc_counts[] = { 8, 6, 5, 7, 8 };

/* The domain notes write "People's" with a straight apostrophe in one
 * place and ’ in another; the framework uses CQC's typographic ’. */
static const char * const cqc_evidence[] = {
  "peoples-experience", "People’s experience of health and care services",
  "feedback-staff-leaders", "Feedback from staff and leaders",
  "feedback-partners", "Feedback from partners",
  "observation", "Observation",
  "processes", "Processes",
  "outcomes", "Outcomes",
};

static AsrFramework *
builtin (const char *id)
{
  g_autoptr(GError) error = NULL;
  AsrFramework *framework = asr_framework_registry_lookup (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);
  return framework;
}

static void
assert_key_question (AsrFramework           *framework,
                     guint                   index,
                     const KeyQuestionTable *want)
{
  const AsrKeyQuestionDef *kq = asr_framework_get_key_question (framework, index);
  guint found_index = 99;

  g_assert_cmpstr (kq->id, ==, want->id);
  g_assert_cmpstr (kq->name, ==, want->name);
  g_assert_cmpuint (kq->statements->len, ==, cqc_counts[index]);
  g_assert_true (asr_framework_lookup_key_question (framework, want->id, &found_index) == kq);
  g_assert_cmpuint (found_index, ==, index);

  for (guint i = 0; i < kq->statements->len; i++)
    {
      const AsrStatementDef *st = g_ptr_array_index (kq->statements, i);

      g_assert_nonnull (want->statements[2 * i]);
      g_assert_cmpstr (st->id, ==, want->statements[2 * i]);
      g_assert_cmpstr (st->name, ==, want->statements[2 * i + 1]);
      g_assert_cmpuint (st->key_question, ==, index);
      g_assert_cmpuint (st->position, ==, i);
      g_assert_true (asr_framework_lookup_statement (framework, want->id, st->id) == st);
    }
  g_assert_null (want->statements[2 * kq->statements->len]);
}

static void
test_builtin_structure (gconstpointer data)
{
  g_autoptr(AsrFramework) framework = builtin (data);
  guint total = 0;

  g_assert_cmpstr (asr_framework_get_id (framework), ==, data);
  g_assert_nonnull (asr_framework_get_name (framework));
  g_assert_cmpstr (asr_framework_get_name (framework), !=, "");
  g_assert_cmpuint (asr_framework_get_n_key_questions (framework), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      assert_key_question (framework, i, &cqc_table[i]);
      total += asr_framework_get_key_question (framework, i)->statements->len;
    }
  g_assert_cmpuint (total, ==, 34);

  g_assert_null (asr_framework_lookup_key_question (framework, "Safe", NULL));
  g_assert_null (asr_framework_lookup_statement (framework, "safe", "assessing-needs"));
  g_assert_null (asr_framework_lookup_statement (framework, "nope", "safeguarding"));
}

static void
test_builtin_evidence (gconstpointer data)
{
  g_autoptr(AsrFramework) framework = builtin (data);

  g_assert_cmpuint (asr_framework_get_n_evidence_categories (framework), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      const AsrEvidenceCategoryDef *def = asr_framework_get_evidence_category (framework, i);
      guint index = 99;

      g_assert_cmpstr (def->id, ==, cqc_evidence[2 * i]);
      g_assert_cmpstr (def->name, ==, cqc_evidence[2 * i + 1]);
      g_assert_true (asr_framework_lookup_evidence_category (framework, def->id, &index) == def);
      g_assert_cmpuint (index, ==, i);
    }
  g_assert_null (asr_framework_lookup_evidence_category (framework, "gossip", NULL));
}

static void
test_builtin_descriptors (gconstpointer data)
{
  g_autoptr(AsrFramework) framework = builtin (data);

  g_assert_cmpstr (asr_framework_get_score_descriptor (framework, 4), ==,
                   "evidence shows an exceptional standard");
  g_assert_cmpstr (asr_framework_get_score_descriptor (framework, 3), ==,
                   "evidence shows a good standard");
  g_assert_cmpstr (asr_framework_get_score_descriptor (framework, 2), ==,
                   "evidence shows some shortfalls");
  g_assert_cmpstr (asr_framework_get_score_descriptor (framework, 1), ==,
                   "evidence shows significant shortfalls");
}

static void
test_builtin_bands (gconstpointer data)
{
  g_autoptr(AsrFramework) framework = builtin (data);
  static const struct { AsrRating rating; int min, max; } bands[] = {
    { ASR_RATING_INADEQUATE, 25, 38 },
    { ASR_RATING_REQUIRES_IMPROVEMENT, 39, 62 },
    { ASR_RATING_GOOD, 63, 87 },
    { ASR_RATING_OUTSTANDING, 88, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      int min = -1, max = -1;

      asr_framework_get_band (framework, bands[i].rating, &min, &max);
      g_assert_cmpint (min, ==, bands[i].min);
      g_assert_cmpint (max, ==, bands[i].max);
    }
}

static void
test_builtin_methods (void)
{
  g_autoptr(AsrFramework) current = builtin ("cqc-saf-2024");
  g_autoptr(AsrFramework) legacy = builtin ("cqc-saf-2023");
  GListModel *list = asr_framework_registry_list ();
  g_autoptr(AsrFramework) first = g_list_model_get_item (list, 0);
  g_autoptr(AsrFramework) second = g_list_model_get_item (list, 1);

  g_assert_cmpint (asr_framework_get_scoring_method (current), ==, ASR_SCORING_QUALITY_STATEMENT);
  g_assert_cmpint (asr_framework_get_scoring_method (legacy), ==, ASR_SCORING_EVIDENCE_CATEGORIES);
  /* Built-ins newest first: a new assessment takes the first. */
  g_assert_true (first == current);
  g_assert_true (second == legacy);

  /* The same object each time: the model compares frameworks by pointer. */
  {
    g_autoptr(AsrFramework) again = builtin ("cqc-saf-2024");
    g_assert_true (again == current);
  }
}

/* Contract of issue 12: every framework names its edition, source and dates. */
static void
test_builtin_about (void)
{
  g_autoptr(AsrFramework) current = builtin ("cqc-saf-2024");
  g_autoptr(AsrFramework) legacy = builtin ("cqc-saf-2023");

  g_assert_cmpstr (asr_framework_get_version (current), ==, "2024-12-02");
  g_assert_cmpstr (asr_framework_get_version (legacy), ==, "2023-11-20");
  g_assert_cmpstr (asr_framework_get_source_publisher (current), ==, "Care Quality Commission");
  g_assert_true (g_str_has_prefix (asr_framework_get_source_url (current), "https://www.cqc.org.uk/"));
  g_assert_nonnull (asr_framework_get_source_title (legacy));
  g_assert_cmpstr (asr_framework_get_valid_from (current), ==, "2024-12-02");
  g_assert_null (asr_framework_get_valid_to (current));
  g_assert_cmpstr (asr_framework_get_valid_from (legacy), ==, "2023-11-20");
  g_assert_cmpstr (asr_framework_get_valid_to (legacy), ==, "2024-12-01");
}

/* The short names that lines across frameworks use: the labels. */
static void
test_builtin_short_names (void)
{
  static const char * const ids[] = { "cqc-saf-2024", "cqc-saf-2023", "cqc-kloe-asc-2017" };
  static const char * const want[] = { "SAF 2024", "SAF 2023", "KLOE 2017" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(AsrFramework) framework = builtin (ids[i]);

      g_assert_cmpstr (asr_framework_get_short_name (framework), ==, want[i]);
      g_assert_cmpstr (asr_framework_get_label (framework), ==, want[i]);
    }
}

static void
test_builtin_unknown (void)
{
  g_autoptr(GError) error = NULL;
  AsrFramework *framework = asr_framework_registry_lookup ("cqc-saf-2099", &error);

  g_assert_null (framework);
  g_assert_error (error, ASR_ERROR, ASR_ERROR_FRAMEWORK_MISSING);
  g_assert_nonnull (strstr (error->message, "cqc-saf-2099"));
  g_assert_nonnull (strstr (error->message, "installed: cqc-saf-2024, cqc-saf-2023"));
}

/* A small valid framework document, built from parts a case may replace. */
typedef struct
{
  const char *header;
  const char *descriptors;
  const char *bands;
  const char *categories;
  const char *key_questions;   /* the whole member, or "" to leave it out */
  const char *aggregation;     /* the whole member, or "" to leave it out */
} Parts;

/* What every framework says about itself, after the header's first members. */
#define ABOUT \
  ", \"framework_version\": \"2026-01\", \"valid_from\": \"2026-01-01\"," \
  " \"source\": {\"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/t\"}"
#define ABOUT_NO_DATES \
  ", \"framework_version\": \"1\"," \
  " \"source\": {\"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/t\"}"
#define OTHER_KEY_QUESTIONS \
  ", {\"id\": \"effective\", \"name\": \"Effective\", \"quality_statements\": [{\"id\": \"e\", \"name\": \"E\"}]}" \
  ", {\"id\": \"caring\", \"name\": \"Caring\", \"quality_statements\": [{\"id\": \"c\", \"name\": \"C\"}]}" \
  ", {\"id\": \"responsive\", \"name\": \"Responsive\", \"quality_statements\": [{\"id\": \"r\", \"name\": \"R\"}]}" \
  ", {\"id\": \"well-led\", \"name\": \"Well-led\", \"quality_statements\": [{\"id\": \"w\", \"name\": \"W\"}]}"
#define HEADER \
  "\"format\": \"assessor-framework\", \"version\": 1, \"id\": \"test\"," \
  " \"name\": \"Test\", \"scoring_method\": \"quality-statement\""

static const Parts default_parts = {
  HEADER ABOUT,
  "{\"score\": 1, \"descriptor\": \"one\"}, {\"score\": 2, \"descriptor\": \"two\"},"
  " {\"score\": 3, \"descriptor\": \"three\"}, {\"score\": 4, \"descriptor\": \"four\"}",
  "{\"rating\": \"inadequate\", \"min\": 25, \"max\": 38},"
  " {\"rating\": \"requires-improvement\", \"min\": 39, \"max\": 62},"
  " {\"rating\": \"good\", \"min\": 63, \"max\": 87},"
  " {\"rating\": \"outstanding\", \"min\": 88, \"max\": 100}",
  "{\"id\": \"observation\", \"name\": \"Observation\"}",
  ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\", \"quality_statements\":"
  " [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}]}" OTHER_KEY_QUESTIONS "]",
  ", \"aggregation\": {\"thresholds\": [{\"from\": 1, \"x\": 1}, {\"from\": 4, \"x\": 2}]}",
};

static char *
build_document (const Parts *p)
{
  return g_strdup_printf ("{%s,\n\"score_descriptors\": [%s],\n\"rating_bands\": [%s],\n"
                          "\"evidence_categories\": [%s]\n%s%s}\n",
                          p->header, p->descriptors, p->bands, p->categories,
                          p->key_questions, p->aggregation);
}

static AsrFramework *
load_document (const char  *text,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return asr_framework_new_from_bytes (bytes, "t.json", error);
}

static void
test_document_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = build_document (&default_parts);
  g_autoptr(AsrFramework) framework = load_document (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);
  g_assert_cmpstr (asr_framework_get_id (framework), ==, "test");
  g_assert_null (asr_framework_get_short_name (framework));   /* optional */
  /* Without a short name, lines name it by its name, not its id. */
  g_assert_cmpstr (asr_framework_get_label (framework), ==, "Test");
  g_assert_cmpuint (asr_framework_get_n_key_questions (framework), ==, 5);
  g_assert_cmpuint (asr_framework_get_key_question (framework, 0)->statements->len, ==, 2);
  g_assert_cmpint (asr_framework_rating_for_percentage (framework, 63), ==, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_framework_get_aggregation_threshold (framework, 3, NULL, NULL), ==, 1);
  g_assert_cmpuint (asr_framework_get_aggregation_threshold (framework, 4, NULL, NULL), ==, 2);
  g_assert_cmpuint (asr_framework_get_aggregation_threshold (framework, 400, NULL, NULL), ==, 2);
}

/* [§8] X is data: 1 for 1–3 ratings, 2 for 4–8, 3 for 9 and more */
static void
test_builtin_aggregation (void)
{
  GListModel *list = asr_framework_registry_list ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AsrFramework) framework = g_list_model_get_item (list, i);
      static const guint want[] = { 0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3 };
      guint from = 0, to = 0;

      for (guint n = 0; n < G_N_ELEMENTS (want); n++)
        g_assert_cmpuint (asr_framework_get_aggregation_threshold (framework, n, NULL, NULL), ==, want[n]);
      g_assert_cmpuint (asr_framework_get_aggregation_threshold (framework, 6, &from, &to), ==, 2);
      g_assert_cmpuint (from, ==, 4);
      g_assert_cmpuint (to, ==, 8);
      g_assert_cmpuint (asr_framework_get_aggregation_threshold (framework, 50, &from, &to), ==, 3);
      g_assert_cmpuint (from, ==, 9);
      g_assert_cmpuint (to, ==, G_MAXUINT);
    }
}

/* [§8] X is read from the file: with X = 1 for every n, one Requires
 * improvement of five makes the overall Requires improvement (the
 * built-in frameworks, X = 2 at n = 5, give Good). */
static void
test_document_aggregation_is_data (void)
{
  Parts parts = default_parts;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(AsrFramework) framework = NULL;
  g_autoptr(AsrFramework) builtin = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  AsrPrinciple principle;

  parts.aggregation = ", \"aggregation\": {\"thresholds\": [{\"from\": 1, \"x\": 1}]}";
  text = build_document (&parts);
  framework = load_document (text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (asr_rules_overall (framework, 0, 1, 4, 0, 0, &principle, NULL), ==,
                   ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (principle, ==, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_rules_overall (builtin, 0, 1, 4, 0, 0, NULL, NULL), ==, ASR_RATING_GOOD);
}

typedef struct
{
  const char *name;
  Parts       parts;        /* NULL members take the default */
  AsrError    code;
  const char *message;      /* expected substring */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "missing-key-questions", { .key_questions = "" },
    ASR_ERROR_INVALID, "t.json: /: missing member “key_questions”" },
  { "duplicate-statement",
    { .key_questions = ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\", \"quality_statements\":"
                       " [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"a\", \"name\": \"A again\"}]}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions/0/quality_statements/1: the id “a” is used twice" },
  { "duplicate-statement-across-key-questions",
    { .key_questions = ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\", \"quality_statements\":"
                       " [{\"id\": \"a\", \"name\": \"A\"}]}, {\"id\": \"caring\", \"name\": \"Caring\","
                       " \"quality_statements\": [{\"id\": \"a\", \"name\": \"A\"}]}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions/1/quality_statements/0: the id “a” is used twice" },
  { "duplicate-key-question",
    { .key_questions = ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\", \"quality_statements\":"
                       " [{\"id\": \"a\", \"name\": \"A\"}]}, {\"id\": \"safe\", \"name\": \"Safe\","
                       " \"quality_statements\": [{\"id\": \"b\", \"name\": \"B\"}]}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions/1: the id “safe” is used twice" },
  { "band-gap",
    { .bands = "{\"rating\": \"inadequate\", \"min\": 25, \"max\": 37},"
               " {\"rating\": \"requires-improvement\", \"min\": 39, \"max\": 62},"
               " {\"rating\": \"good\", \"min\": 63, \"max\": 87},"
               " {\"rating\": \"outstanding\", \"min\": 88, \"max\": 100}" },
    ASR_ERROR_INVALID, "t.json: /rating_bands: the bands must cover 25–100 without gaps or overlaps, "
                       "worst first; “requires-improvement” starts at 39, expected 38" },
  { "band-overlap",
    { .bands = "{\"rating\": \"inadequate\", \"min\": 25, \"max\": 38},"
               " {\"rating\": \"requires-improvement\", \"min\": 39, \"max\": 63},"
               " {\"rating\": \"good\", \"min\": 63, \"max\": 87},"
               " {\"rating\": \"outstanding\", \"min\": 88, \"max\": 100}" },
    ASR_ERROR_INVALID, "t.json: /rating_bands: the bands must cover 25–100 without gaps or overlaps, "
                       "worst first; “good” starts at 63, expected 64" },
  { "band-short-of-100",
    { .bands = "{\"rating\": \"inadequate\", \"min\": 25, \"max\": 38},"
               " {\"rating\": \"requires-improvement\", \"min\": 39, \"max\": 62},"
               " {\"rating\": \"good\", \"min\": 63, \"max\": 87},"
               " {\"rating\": \"outstanding\", \"min\": 88, \"max\": 99}" },
    ASR_ERROR_INVALID, "t.json: /rating_bands: the bands must end at 100" },
  { "band-missing",
    { .bands = "{\"rating\": \"inadequate\", \"min\": 25, \"max\": 38},"
               " {\"rating\": \"requires-improvement\", \"min\": 39, \"max\": 62},"
               " {\"rating\": \"good\", \"min\": 63, \"max\": 100}" },
    ASR_ERROR_INVALID, "t.json: /rating_bands: no band for “outstanding”" },
  { "band-unknown-rating",
    { .bands = "{\"rating\": \"excellent\", \"min\": 25, \"max\": 38}" },
    ASR_ERROR_INVALID, "t.json: /rating_bands/0/rating: unknown rating “excellent”" },
  { "band-max-below-min",
    { .bands = "{\"rating\": \"inadequate\", \"min\": 38, \"max\": 25}" },
    ASR_ERROR_INVALID, "t.json: /rating_bands/0/max: expected an integer 38–100, got 25" },
  { "descriptor-score-5",
    { .descriptors = "{\"score\": 5, \"descriptor\": \"five\"}" },
    ASR_ERROR_INVALID, "t.json: /score_descriptors/0/score: expected an integer 1–4, got 5" },
  { "descriptor-missing",
    { .descriptors = "{\"score\": 1, \"descriptor\": \"one\"}, {\"score\": 2, \"descriptor\": \"two\"},"
                     " {\"score\": 4, \"descriptor\": \"four\"}" },
    ASR_ERROR_INVALID, "t.json: /score_descriptors: score 3 has no descriptor" },
  { "descriptor-twice",
    { .descriptors = "{\"score\": 1, \"descriptor\": \"one\"}, {\"score\": 1, \"descriptor\": \"uno\"}" },
    ASR_ERROR_INVALID, "t.json: /score_descriptors/1/score: score 1 is described twice" },
  { "wrong-format",
    { .header = "\"format\": \"assessor-assessment\", \"version\": 1, \"id\": \"test\","
                " \"name\": \"Test\", \"scoring_method\": \"quality-statement\"" },
    ASR_ERROR_UNSUPPORTED, "t.json: not an Assessor framework (format “assessor-assessment”)" },
  /* asr-error.h: UNSUPPORTED is "another format, a newer version". */
  { "version-2",
    { .header = "\"format\": \"assessor-framework\", \"version\": 2, \"id\": \"test\","
                " \"name\": \"Test\", \"scoring_method\": \"quality-statement\"" },
    ASR_ERROR_UNSUPPORTED, "t.json: /version" },
  { "unknown-scoring-method",
    { .header = "\"format\": \"assessor-framework\", \"version\": 1, \"id\": \"test\","
                " \"name\": \"Test\", \"scoring_method\": \"vibes\"" },
    ASR_ERROR_INVALID, "t.json: /scoring_method: unknown scoring method “vibes”" },
  { "id-not-a-slug",
    { .header = "\"format\": \"assessor-framework\", \"version\": 1, \"id\": \"Test 1\","
                " \"name\": \"Test\", \"scoring_method\": \"quality-statement\"" },
    ASR_ERROR_INVALID, "t.json: /id: an id is lowercase letters, digits and hyphens, got “Test 1”" },
  { "unknown-member",
    { .header = "\"format\": \"assessor-framework\", \"version\": 1, \"id\": \"test\","
                " \"name\": \"Test\", \"scoring_method\": \"quality-statement\", \"colour\": \"red\"" },
    ASR_ERROR_INVALID, "t.json: /colour: unknown member" },
  { "empty-statements",
    { .key_questions = ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\","
                       " \"quality_statements\": []}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions/0/quality_statements: must not be empty" },
  /* A required text needs a visible character: U+200B alone is not one. */
  { "name-invisible",
    { .header = "\"format\": \"assessor-framework\", \"version\": 1, \"id\": \"test\","
                " \"name\": \"\\u200b\\u00a0\", \"scoring_method\": \"quality-statement\"" },
    ASR_ERROR_INVALID, "t.json: /name: must have a visible character" },
  { "statement-name-number",
    { .key_questions = ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\","
                       " \"quality_statements\": [{\"id\": \"a\", \"name\": 7}]}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions/0/quality_statements/0/name: expected a string, got an integer" },
  { "aggregation-missing", { .aggregation = "" },
    ASR_ERROR_INVALID, "t.json: /: missing member “aggregation”" },
  { "aggregation-not-from-1",
    { .aggregation = ", \"aggregation\": {\"thresholds\": [{\"from\": 2, \"x\": 1}]}" },
    ASR_ERROR_INVALID, "t.json: /aggregation/thresholds/0/from: expected an integer 1–1, got 2" },
  { "aggregation-from-not-rising",
    { .aggregation = ", \"aggregation\": {\"thresholds\": [{\"from\": 1, \"x\": 1}, {\"from\": 1, \"x\": 1}]}" },
    ASR_ERROR_INVALID, "t.json: /aggregation/thresholds/1/from: expected an integer 2–10000, got 1" },
  { "aggregation-x-above-n",
    { .aggregation = ", \"aggregation\": {\"thresholds\": [{\"from\": 1, \"x\": 2}]}" },
    ASR_ERROR_INVALID, "t.json: /aggregation/thresholds/0/x: expected an integer 1–1, got 2" },
  { "aggregation-empty",
    { .aggregation = ", \"aggregation\": {\"thresholds\": []}" },
    ASR_ERROR_INVALID, "t.json: /aggregation/thresholds: expected at least one threshold, from 1 rating" },
  { "id-starts-with-hyphen",
    { .header = "\"format\": \"assessor-framework\", \"version\": 1, \"id\": \"-test\","
                " \"name\": \"Test\", \"scoring_method\": \"quality-statement\"" ABOUT },
    ASR_ERROR_INVALID, "t.json: /id: a framework id starts with a letter or a digit" },
  { "short-name-blank",
    { .header = HEADER ", \"short_name\": \" \\u200b\"" ABOUT },
    ASR_ERROR_INVALID, "t.json: /short_name: must have a visible character, not only spaces or invisible ones" },
  { "short-name-not-text",
    { .header = HEADER ", \"short_name\": 2024" ABOUT },
    ASR_ERROR_INVALID, "t.json: /short_name: expected a string, got an integer" },
  { "framework-version-missing",
    { .header = HEADER ", \"valid_from\": \"2026-01-01\"" },
    ASR_ERROR_INVALID, "t.json: /: missing member “framework_version”" },
  { "source-missing",
    { .header = HEADER ", \"framework_version\": \"1\", \"valid_from\": \"2026-01-01\"" },
    ASR_ERROR_INVALID, "t.json: /: missing member “source”" },
  { "source-url-not-web",
    { .header = HEADER ", \"framework_version\": \"1\", \"valid_from\": \"2026-01-01\","
                " \"source\": {\"publisher\": \"P\", \"title\": \"T\", \"url\": \"file:///etc/passwd\"}" },
    ASR_ERROR_INVALID, "t.json: /source/url: expected a web address starting with https://" },
  { "source-unknown-member",
    { .header = HEADER ", \"framework_version\": \"1\", \"valid_from\": \"2026-01-01\","
                " \"source\": {\"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://x\", \"isbn\": 1}" },
    ASR_ERROR_INVALID, "t.json: /source/isbn: unknown member" },
  { "source-title-blank",
    { .header = HEADER ", \"framework_version\": \"1\", \"valid_from\": \"2026-01-01\","
                " \"source\": {\"publisher\": \"P\", \"title\": \" \", \"url\": \"https://x\"}" },
    ASR_ERROR_INVALID, "t.json: /source/title: must have a visible character" },
  { "valid-from-not-a-date",
    { .header = HEADER ABOUT_NO_DATES ", \"valid_from\": \"2026-02-30\"" },
    ASR_ERROR_INVALID, "t.json: /valid_from: expected a date as YYYY-MM-DD, got “2026-02-30”" },
  { "valid-to-before-valid-from",
    { .header = HEADER ABOUT_NO_DATES ", \"valid_from\": \"2026-01-01\", \"valid_to\": \"2025-12-31\"" },
    ASR_ERROR_INVALID, "t.json: /valid_to: 2025-12-31 is before valid_from (2026-01-01)" },
  { "key-questions-only-safe",
    { .key_questions = ", \"key_questions\": [{\"id\": \"safe\", \"name\": \"Safe\","
                       " \"quality_statements\": [{\"id\": \"a\", \"name\": \"A\"}]}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions: expected the key questions safe, effective, caring, responsive and well-led, in that order; key question 2 is not “effective”" },
  { "key-questions-out-of-order",
    { .key_questions = ", \"key_questions\": [{\"id\": \"effective\", \"name\": \"Effective\","
                       " \"quality_statements\": [{\"id\": \"a\", \"name\": \"A\"}]}]" },
    ASR_ERROR_INVALID, "t.json: /key_questions/0/id: expected the key questions safe" },
  { "syntax-trailing-comma",
    { .categories = "{\"id\": \"observation\", \"name\": \"Observation\"}," },
    ASR_ERROR_SYNTAX, "t.json:4:" },
};

static void
test_document_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  Parts parts = default_parts;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(AsrFramework) framework = NULL;

#define TAKE(member) if (c->parts.member != NULL) parts.member = c->parts.member
  TAKE (header);
  TAKE (descriptors);
  TAKE (bands);
  TAKE (categories);
  TAKE (aggregation);
  TAKE (key_questions);
#undef TAKE

  text = build_document (&parts);
  framework = load_document (text, &error);
  g_assert_null (framework);
  g_assert_nonnull (error);
  /* Reported without aborting, so one wrong message hides no other case. */
  if (strstr (error->message, c->message) == NULL)
    g_test_fail_printf ("%s: error “%s”, expected “%s”", c->name, error->message, c->message);
  else if (error->domain != ASR_ERROR || error->code != (int) c->code)
    g_test_fail_printf ("%s: error “%s” has code %d, expected %d",
                        c->name, error->message, error->code, (int) c->code);
}

/* GTest stops at the first failing case unless asked to keep going; every
 * case here reports on its own. */
static char **
keep_going (int    *argc,
            char ***argv)
{
  char **args;

  args = g_new0 (char *, *argc + 2);
  memcpy (args, *argv, *argc * sizeof (char *));
  args[(*argc)++] = (char *) "--keep-going";
  *argv = args;
  return args;
}

int
main (int   argc,
      char *argv[])
{
  const char * const ids[] = { "cqc-saf-2024", "cqc-saf-2023" };
  g_autofree char **args = keep_going (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *structure = g_strdup_printf ("/framework/%s/structure", ids[i]);
      g_autofree char *evidence = g_strdup_printf ("/framework/%s/evidence-categories", ids[i]);
      g_autofree char *descriptors = g_strdup_printf ("/framework/%s/descriptors", ids[i]);
      g_autofree char *bands = g_strdup_printf ("/framework/%s/bands", ids[i]);

      g_test_add_data_func (structure, ids[i], test_builtin_structure);
      g_test_add_data_func (evidence, ids[i], test_builtin_evidence);
      g_test_add_data_func (descriptors, ids[i], test_builtin_descriptors);
      g_test_add_data_func (bands, ids[i], test_builtin_bands);
    }
  g_test_add_func ("/framework/scoring-methods", test_builtin_methods);
  g_test_add_func ("/framework/about", test_builtin_about);
  g_test_add_func ("/framework/short-names", test_builtin_short_names);
  g_test_add_func ("/framework/unknown", test_builtin_unknown);
  g_test_add_func ("/framework/document/valid", test_document_valid);
  g_test_add_func ("/framework/aggregation", test_builtin_aggregation);
  g_test_add_func ("/framework/document/aggregation-is-data", test_document_aggregation_is_data);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/framework/document/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_document_broken);
    }

  return g_test_run ();
}
