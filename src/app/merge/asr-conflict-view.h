/* asr-conflict-view.h: the merge conflicts of the quality statement shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder merge/: the window's side of merging drafts: Merge Draft…, the
 * conflicts banner and list, and the conflicts of a statement side by side
 * with Keep Mine, Take Theirs and Keep Both.  May use the core (merge/)
 * and window/editor headers; nothing else in the app depends on it but
 * the window.
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"
#include "asr-history.h"

G_BEGIN_DECLS

#define ASR_TYPE_CONFLICT_VIEW (asr_conflict_view_get_type ())
G_DECLARE_FINAL_TYPE (AsrConflictView, asr_conflict_view, ASR, CONFLICT_VIEW, AdwBin)

/* Each resolution is one step of @history. */
void asr_conflict_view_set_document  (AsrConflictView     *self,
                                      AsrAssessment       *assessment,
                                      AsrHistory          *history);
void asr_conflict_view_set_statement (AsrConflictView     *self,
                                      AsrQualityStatement *statement);

/* What a conflict is about, in the inspector's words ("Score", "Notes"). */
const char *asr_conflict_view_describe_field (AsrConflict *conflict);

G_END_DECLS
