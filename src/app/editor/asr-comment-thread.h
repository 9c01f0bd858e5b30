/* asr-comment-thread.h: the review comments of a statement or key question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the comments (author, date, text, open or resolved, with a
 * button to resolve or reopen) and a field to add one.  It edits the
 * model's thread directly, so the window's history undoes it.  A new
 * comment's author is the GSettings key "assessor-name".
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_COMMENT_THREAD (asr_comment_thread_get_type ())
G_DECLARE_FINAL_TYPE (AsrCommentThread, asr_comment_thread, ASR, COMMENT_THREAD, AdwBin)

GtkWidget  *asr_comment_thread_new          (void);
/* @comments: a GListStore of AsrComment, or NULL */
void        asr_comment_thread_set_comments (AsrCommentThread *self,
                                             GListModel       *comments);
/* Adds a comment of @text, by the name in Preferences, dated today. */
void        asr_comment_thread_add          (AsrCommentThread *self,
                                             const char       *text);
GtkWidget  *asr_comment_thread_get_entry    (AsrCommentThread *self);
GtkListBox *asr_comment_thread_get_list     (AsrCommentThread *self);

G_END_DECLS
