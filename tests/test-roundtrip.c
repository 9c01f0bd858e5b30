/* test-roundtrip.c: random assessments survive save → load unchanged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is generated from its own seed (printed on failure), filled
 * through the public API with every kind of source, score, enforcement and
 * override and with awkward text; it is then serialised, loaded back and
 * serialised again.  The bytes must be identical and every readable
 * property of every object equal.
 */
#define G_LOG_DOMAIN "test-roundtrip"

#include <string.h>

#include <glib.h>

#include "asr-core.h"

#define N_CASES 300

/* Pieces of text a note may be made of. */
static const char * const fragments[] = {
  "a", "Staff said ", "care plan", " ", "  ", "Ünïcödé", "café", "😀", "👩🏽‍⚕️", "🇬🇧",
  "e\xcc\x81", "a\xcc\x8a\xcc\xb2", "עברית", "العربية", "\xe2\x80\x8f", "\xe2\x80\xae",
  "\"", "'", "“quoted”", "\\", "\\\\", "\\u0041", "/", "</script>", "\t", "\n", "\r\n",
  "\x01", "\x1f", "\x7f", "\xe2\x80\xa8", "\xef\xbb\xbf", "\xf0\x9d\x94\x98", "{}", "[1,",
  "null", "0", "-", "–", "…", "%s", "%n",
};

typedef struct
{
  guint cf_with_previous;
  guint cf_missing;
  guint overrides;
  guint legacy_scored;
  guint assessed_unscored;
  guint not_applicable;
  guint comments;
} Coverage;

static char *
random_text (GRand *rand,
             guint  max_fragments)
{
  GString *out = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, max_fragments + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (out, fragments[g_rand_int_range (rand, 0, G_N_ELEMENTS (fragments))]);
  g_assert_true (g_utf8_validate (out->str, -1, NULL));
  return g_string_free (out, FALSE);
}

static AsrRating
random_rating (GRand *rand)
{
  return g_rand_int_range (rand, ASR_RATING_NONE, ASR_RATING_OUTSTANDING + 1);
}

static char *
random_date (GRand *rand)
{
  GDate date;

  if (g_rand_int_range (rand, 0, 5) == 0)
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_julian (&date, g_rand_int_range (rand, 730000, 740000));
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static void
fill_metadata (AsrAssessment *a,
               GRand         *rand)
{
  g_autofree char *provider = random_text (rand, 4);
  g_autofree char *location = random_text (rand, 4);
  g_autofree char *name = random_text (rand, 3);
  g_autofree char *type = random_text (rand, 3);
  g_autofree char *date = random_date (rand);
  g_autofree char *previous_date = random_date (rand);
  g_autofree char *previous_source = random_text (rand, 5);
  g_autoptr(GPtrArray) assessors = g_ptr_array_new_with_free_func (g_free);
  guint n_assessors = g_rand_int_range (rand, 0, 4);

  for (guint i = 0; i < n_assessors; i++)
    g_ptr_array_add (assessors, random_text (rand, 3));
  g_ptr_array_add (assessors, NULL);

  asr_assessment_set_provider (a, provider);
  asr_assessment_set_location (a, location);
  asr_assessment_set_service_name (a, name);
  asr_assessment_set_service_type (a, type);
  asr_assessment_set_date (a, date);
  asr_assessment_set_assessors (a, (const char * const *) assessors->pdata);
  asr_assessment_set_status (a, g_rand_boolean (rand) ? ASR_STATUS_FINAL : ASR_STATUS_DRAFT);
  asr_assessment_set_breach_of_regulation (a, g_rand_boolean (rand));
  asr_assessment_set_advisory_limiters (a, g_rand_boolean (rand));
  asr_assessment_set_previous_date (a, previous_date);
  asr_assessment_set_previous_source (a, previous_source);
  asr_assessment_set_previous_overall_rating (a, random_rating (rand));
}

static void
fill_evidence (AsrQualityStatement *st,
               GRand               *rand)
{
  GListModel *model = asr_quality_statement_get_evidence (st);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AsrEvidence) evidence = g_list_model_get_item (model, i);
      g_autofree char *notes = NULL;

      if (g_rand_int_range (rand, 0, 3) != 0)
        continue;
      notes = random_text (rand, 3);
      asr_evidence_set_score (evidence, g_rand_int_range (rand, 0, 5));
      asr_evidence_set_notes (evidence, notes);
    }
}

/* A review thread of 0–2 comments (most threads are empty). */
static void
fill_comments (GListModel *comments,
               GRand      *rand,
               Coverage   *coverage)
{
  guint n = g_rand_int_range (rand, 0, 6);

  for (guint i = 0; i < n && i < 2; i++)
    {
      g_autofree char *author = random_text (rand, 2);
      g_autofree char *date = random_date (rand);
      g_autofree char *text = random_text (rand, 5);
      g_autoptr(AsrComment) comment = asr_comment_new (author, date, text, g_rand_boolean (rand));

      g_list_store_append (G_LIST_STORE (comments), comment);
      coverage->comments++;
    }
}

static void
fill_statement (AsrQualityStatement *st,
                gboolean             legacy,
                GRand               *rand,
                Coverage            *coverage)
{
  AsrSource source = g_rand_int_range (rand, ASR_SOURCE_NOT_STARTED, ASR_SOURCE_NOT_APPLICABLE + 1);
  g_autofree char *notes = g_rand_boolean (rand) ? random_text (rand, 6) : g_strdup ("");

  asr_quality_statement_set_source (st, source);
  asr_quality_statement_set_notes (st, notes);
  fill_evidence (st, rand);
  fill_comments (asr_quality_statement_get_comments (st), rand, coverage);
  /* The file keeps a statement's own score only when it is assessed. */
  if (!legacy && source == ASR_SOURCE_ASSESSED)
    asr_quality_statement_set_score (st, g_rand_int_range (rand, 0, 5));

  coverage->not_applicable += source == ASR_SOURCE_NOT_APPLICABLE;
  coverage->cf_missing += asr_quality_statement_get_carried_forward_missing (st);
  coverage->cf_with_previous += source == ASR_SOURCE_CARRIED_FORWARD &&
                                !asr_quality_statement_get_carried_forward_missing (st);
  coverage->legacy_scored += legacy && source == ASR_SOURCE_ASSESSED &&
                             asr_quality_statement_get_score (st) > 0;
  coverage->assessed_unscored += source == ASR_SOURCE_ASSESSED &&
                                 asr_quality_statement_get_score (st) == 0;
}

static void
fill_key_question (AsrKeyQuestion *kq,
                   gboolean        legacy,
                   GRand          *rand,
                   Coverage       *coverage)
{
  GListModel *statements = asr_key_question_get_statements (kq);

  asr_key_question_set_previous_rating (kq, random_rating (rand));
  asr_key_question_set_enforcement (kq, g_rand_int_range (rand, ASR_ENFORCEMENT_NONE,
                                                          ASR_ENFORCEMENT_WARNING_NOTICE + 1));
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      g_autofree char *tail = random_text (rand, 4);
      g_autofree char *reason = g_strconcat ("Judgement: ", tail, NULL);
      AsrRating rating = g_rand_int_range (rand, ASR_RATING_INADEQUATE, ASR_RATING_OUTSTANDING + 1);

      g_assert_true (asr_key_question_set_override (kq, rating, reason, NULL));
      coverage->overrides++;
    }
  fill_comments (asr_key_question_get_comments (kq), rand, coverage);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(AsrQualityStatement) st = g_list_model_get_item (statements, i);
      fill_statement (st, legacy, rand, coverage);
    }
}

static AsrAssessment *
random_assessment (const char *framework_id,
                   guint32     seed,
                   Coverage   *coverage)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup (framework_id, NULL);
  gboolean legacy = asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
  AsrAssessment *a = asr_assessment_new (framework);
  GListModel *kqs = asr_assessment_get_key_questions (a);

  fill_metadata (a, rand);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      fill_key_question (kq, legacy, rand, coverage);
    }
  return a;
}

/* Property-by-property comparison */

static gboolean compare_objects (GObject *a, GObject *b, const char *where);

static gboolean
compare_lists (GListModel *a,
               GListModel *b,
               const char *where)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    {
      g_test_fail_printf ("%s: %u items, loaded %u", where, n, g_list_model_get_n_items (b));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item_a = g_list_model_get_item (a, i);
      g_autoptr(GObject) item_b = g_list_model_get_item (b, i);
      g_autofree char *path = g_strdup_printf ("%s/%u", where, i);

      if (!compare_objects (item_a, item_b, path))
        return FALSE;
    }
  return TRUE;
}

static gboolean
compare_property (GObject    *a,
                  GObject    *b,
                  GParamSpec *pspec,
                  const char *where)
{
  g_auto(GValue) va = G_VALUE_INIT;
  g_auto(GValue) vb = G_VALUE_INIT;
  gboolean equal;

  g_value_init (&va, pspec->value_type);
  g_value_init (&vb, pspec->value_type);
  g_object_get_property (a, pspec->name, &va);
  g_object_get_property (b, pspec->name, &vb);

  if (pspec->value_type == G_TYPE_LIST_MODEL)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s", where, pspec->name);
      return compare_lists (g_value_get_object (&va), g_value_get_object (&vb), path);
    }
  if (pspec->value_type == ASR_TYPE_FRAMEWORK)
    equal = g_value_get_object (&va) == g_value_get_object (&vb);
  else if (G_TYPE_IS_OBJECT (pspec->value_type))
    return TRUE;   /* back-pointers to the parent */
  else if (pspec->value_type == G_TYPE_STRV)
    equal = g_strv_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb));
  else
    equal = g_param_values_cmp (pspec, &va, &vb) == 0;

  if (!equal)
    {
      g_autofree char *sa = g_strdup_value_contents (&va);
      g_autofree char *sb = g_strdup_value_contents (&vb);

      g_test_fail_printf ("%s: “%s” was %s, loaded %s", where, pspec->name, sa, sb);
    }
  return equal;
}

static gboolean
compare_objects (GObject    *a,
                 GObject    *b,
                 const char *where)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  for (guint i = 0; i < n; i++)
    if ((pspecs[i]->flags & G_PARAM_READABLE) && !compare_property (a, b, pspecs[i], where))
      return FALSE;
  return TRUE;
}

/* The test */

static void
run_case (const char *framework_id,
          guint32     seed,
          Coverage   *coverage)
{
  g_autoptr(AsrAssessment) a = random_assessment (framework_id, seed, coverage);
  g_autoptr(GBytes) first = asr_assessment_serialize (a);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) b = asr_assessment_load_from_bytes (first, "random.assessment", &error);
  g_autoptr(GBytes) second = NULL;
  g_autofree char *where = g_strdup_printf ("%s seed %u", framework_id, seed);

  if (b == NULL)
    {
      g_test_fail_printf ("%s: the saved file does not load: %s\n%s", where, error->message,
                          (char *) g_bytes_get_data (first, NULL));
      return;
    }
  second = asr_assessment_serialize (b);
  if (!g_bytes_equal (first, second))
    {
      g_test_fail_printf ("%s: save → load → save differs:\n%s\n----\n%s", where,
                          (char *) g_bytes_get_data (first, NULL),
                          (char *) g_bytes_get_data (second, NULL));
      return;
    }
  compare_objects (G_OBJECT (a), G_OBJECT (b), where);
}

static void
test_roundtrip (gconstpointer data)
{
  const char *framework_id = data;
  Coverage coverage = { 0, };

  for (guint32 seed = 1; seed <= N_CASES && !g_test_failed (); seed++)
    run_case (framework_id, seed, &coverage);

  if (g_test_failed ())
    return;
  /* The random cases did reach every interesting kind of statement. */
  g_assert_cmpuint (coverage.cf_with_previous, >, 0);
  g_assert_cmpuint (coverage.cf_missing, >, 0);
  g_assert_cmpuint (coverage.overrides, >, 0);
  g_assert_cmpuint (coverage.assessed_unscored, >, 0);
  g_assert_cmpuint (coverage.not_applicable, >, 0);
  g_assert_cmpuint (coverage.comments, >, 0);
  if (strcmp (framework_id, "cqc-saf-2023") == 0)
    g_assert_cmpuint (coverage.legacy_scored, >, 0);
}

static void
assert_notes_shared (AsrKeyQuestion      *key_question,
                     AsrQualityStatement *statement,
                     gpointer             user_data)
{
  AsrQualityStatement *copy =
    asr_assessment_lookup_statement (user_data, asr_key_question_get_id (key_question),
                                     asr_quality_statement_get_id (statement));
  GListModel *evidence = asr_quality_statement_get_evidence (statement);

  if (*asr_quality_statement_get_notes (statement) != '\0')
    g_assert_true (asr_quality_statement_get_notes (copy) == asr_quality_statement_get_notes (statement));
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(AsrEvidence) a = g_list_model_get_item (evidence, i);
      g_autoptr(AsrEvidence) b = g_list_model_get_item (asr_quality_statement_get_evidence (copy), i);

      if (*asr_evidence_get_notes (a) != '\0')
        g_assert_true (asr_evidence_get_notes (a) == asr_evidence_get_notes (b));
    }
}

/* Autosave serialises a snapshot on a worker thread: it must save the same
 * bytes, share the notes rather than copy them, and not follow later edits. */
static void
test_snapshot (gconstpointer data)
{
  const char *framework_id = data;
  Coverage coverage = { 0, };

  for (guint32 seed = 1; seed <= N_CASES / 3 && !g_test_failed (); seed++)
    {
      g_autoptr(AsrAssessment) a = random_assessment (framework_id, seed, &coverage);
      g_autoptr(AsrAssessment) snapshot = asr_assessment_snapshot (a);
      g_autoptr(GBytes) before = asr_assessment_serialize (a);
      g_autoptr(GBytes) saved = asr_assessment_serialize (snapshot);
      g_autofree char *where = g_strdup_printf ("%s seed %u", framework_id, seed);
      AsrQualityStatement *st = asr_assessment_lookup_statement (a, "safe", "safeguarding");

      if (!g_bytes_equal (before, saved))
        g_test_fail_printf ("%s: the snapshot saves differently:\n%s\n----\n%s", where,
                            (char *) g_bytes_get_data (before, NULL),
                            (char *) g_bytes_get_data (saved, NULL));
      compare_objects (G_OBJECT (a), G_OBJECT (snapshot), where);
      asr_assessment_foreach_statement (a, assert_notes_shared, snapshot);

      asr_quality_statement_set_notes (st, "Edited after the snapshot");
      g_clear_pointer (&saved, g_bytes_unref);
      saved = asr_assessment_serialize (snapshot);
      g_assert_true (g_bytes_equal (before, saved));
    }
}

/* Notes with every control character a JSON string must escape. */
static void
test_control_characters (void)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) a = asr_assessment_new (framework);
  AsrQualityStatement *st = asr_assessment_lookup_statement (a, "safe", "safeguarding");
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AsrAssessment) b = NULL;
  g_autoptr(GError) error = NULL;

  for (int c = 1; c < 0x20; c++)
    g_string_append_c (notes, c);
  g_string_append (notes, "\x7f\"\\/\xe2\x80\xa8\xe2\x80\xa9");
  asr_quality_statement_set_notes (st, notes->str);
  asr_assessment_set_provider (a, notes->str);

  bytes = asr_assessment_serialize (a);
  b = asr_assessment_load_from_bytes (bytes, "control.assessment", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (asr_quality_statement_get_notes (asr_assessment_lookup_statement (b, "safe", "safeguarding")),
                   ==, notes->str);
  g_assert_cmpstr (asr_assessment_get_provider (b), ==, notes->str);
}

/* GTest stops at the first failing case unless asked to keep going. */
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
  g_autofree char **args = keep_going (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/roundtrip/cqc-saf-2024", "cqc-saf-2024", test_roundtrip);
  g_test_add_data_func ("/roundtrip/cqc-saf-2023", "cqc-saf-2023", test_roundtrip);
  g_test_add_func ("/roundtrip/control-characters", test_control_characters);
  g_test_add_data_func ("/roundtrip/snapshot/cqc-saf-2024", "cqc-saf-2024", test_snapshot);
  g_test_add_data_func ("/roundtrip/snapshot/cqc-saf-2023", "cqc-saf-2023", test_snapshot);

  return g_test_run ();
}
