/* asr-history.h: undo and redo for every edit of an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free.  The history watches the writable properties of the assessment
 * and of all its key questions, quality statements and evidence categories,
 * so every view's edits are recorded without the views knowing.  Changes
 * made in one main-loop iteration form one step; consecutive edits of the
 * same text within a second are merged into one step.
 */
#pragma once

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_HISTORY (asr_history_get_type ())
G_DECLARE_FINAL_TYPE (AsrHistory, asr_history, ASR, HISTORY, GObject)

AsrHistory    *asr_history_new            (AsrAssessment *assessment);
AsrAssessment *asr_history_get_assessment (AsrHistory    *self);
gboolean       asr_history_get_can_undo   (AsrHistory    *self);
gboolean       asr_history_get_can_redo   (AsrHistory    *self);
void           asr_history_undo           (AsrHistory    *self);
void           asr_history_redo           (AsrHistory    *self);
/* Ends the step being recorded now, so the next change starts a new one. */
void           asr_history_close_step     (AsrHistory    *self);
void           asr_history_clear          (AsrHistory    *self);

G_END_DECLS
