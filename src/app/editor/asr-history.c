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

struct _AsrHistory
{
  GObject        parent_instance;

  AsrAssessment *assessment;
  GPtrArray     *objects;      /* watched, owned */
  GHashTable    *slots;        /* HistorySlot → HistorySlot, owned */
  GPtrArray     *undo_steps;   /* of HistoryStep, oldest first */
  GPtrArray     *redo_steps;   /* of HistoryStep, next to redo last */
  HistoryStep   *open_step;    /* the last undo step, still recording */
  guint64        last_id;      /* of the newest step made */
  guint64        base_state;   /* the state with no step left to undo */
  guint          close_id;
  gboolean       applying;
  AsrCommentWatches *comment_watches;  /* asr-history-comments.c */
  GHashTable    *class_pspecs; /* GType → GParamSpec ** (NULL-ended), owned */
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

/* The oldest step goes: the state it led to is now where undo stops. */
static void
forget_oldest_step (AsrHistory *self)
{
  HistoryStep *oldest = g_ptr_array_index (self->undo_steps, 0);

  self->base_state = oldest->id;
  g_ptr_array_remove_index (self->undo_steps, 0);
}

/* Consecutive edits of one text merge into its last step when they come
 * within MERGE_INTERVAL of each other. */
static HistoryStep *
find_mergeable_step (AsrHistory *self,
                     HistorySlot *slot,
                     gint64      now)
{
  HistoryStep *last;
  HistoryChange *change;

  if (self->open_step != NULL)
    return self->open_step;
  /* A judgement's rationale is typed: its steps merge like notes. */
  if (self->undo_steps->len == 0 || slot == NULL ||
      (slot->is_override && !g_str_equal (slot->pspec->name, "judgement-rating")) ||
      (!slot->is_override && slot->pspec->value_type != G_TYPE_STRING))
    return NULL;

  last = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
  change = g_ptr_array_index (last->changes, 0);
  if (last->changes->len == 1 && change->slot == slot && now - last->time < MERGE_INTERVAL)
    return last;
  return NULL;
}

static HistoryChange *
find_change (HistoryStep *step,
             HistorySlot *slot)
{
  for (guint i = 0; i < step->changes->len; i++)
    {
      HistoryChange *change = g_ptr_array_index (step->changes, i);

      if (change->slot == slot)
        return change;
    }
  return NULL;
}

/* The change of @slot in the step being recorded, created if need be;
 * @is_new says whether it was. */
static HistoryChange *
begin_change (AsrHistory *self,
              HistorySlot *slot,
              gboolean   *is_new)
{
  gint64 now = g_get_monotonic_time ();
  HistoryStep *step = find_mergeable_step (self, slot, now);
  HistoryChange *change = step && slot != NULL ? find_change (step, slot) : NULL;

  g_ptr_array_set_size (self->redo_steps, 0);

  if (step == NULL)
    {
      step = _asr_history_step_new (++self->last_id);
      g_ptr_array_add (self->undo_steps, step);
      if (self->undo_steps->len > MAX_STEPS)
        forget_oldest_step (self);
    }
  *is_new = change == NULL;
  if (change == NULL)
    {
      change = _asr_history_change_new (slot);
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
        HistorySlot *slot,
        GValue     *after)
{
  gboolean is_new;
  HistoryChange *change = begin_change (self, slot, &is_new);

  if (is_new)
    _asr_history_copy_values (change->before, slot->value);
  _asr_history_copy_values (change->after, after);
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
  HistorySlot key = { object, g_object_class_find_property (G_OBJECT_GET_CLASS (object), "notes") };
  HistorySlot *slot;
  HistoryChange *change;
  gboolean is_new;

  if (self->applying || !(slot = g_hash_table_lookup (self->slots, &key)))
    return;

  change = begin_change (self, slot, &is_new);
  _asr_history_change_add_edit (change, offset, removed, inserted);
  notify_can_undo_redo (self);
}

static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  AsrHistory *self)
{
  GValue now[2] = { G_VALUE_INIT, G_VALUE_INIT };
  HistorySlot key = { object, pspec };
  HistorySlot *slot;

  if (ASR_IS_KEY_QUESTION (object) && g_str_equal (pspec->name, "override-reason"))
    key.pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "override-rating");
  if (ASR_IS_KEY_QUESTION (object) && g_str_equal (pspec->name, "judgement-rationale"))
    key.pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "judgement-rating");

  if (!(slot = g_hash_table_lookup (self->slots, &key)) || slot->is_notes)
    return;

  _asr_history_read_slot (slot, now);
  if (!_asr_history_values_equal (&now[0], &slot->value[0]) ||
      !_asr_history_values_equal (&now[1], &slot->value[1]))
    {
      if (!self->applying)
        record (self, slot, now);
      _asr_history_copy_values (slot->value, now);
    }
  _asr_history_unset_values (now);
}

/* The properties of @object's class, NULL-ended. Asked of GObject once
 * per class: g_object_class_list_properties() walks every property of
 * every class in the process (thousands once GTK is up), and a document
 * has hundreds of objects of three classes (issue 10: start-up). */
static GParamSpec **
list_properties (AsrHistory *self,
                 GObject    *object)
{
  GType type = G_OBJECT_TYPE (object);
  GParamSpec **pspecs = g_hash_table_lookup (self->class_pspecs, GSIZE_TO_POINTER (type));
  guint n_pspecs;

  if (pspecs == NULL)
    {
      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      pspecs = g_renew (GParamSpec *, pspecs, n_pspecs + 1);
      pspecs[n_pspecs] = NULL;
      g_hash_table_insert (self->class_pspecs, GSIZE_TO_POINTER (type), pspecs);
    }
  return pspecs;
}

/* Every writable property, except a statement's score where the evidence
 * categories drive it (it follows them, and cannot be set). */
static void
watch (AsrHistory          *self,
       GObject             *object,
       AsrQualityStatement *statement)
{
  GParamSpec **pspecs = list_properties (self, object);
  gboolean legacy;

  legacy = asr_framework_get_scoring_method (asr_assessment_get_framework (self->assessment))
           == ASR_SCORING_EVIDENCE_CATEGORIES;

  for (guint i = 0; pspecs[i] != NULL; i++)
    {
      GParamSpec *pspec = pspecs[i];

      if (ASR_IS_KEY_QUESTION (object) &&
          (g_str_equal (pspec->name, "override-rating") ||
           g_str_equal (pspec->name, "judgement-rating")))
        g_hash_table_add (self->slots, _asr_history_slot_new (object, pspec, statement, TRUE));
      if ((pspec->flags & G_PARAM_WRITABLE) == 0 || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      if (legacy && ASR_IS_QUALITY_STATEMENT (object) && g_str_equal (pspec->name, "score"))
        continue;
      g_hash_table_add (self->slots, _asr_history_slot_new (object, pspec, statement, FALSE));
    }

  g_ptr_array_add (self->objects, g_object_ref (object));
  g_signal_connect (object, "notify", G_CALLBACK (object_notify_cb), self);
  if (ASR_IS_QUALITY_STATEMENT (object) || ASR_IS_EVIDENCE (object))
    g_signal_connect (object, "notes-edited", G_CALLBACK (notes_edited_cb), self);
}

/* The items of @model, and theirs; @parent: the quality statement whose
 * evidence categories they are, else NULL. */
static void
watch_model (AsrHistory *self,
             GListModel *model,
             GObject    *parent)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      watch (self, item, ASR_IS_QUALITY_STATEMENT (item) ? ASR_QUALITY_STATEMENT (item)
                                                         : ASR_QUALITY_STATEMENT (parent));
      if (ASR_IS_KEY_QUESTION (item))
        {
          _asr_comment_watches_add (self->comment_watches, asr_key_question_get_comments (ASR_KEY_QUESTION (item)));
          watch_model (self, asr_key_question_get_statements (ASR_KEY_QUESTION (item)), NULL);
        }
      else if (ASR_IS_QUALITY_STATEMENT (item))
        {
          _asr_comment_watches_add (self->comment_watches, asr_quality_statement_get_comments (ASR_QUALITY_STATEMENT (item)));
          watch_model (self, asr_quality_statement_get_evidence (ASR_QUALITY_STATEMENT (item)), item);
        }
    }
}

void
_asr_history_watch_object (AsrHistory *self,
                           GObject    *object)
{
  watch (self, object, NULL);
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
  HistoryChange *change = begin_change (self, NULL, &is_new);

  change->action = action;
  notify_can_undo_redo (self);
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
  g_clear_pointer (&self->class_pspecs, g_hash_table_unref);
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
  watch (self, G_OBJECT (self->assessment), NULL);
  watch_model (self, asr_assessment_get_key_questions (self->assessment), NULL);
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
  self->slots = g_hash_table_new_full (_asr_history_slot_hash, _asr_history_slot_equal,
                                       _asr_history_slot_free, NULL);
  self->undo_steps = g_ptr_array_new_with_free_func (_asr_history_step_free);
  self->redo_steps = g_ptr_array_new_with_free_func (_asr_history_step_free);
  self->class_pspecs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
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
    ((HistoryStep *) g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1))->time = 0;
}

void
asr_history_undo (AsrHistory *self)
{
  HistoryStep *step;

  g_return_if_fail (ASR_IS_HISTORY (self));

  asr_history_close_step (self);
  if (self->undo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->undo_steps, self->undo_steps->len - 1);
  self->applying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    {
      HistoryChange *change = g_ptr_array_index (step->changes, i - 1);

      _asr_history_change_apply (change, FALSE);
    }
  self->applying = FALSE;
  g_ptr_array_add (self->redo_steps, step);

  notify_can_undo_redo (self);
}

void
asr_history_redo (AsrHistory *self)
{
  HistoryStep *step;

  g_return_if_fail (ASR_IS_HISTORY (self));

  asr_history_close_step (self);
  if (self->redo_steps->len == 0)
    return;

  step = g_ptr_array_steal_index (self->redo_steps, self->redo_steps->len - 1);
  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    {
      HistoryChange *change = g_ptr_array_index (step->changes, i);

      _asr_history_change_apply (change, TRUE);
    }
  self->applying = FALSE;
  step->time = 0;
  /* Undone out of order (asr_history_undo_notes()), it now comes after
   * steps it was before: the state it leads to was never named. */
  if (step->id <= asr_history_get_state (self))
    step->id = ++self->last_id;
  g_ptr_array_add (self->undo_steps, step);

  notify_can_undo_redo (self);
}

void
asr_history_clear (AsrHistory *self)
{
  g_return_if_fail (ASR_IS_HISTORY (self));

  asr_history_close_step (self);
  /* The text stays as it is: so does the state that names it. */
  self->base_state = asr_history_get_state (self);
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_can_undo_redo (self);
}

guint64
asr_history_get_state (AsrHistory *self)
{
  HistoryStep *last;

  g_return_val_if_fail (ASR_IS_HISTORY (self), 0);

  if (self->undo_steps->len == 0)
    return self->base_state;
  last = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
  return last->id;
}

char *
asr_history_describe_next (AsrHistory           *self,
                           gboolean              redo,
                           GObject             **object,
                           const char          **property,
                           AsrQualityStatement **statement)
{
  GPtrArray *steps;
  HistoryChange *change;

  g_return_val_if_fail (ASR_IS_HISTORY (self), NULL);

  steps = redo ? self->redo_steps : self->undo_steps;
  if (steps->len == 0)
    return NULL;

  change = _asr_history_step_main_change (g_ptr_array_index (steps, steps->len - 1));
  /* A comment's step has no property to show. */
  if (object != NULL)
    *object = change->slot != NULL ? change->slot->object : NULL;
  if (property != NULL)
    *property = change->slot != NULL ? change->slot->pspec->name : NULL;
  if (statement != NULL)
    *statement = change->slot != NULL ? change->slot->statement : NULL;
  return _asr_history_describe_change (change, redo);
}

static gboolean
is_notes_step_of (HistoryStep *step,
                  GObject     *owner)
{
  for (guint i = 0; i < step->changes->len; i++)
    {
      HistoryChange *change = g_ptr_array_index (step->changes, i);

      if (change->slot == NULL || !change->slot->is_notes || change->slot->object != owner)
        return FALSE;
    }
  return TRUE;
}

gboolean
asr_history_undo_notes (AsrHistory  *self,
                        GObject     *owner,
                        char       **description)
{
  HistoryStep *step = NULL;
  guint index;

  g_return_val_if_fail (ASR_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);

  asr_history_close_step (self);
  for (index = self->undo_steps->len; index > 0 && step == NULL; index--)
    if (is_notes_step_of (g_ptr_array_index (self->undo_steps, index - 1), owner))
      step = g_ptr_array_index (self->undo_steps, index - 1);
  if (step == NULL)
    return FALSE;

  if (description != NULL)
    *description = _asr_history_describe_change (g_ptr_array_index (step->changes, 0), FALSE);

  /* The last edit of these notes: no later step touches them, so it can be
   * taken back before the steps that came after it elsewhere. */
  g_ptr_array_steal_index (self->undo_steps, index);
  self->applying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    _asr_history_change_apply (g_ptr_array_index (step->changes, i - 1), FALSE);
  self->applying = FALSE;
  g_ptr_array_add (self->redo_steps, step);

  /* The steps after it now lead to states never seen before. */
  for (guint i = index; i < self->undo_steps->len; i++)
    ((HistoryStep *) g_ptr_array_index (self->undo_steps, i))->id = ++self->last_id;

  notify_can_undo_redo (self);
  return TRUE;
}
