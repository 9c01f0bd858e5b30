/* asr-comment-private.h: the comment thread of a statement or key question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-comment.h"

G_BEGIN_DECLS

typedef void (*AsrCommentsChangedFunc) (GObject *owner);

/* A GListStore of AsrComment that calls @func on @owner after an item
 * is added or removed and after any comment in it changes. */
GListStore *_asr_comment_thread_new    (GObject                *owner,
                                        AsrCommentsChangedFunc  func);
/* The owner is going away: @store (may be NULL) stops telling it. */
void        _asr_comment_thread_detach (GListStore             *store);
/* Makes @to hold copies of the comments of @from (may be NULL). */
void        _asr_comment_thread_copy   (GListStore             *to,
                                        GListModel             *from);

G_END_DECLS
