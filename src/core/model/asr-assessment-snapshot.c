/* asr-assessment-snapshot.c: a copy of an assessment that shares its notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Autosave serialises a snapshot on a worker thread while the user goes on
 * typing in the original.  Notes are immutable GRefStrings, so the copy
 * takes a reference to each instead of copying the text: the cost is the
 * few hundred objects, not the size of the document.
 */
#define G_LOG_DOMAIN "asr-assessment"

#include "config.h"

#include "asr-model-private.h"

static void
copy_metadata (AsrAssessment *to,
               AsrAssessment *from)
{
  asr_assessment_set_provider (to, asr_assessment_get_provider (from));
  asr_assessment_set_location (to, asr_assessment_get_location (from));
  asr_assessment_set_service_name (to, asr_assessment_get_service_name (from));
  asr_assessment_set_service_type (to, asr_assessment_get_service_type (from));
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
}

static void
copy_statement (AsrQualityStatement *to,
                AsrQualityStatement *from,
                gboolean             legacy)
{
  GListModel *to_evidence = asr_quality_statement_get_evidence (to);
  GListModel *from_evidence = asr_quality_statement_get_evidence (from);
  guint n = g_list_model_get_n_items (from_evidence);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrEvidence) a = g_list_model_get_item (to_evidence, i);
      g_autoptr(AsrEvidence) b = g_list_model_get_item (from_evidence, i);

      asr_evidence_set_score (a, asr_evidence_get_score (b));
      _asr_evidence_share_notes (a, b);
    }
  asr_quality_statement_set_source (to, asr_quality_statement_get_source (from));
  /* Where evidence categories drive the score, it followed them above. */
  if (!legacy)
    asr_quality_statement_set_score (to, asr_quality_statement_get_score (from));
  _asr_quality_statement_share_notes (to, from);
}

AsrAssessment *
asr_assessment_snapshot (AsrAssessment *self)
{
  AsrFramework *framework;
  AsrAssessment *copy;
  GListModel *from_kqs, *to_kqs;
  gboolean legacy;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);

  framework = asr_assessment_get_framework (self);
  legacy = asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
  copy = asr_assessment_new (framework);
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

          copy_statement (a, b, legacy);
        }
    }
  return copy;
}
