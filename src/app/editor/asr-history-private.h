/* asr-history-private.h: what the history's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * asr-history.c records and replays steps; asr-history-steps.c holds the
 * steps' data (slots, changes, edits of notes) and applies a change to the
 * model; asr-history-describe.c says in words what a step changed.
 */
#pragma once

#include "asr-history.h"

G_BEGIN_DECLS

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

G_END_DECLS
