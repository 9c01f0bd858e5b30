/* asr-model-private.h: how the model's objects talk to their parents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change flows upwards in constant time: an evidence category tells its
 * statement, a statement hands its key question the difference between its
 * old and new contribution, a key question tells the assessment when its
 * rating moved.  Nothing is ever summed over the whole assessment again.
 */
#pragma once

#include "asr-assessment.h"
#include "asr-enums.h"
#include "asr-evidence.h"
#include "asr-framework.h"
#include "asr-key-question.h"
#include "asr-quality-statement.h"

G_BEGIN_DECLS

/* What one quality statement adds to its key question's counters. */
typedef struct
{
  guint8 in_scope;     /* not marked not applicable */
  guint8 assessed;     /* source "assessed" (scored or not) */
  guint8 not_started;  /* in scope, no source yet */
  guint8 scored;       /* counts towards the percentage */
  guint8 cf_missing;   /* carried forward without a previous rating */
  guint8 score;        /* 0–4 */
} AsrContribution;

AsrEvidence         *_asr_evidence_new                  (AsrQualityStatement *statement,
                                                         const AsrEvidenceCategoryDef *def);
void                 _asr_evidence_detach               (AsrEvidence         *self);
/* Notes are immutable GRefStrings: these make @self's notes the very same
 * string as @from's (for snapshots), notifying as a change would. */
void                 _asr_evidence_share_notes          (AsrEvidence         *self,
                                                         AsrEvidence         *from);

AsrQualityStatement *_asr_quality_statement_new         (AsrKeyQuestion      *key_question,
                                                         AsrFramework        *framework,
                                                         const AsrStatementDef *def);
void                 _asr_quality_statement_detach      (AsrQualityStatement *self);
void                 _asr_quality_statement_share_notes (AsrQualityStatement *self,
                                                         AsrQualityStatement *from);
void                 _asr_quality_statement_get_contribution (AsrQualityStatement *self,
                                                              AsrContribution     *out);
/* The key question's previous rating, or the scoring method, changed. */
void                 _asr_quality_statement_recompute   (AsrQualityStatement *self);
/* An evidence category's score moved from @old_score to @new_score (equal
 * when only its notes changed). */
void                 _asr_quality_statement_evidence_changed (AsrQualityStatement *self,
                                                              int                  old_score,
                                                              int                  new_score);

AsrKeyQuestion      *_asr_key_question_new              (AsrAssessment       *assessment,
                                                         AsrFramework        *framework,
                                                         const AsrKeyQuestionDef *def);
void                 _asr_key_question_detach           (AsrKeyQuestion      *self);
void                 _asr_key_question_contribution_changed (AsrKeyQuestion        *self,
                                                             const AsrContribution *before,
                                                             const AsrContribution *after);
void                 _asr_key_question_recompute        (AsrKeyQuestion      *self);
void                 _asr_key_question_content_changed  (AsrKeyQuestion      *self);

void                 _asr_assessment_rating_changed     (AsrAssessment       *self,
                                                         AsrRating            before,
                                                         AsrRating            after);
void                 _asr_assessment_complete_changed   (AsrAssessment       *self);
void                 _asr_assessment_content_changed    (AsrAssessment       *self);
gboolean             _asr_assessment_get_advisory_limiters (AsrAssessment    *self);

G_END_DECLS
