/* asr-history.c: undo and redo for every edit of an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-history"

#include "config.h"

#include "asr-history.h"
#include "asr-history-private.h"

/* Edits of one text within this time (µs) merge into one step. */
#define MERGE_INTERVAL   (G_USEC_PER_SEC)
#define MAX_STEPS        1000

/* The last known value of one watched property of one object.  An
 * override ("override-rating" and "override-reason", set together through
 * asr_key_question_set_override()) is one slot with two values. */
typedef struct
{
  GObject    *object;
  GParamSpec *pspec;
  gboolean    is_override;
  gboolean    is_notes;     /* recorded as edits: no copy of the text kept */
  GValue      value[2];
} Slot;

/* One edit of notes, offsets in characters. */
typedef struct
{
  guint  offset;
  char  *removed;
  char  *inserted;
} Edit;

typedef struct
{
  Slot      *slot;
  GValue     before[2];
  GValue     after[2];
  GPtrArray *edits;         /* of Edit, in order, for notes; else NULL */
  AsrHistoryAction *action; /* a change of a list (asr-history-comments.c); else NULL */
} Change;

typedef struct
{
  GPtrArray *changes;   /* of Change, in the order they happened */
  gint64     time;      /* of the last change */
} Step;

struct _AsrHistory
{
  GObject        parent_instance;

  AsrAssessment *assessment;
  GPtrArray     *objects;      /* watched, owned */
  GHashTable    *slots;        /* Slot → Slot, owned */
  GPtrArray     *undo_steps;   /* of Step, oldest first */
  GPtrArray     *redo_steps;   /* of Step, next to redo last */
  Step          *open_step;    /* the last undo step, still recording */
  guint          close_id;
  gboolean       applying;
  AsrCommentWatches *comment_watches;  /* asr-history-comments.c */
};

G_DEFINE_FINAL_TYPE (AsrHistory, asr_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
slot_hash (gconstpointer data)
{
  const Slot *slot = data;

  return g_direct_hash (slot->object) ^ g_direct_hash (slot->pspec);
}

static gboolean
slot_equal (gconstpointer a,
            gconstpointer b)
{
  const Slot *sa = a;
  const Slot *sb = b;

  return sa->object == sb->object && sa->pspec == sb->pspec;
}

static void
slot_free (gpointer data)
{
  Slot *slot = data;

  for (guint i = 0; i < 2; i++)
    if (G_IS_VALUE (&slot->value[i]))
      g_value_unset (&slot->value[i]);
  g_free (slot);
}

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->removed);
  g_free (edit->inserted);
  g_free (edit);
}

static void
change_free (gpointer data)
{
  Change *change = data;

  g_clear_pointer (&change->edits, g_ptr_array_unref);
  if (change->action != NULL)
    {
      change->action->free (change->action->data);
      g_free (change->action);
    }
  for (guint i = 0; i < 2; i++)
    {
      if (G_IS_VALUE (&change->before[i]))
        g_value_unset (&change->before[i]);
      if (G_IS_VALUE (&change->after[i]))
        g_value_unset (&change->after[i]);
    }
  g_free (change);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func (change_free);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

static void
copy_values (GValue       *dest,
             const GValue *src)
{
  for (guint i = 0; i < 2; i++)
    {
      if (G_IS_VALUE (&dest[i]))
        g_value_unset (&dest[i]);
      if (G_IS_VALUE (&src[i]))
        {
          g_value_init (&dest[i], G_VALUE_TYPE (&src[i]));
          g_value_copy (&src[i], &dest[i]);
        }
    }
}

static void
read_slot (Slot   *slot,
           GValue *out)
{
  if (slot->is_override)
    {
      g_value_init (&out[0], ASR_TYPE_RATING);
      g_value_init (&out[1], G_TYPE_STRING);
      g_object_get_property (slot->object, "override-rating", &out[0]);
      g_object_get_property (slot->object, "override-reason", &out[1]);
    }
  else
    {
      g_value_init (&out[0], slot->pspec->value_type);
      g_object_get_property (slot->object, slot->pspec->name, &out[0]);
    }
}

static gboolean
value_equal (const GValue *a,
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

static void
notify_can_undo_redo (AsrHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gboolean
close_step_cb (gpointer user_data)
{
  AsrHistory *self = user_data;

  self->close_id = 0;
  self->open_step = NULL;
  return G_SOURCE_REMOVE;
}

/* Consecutive edits of one text merge into its last step when they come
 * within MERGE_INTERVAL of each other. */
static Step *
find_mergeable_step (AsrHistory *self,
                     Slot       *slot,
                     gint64      now)
{
  Step *last;
  Change *change;

  if (self->open_step != NULL)
    return self->open_step;
  if (self->undo_steps->len == 0 || slot == NULL || slot->is_override ||
      slot->pspec->value_type != G_TYPE_STRING)
    return NULL;

  last = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
  change = g_ptr_array_index (last->changes, 0);
  if (last->changes->len == 1 && change->slot == slot && now - last->time < MERGE_INTERVAL)
    return last;
  return NULL;
}

static Change *
find_change (Step *step,
             Slot *slot)
{
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = g_ptr_array_index (step->changes, i);

      if (change->slot == slot)
        return change;
    }
  return NULL;
}

/* The change of @slot in the step being recorded, created if need be;
 * @is_new says whether it was. */
static Change *
begin_change (AsrHistory *self,
              Slot       *slot,
              gboolean   *is_new)
{
  gint64 now = g_get_monotonic_time ();
  Step *step = find_mergeable_step (self, slot, now);
  Change *change = step && slot != NULL ? find_change (step, slot) : NULL;

  g_ptr_array_set_size (self->redo_steps, 0);

  if (step == NULL)
    {
      step = step_new ();
      g_ptr_array_add (self->undo_steps, step);
      if (self->undo_steps->len > MAX_STEPS)
        g_ptr_array_remove_index (self->undo_steps, 0);
    }
  *is_new = change == NULL;
  if (change == NULL)
    {
      change = g_new0 (Change, 1);
      change->slot = slot;
      g_ptr_array_add (step->changes, change);
    }
  step->time = now;

  self->open_step = step;
  if (self->close_id == 0)
    self->close_id = g_idle_add_full (G_PRIORITY_HIGH, close_step_cb, self, NULL);
  return change;
}

static void
record (AsrHistory *self,
        Slot       *slot,
        GValue     *after)
{
  gboolean is_new;
  Change *change = begin_change (self, slot, &is_new);

  if (is_new)
    copy_values (change->before, slot->value);
  copy_values (change->after, after);
  notify_can_undo_redo (self);
}

/* Notes are recorded as the edits made to them (a keystroke: a character
 * and where), never as copies of the whole text. */
static void
notes_edited_cb (GObject    *object,
                 guint       offset,
                 const char *removed,
                 const char *inserted,
                 AsrHistory *self)
{
  Slot key = { object, g_object_class_find_property (G_OBJECT_GET_CLASS (object), "notes") };
  Slot *slot;
  Change *change;
  Edit *edit;
  gboolean is_new;

  if (self->applying || !(slot = g_hash_table_lookup (self->slots, &key)))
    return;

  change = begin_change (self, slot, &is_new);
  if (change->edits == NULL)
    change->edits = g_ptr_array_new_with_free_func (edit_free);
  edit = g_new (Edit, 1);
  edit->offset = offset;
  edit->removed = g_strdup (removed);
  edit->inserted = g_strdup (inserted);
  g_ptr_array_add (change->edits, edit);
  notify_can_undo_redo (self);
}

static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  AsrHistory *self)
{
  GValue now[2] = { G_VALUE_INIT, G_VALUE_INIT };
  Slot key = { object, pspec };
  Slot *slot;

  if (ASR_IS_KEY_QUESTION (object) && g_str_equal (pspec->name, "override-reason"))
    key.pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "override-rating");

  if (!(slot = g_hash_table_lookup (self->slots, &key)) || slot->is_notes)
    return;

  read_slot (slot, now);
  if (!value_equal (&now[0], &slot->value[0]) || !value_equal (&now[1], &slot->value[1]))
    {
      if (!self->applying)
        record (self, slot, now);
      copy_values (slot->value, now);
    }

  for (guint i = 0; i < 2; i++)
    if (G_IS_VALUE (&now[i]))
      g_value_unset (&now[i]);
}

static void
add_slot (AsrHistory *self,
          GObject    *object,
          GParamSpec *pspec,
          gboolean    is_override)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->object = object;
  slot->pspec = pspec;
  slot->is_override = is_override;
  slot->is_notes = g_str_equal (pspec->name, "notes") &&
                   (ASR_IS_QUALITY_STATEMENT (object) || ASR_IS_EVIDENCE (object));
  if (!slot->is_notes)
    read_slot (slot, slot->value);
  g_hash_table_add (self->slots, slot);
}

/* Every writable property, except a statement's score where the evidence
 * categories drive it (it follows them, and cannot be set). */
static void
watch (AsrHistory *self,
       GObject    *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  gboolean legacy;
  guint n_pspecs;

  legacy = asr_framework_get_scoring_method (asr_assessment_get_framework (self->assessment))
           == ASR_SCORING_EVIDENCE_CATEGORIES;
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];

      if (ASR_IS_KEY_QUESTION (object) && g_str_equal (pspec->name, "override-rating"))
        add_slot (self, object, pspec, TRUE);
      if ((pspec->flags & G_PARAM_WRITABLE) == 0 || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      if (legacy && ASR_IS_QUALITY_STATEMENT (object) && g_str_equal (pspec->name, "score"))
        continue;
      add_slot (self, object, pspec, FALSE);
    }

  g_ptr_array_add (self->objects, g_object_ref (object));
  g_signal_connect (object, "notify", G_CALLBACK (object_notify_cb), self);
  if (ASR_IS_QUALITY_STATEMENT (object) || ASR_IS_EVIDENCE (object))
    g_signal_connect (object, "notes-edited", G_CALLBACK (notes_edited_cb), self);
}

static void
watch_model (AsrHistory *self,
             GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      watch (self, item);
      if (ASR_IS_KEY_QUESTION (item))
        {
          _asr_comment_watches_add (self->comment_watches, asr_key_question_get_comments (ASR_KEY_QUESTION (item)));
          watch_model (self, asr_key_question_get_statements (ASR_KEY_QUESTION (item)));
        }
      else if (ASR_IS_QUALITY_STATEMENT (item))
        {
          _asr_comment_watches_add (self->comment_watches, asr_quality_statement_get_comments (ASR_QUALITY_STATEMENT (item)));
          watch_model (self, asr_quality_statement_get_evidence (ASR_QUALITY_STATEMENT (item)));
        }
    }
}

void
_asr_history_watch_object (AsrHistory *self,
                           GObject    *object)
{
  watch (self, object);
}

gboolean
_asr_history_is_applying (AsrHistory *self)
{
  return self->applying;
}

void
_asr_history_record_action (AsrHistory       *self,
                            AsrHistoryAction *action)
{
  gboolean is_new;
  Change *change = begin_change (self, NULL, &is_new);

  change->action = action;
  notify_can_undo_redo (self);
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
apply_edits (Change   *change,
             gboolean  forward)
{
  guint n = change->edits->len;

  for (guint i = 0; i < n; i++)
    {
      Edit *edit = g_ptr_array_index (change->edits, forward ? i : n - 1 - i);

      if (forward)
        edit_notes (change->slot->object, edit->offset, edit->removed, edit->inserted);
      else
        edit_notes (change->slot->object, edit->offset, edit->inserted, edit->removed);
    }
}

static void
apply (AsrHistory *self,
       Change     *change,
       GValue     *values)
{
  Slot *slot = change->slot;

  if (change->action != NULL)
    {
      change->action->apply (change->action->data, values == change->after);
      return;
    }
  if (change->edits != NULL)
    {
      apply_edits (change, values == change->after);
      return;
    }

  if (slot->is_override)
    {
      g_autoptr(GError) error = NULL;

      if (!asr_key_question_set_override (ASR_KEY_QUESTION (slot->object),
                                          g_value_get_enum (&values[0]),
                                          g_value_get_string (&values[1]),
                                          &error))
        g_warning ("Could not restore an override: %s", error->message);
    }
  else
    g_object_set_property (slot->object, slot->pspec->name, &values[0]);
}

static void
asr_history_dispose (GObject *object)
{
  AsrHistory *self = ASR_HISTORY (object);

  g_clear_handle_id (&self->close_id, g_source_remove);
  self->open_step = NULL;
  if (self->objects != NULL)
    for (guint i = 0; i < self->objects->len; i++)
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->objects, i), self);
  g_clear_pointer (&self->objects, g_ptr_array_unref);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->slots, g_hash_table_unref);
  g_clear_pointer (&self->comment_watches, _asr_comment_watches_free);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (asr_history_parent_class)->dispose (object);
}

static void
asr_history_constructed (GObject *object)
{
  AsrHistory *self = ASR_HISTORY (object);

  G_OBJECT_CLASS (asr_history_parent_class)->constructed (object);

  g_assert (ASR_IS_ASSESSMENT (self->assessment));
  self->comment_watches = _asr_comment_watches_new (self);
  watch (self, G_OBJECT (self->assessment));
  watch_model (self, asr_assessment_get_key_questions (self->assessment));
}

static void
asr_history_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AsrHistory *self = ASR_HISTORY (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, asr_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, asr_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_history_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AsrHistory *self = ASR_HISTORY (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_history_class_init (AsrHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = asr_history_dispose;
  object_class->constructed = asr_history_constructed;
  object_class->get_property = asr_history_get_property;
  object_class->set_property = asr_history_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ASR_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
asr_history_init (AsrHistory *self)
{
  self->objects = g_ptr_array_new_with_free_func (g_object_unref);
  self->slots = g_hash_table_new_full (slot_hash, slot_equal, slot_free, NULL);
  self->undo_steps = g_ptr_array_new_with_free_func (step_free);
  self->redo_steps = g_ptr_array_new_with_free_func (step_free);
}

AsrHistory *
asr_history_new (AsrAssessment *assessment)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (ASR_TYPE_HISTORY, "assessment", assessment, NULL);
}

AsrAssessment *
asr_history_get_assessment (AsrHistory *self)
{
  g_return_val_if_fail (ASR_IS_HISTORY (self), NULL);

  return self->assessment;
}

gboolean
asr_history_get_can_undo (AsrHistory *self)
{
  g_return_val_if_fail (ASR_IS_HISTORY (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
asr_history_get_can_redo (AsrHistory *self)
{
  g_return_val_if_fail (ASR_IS_HISTORY (self), FALSE);

  return self->redo_steps->len > 0;
}

void
asr_history_close_step (AsrHistory *self)
{
  g_return_if_fail (ASR_IS_HISTORY (self));

  g_clear_handle_id (&self->close_id, g_source_remove);
  self->open_step = NULL;
  /* A text edit after an undo or a close must not merge into the old step. */
  if (self->undo_steps->len > 0)
    ((Step *) g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1))->time = 0;
}

void
asr_history_undo (AsrHistory *self)
{
  Step *step;

  g_return_if_fail (ASR_IS_HISTORY (self));

  asr_history_close_step (self);
  if (self->undo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->undo_steps, self->undo_steps->len - 1);
  self->applying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    {
      Change *change = g_ptr_array_index (step->changes, i - 1);

      apply (self, change, change->before);
    }
  self->applying = FALSE;
  g_ptr_array_add (self->redo_steps, step);

  notify_can_undo_redo (self);
}

void
asr_history_redo (AsrHistory *self)
{
  Step *step;

  g_return_if_fail (ASR_IS_HISTORY (self));

  asr_history_close_step (self);
  if (self->redo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->redo_steps, self->redo_steps->len - 1);
  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = g_ptr_array_index (step->changes, i);

      apply (self, change, change->after);
    }
  self->applying = FALSE;
  step->time = 0;
  g_ptr_array_add (self->undo_steps, step);

  notify_can_undo_redo (self);
}

void
asr_history_clear (AsrHistory *self)
{
  g_return_if_fail (ASR_IS_HISTORY (self));

  asr_history_close_step (self);
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_can_undo_redo (self);
}
