/* asr-history.h: undo and redo for every edit of an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free.  The history watches the writable properties of the assessment
 * and of all its key questions, quality statements and evidence categories,
 * so every view's edits are recorded without the views knowing.  Changes
 * made in one main-loop iteration form one step; consecutive edits of the
 * same text within a second are merged into one step.
 *
 * The state (asr_history_get_state()) names what the document holds: each
 * step leads to a state of its own, and undoing a step goes back to the
 * state before it, so a window that remembers the state it saved knows,
 * after any undo or redo, whether the document is as saved.
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
guint64        asr_history_get_state      (AsrHistory    *self);
/* Undo inside one notes field: undoes the last step that edited the notes
 * of @owner (a quality statement or an evidence category), even when
 * changes elsewhere came after it, and puts it next for redo.  FALSE when
 * there is none; else @description (if not NULL) says what was undone. */
gboolean       asr_history_undo_notes     (AsrHistory    *self,
                                           GObject       *owner,
                                           char         **description);
/* What the next undo (@redo FALSE) or redo will change, to show it: the
 * object (the assessment, a key question, a quality statement or an
 * evidence category), its property ("score", "notes", …) and the quality
 * statement it is in (NULL for the assessment or a key question).  Returns
 * the change in words, in the direction it will go ("Safeguarding score
 * 3 → 2"), or NULL when there is nothing to undo (redo).  Any out
 * argument may be NULL. */
char          *asr_history_describe_next  (AsrHistory           *self,
                                           gboolean              redo,
                                           GObject             **object,
                                           const char          **property,
                                           AsrQualityStatement **statement);

G_END_DECLS
