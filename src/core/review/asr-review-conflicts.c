/* asr-review-conflicts.c: the review check for merge conflicts not resolved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-review-private.h"

/* Where a conflict is: "Safe › Safeguarding", "Safe", or the draft's
 * own details when it is in no key question. */
static char *
conflict_place (AsrAssessment *assessment,
                AsrConflict   *conflict)
{
  const char *kq_id = asr_conflict_get_key_question_id (conflict);
  const char *statement_id = asr_conflict_get_statement_id (conflict);
  AsrKeyQuestion *key_question = kq_id ? asr_assessment_lookup_key_question (assessment, kq_id) : NULL;
  AsrQualityStatement *statement =
    statement_id && kq_id ? asr_assessment_lookup_statement (assessment, kq_id, statement_id) : NULL;

  if (statement != NULL)
    return g_strdup_printf ("%s › %s", asr_key_question_get_name (key_question),
                            asr_quality_statement_get_name (statement));
  if (key_question != NULL)
    return g_strdup (asr_key_question_get_name (key_question));
  return g_strdup (_("Assessment details"));
}

void
_asr_review_check_conflicts (AsrReviewContext *ctx)
{
  GListModel *conflicts = asr_assessment_get_conflicts (ctx->assessment);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (conflicts, i);
      AsrFinding *finding = g_new0 (AsrFinding, 1);
      const char *mine = asr_conflict_get_mine_label (conflict);
      const char *theirs = asr_conflict_get_theirs_label (conflict);

      finding->rule_id = ctx->rule->id;
      finding->why = ctx->rule->why;
      finding->path = g_strdup (asr_conflict_get_path (conflict));
      finding->key_question_id = g_strdup (asr_conflict_get_key_question_id (conflict));
      finding->statement_id = g_strdup (asr_conflict_get_statement_id (conflict));
      finding->place = conflict_place (ctx->assessment, conflict);
      finding->message = g_strdup_printf (_("merge conflict between %s and %s not resolved"),
                                          mine && *mine ? mine : _("mine"),
                                          theirs && *theirs ? theirs : _("theirs"));
      g_ptr_array_add (ctx->findings, finding);
    }
}
