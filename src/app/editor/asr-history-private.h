/* asr-history-private.h: how asr-history-comments.c records into the history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-history.h"

G_BEGIN_DECLS

/* A change that is not one property's value: a list spliced.  @apply
 * redoes it (@forward TRUE) or undoes it; @free frees @data. */
typedef struct
{
  void          (*apply) (gpointer data,
                          gboolean forward);
  GDestroyNotify  free;
  gpointer        data;
} AsrHistoryAction;

/* Records @action (taking it) in the step being recorded. */
void     _asr_history_record_action (AsrHistory       *self,
                                     AsrHistoryAction *action);
/* Watches every writable property of @object, as of the model's. */
void     _asr_history_watch_object  (AsrHistory       *self,
                                     GObject          *object);
/* TRUE while undoing or redoing: changes then are not recorded. */
gboolean _asr_history_is_applying   (AsrHistory       *self);

/* The comment threads watched by a history (asr-history-comments.c):
 * adding or removing a comment, and changing one (resolving, reopening),
 * is an undoable step. */
typedef struct _AsrCommentWatches AsrCommentWatches;

AsrCommentWatches *_asr_comment_watches_new  (AsrHistory        *history);
void               _asr_comment_watches_free (AsrCommentWatches *watches);
void               _asr_comment_watches_add  (AsrCommentWatches *watches,
                                              GListModel        *comments);

G_END_DECLS
