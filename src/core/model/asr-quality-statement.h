/* asr-quality-statement.h: one quality statement of a key question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writable properties (each notifies only when it changes):
 *   "source"  AsrSource   not started, assessed, carried forward, not applicable
 *   "score"   int 0–4     the inspector's score (0 = none); in the legacy
 *                         cqc-saf-2023 framework it is derived from the
 *                         evidence categories and read-only in effect
 *   "changed-by", "changed-at"  strings or NULL: who last changed the
 *                         statement and when ("2026-10-14T10:22:00Z", UTC);
 *                         recorded while the assessment has an author
 *   "notes"   string      never NULL; every change of it is first told
 *                         by the signal "notes-edited" (guint offset,
 *                         const char *removed, const char *inserted;
 *                         offsets in characters): the edit, not the text
 * Read-only, derived:
 *   "id", "name", "position" (index in its key question)
 *   "effective-score" int 0–4: what counts towards the key question
 *                     (assessed → score; carried forward → from the previous
 *                     rating of the key question; otherwise 0)
 *   "scored"          gboolean: effective-score > 0
 *   "carried-forward-missing" gboolean: carried forward but the key question
 *                     has no previous rating (an error the model reports)
 *   "evidence-percentage" int: legacy framework only, -1 when none
 *   "rating"          AsrRating: an item's indicative rating (judgement
 *                     method only; writable, NONE = none)
 * In a judgement framework this object is an item: its source is never
 * carried forward, its score stays 0, "scored" stays FALSE, and its key
 * question counts it once assessed.
 * "evidence" is a GListModel of AsrEvidence, one per evidence category.
 * "comments" is a GListStore of AsrComment, the review thread (oldest
 * first); "has-open-comments" gboolean: some comment is not resolved.
 */
#pragma once

#include <gio/gio.h>

#include "asr-comment.h"
#include "asr-evidence.h"
#include "asr-types.h"

G_BEGIN_DECLS

typedef struct _AsrKeyQuestion AsrKeyQuestion;

#define ASR_TYPE_QUALITY_STATEMENT (asr_quality_statement_get_type ())
G_DECLARE_FINAL_TYPE (AsrQualityStatement, asr_quality_statement, ASR, QUALITY_STATEMENT, GObject)

const char     *asr_quality_statement_get_id              (AsrQualityStatement *self);
const char     *asr_quality_statement_get_name            (AsrQualityStatement *self);
guint           asr_quality_statement_get_position        (AsrQualityStatement *self);
AsrKeyQuestion *asr_quality_statement_get_key_question    (AsrQualityStatement *self);
AsrSource       asr_quality_statement_get_source          (AsrQualityStatement *self);
void            asr_quality_statement_set_source          (AsrQualityStatement *self,
                                                           AsrSource            source);
int             asr_quality_statement_get_score           (AsrQualityStatement *self);
void            asr_quality_statement_set_score           (AsrQualityStatement *self,
                                                           int                  score);
const char     *asr_quality_statement_get_notes           (AsrQualityStatement *self);
void            asr_quality_statement_set_notes           (AsrQualityStatement *self,
                                                           const char          *notes);
/* Replaces @n_removed characters at character @offset by @inserted, as a
 * keystroke does, without copying the rest of the notes; FALSE (nothing
 * changed) when the range is outside them. */
gboolean        asr_quality_statement_edit_notes          (AsrQualityStatement *self,
                                                           guint                offset,
                                                           guint                n_removed,
                                                           const char          *inserted);
int             asr_quality_statement_get_effective_score (AsrQualityStatement *self);
gboolean        asr_quality_statement_get_scored          (AsrQualityStatement *self);
gboolean        asr_quality_statement_get_carried_forward_missing (AsrQualityStatement *self);
int             asr_quality_statement_get_evidence_percentage (AsrQualityStatement *self);
AsrRating       asr_quality_statement_get_rating          (AsrQualityStatement *self);
void            asr_quality_statement_set_rating          (AsrQualityStatement *self,
                                                           AsrRating            rating);
GListModel     *asr_quality_statement_get_evidence        (AsrQualityStatement *self);
AsrEvidence    *asr_quality_statement_lookup_evidence     (AsrQualityStatement *self,
                                                           const char          *category_id);
const char     *asr_quality_statement_get_changed_by      (AsrQualityStatement *self);
void            asr_quality_statement_set_changed_by      (AsrQualityStatement *self,
                                                           const char          *name);
const char     *asr_quality_statement_get_changed_at      (AsrQualityStatement *self);
void            asr_quality_statement_set_changed_at      (AsrQualityStatement *self,
                                                           const char          *timestamp);
/* Records the assessment's author and the time now, when it has one. */
void            asr_quality_statement_record_author       (AsrQualityStatement *self);
GListModel     *asr_quality_statement_get_comments        (AsrQualityStatement *self);
gboolean        asr_quality_statement_has_open_comments   (AsrQualityStatement *self);

G_END_DECLS
