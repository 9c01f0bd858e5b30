/* test-merge.c: merging two drafts, on pairs generated from the sample
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each generated case starts from the sample and makes random seeded
 * edits (score, source, notes) to quality statements on each side; the
 * seed is in the test's name.  Properties: merging a draft with itself
 * changes nothing; a clean merge of edits to different statements equals
 * making both sets of edits; the same edit on both sides is taken once;
 * different edits of one value are conflicts that keep both sides.
 */
#define G_LOG_DOMAIN "test-merge"

#include <string.h>

#include "asr-core.h"
#include "asr-comparison.h"

#define N_CASES 60

static AsrAssessment *
load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (SAMPLE_PATH);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

static char *
text_of (AsrAssessment *assessment)
{
  g_autoptr(GBytes) bytes = asr_assessment_serialize (assessment);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_same (AsrAssessment *a,
             AsrAssessment *b)
{
  g_autofree char *ta = text_of (a);
  g_autofree char *tb = text_of (b);

  g_assert_cmpstr (ta, ==, tb);
}

static AsrAssessment *
merge (AsrAssessment *base,
       AsrAssessment *mine,
       AsrAssessment *theirs)
{
  g_autoptr(GError) error = NULL;
  AsrAssessment *merged = asr_merge_assessments (base, mine, theirs, "mine", "theirs", &error);

  g_assert_no_error (error);
  g_assert_nonnull (merged);
  return merged;
}

static AsrQualityStatement *
nth_statement (AsrAssessment *assessment,
               guint          n)
{
  GListModel *kqs = asr_assessment_get_key_questions (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      GListModel *statements = asr_key_question_get_statements (kq);
      guint count = g_list_model_get_n_items (statements);

      if (n < count)
        {
          g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, n);
          return statement;   /* the key question keeps it alive */
        }
      n -= count;
    }
  g_assert_not_reached ();
}

static guint
count_statements (AsrAssessment *assessment)
{
  GListModel *kqs = asr_assessment_get_key_questions (assessment);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      n += g_list_model_get_n_items (asr_key_question_get_statements (kq));
    }
  return n;
}

/* One seeded edit of statement @n: a score, a source or a paragraph. */
static void
edit_statement (AsrAssessment *assessment,
                guint          n,
                guint32        seed)
{
  AsrQualityStatement *statement = nth_statement (assessment, n);
  g_autofree char *notes = NULL;

  switch (seed % 3)
    {
    case 0:
      asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
      asr_quality_statement_set_score (statement, 1 + (asr_quality_statement_get_score (statement) + seed / 3) % 4);
      break;
    case 1:
      notes = g_strdup_printf ("%s\n\nEdit %u.", asr_quality_statement_get_notes (statement), seed);
      asr_quality_statement_set_notes (statement, notes);
      break;
    default:
      asr_quality_statement_set_source (statement,
                                        asr_quality_statement_get_source (statement) == ASR_SOURCE_NOT_APPLICABLE
                                        ? ASR_SOURCE_NOT_STARTED : ASR_SOURCE_NOT_APPLICABLE);
      break;
    }
}

typedef struct
{
  guint   n;
  guint   statement[8];
  guint32 seed[8];
} Edits;

static void
apply (AsrAssessment *assessment,
       const Edits   *edits)
{
  for (guint i = 0; i < edits->n; i++)
    edit_statement (assessment, edits->statement[i], edits->seed[i]);
}

/* Two sets of edits of different statements (statements of even and odd
 * index). */
static void
generate (GRand *rand,
          guint  n_statements,
          Edits *a,
          Edits *b)
{
  a->n = g_rand_int_range (rand, 1, 9);
  b->n = g_rand_int_range (rand, 1, 9);
  for (guint i = 0; i < a->n; i++)
    {
      a->statement[i] = 2 * g_rand_int_range (rand, 0, n_statements / 2);
      a->seed[i] = g_rand_int (rand);
    }
  for (guint i = 0; i < b->n; i++)
    {
      b->statement[i] = 1 + 2 * g_rand_int_range (rand, 0, n_statements / 2);
      b->seed[i] = g_rand_int (rand);
    }
}

static void
test_self_merge (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);

  for (guint c = 0; c < N_CASES; c++)
    {
      g_autoptr(AsrAssessment) draft = asr_assessment_snapshot (sample);
      g_autoptr(AsrAssessment) three = NULL;
      g_autoptr(AsrAssessment) two = NULL;
      g_autoptr(AsrAssessment) against = NULL;
      Edits a, b;

      generate (rand, count_statements (sample), &a, &b);
      apply (draft, &a);
      three = merge (draft, draft, draft);
      two = merge (NULL, draft, draft);
      against = merge (sample, draft, draft);
      assert_same (three, draft);
      assert_same (two, draft);
      assert_same (against, draft);
      g_assert_cmpuint (asr_assessment_get_n_conflicts (three), ==, 0);
      g_assert_cmpuint (asr_assessment_get_n_conflicts (two), ==, 0);
      g_assert_cmpuint (asr_assessment_get_n_conflicts (against), ==, 0);
    }
}

static void
test_disjoint_edits (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (1414);

  for (guint c = 0; c < N_CASES; c++)
    {
      g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (sample);
      g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (sample);
      g_autoptr(AsrAssessment) both = asr_assessment_snapshot (sample);
      g_autoptr(AsrAssessment) merged = NULL;
      g_autoptr(AsrAssessment) swapped = NULL;
      Edits a, b;

      generate (rand, count_statements (sample), &a, &b);
      apply (mine, &a);
      apply (theirs, &b);
      apply (both, &a);
      apply (both, &b);
      merged = merge (sample, mine, theirs);
      swapped = merge (sample, theirs, mine);
      g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
      assert_same (merged, both);
      assert_same (swapped, both);
    }
}

static void
test_both_sides_same (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint c = 0; c < N_CASES; c++)
    {
      g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (sample);
      g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (sample);
      g_autoptr(AsrAssessment) merged = NULL;
      Edits a, b;

      /* The same edits on both sides, and more on theirs. */
      generate (rand, count_statements (sample), &a, &b);
      apply (mine, &a);
      apply (theirs, &a);
      apply (theirs, &b);
      merged = merge (sample, mine, theirs);
      g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
      assert_same (merged, theirs);
    }
}

static AsrQualityStatement *
safeguarding (AsrAssessment *assessment)
{
  return asr_assessment_lookup_statement (assessment, "safe", "safeguarding");
}

static AsrConflict *
conflict_at (AsrAssessment *assessment,
             guint          i)
{
  g_autoptr(AsrConflict) conflict = g_list_model_get_item (asr_assessment_get_conflicts (assessment), i);

  g_assert_nonnull (conflict);
  return conflict;   /* the assessment keeps it alive */
}

static void
test_conflicting_scores (void)
{
  g_autoptr(AsrAssessment) base = load_sample ();
  g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) merged = NULL;
  g_autoptr(GError) error = NULL;
  AsrConflict *conflict;

  asr_quality_statement_set_score (safeguarding (mine), 4);
  asr_quality_statement_set_score (safeguarding (theirs), 1);
  merged = merge (base, mine, theirs);

  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 1);
  conflict = conflict_at (merged, 0);
  g_assert_cmpstr (asr_conflict_get_path (conflict), ==, "/key_questions/safe/statements/safeguarding/score");
  g_assert_cmpint (json_node_get_int (asr_conflict_get_base (conflict)), ==, 3);
  g_assert_cmpint (json_node_get_int (asr_conflict_get_mine (conflict)), ==, 4);
  g_assert_cmpint (json_node_get_int (asr_conflict_get_theirs (conflict)), ==, 1);
  g_assert_cmpstr (asr_conflict_get_statement_id (conflict), ==, "safeguarding");
  /* The document keeps mine until resolved. */
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (merged)), ==, 4);

  g_assert_true (asr_merge_resolve (merged, conflict, ASR_RESOLVE_TAKE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (merged)), ==, 1);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
}

/* A conflict on the source decides the score with it: the result is
 * always a valid file. */
static void
test_conflicting_source_and_score (void)
{
  g_autoptr(AsrAssessment) base = load_sample ();
  g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) merged = NULL;
  g_autoptr(AsrAssessment) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  asr_quality_statement_set_source (safeguarding (mine), ASR_SOURCE_CARRIED_FORWARD);
  asr_quality_statement_set_score (safeguarding (theirs), 1);
  asr_quality_statement_set_source (safeguarding (theirs), ASR_SOURCE_ASSESSED);
  merged = merge (base, mine, theirs);
  /* Mine changed the source, theirs the score: one decision, two values. */
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 2);
  g_assert_cmpstr (asr_conflict_get_field (conflict_at (merged, 0)), ==, "score");
  g_assert_true (JSON_NODE_HOLDS_NULL (asr_conflict_get_mine (conflict_at (merged, 0))));
  g_assert_cmpstr (asr_conflict_get_field (conflict_at (merged, 1)), ==, "source");
  g_assert_cmpint (asr_quality_statement_get_source (safeguarding (merged)), ==, ASR_SOURCE_CARRIED_FORWARD);

  /* Both sides change the source differently. */
  asr_quality_statement_set_source (safeguarding (theirs), ASR_SOURCE_NOT_APPLICABLE);
  g_clear_object (&merged);
  merged = merge (base, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 1);
  g_assert_cmpstr (asr_conflict_get_field (conflict_at (merged, 0)), ==, "source");

  asr_quality_statement_set_source (safeguarding (theirs), ASR_SOURCE_ASSESSED);
  g_clear_object (&merged);
  merged = merge (base, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 2);
  bytes = asr_assessment_serialize (merged);
  reloaded = asr_assessment_load_from_bytes (bytes, "merged", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (reloaded), ==, 2);

  /* Taking theirs for the source takes their score too. */
  g_assert_true (asr_merge_resolve (merged, conflict_at (merged, 0), ASR_RESOLVE_TAKE_THEIRS, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
  g_assert_cmpint (asr_quality_statement_get_source (safeguarding (merged)), ==, ASR_SOURCE_ASSESSED);
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (merged)), ==, 1);
}

static void
test_notes_paragraphs (void)
{
  g_autofree char *clean = NULL;
  g_autofree char *appended = NULL;

  clean = asr_merge_notes ("One.\n\nTwo.\n\nThree.", "One, mine.\n\nTwo.\n\nThree.",
                           "One.\n\nTwo.\n\nThree, theirs.");
  g_assert_cmpstr (clean, ==, "One, mine.\n\nTwo.\n\nThree, theirs.");
  appended = asr_merge_notes ("One.", "Mine first.\n\nOne.", "One.\n\nTheirs last.");
  g_assert_cmpstr (appended, ==, "Mine first.\n\nOne.\n\nTheirs last.");
  /* The same paragraph changed on both sides, or two additions at one
   * place, overlap. */
  g_assert_null (asr_merge_notes ("One.\n\nTwo.", "One.\n\nTwo, mine.", "One.\n\nTwo, theirs."));
  g_free (clean);
  /* Neighbouring paragraphs, one changed on each side. */
  clean = asr_merge_notes ("One.\n\nTwo.", "One, mine.\n\nTwo.", "One.\n\nTwo, theirs.");
  g_assert_cmpstr (clean, ==, "One, mine.\n\nTwo, theirs.");
  g_assert_null (asr_merge_notes ("One.", "One.\n\nMine.", "One.\n\nTheirs."));
  g_assert_null (asr_merge_notes ("", "Mine.", "Theirs."));
}

static void
test_notes_merge_in_document (void)
{
  g_autoptr(AsrAssessment) base = load_sample ();
  g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) merged = NULL;
  g_autoptr(GError) error = NULL;
  const char *notes;

  asr_quality_statement_set_notes (safeguarding (base), "Training.\n\nReferrals.");
  g_clear_object (&mine);
  g_clear_object (&theirs);
  mine = asr_assessment_snapshot (base);
  theirs = asr_assessment_snapshot (base);
  asr_quality_statement_set_notes (safeguarding (mine), "Training, all staff.\n\nReferrals.");
  asr_quality_statement_set_notes (safeguarding (theirs), "Training.\n\nReferrals, three.");
  merged = merge (base, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
  g_assert_cmpstr (asr_quality_statement_get_notes (safeguarding (merged)), ==,
                   "Training, all staff.\n\nReferrals, three.");

  asr_quality_statement_set_notes (safeguarding (theirs), "Training, some staff.\n\nReferrals.");
  g_clear_object (&merged);
  merged = merge (base, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 1);
  g_assert_true (asr_merge_can_keep_both (conflict_at (merged, 0)));
  g_assert_true (asr_merge_resolve (merged, conflict_at (merged, 0), ASR_RESOLVE_KEEP_BOTH, &error));
  g_assert_no_error (error);
  notes = asr_quality_statement_get_notes (safeguarding (merged));
  g_assert_nonnull (strstr (notes, "mine wrote:\n\nTraining, all staff."));
  g_assert_nonnull (strstr (notes, "theirs wrote:\n\nTraining, some staff."));
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
}

static void
test_two_way (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(AsrAssessment) empty = asr_assessment_snapshot (sample);
  g_autoptr(AsrAssessment) mine = NULL;
  g_autoptr(AsrAssessment) theirs = NULL;
  g_autoptr(AsrAssessment) merged = NULL;
  AsrQualityStatement *st;

  /* Statements touched on one side only (absent on the other) are taken. */
  st = asr_assessment_lookup_statement (empty, "caring", "kindness-compassion-and-dignity");
  asr_quality_statement_set_notes (st, "");
  asr_quality_statement_set_source (st, ASR_SOURCE_NOT_STARTED);
  for (guint i = 0; i < g_list_model_get_n_items (asr_quality_statement_get_evidence (st)); i++)
    {
      g_autoptr(AsrEvidence) evidence = g_list_model_get_item (asr_quality_statement_get_evidence (st), i);

      asr_evidence_set_score (evidence, 0);
      asr_evidence_set_notes (evidence, "");
    }
  mine = asr_assessment_snapshot (empty);
  theirs = asr_assessment_snapshot (empty);
  st = asr_assessment_lookup_statement (theirs, "caring", "kindness-compassion-and-dignity");
  asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (st, 4);
  asr_quality_statement_set_notes (st, "Kind.");
  merged = merge (NULL, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
  assert_same (merged, theirs);

  /* Anything else that differs is a conflict, notes included. */
  asr_quality_statement_set_notes (safeguarding (mine), "Mine.");
  asr_quality_statement_set_score (safeguarding (theirs), 1);
  g_clear_object (&merged);
  merged = merge (NULL, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 2);
  g_assert_null (asr_conflict_get_base (conflict_at (merged, 0)));
  g_assert_cmpstr (asr_conflict_get_field (conflict_at (merged, 0)), ==, "score");
  g_assert_cmpstr (asr_conflict_get_field (conflict_at (merged, 1)), ==, "notes");
}

/* The hook for per-statement lists: members named in
 * asr_merge_union_members are merged as a union ("assessors" here). */
static void
test_union_members (void)
{
  g_autoptr(AsrAssessment) base = load_sample ();
  g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) merged = NULL;
  const char * const mine_names[] = { "A. Inspector", "C. Expert by experience", NULL };
  const char * const theirs_names[] = { "A. Inspector", "B. Specialist adviser", "D. Pharmacist", NULL };
  const char * const expected[] = { "A. Inspector", "C. Expert by experience", "D. Pharmacist", NULL };

  asr_assessment_set_assessors (mine, mine_names);
  asr_assessment_set_assessors (theirs, theirs_names);
  merged = merge (base, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
  g_assert_true (g_strv_equal (asr_assessment_get_assessors (merged), expected));
}

/* Merge keeps comments from both sides: each side's new comments on the
 * same statement, and one both had, once. */
static void
test_comments_kept (void)
{
  g_autoptr(AsrAssessment) base = load_sample ();
  g_autoptr(AsrAssessment) mine = NULL;
  g_autoptr(AsrAssessment) theirs = NULL;
  g_autoptr(AsrAssessment) merged = NULL;
  g_autoptr(AsrComment) shared = asr_comment_new ("R. Reviewer", "2026-10-14", "Which audit?", FALSE);
  g_autoptr(AsrComment) from_mine = asr_comment_new ("A. Inspector", "2026-10-15", "The March audit.", FALSE);
  g_autoptr(AsrComment) from_theirs = asr_comment_new ("B. Adviser", "2026-10-16", "Also the falls log.", TRUE);
  AsrQualityStatement *statement = asr_assessment_lookup_statement (base, "safe", "safeguarding");
  GListModel *comments;

  g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (statement)), shared);
  mine = asr_assessment_snapshot (base);
  theirs = asr_assessment_snapshot (base);
  g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (
    asr_assessment_lookup_statement (mine, "safe", "safeguarding"))), from_mine);
  g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (
    asr_assessment_lookup_statement (theirs, "safe", "safeguarding"))), from_theirs);

  merged = merge (base, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 0);
  comments = asr_quality_statement_get_comments (asr_assessment_lookup_statement (merged, "safe", "safeguarding"));
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 3);
  {
    g_autoptr(AsrComment) first = g_list_model_get_item (comments, 0);
    g_autoptr(AsrComment) second = g_list_model_get_item (comments, 1);
    g_autoptr(AsrComment) third = g_list_model_get_item (comments, 2);

    g_assert_cmpstr (asr_comment_get_text (first), ==, "Which audit?");
    g_assert_cmpstr (asr_comment_get_text (second), ==, "The March audit.");
    g_assert_cmpstr (asr_comment_get_text (third), ==, "Also the falls log.");
    g_assert_true (asr_comment_get_resolved (third));
  }
}

static void
test_refusals (void)
{
  g_autoptr(AsrAssessment) sample = load_sample ();
  g_autoptr(AsrAssessment) legacy = asr_assessment_new (asr_framework_registry_lookup ("cqc-saf-2023", NULL));
  g_autoptr(AsrAssessment) conflicted = asr_assessment_snapshot (sample);
  g_autoptr(AsrConflict) conflict = asr_conflict_new ("/service/name", NULL, NULL, NULL, "a", "b");
  g_autoptr(GError) error = NULL;

  g_assert_null (asr_merge_assessments (NULL, sample, legacy, "mine", "theirs", &error));
  g_assert_error (error, ASR_ERROR, ASR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "theirs: /framework"));
  g_clear_error (&error);

  asr_assessment_add_conflict (conflicted, conflict);
  g_assert_null (asr_merge_assessments (NULL, conflicted, sample, "mine", "theirs", &error));
  g_assert_error (error, ASR_ERROR, ASR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "mine: /conflicts"));
}

/* Conflicts and attribution survive save → load → save. */
static void
test_format_round_trip (void)
{
  g_autoptr(AsrAssessment) base = load_sample ();
  g_autoptr(AsrAssessment) mine = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) theirs = asr_assessment_snapshot (base);
  g_autoptr(AsrAssessment) merged = NULL;
  g_autoptr(AsrAssessment) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  asr_assessment_set_service_name (mine, "Mine");
  asr_assessment_set_service_name (theirs, "Theirs");
  asr_quality_statement_set_changed_by (safeguarding (mine), "A. Inspector");
  asr_quality_statement_set_changed_at (safeguarding (mine), "2026-10-14T10:22:00Z");
  asr_quality_statement_set_score (safeguarding (mine), 4);
  asr_quality_statement_set_changed_by (safeguarding (theirs), "B. Adviser");
  asr_quality_statement_set_changed_at (safeguarding (theirs), "2026-10-15T09:00:00Z");
  asr_quality_statement_set_score (safeguarding (theirs), 2);
  merged = merge (NULL, mine, theirs);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (merged), ==, 2);
  /* Named by the people who changed the statement, when they differ. */
  g_assert_cmpstr (asr_conflict_get_mine_label (conflict_at (merged, 1)), ==, "A. Inspector");
  g_assert_cmpstr (asr_conflict_get_theirs_label (conflict_at (merged, 1)), ==, "B. Adviser");
  g_assert_cmpstr (asr_conflict_get_mine_label (conflict_at (merged, 0)), ==, "mine");
  /* The later change is the statement's attribution. */
  g_assert_cmpstr (asr_quality_statement_get_changed_by (safeguarding (merged)), ==, "B. Adviser");

  bytes = asr_assessment_serialize (merged);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\"conflicts\": ["));
  g_assert_nonnull (strstr (text, "\"changed\": {"));
  g_assert_null (strstr (text, "\"base\""));   /* two-way: no base */
  reloaded = asr_assessment_load_from_bytes (bytes, "merged", &error);
  g_assert_no_error (error);
  assert_same (reloaded, merged);
  g_assert_cmpstr (asr_conflict_get_path (conflict_at (reloaded, 0)), ==, "/service/name");
  g_assert_cmpstr (json_node_get_string (asr_conflict_get_theirs (conflict_at (reloaded, 0))), ==, "Theirs");
}

static void
test_attribution (void)
{
  g_autoptr(AsrAssessment) draft = load_sample ();
  AsrQualityStatement *st = safeguarding (draft);

  asr_quality_statement_set_score (st, 4);
  g_assert_null (asr_quality_statement_get_changed_by (st));
  asr_assessment_set_author (draft, "A. Inspector");
  asr_quality_statement_set_notes (st, "Changed.");
  g_assert_cmpstr (asr_quality_statement_get_changed_by (st), ==, "A. Inspector");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$",
                                       asr_quality_statement_get_changed_at (st), 0, 0));
  /* A statement nobody touched is not attributed. */
  g_assert_null (asr_quality_statement_get_changed_by (asr_assessment_lookup_statement (draft, "safe", "learning-culture")));
}

static void
test_problems (void)
{
  g_autoptr(AsrAssessment) draft = load_sample ();
  g_autoptr(AsrConflict) conflict = NULL;
  g_autoptr(GPtrArray) clean = asr_assessment_list_problems (draft);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) final = NULL;
  g_autoptr(JsonNode) mine = json_from_string ("3", NULL);
  g_autoptr(JsonNode) theirs = json_from_string ("1", NULL);

  conflict = asr_conflict_new ("/key_questions/safe/statements/safeguarding/score", NULL,
                               mine, theirs, "A", "B");
  asr_assessment_add_conflict (draft, conflict);
  problems = asr_assessment_list_problems (draft);
  g_assert_cmpuint (problems->len, ==, clean->len + 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, problems->len - 1),
                            "/key_questions/safe/statements/safeguarding/score: merge conflict"));
  asr_assessment_set_status (draft, ASR_STATUS_FINAL);
  final = asr_assessment_list_problems (draft);
  g_assert_cmpuint (final->len, ==, clean->len + 2);
  g_assert_nonnull (strstr (g_ptr_array_index (final, final->len - 1), "cannot be final"));
}

/* Autosave writes a snapshot: it keeps every member of the service. */
static void
test_snapshot_keeps_service (void)
{
  g_autoptr(AsrAssessment) draft = load_sample ();
  g_autoptr(AsrAssessment) copy = NULL;

  asr_assessment_set_location_id (draft, "1-101234567");
  asr_assessment_set_core_service (draft, "Urgent and emergency care");
  asr_assessment_set_level (draft, ASR_LEVEL_PROVIDER);
  copy = asr_assessment_snapshot (draft);
  assert_same (copy, draft);
}

/* The comparison says who changed a statement since the previous file. */
static void
test_compare_attribution (void)
{
  g_autoptr(AsrAssessment) previous = load_sample ();
  g_autoptr(AsrAssessment) current = asr_assessment_snapshot (previous);
  g_autoptr(AsrComparison) comparison = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  guint found = 0;

  asr_quality_statement_set_changed_by (safeguarding (previous), "A. Inspector");
  asr_quality_statement_set_changed_at (safeguarding (previous), "2026-10-14T10:22:00Z");
  asr_quality_statement_set_changed_by (safeguarding (current), "A. Inspector");
  asr_quality_statement_set_changed_at (safeguarding (current), "2026-10-14T10:22:00Z");
  asr_quality_statement_set_score (asr_assessment_lookup_statement (current, "safe", "learning-culture"), 1);
  asr_assessment_set_author (current, "B. Adviser");
  asr_quality_statement_set_score (safeguarding (current), 1);
  comparison = asr_comparison_new (current, previous);
  statements = asr_comparison_list_statements (comparison);
  for (guint i = 0; i < statements->len; i++)
    {
      AsrStatementChange *change = g_ptr_array_index (statements, i);

      if (g_str_equal (change->statement_id, "safeguarding"))
        {
          g_assert_cmpstr (change->changed_by, ==, "B. Adviser");
          g_assert_nonnull (change->changed_at);
          found++;
        }
      else
        g_assert_null (change->changed_by);   /* changed, but nobody named */
    }
  g_assert_cmpuint (found, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/merge/self", test_self_merge);
  g_test_add_func ("/merge/disjoint-edits", test_disjoint_edits);
  g_test_add_func ("/merge/both-sides-same", test_both_sides_same);
  g_test_add_func ("/merge/conflicting-scores", test_conflicting_scores);
  g_test_add_func ("/merge/conflicting-source-and-score", test_conflicting_source_and_score);
  g_test_add_func ("/merge/notes-paragraphs", test_notes_paragraphs);
  g_test_add_func ("/merge/notes-in-document", test_notes_merge_in_document);
  g_test_add_func ("/merge/two-way", test_two_way);
  g_test_add_func ("/merge/union-members", test_union_members);
  g_test_add_func ("/merge/comments-kept", test_comments_kept);
  g_test_add_func ("/merge/refusals", test_refusals);
  g_test_add_func ("/merge/format-round-trip", test_format_round_trip);
  g_test_add_func ("/merge/attribution", test_attribution);
  g_test_add_func ("/merge/problems", test_problems);
  g_test_add_func ("/merge/snapshot-keeps-service", test_snapshot_keeps_service);
  g_test_add_func ("/merge/compare-attribution", test_compare_attribution);
  return g_test_run ();
}
