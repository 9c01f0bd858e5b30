/* asr-history-steps.c: the data of undo steps, and applying a change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-history"

#include "config.h"

#include <string.h>

#include "asr-history-private.h"

guint
_asr_history_slot_hash (gconstpointer data)
{
  const HistorySlot *slot = data;

  return g_direct_hash (slot->object) ^ g_direct_hash (slot->pspec);
}

gboolean
_asr_history_slot_equal (gconstpointer a,
                         gconstpointer b)
{
  const HistorySlot *sa = a;
  const HistorySlot *sb = b;

  return sa->object == sb->object && sa->pspec == sb->pspec;
}

void
_asr_history_unset_values (GValue *values)
{
  for (guint i = 0; i < 2; i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);
}

void
_asr_history_read_slot (HistorySlot *slot,
                        GValue      *out)
{
  if (slot->is_override)
    {
      g_value_init (&out[0], ASR_TYPE_RATING);
      g_value_init (&out[1], G_TYPE_STRING);
      /* The rating and the text that goes with it: an override and its
       * reason, or a judgement and its rationale. */
      g_object_get_property (slot->object, slot->pspec->name, &out[0]);
      g_object_get_property (slot->object,
                             g_str_equal (slot->pspec->name, "judgement-rating")
                             ? "judgement-rationale" : "override-reason", &out[1]);
    }
  else
    {
      g_value_init (&out[0], slot->pspec->value_type);
      g_object_get_property (slot->object, slot->pspec->name, &out[0]);
    }
}

HistorySlot *
_asr_history_slot_new (GObject             *object,
                       GParamSpec          *pspec,
                       AsrQualityStatement *statement,
                       gboolean             is_override)
{
  HistorySlot *slot = g_new0 (HistorySlot, 1);

  slot->object = object;
  slot->pspec = pspec;
  slot->statement = statement;
  slot->is_override = is_override;
  slot->is_notes = g_str_equal (pspec->name, "notes") &&
                   (ASR_IS_QUALITY_STATEMENT (object) || ASR_IS_EVIDENCE (object));
  if (!slot->is_notes)
    _asr_history_read_slot (slot, slot->value);
  return slot;
}

void
_asr_history_slot_free (gpointer data)
{
  HistorySlot *slot = data;

  _asr_history_unset_values (slot->value);
  g_free (slot);
}

gboolean
_asr_history_values_equal (const GValue *a,
                           const GValue *b)
{
  if (G_IS_VALUE (a) != G_IS_VALUE (b))
    return FALSE;
  if (!G_IS_VALUE (a))
    return TRUE;
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      const char * const empty[] = { NULL };

      return g_strv_equal (sa ? sa : empty, sb ? sb : empty);
    }
  if (G_VALUE_HOLDS_OBJECT (a) || G_VALUE_HOLDS_BOXED (a))
    return g_value_peek_pointer (a) == g_value_peek_pointer (b);
  return memcmp (&a->data, &b->data, sizeof a->data) == 0;
}

void
_asr_history_copy_values (GValue       *dest,
                          const GValue *src)
{
  _asr_history_unset_values (dest);
  for (guint i = 0; i < 2; i++)
    if (G_IS_VALUE (&src[i]))
      {
        g_value_init (&dest[i], G_VALUE_TYPE (&src[i]));
        g_value_copy (&src[i], &dest[i]);
      }
}

static void
edit_free (gpointer data)
{
  HistoryEdit *edit = data;

  g_free (edit->removed);
  g_free (edit->inserted);
  g_free (edit);
}

HistoryChange *
_asr_history_change_new (HistorySlot *slot)
{
  HistoryChange *change = g_new0 (HistoryChange, 1);

  change->slot = slot;
  return change;
}

static void
change_free (gpointer data)
{
  HistoryChange *change = data;

  g_clear_pointer (&change->edits, g_ptr_array_unref);
  if (change->action != NULL)
    {
      change->action->free (change->action->data);
      g_free (change->action);
    }
  _asr_history_unset_values (change->before);
  _asr_history_unset_values (change->after);
  g_free (change);
}

void
_asr_history_change_add_edit (HistoryChange *change,
                              guint          offset,
                              const char    *removed,
                              const char    *inserted)
{
  HistoryEdit *edit = g_new (HistoryEdit, 1);

  if (change->edits == NULL)
    change->edits = g_ptr_array_new_with_free_func (edit_free);
  edit->offset = offset;
  edit->removed = g_strdup (removed);
  edit->inserted = g_strdup (inserted);
  g_ptr_array_add (change->edits, edit);
}

static void
edit_notes (GObject    *object,
            guint       offset,
            const char *remove,
            const char *insert)
{
  if (!asr_notes_owner_edit (object, offset, (guint) g_utf8_strlen (remove, -1), insert))
    g_warning ("Could not undo or redo an edit of notes at %u", offset);
}

/* Undoes (@forward FALSE: in reverse, each the other way round) or redoes
 * the edits of notes of @change. */
static void
apply_edits (HistoryChange *change,
             gboolean       forward)
{
  guint n = change->edits->len;

  for (guint i = 0; i < n; i++)
    {
      HistoryEdit *edit = g_ptr_array_index (change->edits, forward ? i : n - 1 - i);

      if (forward)
        edit_notes (change->slot->object, edit->offset, edit->removed, edit->inserted);
      else
        edit_notes (change->slot->object, edit->offset, edit->inserted, edit->removed);
    }
}

void
_asr_history_change_apply (HistoryChange *change,
                           gboolean       forward)
{
  HistorySlot *slot = change->slot;
  GValue *values = forward ? change->after : change->before;

  if (change->action != NULL)
    {
      change->action->apply (change->action->data, forward);
      return;
    }
  if (change->edits != NULL)
    {
      apply_edits (change, forward);
      return;
    }

  if (slot->is_override)
    {
      g_autoptr(GError) error = NULL;

      gboolean judgement = g_str_equal (slot->pspec->name, "judgement-rating");

      if (!(judgement ? asr_key_question_set_judgement : asr_key_question_set_override)
            (ASR_KEY_QUESTION (slot->object), g_value_get_enum (&values[0]),
             g_value_get_string (&values[1]), &error))
        g_warning ("Could not restore %s: %s", slot->pspec->name, error->message);
    }
  else
    g_object_set_property (slot->object, slot->pspec->name, &values[0]);
}

HistoryStep *
_asr_history_step_new (guint64 id)
{
  HistoryStep *step = g_new0 (HistoryStep, 1);

  step->changes = g_ptr_array_new_with_free_func (change_free);
  step->id = id;
  return step;
}

void
_asr_history_step_free (gpointer data)
{
  HistoryStep *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}
