/* test-history.c: undo and redo of every kind of edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "asr-history.h"
#include "test-util.h"

/* Lets the history close the step of this main-loop iteration. */
static void
next_iteration (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_score_and_source (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 2);

  g_assert_false (asr_history_get_can_undo (history));

  /* Picking a score on a statement not started: two changes, one step. */
  asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (statement, 3);
  next_iteration ();
  asr_quality_statement_set_score (statement, 2);
  next_iteration ();
  g_assert_true (asr_history_get_can_undo (history));

  asr_history_undo (history);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);
  g_assert_true (asr_history_get_can_redo (history));
  asr_history_undo (history);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 0);
  g_assert_cmpint (asr_quality_statement_get_source (statement), ==, ASR_SOURCE_NOT_STARTED);
  g_assert_false (asr_history_get_can_undo (history));

  asr_history_redo (history);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);
  g_assert_cmpint (asr_quality_statement_get_source (statement), ==, ASR_SOURCE_ASSESSED);
  asr_history_redo (history);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 2);
  g_assert_false (asr_history_get_can_redo (history));

  /* A new edit after an undo drops what could be redone. */
  asr_history_undo (history);
  asr_quality_statement_set_score (statement, 4);
  g_assert_false (asr_history_get_can_redo (history));
}

static void
test_text_merges (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrQualityStatement *statement = test_statement_at (assessment, "effective", 0);

  /* Typing: one notification per key, each in its own iteration. */
  asr_quality_statement_set_notes (statement, "S");
  next_iteration ();
  asr_quality_statement_set_notes (statement, "St");
  next_iteration ();
  asr_quality_statement_set_notes (statement, "Sta");
  next_iteration ();
  asr_assessment_set_provider (assessment, "Brookvale Care Ltd");
  next_iteration ();

  asr_history_undo (history);
  g_assert_cmpstr (asr_assessment_get_provider (assessment), ==, "");
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Sta");
  asr_history_undo (history);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "");
  g_assert_false (asr_history_get_can_undo (history));

  /* After an undo, typing starts a step of its own. */
  asr_history_redo (history);
  asr_quality_statement_set_notes (statement, "Stable");
  next_iteration ();
  asr_history_undo (history);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Sta");
}

static void
test_metadata_and_enforcement (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrKeyQuestion *safe = asr_assessment_lookup_key_question (assessment, "safe");
  const char * const assessors[] = { "A. Inspector", NULL };

  asr_assessment_set_assessors (assessment, assessors);
  next_iteration ();
  asr_assessment_set_breach_of_regulation (assessment, TRUE);
  next_iteration ();
  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_WARNING_NOTICE);
  next_iteration ();
  asr_key_question_set_previous_rating (safe, ASR_RATING_GOOD);
  next_iteration ();

  asr_history_undo (history);
  g_assert_cmpint (asr_key_question_get_previous_rating (safe), ==, ASR_RATING_NONE);
  asr_history_undo (history);
  g_assert_cmpint (asr_key_question_get_enforcement (safe), ==, ASR_ENFORCEMENT_NONE);
  asr_history_undo (history);
  g_assert_false (asr_assessment_get_breach_of_regulation (assessment));
  asr_history_undo (history);
  g_assert_cmpuint (g_strv_length ((char **) asr_assessment_get_assessors (assessment)), ==, 0);

  asr_history_redo (history);
  g_assert_cmpstr (asr_assessment_get_assessors (assessment)[0], ==, "A. Inspector");
}

static void
test_override_is_one_step (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrKeyQuestion *caring = asr_assessment_lookup_key_question (assessment, "caring");
  g_autoptr(GError) error = NULL;

  g_assert_true (asr_key_question_set_override (caring, ASR_RATING_GOOD,
                                                "Strong feedback from families", &error));
  g_assert_no_error (error);
  next_iteration ();
  g_assert_true (asr_key_question_set_override (caring, ASR_RATING_OUTSTANDING,
                                                "Exceptional feedback", &error));
  next_iteration ();

  asr_history_undo (history);
  g_assert_cmpint (asr_key_question_get_override_rating (caring), ==, ASR_RATING_GOOD);
  g_assert_cmpstr (asr_key_question_get_override_reason (caring), ==,
                   "Strong feedback from families");
  asr_history_undo (history);
  g_assert_cmpint (asr_key_question_get_override_rating (caring), ==, ASR_RATING_NONE);
  g_assert_false (asr_history_get_can_undo (history));

  asr_history_redo (history);
  asr_history_redo (history);
  g_assert_cmpint (asr_key_question_get_override_rating (caring), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpstr (asr_key_question_get_override_reason (caring), ==, "Exceptional feedback");
}

/* In the legacy framework the statement's score follows its evidence
 * categories: undoing the category's score restores both. */
static void
test_legacy_evidence (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2023");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 0);
  g_autoptr(AsrEvidence) evidence =
    g_list_model_get_item (asr_quality_statement_get_evidence (statement), 0);

  asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
  next_iteration ();
  asr_evidence_set_score (evidence, 4);
  next_iteration ();
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 4);

  asr_history_undo (history);
  g_assert_cmpint (asr_evidence_get_score (evidence), ==, 0);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 0);
  asr_history_redo (history);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 4);
}

/* What the next undo or redo will change, in words and as the object and
 * property to show; a score beats the source it implied in one step. */
static void
test_describe_next (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 2);
  g_autoptr(AsrEvidence) evidence =
    g_list_model_get_item (asr_quality_statement_get_evidence (statement), 1);
  const char *name = asr_quality_statement_get_name (statement);
  g_autofree char *words = NULL;
  g_autofree char *expected = NULL;
  AsrQualityStatement *where = NULL;
  const char *property = NULL;
  GObject *object = NULL;

  g_assert_null (asr_history_describe_next (history, FALSE, NULL, NULL, NULL));

  asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (statement, 2);
  next_iteration ();
  asr_quality_statement_set_score (statement, 3);
  next_iteration ();
  words = asr_history_describe_next (history, FALSE, &object, &property, &where);
  expected = g_strdup_printf ("%s score 3 → 2", name);
  g_assert_cmpstr (words, ==, expected);
  g_assert_true (object == G_OBJECT (statement));
  g_assert_cmpstr (property, ==, "score");
  g_assert_true (where == statement);

  asr_history_undo (history);
  asr_history_undo (history);
  g_clear_pointer (&words, g_free);
  g_clear_pointer (&expected, g_free);
  words = asr_history_describe_next (history, TRUE, NULL, &property, NULL);
  expected = g_strdup_printf ("%s score none → 2", name);
  g_assert_cmpstr (words, ==, expected);
  g_assert_cmpstr (property, ==, "score");

  asr_evidence_set_score (evidence, 4);
  next_iteration ();
  g_clear_pointer (&words, g_free);
  g_clear_pointer (&expected, g_free);
  words = asr_history_describe_next (history, FALSE, &object, NULL, &where);
  expected = g_strdup_printf ("%s for %s score 4 → none", asr_evidence_get_name (evidence), name);
  g_assert_cmpstr (words, ==, expected);
  g_assert_true (object == G_OBJECT (evidence));
  g_assert_true (where == statement);

  asr_evidence_set_notes (evidence, "Seen at lunch");
  next_iteration ();
  g_clear_pointer (&words, g_free);
  words = asr_history_describe_next (history, FALSE, NULL, &property, NULL);
  g_assert_true (g_str_has_prefix (words, "typing in the notes of "));
  g_assert_cmpstr (property, ==, "notes");
}

/* The state names what the document holds: undoing back to a state gives
 * that state again, and a new edit after it a state never seen. */
static void
test_state (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrQualityStatement *statement = test_statement_at (assessment, "effective", 0);
  guint64 start = asr_history_get_state (history);
  guint64 one, two;

  asr_quality_statement_set_notes (statement, "a");
  next_iteration ();
  one = asr_history_get_state (history);
  g_assert_cmpuint (one, !=, start);
  /* Typing on after the step is closed (as Save does) is a step of its own. */
  asr_history_close_step (history);
  asr_quality_statement_set_notes (statement, "ab");
  two = asr_history_get_state (history);
  g_assert_cmpuint (two, !=, one);

  asr_history_undo (history);
  g_assert_cmpuint (asr_history_get_state (history), ==, one);
  asr_history_undo (history);
  g_assert_cmpuint (asr_history_get_state (history), ==, start);
  asr_history_redo (history);
  g_assert_cmpuint (asr_history_get_state (history), ==, one);

  /* A different edit from here is not the state redo would have given. */
  asr_quality_statement_set_notes (statement, "ac");
  next_iteration ();
  g_assert_cmpuint (asr_history_get_state (history), !=, two);
  g_assert_cmpuint (asr_history_get_state (history), !=, one);

  /* Forgetting the steps keeps the state: the text is unchanged. */
  two = asr_history_get_state (history);
  asr_history_clear (history);
  g_assert_cmpuint (asr_history_get_state (history), ==, two);
}

/* Adding a comment, resolving it and reopening it are one step each, on
 * a statement's thread and on a key question's. */
static void
test_comments (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(AsrHistory) history = asr_history_new (assessment);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 2);
  GListStore *thread = G_LIST_STORE (asr_quality_statement_get_comments (statement));
  GListStore *kq_thread = G_LIST_STORE (asr_key_question_get_comments (asr_assessment_lookup_key_question (assessment, "caring")));
  g_autoptr(AsrComment) comment = asr_comment_new ("R. Reviewer", "2026-10-14", "Which audit?", FALSE);
  g_autoptr(AsrComment) on_kq = asr_comment_new ("R. Reviewer", "2026-10-14", "Rating?", FALSE);

  g_list_store_append (thread, comment);
  next_iteration ();
  asr_comment_set_resolved (comment, TRUE);
  next_iteration ();
  asr_comment_set_resolved (comment, FALSE);
  next_iteration ();
  g_list_store_append (kq_thread, on_kq);
  next_iteration ();
  g_assert_cmpuint (asr_assessment_count_open_comments (assessment), ==, 2);

  asr_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kq_thread)), ==, 0);
  asr_history_undo (history);
  g_assert_true (asr_comment_get_resolved (comment));
  g_assert_false (asr_quality_statement_has_open_comments (statement));
  asr_history_undo (history);
  g_assert_false (asr_comment_get_resolved (comment));
  asr_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (thread)), ==, 0);
  g_assert_false (asr_history_get_can_undo (history));

  asr_history_redo (history);
  g_assert_true (g_list_model_get_item (G_LIST_MODEL (thread), 0) == (gpointer) comment);
  g_object_unref (comment);   /* the reference get_item returned */
  asr_history_redo (history);
  g_assert_true (asr_comment_get_resolved (comment));
  asr_history_redo (history);
  asr_history_redo (history);
  g_assert_cmpuint (asr_assessment_count_open_comments (assessment), ==, 2);
  g_assert_false (asr_history_get_can_redo (history));

  /* Removing one is undone too, back in its place. */
  g_list_store_remove (thread, 0);
  next_iteration ();
  asr_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (thread)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/score-and-source", test_score_and_source);
  g_test_add_func ("/history/text-merges", test_text_merges);
  g_test_add_func ("/history/metadata-and-enforcement", test_metadata_and_enforcement);
  g_test_add_func ("/history/override-is-one-step", test_override_is_one_step);
  g_test_add_func ("/history/legacy-evidence", test_legacy_evidence);
  g_test_add_func ("/history/describe-next", test_describe_next);
  g_test_add_func ("/history/state", test_state);
  g_test_add_func ("/history/comments", test_comments);

  return g_test_run ();
}
