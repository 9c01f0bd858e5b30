/* test-model.c: the GObject model, its derived properties and their
 * notifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view binds to these properties, so a test counts every "notify" by
 * name: a property that changed must notify once, one that did not must
 * stay silent.
 */
#define G_LOG_DOMAIN "test-model"

#include <string.h>

#include <glib.h>

#include "asr-core.h"

/* Notification log */

typedef struct
{
  GObject    *object;
  gulong      handler;
  GHashTable *counts;   /* interned property name → count */
} NotifyLog;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  NotifyLog *log = user_data;
  const char *name = g_intern_string (pspec->name);

  g_hash_table_insert (log->counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, name)) + 1));
}

static NotifyLog *
notify_log_new (gpointer object)
{
  NotifyLog *log = g_new0 (NotifyLog, 1);

  log->object = g_object_ref (object);
  log->counts = g_hash_table_new (g_str_hash, g_str_equal);
  log->handler = g_signal_connect (object, "notify", G_CALLBACK (on_notify), log);
  return log;
}

static void
notify_log_free (NotifyLog *log)
{
  g_signal_handler_disconnect (log->object, log->handler);
  g_object_unref (log->object);
  g_hash_table_unref (log->counts);
  g_free (log);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NotifyLog, notify_log_free)

static void
notify_log_reset (NotifyLog *log)
{
  g_hash_table_remove_all (log->counts);
}

static char *
notify_log_describe (NotifyLog *log)
{
  g_autoptr(GList) names = g_list_sort (g_hash_table_get_keys (log->counts),
                                        (GCompareFunc) g_strcmp0);
  GString *out = g_string_new (NULL);

  for (const GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (out, "%s%s×%u", l != names ? " " : "", (char *) l->data,
                            GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, l->data)));
  return g_string_free (out, FALSE);
}

/* Checks that exactly the space-separated @expected properties notified,
 * each exactly once (or, with @any_count, at least once), then clears the
 * log.  A mismatch fails the test case without aborting the others. */
static void
notify_log_check (NotifyLog  *log,
                  const char *expected,
                  gboolean    any_count)
{
  g_auto(GStrv) names = g_strsplit (expected, " ", -1);
  g_autofree char *got = notify_log_describe (log);
  guint n_expected = 0;
  gboolean ok = TRUE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      guint count;

      if (*names[i] == '\0')
        continue;
      n_expected++;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, g_intern_string (names[i])));
      ok = ok && (any_count ? count >= 1 : count == 1);
    }
  if (!ok || g_hash_table_size (log->counts) != n_expected)
    g_test_fail_printf ("%s: expected notifications “%s”, got “%s”",
                        G_OBJECT_TYPE_NAME (log->object), expected, got);
  notify_log_reset (log);
}

static void
notify_log_assert (NotifyLog  *log,
                   const char *expected)
{
  notify_log_check (log, expected, FALSE);
}

/* Building assessments */

static AsrAssessment *
new_assessment (const char *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup (framework_id, &error);

  g_assert_no_error (error);
  return asr_assessment_new (framework);
}

static AsrQualityStatement *
nth_statement (AsrKeyQuestion *kq,
               guint           i)
{
  g_autoptr(AsrQualityStatement) statement =
    g_list_model_get_item (asr_key_question_get_statements (kq), i);

  g_assert_nonnull (statement);
  return statement;   /* the store keeps it alive */
}

/* @spec has one character per statement: 1–4 assessed with that score,
 * 0 assessed without a score, - not started, N not applicable, C carried
 * forward. */
static void
fill_key_question (AsrKeyQuestion *kq,
                   const char     *spec)
{
  g_assert_cmpuint (strlen (spec), ==, asr_key_question_get_n_statements (kq));
  for (guint i = 0; spec[i]; i++)
    {
      AsrQualityStatement *st = nth_statement (kq, i);

      switch (spec[i])
        {
        case '-':
          asr_quality_statement_set_source (st, ASR_SOURCE_NOT_STARTED);
          break;
        case 'N':
          asr_quality_statement_set_source (st, ASR_SOURCE_NOT_APPLICABLE);
          break;
        case 'C':
          asr_quality_statement_set_source (st, ASR_SOURCE_CARRIED_FORWARD);
          break;
        default:
          g_assert_true (spec[i] >= '0' && spec[i] <= '4');
          asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED);
          asr_quality_statement_set_score (st, spec[i] - '0');
        }
    }
}

static AsrKeyQuestion *
key_question (AsrAssessment *assessment,
              const char    *id)
{
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, id);

  g_assert_nonnull (kq);
  return kq;
}

static void
assert_figures (AsrKeyQuestion *kq,
                int             sum,
                int             maximum,
                int             percentage,
                AsrRating       band,
                AsrRating       rating)
{
  g_assert_cmpint (asr_key_question_get_sum (kq), ==, sum);
  g_assert_cmpint (asr_key_question_get_maximum (kq), ==, maximum);
  g_assert_cmpint (asr_key_question_get_percentage (kq), ==, percentage);
  g_assert_cmpint (asr_key_question_get_band (kq), ==, band);
  g_assert_cmpint (asr_key_question_get_rating (kq), ==, rating);
}

static void
count_changed (AsrAssessment *assessment,
               guint         *count)
{
  (*count)++;
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void rate_all (AsrAssessment *a, const char *ratings);

/* Tests */

static void
test_new_is_empty (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  GListModel *kqs = asr_assessment_get_key_questions (a);
  static const guint counts[] = { 8, 6, 5, 7, 8 };

  g_assert_cmpuint (g_list_model_get_n_items (kqs), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);

      g_assert_cmpuint (asr_key_question_get_n_statements (kq), ==, counts[i]);
      g_assert_cmpuint (asr_key_question_get_n_in_scope (kq), ==, counts[i]);
      g_assert_cmpuint (asr_key_question_get_n_not_started (kq), ==, counts[i]);
      g_assert_cmpuint (asr_key_question_get_n_scored (kq), ==, 0);
      assert_figures (kq, 0, 0, -1, ASR_RATING_NONE, ASR_RATING_NONE);
      g_assert_cmpint (asr_key_question_get_published_percentage (kq), ==, -1);
      g_assert_true (asr_key_question_get_provisional (kq));
      g_assert_false (asr_key_question_get_complete (kq));
    }
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_NONE);
  g_assert_cmpint (asr_assessment_get_overall_principle (a), ==, ASR_PRINCIPLE_NONE);
  g_assert_false (asr_assessment_get_complete (a));
  g_assert_false (asr_assessment_get_advisory_limiters (a));
  g_assert_false (asr_assessment_get_breach_of_regulation (a));
}

/* Seeds 000 and 004 through the model: 7 of Well-led's 8 in scope. */
static void
test_seed_figures (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *wl = key_question (a, "well-led");

  fill_key_question (wl, "3333233N");
  assert_figures (wl, 20, 28, 71, ASR_RATING_GOOD, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_key_question_get_n_in_scope (wl), ==, 7);
  fill_key_question (wl, "3333333N");
  assert_figures (wl, 21, 28, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  g_assert_false (asr_key_question_get_provisional (wl));
  g_assert_true (asr_key_question_get_complete (wl));
}

static void
test_score_change_notifies (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrQualityStatement *st = nth_statement (safe, 0);
  g_autoptr(NotifyLog) st_log = NULL;
  g_autoptr(NotifyLog) kq_log = NULL;
  g_autoptr(NotifyLog) a_log = NULL;

  fill_key_question (safe, "33333333");
  assert_figures (safe, 24, 32, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  st_log = notify_log_new (st);
  kq_log = notify_log_new (safe);
  a_log = notify_log_new (a);

  /* 3 → 4 within the band: 25/32 = 78.125 → 78 */
  asr_quality_statement_set_score (st, 4);
  notify_log_assert (st_log, "score effective-score");
  notify_log_assert (kq_log, "sum percentage published-percentage");
  notify_log_assert (a_log, "");
  assert_figures (safe, 25, 32, 78, ASR_RATING_GOOD, ASR_RATING_GOOD);

  /* The same score again: nothing at all. */
  asr_quality_statement_set_score (st, 4);
  notify_log_assert (st_log, "");
  notify_log_assert (kq_log, "");

  /* Across a band edge: 4×3 + 4×2 = 62.5 → 63 Good, then 19/32 → 59 RI */
  fill_key_question (safe, "33332222");
  notify_log_reset (st_log);
  notify_log_reset (kq_log);
  assert_figures (safe, 20, 32, 63, ASR_RATING_GOOD, ASR_RATING_GOOD);
  asr_quality_statement_set_score (st, 2);
  notify_log_assert (st_log, "score effective-score");
  notify_log_assert (kq_log, "sum percentage published-percentage band rating");
  assert_figures (safe, 19, 32, 59, ASR_RATING_REQUIRES_IMPROVEMENT,
                  ASR_RATING_REQUIRES_IMPROVEMENT);
  notify_log_assert (a_log, "");
}

static void
test_not_applicable (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrQualityStatement *st = nth_statement (safe, 7);
  g_autoptr(NotifyLog) st_log = NULL;
  g_autoptr(NotifyLog) kq_log = NULL;

  fill_key_question (safe, "33333333");
  st_log = notify_log_new (st);
  kq_log = notify_log_new (safe);

  /* Out of the sum and out of the maximum: 21/28 is still 75. */
  asr_quality_statement_set_source (st, ASR_SOURCE_NOT_APPLICABLE);
  notify_log_assert (st_log, "source effective-score scored");
  notify_log_assert (kq_log, "n-in-scope n-scored sum maximum");
  assert_figures (safe, 21, 28, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_key_question_get_n_in_scope (safe), ==, 7);
  g_assert_false (asr_key_question_get_provisional (safe));
  g_assert_true (asr_key_question_get_complete (safe));
  /* The score is kept, to come back if the inspector changes their mind. */
  g_assert_cmpint (asr_quality_statement_get_score (st), ==, 3);
  g_assert_cmpint (asr_quality_statement_get_effective_score (st), ==, 0);

  asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED);
  assert_figures (safe, 24, 32, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
}

static void
test_not_started (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrQualityStatement *st = nth_statement (safe, 3);
  g_autoptr(NotifyLog) kq_log = NULL;

  fill_key_question (safe, "33333333");
  g_assert_false (asr_key_question_get_provisional (safe));
  g_assert_true (asr_key_question_get_complete (safe));
  kq_log = notify_log_new (safe);

  asr_quality_statement_set_source (st, ASR_SOURCE_NOT_STARTED);
  notify_log_assert (kq_log, "n-not-started n-scored sum maximum provisional complete");
  assert_figures (safe, 21, 28, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_key_question_get_n_in_scope (safe), ==, 8);
  g_assert_cmpuint (asr_key_question_get_n_not_started (safe), ==, 1);
  g_assert_true (asr_key_question_get_provisional (safe));
  g_assert_false (asr_key_question_get_complete (safe));
}

static void
test_carried_forward (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *wl = key_question (a, "well-led");
  AsrQualityStatement *st = nth_statement (wl, 0);
  g_autoptr(NotifyLog) st_log = NULL;
  g_autoptr(NotifyLog) kq_log = NULL;

  asr_key_question_set_previous_rating (wl, ASR_RATING_REQUIRES_IMPROVEMENT);
  fill_key_question (wl, "C333C33N");
  g_assert_cmpint (asr_quality_statement_get_effective_score (st), ==, 2);
  g_assert_true (asr_quality_statement_get_scored (st));
  g_assert_false (asr_quality_statement_get_carried_forward_missing (st));
  /* 2+3+3+3+2+3+3 = 19/28 = 67.86 → 68 */
  assert_figures (wl, 19, 28, 68, ASR_RATING_GOOD, ASR_RATING_GOOD);

  st_log = notify_log_new (st);
  kq_log = notify_log_new (wl);
  /* It follows a later change of the previous rating.  Two statements
   * follow it, so the figures may pass through an intermediate value. */
  asr_key_question_set_previous_rating (wl, ASR_RATING_OUTSTANDING);
  notify_log_assert (st_log, "effective-score");
  notify_log_check (kq_log, "previous-rating sum percentage published-percentage", TRUE);
  assert_figures (wl, 23, 28, 82, ASR_RATING_GOOD, ASR_RATING_GOOD);

  asr_key_question_set_previous_rating (wl, ASR_RATING_INADEQUATE);
  g_assert_cmpint (asr_quality_statement_get_effective_score (st), ==, 1);
  /* 1+3+3+3+1+3+3 = 17/28 = 60.7 → 61 */
  assert_figures (wl, 17, 28, 61, ASR_RATING_REQUIRES_IMPROVEMENT,
                  ASR_RATING_REQUIRES_IMPROVEMENT);
  /* An assessed score is not touched by the previous rating. */
  g_assert_cmpint (asr_quality_statement_get_effective_score (nth_statement (wl, 1)), ==, 3);
}

static gboolean
problems_mention (GPtrArray  *problems,
                  const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (problems->pdata[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_carried_forward_missing (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrQualityStatement *st = nth_statement (safe, 4);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(NotifyLog) st_log = NULL;
  g_autoptr(NotifyLog) kq_log = NULL;

  fill_key_question (safe, "3333C333");
  g_assert_true (asr_quality_statement_get_carried_forward_missing (st));
  g_assert_false (asr_quality_statement_get_scored (st));
  g_assert_cmpint (asr_quality_statement_get_effective_score (st), ==, 0);
  g_assert_cmpuint (asr_key_question_get_n_carried_forward_missing (safe), ==, 1);
  /* Never counted as 0 (§7): excluded, 21/28 = 75. */
  assert_figures (safe, 21, 28, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_key_question_get_n_scored (safe), ==, 7);

  problems = asr_assessment_list_problems (a);
  g_assert_true (problems_mention (problems, "/key_questions/safe/statements/safe-environments"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  st_log = notify_log_new (st);
  kq_log = notify_log_new (safe);
  asr_key_question_set_previous_rating (safe, ASR_RATING_GOOD);
  notify_log_assert (st_log, "effective-score scored carried-forward-missing");
  notify_log_assert (kq_log, "previous-rating n-carried-forward-missing n-scored sum maximum provisional complete");
  assert_figures (safe, 24, 32, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  g_assert_cmpuint (asr_key_question_get_n_carried_forward_missing (safe), ==, 0);

  problems = asr_assessment_list_problems (a);
  g_assert_false (problems_mention (problems, "/key_questions/safe/"));
}

/* Header of asr-key-question.h: "complete" means every statement in scope
 * has a source *and counts*; a carried-forward statement without a
 * previous rating, or an assessed one without a score, does not count. */
static void
test_complete_needs_counting (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrKeyQuestion *caring = key_question (a, "caring");
  g_autoptr(GString) failures = g_string_new (NULL);

  fill_key_question (safe, "3333C333");
  g_assert_cmpuint (asr_key_question_get_n_not_started (safe), ==, 0);
  if (asr_key_question_get_complete (safe))
    g_string_append (failures, "Safe is “complete” with a carried-forward statement that has "
                               "no previous rating (it does not count); ");

  fill_key_question (caring, "33033");
  g_assert_cmpuint (asr_key_question_get_n_scored (caring), ==, 4);
  if (asr_key_question_get_complete (caring))
    g_string_append (failures, "Caring is “complete” with an assessed statement that has no score; ");

  /* With every key question "complete", the assessment must not say so
   * while asr_assessment_list_problems() lists problems. */
  rate_all (a, "-GGGG");
  fill_key_question (safe, "3333C333");
  {
    g_autoptr(GPtrArray) problems = asr_assessment_list_problems (a);

    g_assert_cmpuint (problems->len, >, 0);
    if (asr_assessment_get_complete (a))
      g_string_append_printf (failures, "the assessment is “complete” with %u problems listed",
                              problems->len);
  }
  if (failures->len > 0)
    g_test_fail_printf ("%s", failures->str);
}

static void
test_assessed_without_score (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *caring = key_question (a, "caring");
  g_autoptr(GPtrArray) problems = NULL;

  fill_key_question (caring, "33033");
  g_assert_false (asr_quality_statement_get_scored (nth_statement (caring, 2)));
  assert_figures (caring, 12, 16, 75, ASR_RATING_GOOD, ASR_RATING_GOOD);
  problems = asr_assessment_list_problems (a);
  g_assert_true (problems_mention (problems, "/key_questions/caring/statements/independence-choice-and-control"));
}


static void
test_override (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  /* Spaces, and zero-width and format characters (U+200B, U+200E, U+2060,
   * U+FEFF, U+2028) are not a written reason either. */
  const char * const blanks[] = { "", " ", "\t\n  ", "\xc2\xa0", "\xe2\x80\x83 ",
                                  "\xe2\x80\x8b", "\xe2\x80\x8e\xe2\x81\xa0\xef\xbb\xbf",
                                  "\xe3\x80\x80\xe2\x80\xa8\x1b" };
  g_autoptr(NotifyLog) kq_log = NULL;
  guint changed = 0;

  fill_key_question (safe, "33333333");
  kq_log = notify_log_new (safe);
  g_signal_connect (a, "changed", G_CALLBACK (count_changed), &changed);

  /* No reason, or only blanks: refused, nothing changes. */
  for (guint i = 0; i <= G_N_ELEMENTS (blanks); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *reason = i < G_N_ELEMENTS (blanks) ? blanks[i] : NULL;

      g_assert_false (asr_key_question_set_override (safe, ASR_RATING_OUTSTANDING, reason, &error));
      g_assert_error (error, ASR_ERROR, ASR_ERROR_RULE);
      notify_log_assert (kq_log, "");
      g_assert_cmpint (asr_key_question_get_override_rating (safe), ==, ASR_RATING_NONE);
      g_assert_cmpstr (asr_key_question_get_override_reason (safe), ==, "");
      g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_GOOD);
    }
  g_assert_cmpuint (changed, ==, 0);

  g_assert_true (asr_key_question_set_override (safe, ASR_RATING_OUTSTANDING,
                                                "Exceptional leadership of safety culture", NULL));
  notify_log_assert (kq_log, "override-rating override-reason rating limited-by");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_key_question_get_band (safe), ==, ASR_RATING_GOOD);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_OVERRIDE);
  g_assert_cmpint (asr_key_question_get_percentage (safe), ==, 75);
  g_assert_cmpstr (asr_key_question_get_override_reason (safe), ==,
                   "Exceptional leadership of safety culture");

  /* A failed attempt leaves the existing override as it was. */
  g_assert_false (asr_key_question_set_override (safe, ASR_RATING_INADEQUATE, "  ", NULL));
  g_assert_cmpint (asr_key_question_get_override_rating (safe), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpstr (asr_key_question_get_override_reason (safe), ==,
                   "Exceptional leadership of safety culture");
  notify_log_assert (kq_log, "");

  /* Override wins over a warning notice. */
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_WARNING_NOTICE);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_OUTSTANDING);
  notify_log_reset (kq_log);

  /* Removing it: back to the band and the caps. */
  g_assert_true (asr_key_question_set_override (safe, ASR_RATING_NONE, NULL, NULL));
  notify_log_assert (kq_log, "override-rating override-reason rating limited-by");
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_INADEQUATE);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_WARNING_NOTICE);
  g_assert_cmpstr (asr_key_question_get_override_reason (safe), ==, "");
}

static void
test_requirement_notice (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  g_autoptr(NotifyLog) kq_log = NULL;

  fill_key_question (safe, "33333333");
  kq_log = notify_log_new (safe);
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_REQUIREMENT_NOTICE);
  notify_log_assert (kq_log, "enforcement rating limited-by published-percentage");
  assert_figures (safe, 24, 32, 75, ASR_RATING_GOOD, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_REQUIREMENT_NOTICE);
  /* The arithmetic figure stays; the observed practice is shown beside it. */
  g_assert_cmpint (asr_key_question_get_published_percentage (safe), ==, 62);

  /* Inadequate by its band stays Inadequate. */
  fill_key_question (safe, "11111111");
  assert_figures (safe, 8, 32, 25, ASR_RATING_INADEQUATE, ASR_RATING_INADEQUATE);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_NONE);
  g_assert_cmpint (asr_key_question_get_published_percentage (safe), ==, 25);
}

static void
test_warning_notice (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  g_autoptr(NotifyLog) kq_log = NULL;

  fill_key_question (safe, "44444444");
  kq_log = notify_log_new (safe);
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_WARNING_NOTICE);
  notify_log_assert (kq_log, "enforcement rating limited-by");
  assert_figures (safe, 32, 32, 100, ASR_RATING_OUTSTANDING, ASR_RATING_INADEQUATE);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_WARNING_NOTICE);
  g_assert_cmpint (asr_key_question_get_published_percentage (safe), ==, 100);

  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_NONE);
  notify_log_assert (kq_log, "enforcement rating limited-by");
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_OUTSTANDING);
}

/* Rates the five key questions: each character of @ratings is O, G, R or
 * I (all statements 4, 3, 2 or 1) or - (left unrated). */
static void
rate_all (AsrAssessment *a,
          const char    *ratings)
{
  GListModel *kqs = asr_assessment_get_key_questions (a);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      guint n = asr_key_question_get_n_statements (kq);
      char score = strchr ("-IRGO", ratings[i]) - "-IRGO" + '0';
      g_autofree char *spec = g_strnfill (n, score == '0' ? '-' : score);

      fill_key_question (kq, spec);
    }
}

static void
test_breach_caps_overall (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  g_autoptr(NotifyLog) a_log = NULL;

  rate_all (a, "GGGGG");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_GOOD);
  g_assert_false (asr_assessment_get_overall_breach_capped (a));
  a_log = notify_log_new (a);

  asr_assessment_set_breach_of_regulation (a, TRUE);
  notify_log_assert (a_log, "breach-of-regulation overall-rating overall-breach-capped");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_true (asr_assessment_get_overall_breach_capped (a));
  /* The principle that gave Good is still shown. */
  g_assert_cmpint (asr_assessment_get_overall_principle (a), ==, ASR_PRINCIPLE_OTHERWISE_GOOD);

  /* Inadequate is below the cap: not capped. */
  rate_all (a, "IIGGG");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_INADEQUATE);
  g_assert_false (asr_assessment_get_overall_breach_capped (a));
}

static void
test_advisory_limiter (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  g_autoptr(NotifyLog) kq_log = NULL;

  /* 7×4 + 1 = 29/32 = 90.6 → 91 Outstanding, with one statement scored 1 */
  fill_key_question (safe, "44441444");
  g_assert_false (asr_assessment_get_advisory_limiters (a));
  assert_figures (safe, 29, 32, 91, ASR_RATING_OUTSTANDING, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_NONE);

  kq_log = notify_log_new (safe);
  asr_assessment_set_advisory_limiters (a, TRUE);
  notify_log_assert (kq_log, "rating limited-by published-percentage");
  assert_figures (safe, 29, 32, 91, ASR_RATING_OUTSTANDING, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_ADVISORY_LIMITER);
  g_assert_cmpint (asr_key_question_get_published_percentage (safe), ==, 62);

  /* Raising the 1 lifts the limiter. */
  asr_quality_statement_set_score (nth_statement (safe, 4), 2);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_key_question_get_limited_by (safe), ==, ASR_LIMIT_NONE);
  asr_quality_statement_set_score (nth_statement (safe, 4), 1);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_REQUIRES_IMPROVEMENT);

  asr_assessment_set_advisory_limiters (a, FALSE);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_OUTSTANDING);
}

static void
set_evidence (AsrQualityStatement *st,
              const int            scores[6])
{
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(AsrEvidence) evidence =
        g_list_model_get_item (asr_quality_statement_get_evidence (st), i);

      asr_evidence_set_score (evidence, scores[i]);
    }
}

static void
test_legacy (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2023");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrQualityStatement *st = nth_statement (safe, 0);
  g_autoptr(NotifyLog) st_log = NULL;
  static const int worked[6] = { 3, 2, 0, 3, 3, 0 };
  static const int better[6] = { 3, 4, 0, 4, 4, 0 };

  asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED);
  g_assert_cmpint (asr_quality_statement_get_evidence_percentage (st), ==, -1);
  g_assert_cmpint (asr_quality_statement_get_score (st), ==, 0);

  /* CQC's worked example: 3,2,3,3 = 11/16 = 69% → 3 */
  st_log = notify_log_new (st);
  set_evidence (st, worked);
  g_assert_cmpint (asr_quality_statement_get_evidence_percentage (st), ==, 69);
  g_assert_cmpint (asr_quality_statement_get_score (st), ==, 3);
  g_assert_cmpint (asr_quality_statement_get_effective_score (st), ==, 3);
  g_assert_cmpint (asr_key_question_get_sum (safe), ==, 3);
  g_assert_cmpint (asr_key_question_get_percentage (safe), ==, 75);
  notify_log_reset (st_log);

  /* 3,4,4,4 = 15/16 = 93.75 → 94 → 4 */
  set_evidence (st, better);
  g_assert_cmpint (asr_quality_statement_get_evidence_percentage (st), ==, 94);
  g_assert_cmpint (asr_quality_statement_get_score (st), ==, 4);
  g_assert_cmpint (asr_key_question_get_percentage (safe), ==, 100);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (st_log->counts, g_intern_static_string ("score"))), ==, 1);

  /* The score follows the evidence and cannot be set. */
  g_test_expect_message ("asr-quality-statement", G_LOG_LEVEL_CRITICAL, "*legacy*");
  asr_quality_statement_set_score (st, 1);
  g_test_assert_expected_messages ();
  g_assert_cmpint (asr_quality_statement_get_score (st), ==, 4);
}

static void
test_changed_signal (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  AsrQualityStatement *st = nth_statement (safe, 0);
  g_autoptr(AsrEvidence) evidence = g_list_model_get_item (asr_quality_statement_get_evidence (st), 0);
  const char * const names[] = { "A. Inspector", NULL };
  guint changed = 0;

  g_signal_connect (a, "changed", G_CALLBACK (count_changed), &changed);

#define EXPECT_CHANGED(n, stmt) \
  G_STMT_START { changed = 0; stmt; g_assert_cmpuint (changed, ==, (n)); } G_STMT_END

  EXPECT_CHANGED (1, asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED));
  EXPECT_CHANGED (1, asr_quality_statement_set_score (st, 3));
  EXPECT_CHANGED (0, asr_quality_statement_set_score (st, 3));
  EXPECT_CHANGED (1, asr_quality_statement_set_notes (st, "Seen on the ward"));
  EXPECT_CHANGED (0, asr_quality_statement_set_notes (st, "Seen on the ward"));
  EXPECT_CHANGED (1, asr_evidence_set_notes (evidence, "Observation in the lounge"));
  EXPECT_CHANGED (1, asr_evidence_set_score (evidence, 3));
  EXPECT_CHANGED (1, asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_REQUIREMENT_NOTICE));
  EXPECT_CHANGED (1, asr_key_question_set_previous_rating (safe, ASR_RATING_GOOD));
  EXPECT_CHANGED (0, asr_key_question_set_override (safe, ASR_RATING_GOOD, "", NULL));
  EXPECT_CHANGED (1, asr_key_question_set_override (safe, ASR_RATING_GOOD, "Reason", NULL));
  EXPECT_CHANGED (1, asr_assessment_set_provider (a, "Brookvale Care Ltd"));
  EXPECT_CHANGED (0, asr_assessment_set_provider (a, "Brookvale Care Ltd"));
  EXPECT_CHANGED (1, asr_assessment_set_location (a, "Larchfield House"));
  EXPECT_CHANGED (1, asr_assessment_set_service_name (a, "Larchfield"));
  EXPECT_CHANGED (1, asr_assessment_set_service_type (a, "Care home"));
  EXPECT_CHANGED (1, asr_assessment_set_date (a, "2026-10-14"));
  EXPECT_CHANGED (1, asr_assessment_set_assessors (a, names));
  EXPECT_CHANGED (0, asr_assessment_set_assessors (a, names));
  EXPECT_CHANGED (1, asr_assessment_set_status (a, ASR_STATUS_FINAL));
  EXPECT_CHANGED (1, asr_assessment_set_breach_of_regulation (a, TRUE));
  EXPECT_CHANGED (1, asr_assessment_set_advisory_limiters (a, TRUE));
  EXPECT_CHANGED (1, asr_assessment_set_previous_date (a, "2023-03-02"));
  EXPECT_CHANGED (1, asr_assessment_set_previous_overall_rating (a, ASR_RATING_GOOD));
  EXPECT_CHANGED (1, asr_assessment_set_previous_source (a, "Typed in"));
  EXPECT_CHANGED (0, asr_assessment_set_previous_source (a, "Typed in"));

#undef EXPECT_CHANGED
}

/* Seed 001: Caring and Well-led Outstanding, the rest Good → Outstanding;
 * the overall rating follows one key question live. */
static void
test_overall_live (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *caring = key_question (a, "caring");
  AsrQualityStatement *st = nth_statement (caring, 4);
  g_autoptr(NotifyLog) a_log = NULL;

  rate_all (a, "GGOG-");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_NONE);
  g_assert_cmpint (asr_assessment_get_overall_principle (a), ==, ASR_PRINCIPLE_NONE);
  g_assert_false (asr_assessment_get_complete (a));

  a_log = notify_log_new (a);
  rate_all (a, "GGOGO");
  notify_log_assert (a_log, "overall-rating overall-principle complete");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpint (asr_assessment_get_overall_principle (a), ==, ASR_PRINCIPLE_TWO_OUTSTANDING);
  g_assert_true (asr_assessment_get_complete (a));

  /* Caring 4,4,4,4,1 = 17/20 = 85: Good, so only one Outstanding left. */
  asr_quality_statement_set_score (st, 1);
  g_assert_cmpint (asr_key_question_get_rating (caring), ==, ASR_RATING_GOOD);
  notify_log_assert (a_log, "overall-rating overall-principle");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_GOOD);

  /* Caring 4,4,4,1,1 = 14/20 = 70: still Good, the overall is quiet. */
  asr_quality_statement_set_score (nth_statement (caring, 3), 1);
  notify_log_assert (a_log, "");

  /* One Inadequate, rest Good or better: RI, and said to be inferred. */
  fill_key_question (caring, "11111");
  notify_log_assert (a_log, "overall-rating overall-principle overall-inferred");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_assessment_get_overall_principle (a), ==, ASR_PRINCIPLE_ONE_INADEQUATE);
  g_assert_true (asr_assessment_get_overall_inferred (a));

  rate_all (a, "GGOGO");
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, ASR_RATING_OUTSTANDING);
  g_assert_false (asr_assessment_get_overall_inferred (a));
}

/* A change of one statement reaches its own key question and the
 * assessment only: nothing is recomputed elsewhere. */
static void
test_isolation (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  GListModel *kqs = asr_assessment_get_key_questions (a);
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func ((GDestroyNotify) notify_log_free);
  AsrKeyQuestion *safe = key_question (a, "safe");

  rate_all (a, "GGGGG");
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      GListModel *statements = asr_key_question_get_statements (kq);

      if (kq == safe)
        continue;
      g_ptr_array_add (logs, notify_log_new (kq));
      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(AsrQualityStatement) st = g_list_model_get_item (statements, j);
          g_ptr_array_add (logs, notify_log_new (st));
        }
    }
  /* Every kind of edit of Safe, including one that moves its rating. */
  asr_quality_statement_set_score (nth_statement (safe, 0), 4);
  asr_quality_statement_set_source (nth_statement (safe, 1), ASR_SOURCE_NOT_APPLICABLE);
  asr_quality_statement_set_source (nth_statement (safe, 2), ASR_SOURCE_CARRIED_FORWARD);
  asr_key_question_set_previous_rating (safe, ASR_RATING_INADEQUATE);
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_WARNING_NOTICE);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_INADEQUATE);
  asr_quality_statement_set_notes (nth_statement (safe, 3), "notes");

  for (guint i = 0; i < logs->len; i++)
    notify_log_assert (logs->pdata[i], "");
}

static void
test_properties_match_getters (void)
{
  g_autoptr(AsrAssessment) a = new_assessment ("cqc-saf-2024");
  AsrKeyQuestion *safe = key_question (a, "safe");
  int percentage, sum, maximum, published;
  guint n_scored, n_in_scope;
  AsrRating rating, band;
  gboolean provisional;

  fill_key_question (safe, "3332N-C4");
  asr_key_question_set_previous_rating (safe, ASR_RATING_GOOD);
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_REQUIREMENT_NOTICE);
  g_object_get (safe, "percentage", &percentage, "sum", &sum, "maximum", &maximum,
                "published-percentage", &published, "n-scored", &n_scored,
                "n-in-scope", &n_in_scope, "rating", &rating, "band", &band,
                "provisional", &provisional, NULL);
  /* 3+3+3+2+3+4 = 18/24 = 75 */
  g_assert_cmpint (sum, ==, 18);
  g_assert_cmpint (maximum, ==, 24);
  g_assert_cmpint (percentage, ==, 75);
  g_assert_cmpint (published, ==, 62);
  g_assert_cmpuint (n_scored, ==, 6);
  g_assert_cmpuint (n_in_scope, ==, 7);
  g_assert_cmpint (band, ==, ASR_RATING_GOOD);
  g_assert_cmpint (rating, ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_true (provisional);
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

typedef struct
{
  guint offset;
  char *removed;
  char *inserted;
  guint n;
} Edited;

static void
notes_edited_cb (GObject    *object,
                 guint       offset,
                 const char *removed,
                 const char *inserted,
                 Edited     *edited)
{
  edited->offset = offset;
  g_free (edited->removed);
  g_free (edited->inserted);
  edited->removed = g_strdup (removed);
  edited->inserted = g_strdup (inserted);
  edited->n++;
}

/* Notes are edited in place, in characters, and every change is told as
 * the edit it was. */
static void
test_notes_edits (void)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (framework);
  AsrQualityStatement *st = asr_assessment_lookup_statement (assessment, "safe", "safeguarding");
  g_autoptr(AsrAssessment) snapshot = NULL;
  Edited edited = { 0, };

  g_signal_connect (st, "notes-edited", G_CALLBACK (notes_edited_cb), &edited);
  asr_quality_statement_set_notes (st, "Café staff knew");
  g_assert_cmpuint (edited.offset, ==, 0);
  g_assert_cmpstr (edited.removed, ==, "");
  g_assert_cmpstr (edited.inserted, ==, "Café staff knew");

  /* A replacement is told as what differs, in whole characters. */
  asr_quality_statement_set_notes (st, "Café staff all knew");
  g_assert_cmpuint (edited.offset, ==, 11);
  g_assert_cmpstr (edited.removed, ==, "");
  g_assert_cmpstr (edited.inserted, ==, "all ");
  asr_quality_statement_set_notes (st, "Cafè staff all knew");
  g_assert_cmpuint (edited.offset, ==, 3);
  g_assert_cmpstr (edited.removed, ==, "é");
  g_assert_cmpstr (edited.inserted, ==, "è");

  /* Keystrokes, forwards and backwards from the last one. */
  g_assert_true (asr_quality_statement_edit_notes (st, 4, 0, "—"));
  g_assert_cmpstr (asr_quality_statement_get_notes (st), ==, "Cafè— staff all knew");
  g_assert_true (asr_quality_statement_edit_notes (st, 20, 0, " 😀"));
  g_assert_true (asr_quality_statement_edit_notes (st, 3, 2, "e"));
  g_assert_cmpstr (edited.removed, ==, "è—");
  g_assert_cmpstr (asr_quality_statement_get_notes (st), ==, "Cafe staff all knew 😀");
  g_assert_true (asr_quality_statement_edit_notes (st, 20, 1, ""));
  g_assert_cmpstr (edited.removed, ==, "😀");
  g_assert_cmpuint (edited.n, ==, 7);

  /* Outside the notes: refused, nothing changed, nothing told. */
  g_assert_false (asr_quality_statement_edit_notes (st, 21, 0, "x"));
  g_assert_false (asr_quality_statement_edit_notes (st, 19, 3, ""));
  g_assert_true (asr_quality_statement_edit_notes (st, 2, 0, ""));
  g_assert_cmpuint (edited.n, ==, 7);
  g_assert_cmpstr (asr_quality_statement_get_notes (st), ==, "Cafe staff all knew ");

  /* A snapshot shares the edited text; editing on does not reach it. */
  snapshot = asr_assessment_snapshot (assessment);
  g_assert_true (asr_quality_statement_edit_notes (st, 0, 4, "Home"));
  g_assert_cmpstr (asr_quality_statement_get_notes (asr_assessment_lookup_statement (snapshot, "safe", "safeguarding")),
                   ==, "Cafe staff all knew ");
  g_assert_cmpstr (asr_quality_statement_get_notes (st), ==, "Home staff all knew ");
  g_free (edited.removed);
  g_free (edited.inserted);
}

/* Review comments: the thread counts its open comments, a statement
 * notifies "has-open-comments" when that changes, and adding, resolving or
 * removing a comment is a change of the document. */
static void
test_comments (void)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) a = asr_assessment_new (framework);
  AsrQualityStatement *st = asr_assessment_lookup_statement (a, "safe", "safeguarding");
  GListStore *thread = G_LIST_STORE (asr_quality_statement_get_comments (st));
  GListStore *kq_thread = G_LIST_STORE (asr_key_question_get_comments (asr_assessment_lookup_key_question (a, "caring")));
  g_autoptr(AsrComment) first = asr_comment_new ("R. Reviewer", "2026-10-14", "Which audit?", FALSE);
  g_autoptr(AsrComment) second = asr_comment_new ("A. Inspector", "2026-10-15", "The March one.", TRUE);
  g_autoptr(AsrComment) on_kq = asr_comment_new ("R. Reviewer", "", "Rating?", FALSE);
  guint changed = 0, notified = 0;

  g_signal_connect (a, "changed", G_CALLBACK (count_changed), &changed);
  g_signal_connect_swapped (st, "notify::has-open-comments", G_CALLBACK (count_notify), &notified);
  g_assert_false (asr_quality_statement_has_open_comments (st));

  g_list_store_append (thread, first);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (asr_quality_statement_has_open_comments (st));
  g_list_store_append (thread, second);
  g_list_store_append (kq_thread, on_kq);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (asr_assessment_count_open_comments (a), ==, 2);

  asr_comment_set_resolved (first, TRUE);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (asr_quality_statement_has_open_comments (st));
  g_assert_cmpuint (asr_assessment_count_open_comments (a), ==, 1);

  /* A comment taken out of the thread (kept by undo) no longer counts. */
  g_list_store_remove (thread, 0);
  g_assert_cmpuint (changed, ==, 5);
  asr_comment_set_resolved (first, FALSE);
  g_assert_cmpuint (changed, ==, 5);
  g_assert_false (asr_quality_statement_has_open_comments (st));
  g_list_store_insert (thread, 0, first);
  g_assert_true (asr_quality_statement_has_open_comments (st));
  asr_comment_set_text (first, "Which audit, please?");
  g_assert_cmpuint (changed, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char **args = keep_going (&argc, &argv);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/new-is-empty", test_new_is_empty);
  g_test_add_func ("/model/comments", test_comments);
  g_test_add_func ("/model/notes-edits", test_notes_edits);
  g_test_add_func ("/model/seed-figures", test_seed_figures);
  g_test_add_func ("/model/score-change-notifies", test_score_change_notifies);
  g_test_add_func ("/model/not-applicable", test_not_applicable);
  g_test_add_func ("/model/not-started", test_not_started);
  g_test_add_func ("/model/carried-forward", test_carried_forward);
  g_test_add_func ("/model/carried-forward-missing", test_carried_forward_missing);
  g_test_add_func ("/model/assessed-without-score", test_assessed_without_score);
  g_test_add_func ("/model/complete-needs-counting", test_complete_needs_counting);
  g_test_add_func ("/model/override", test_override);
  g_test_add_func ("/model/requirement-notice", test_requirement_notice);
  g_test_add_func ("/model/warning-notice", test_warning_notice);
  g_test_add_func ("/model/breach-caps-overall", test_breach_caps_overall);
  g_test_add_func ("/model/advisory-limiter", test_advisory_limiter);
  g_test_add_func ("/model/legacy", test_legacy);
  g_test_add_func ("/model/changed-signal", test_changed_signal);
  g_test_add_func ("/model/overall-live", test_overall_live);
  g_test_add_func ("/model/isolation", test_isolation);
  g_test_add_func ("/model/properties-match-getters", test_properties_match_getters);

  return g_test_run ();
}
