/* asr-statement-page.h: score one quality statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder editor/: the sidebar, the quality statement page, score pickers,
 * evidence rows, the details dialog and undo history. Depends on the core
 * and window/asr-bind.h only.
 */
#pragma once

#include "asr-comment-thread.h"

#include <adwaita.h>

#include "asr-core.h"
#include "asr-score-picker.h"

G_BEGIN_DECLS

#define ASR_TYPE_STATEMENT_PAGE (asr_statement_page_get_type ())
G_DECLARE_FINAL_TYPE (AsrStatementPage, asr_statement_page, ASR, STATEMENT_PAGE, AdwBin)

GtkWidget           *asr_statement_page_new           (void);
AsrQualityStatement *asr_statement_page_get_statement (AsrStatementPage    *self);
void                 asr_statement_page_set_statement (AsrStatementPage    *self,
                                                       AsrQualityStatement *statement);
/* Sets the score as the picker would (a statement not started becomes
 * assessed); 0 clears it.  FALSE when the statement's score cannot be
 * picked now (carried forward, not applicable, or computed). */
gboolean             asr_statement_page_pick_score    (AsrStatementPage    *self,
                                                       int                  score);
/* A score key pressed with @focus the focus widget: scores the picker that
 * has the focus (an evidence category's) or else the statement, as
 * asr_statement_page_pick_score().  FALSE when there is nothing to score. */
gboolean             asr_statement_page_pick_score_at (AsrStatementPage *self,
                                                       GtkWidget        *focus,
                                                       int               score);
/* Shows the field of @property ("score", "source", "notes") of @object,
 * the statement shown or one of its evidence categories (expanded): it
 * takes the focus, and the page scrolls to it. */
void                 asr_statement_page_reveal        (AsrStatementPage *self,
                                                       GObject          *object,
                                                       const char       *property);

/* The widgets, for tests. */
AsrScorePicker      *asr_statement_page_get_score_picker  (AsrStatementPage *self);
GtkLabel            *asr_statement_page_get_score_label   (AsrStatementPage *self);
GtkCheckButton      *asr_statement_page_get_source_button (AsrStatementPage *self,
                                                           AsrSource         source);
GtkTextView         *asr_statement_page_get_notes_view    (AsrStatementPage *self);
AdwPreferencesGroup *asr_statement_page_get_evidence_group (AsrStatementPage *self);

AsrCommentThread    *asr_statement_page_get_comment_thread (AsrStatementPage *self);

G_END_DECLS
