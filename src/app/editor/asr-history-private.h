/* asr-history-private.h: what the history's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * asr-history.c records and replays steps; asr-history-steps.c holds the
 * steps' data (slots, changes, edits of notes) and applies a change to the
 * model; asr-history-describe.c says in words what a step changed.
 * asr-history-comments.c records comment threads as actions.
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

/* The last known value of one watched property of one object.  An
 * override ("override-rating" and "override-reason", set together through
 * asr_key_question_set_override()) is one slot with two values. */
typedef struct
{
  GObject             *object;
  GParamSpec          *pspec;
  AsrQualityStatement *statement;   /* the statement it is in, if any */
  gboolean             is_override;
  gboolean             is_notes;    /* recorded as edits: no copy of the text kept */
  GValue               value[2];
} HistorySlot;

/* One edit of notes, offsets in characters. */
typedef struct
{
  guint  offset;
  char  *removed;
  char  *inserted;
} HistoryEdit;

typedef struct
{
  HistorySlot *slot;
  GValue       before[2];
  GValue       after[2];
  GPtrArray   *edits;         /* of HistoryEdit, in order, for notes; else NULL */
  AsrHistoryAction *action;   /* a list spliced (asr-history-comments.c): no slot */
} HistoryChange;

typedef struct
{
  GPtrArray *changes;   /* of HistoryChange, in the order they happened */
  gint64     time;      /* of the last change */
  guint64    id;        /* names the state the step leads to */
} HistoryStep;

HistorySlot   *_asr_history_slot_new      (GObject             *object,
                                           GParamSpec          *pspec,
                                           AsrQualityStatement *statement,
                                           gboolean             is_override);
void           _asr_history_slot_free     (gpointer             data);
guint          _asr_history_slot_hash     (gconstpointer        data);
gboolean       _asr_history_slot_equal    (gconstpointer        a,
                                           gconstpointer        b);
void           _asr_history_read_slot     (HistorySlot         *slot,
                                           GValue              *out);
gboolean       _asr_history_values_equal  (const GValue        *a,
                                           const GValue        *b);
void           _asr_history_copy_values   (GValue              *dest,
                                           const GValue        *src);
void           _asr_history_unset_values  (GValue              *values);

HistoryChange *_asr_history_change_new    (HistorySlot         *slot);
void           _asr_history_change_add_edit (HistoryChange     *change,
                                           guint                offset,
                                           const char          *removed,
                                           const char          *inserted);
/* Sets the model to the change's before (@forward FALSE) or after. */
void           _asr_history_change_apply  (HistoryChange       *change,
                                           gboolean             forward);

HistoryStep   *_asr_history_step_new      (guint64              id);
void           _asr_history_step_free     (gpointer             data);

/* The change of @step that says best what it did (a score over the
 * source it implied). */
HistoryChange *_asr_history_step_main_change (HistoryStep      *step);
char          *_asr_history_describe_change  (HistoryChange    *change,
                                              gboolean          forward);


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
