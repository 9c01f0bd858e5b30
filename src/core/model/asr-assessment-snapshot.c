/* asr-assessment-snapshot.c: a copy of an assessment that shares its notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Autosave serialises a snapshot on a worker thread while the user goes on
 * typing in the original.  Notes are immutable GRefStrings, so the copy
 * takes a reference to each instead of copying the text: the cost is the
 * few hundred objects, not the size of the document.
 *
 * asr_assessment_assign() copies the same values into an existing
 * assessment (a merge applied to the open document), through the setters,
 * so only what differs changes and each change is seen as an edit.
 */
#define G_LOG_DOMAIN "asr-assessment"

#include "config.h"

#include "asr-comment-private.h"
#include "asr-model-private.h"

static void
copy_metadata (AsrAssessment *to,
               AsrAssessment *from)
{
  asr_assessment_set_provider (to, asr_assessment_get_provider (from));
  asr_assessment_set_location (to, asr_assessment_get_location (from));
  asr_assessment_set_service_name (to, asr_assessment_get_service_name (from));
  asr_assessment_set_service_type (to, asr_assessment_get_service_type (from));
  asr_assessment_set_location_id (to, asr_assessment_get_location_id (from));
  asr_assessment_set_core_service (to, asr_assessment_get_core_service (from));
  asr_assessment_set_level (to, asr_assessment_get_level (from));
  asr_assessment_set_date (to, asr_assessment_get_date (from));
  asr_assessment_set_assessors (to, asr_assessment_get_assessors (from));
  asr_assessment_set_status (to, asr_assessment_get_status (from));
  asr_assessment_set_breach_of_regulation (to, asr_assessment_get_breach_of_regulation (from));
  asr_assessment_set_advisory_limiters (to, asr_assessment_get_advisory_limiters (from));
  asr_assessment_set_focused (to, asr_assessment_get_focused (from));
  asr_assessment_set_previous_date (to, asr_assessment_get_previous_date (from));
  asr_assessment_set_previous_overall_rating (to, asr_assessment_get_previous_overall_rating (from));
  asr_assessment_set_previous_source (to, asr_assessment_get_previous_source (from));
}

static void
copy_key_question (AsrKeyQuestion *to,
                   AsrKeyQuestion *from)
{
  g_autoptr(GError) error = NULL;

  asr_key_question_set_previous_rating (to, asr_key_question_get_previous_rating (from));
  asr_key_question_set_previous_date (to, asr_key_question_get_previous_date (from));
  asr_key_question_set_enforcement (to, asr_key_question_get_enforcement (from));
  /* The original holds a valid override, so the copy cannot fail. */
  if (!asr_key_question_set_override (to, asr_key_question_get_override_rating (from),
                                      asr_key_question_get_override_reason (from), &error))
    g_critical ("Could not copy an override: %s", error->message);
  if (asr_framework_get_scoring_method (asr_assessment_get_framework (asr_key_question_get_assessment (from)))
      == ASR_SCORING_JUDGEMENT &&
      !asr_key_question_set_judgement (to, asr_key_question_get_judgement_rating (from),
                                       asr_key_question_get_judgement_rationale (from), &error))
    g_critical ("Could not copy a judgement: %s", error->message);
  _asr_comment_thread_copy (G_LIST_STORE (asr_key_question_get_comments (to)),
                            asr_key_question_get_comments (from));
}

static void
copy_statement (AsrQualityStatement *to,
                AsrQualityStatement *from,
                gboolean             legacy,
                gboolean             share)
{
  GListModel *to_evidence = asr_quality_statement_get_evidence (to);
  GListModel *from_evidence = asr_quality_statement_get_evidence (from);
  guint n = g_list_model_get_n_items (from_evidence);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrEvidence) a = g_list_model_get_item (to_evidence, i);
      g_autoptr(AsrEvidence) b = g_list_model_get_item (from_evidence, i);

      asr_evidence_set_score (a, asr_evidence_get_score (b));
      if (share)
        _asr_evidence_share_notes (a, b);
      else
        asr_evidence_set_notes (a, asr_evidence_get_notes (b));
    }
  asr_quality_statement_set_source (to, asr_quality_statement_get_source (from));
  /* Where evidence categories drive the score, it followed them above. */
  if (!legacy)
    asr_quality_statement_set_score (to, asr_quality_statement_get_score (from));
  asr_quality_statement_set_rating (to, asr_quality_statement_get_rating (from));
  if (share)
    _asr_quality_statement_share_notes (to, from);
  else
    asr_quality_statement_set_notes (to, asr_quality_statement_get_notes (from));
  /* Last: the changes above may have recorded the author editing now. */
  asr_quality_statement_set_changed_by (to, asr_quality_statement_get_changed_by (from));
  asr_quality_statement_set_changed_at (to, asr_quality_statement_get_changed_at (from));
  _asr_comment_thread_copy (G_LIST_STORE (asr_quality_statement_get_comments (to)),
                            asr_quality_statement_get_comments (from));
}

static void
copy_conflicts (AsrAssessment *to,
                AsrAssessment *from)
{
  GListModel *model = asr_assessment_get_conflicts (from);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  asr_assessment_replace_conflicts (to, (AsrConflict **) items->pdata, items->len);
}

static void
copy_content (AsrAssessment *copy,
              AsrAssessment *self,
              gboolean       share)
{
  AsrFramework *framework = asr_assessment_get_framework (self);
  gboolean legacy = asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
  GListModel *from_kqs, *to_kqs;

  copy_metadata (copy, self);
  from_kqs = asr_assessment_get_key_questions (self);
  to_kqs = asr_assessment_get_key_questions (copy);
  for (guint i = 0; i < g_list_model_get_n_items (from_kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) from = g_list_model_get_item (from_kqs, i);
      g_autoptr(AsrKeyQuestion) to = g_list_model_get_item (to_kqs, i);
      GListModel *from_statements = asr_key_question_get_statements (from);
      GListModel *to_statements = asr_key_question_get_statements (to);

      copy_key_question (to, from);
      for (guint j = 0; j < g_list_model_get_n_items (from_statements); j++)
        {
          g_autoptr(AsrQualityStatement) a = g_list_model_get_item (to_statements, j);
          g_autoptr(AsrQualityStatement) b = g_list_model_get_item (from_statements, j);

          copy_statement (a, b, legacy, share);
        }
    }
  copy_conflicts (copy, self);
}

gboolean
asr_assessment_assign (AsrAssessment *self,
                       AsrAssessment *from)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (ASR_IS_ASSESSMENT (from), FALSE);

  if (asr_assessment_get_framework (self) != asr_assessment_get_framework (from) &&
      g_strcmp0 (asr_framework_get_id (asr_assessment_get_framework (self)),
                 asr_framework_get_id (asr_assessment_get_framework (from))) != 0)
    return FALSE;
  copy_content (self, from, FALSE);
  return TRUE;
}

AsrAssessment *
asr_assessment_snapshot (AsrAssessment *self)
{
  AsrAssessment *copy;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);

  copy = asr_assessment_new (asr_assessment_get_framework (self));
  copy_content (copy, self, TRUE);
  return copy;
}
