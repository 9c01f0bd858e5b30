/* asr-conflict.c: one unresolved difference left by merging two drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-conflict"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-conflict.h"

struct _AsrConflict
{
  GObject   parent_instance;
  char     *path;
  JsonNode *base;
  JsonNode *mine;
  JsonNode *theirs;
  char     *mine_label;
  char     *theirs_label;
  char     *key_question_id;
  char     *statement_id;
  char     *field;
};

G_DEFINE_FINAL_TYPE (AsrConflict, asr_conflict, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_KEY_QUESTION_ID,
  PROP_STATEMENT_ID,
  PROP_FIELD,
  PROP_MINE_LABEL,
  PROP_THEIRS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
asr_conflict_finalize (GObject *object)
{
  AsrConflict *self = ASR_CONFLICT (object);

  g_free (self->path);
  g_clear_pointer (&self->base, json_node_unref);
  g_clear_pointer (&self->mine, json_node_unref);
  g_clear_pointer (&self->theirs, json_node_unref);
  g_free (self->mine_label);
  g_free (self->theirs_label);
  g_free (self->key_question_id);
  g_free (self->statement_id);
  g_free (self->field);
  G_OBJECT_CLASS (asr_conflict_parent_class)->finalize (object);
}

static void
asr_conflict_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AsrConflict *self = ASR_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, self->path); break;
    case PROP_KEY_QUESTION_ID: g_value_set_string (value, self->key_question_id); break;
    case PROP_STATEMENT_ID: g_value_set_string (value, self->statement_id); break;
    case PROP_FIELD: g_value_set_string (value, self->field); break;
    case PROP_MINE_LABEL: g_value_set_string (value, self->mine_label); break;
    case PROP_THEIRS_LABEL: g_value_set_string (value, self->theirs_label); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_conflict_class_init (AsrConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = asr_conflict_finalize;
  object_class->get_property = asr_conflict_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, ro);
  properties[PROP_KEY_QUESTION_ID] = g_param_spec_string ("key-question-id", NULL, NULL, NULL, ro);
  properties[PROP_STATEMENT_ID] = g_param_spec_string ("statement-id", NULL, NULL, NULL, ro);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, ro);
  properties[PROP_MINE_LABEL] = g_param_spec_string ("mine-label", NULL, NULL, NULL, ro);
  properties[PROP_THEIRS_LABEL] = g_param_spec_string ("theirs-label", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
asr_conflict_init (AsrConflict *self)
{
}

/* "/key_questions/<kq>/statements/<id>/…": the key question and statement
 * a conflict belongs to, so a list can jump there. */
static void
split_path (AsrConflict *self)
{
  g_auto(GStrv) parts = g_strsplit (self->path, "/", -1);
  guint n = g_strv_length (parts);

  self->field = g_strdup (n > 0 ? parts[n - 1] : "");
  if (n >= 3 && strcmp (parts[1], "key_questions") == 0)
    self->key_question_id = g_strdup (parts[2]);
  if (n >= 5 && self->key_question_id != NULL && strcmp (parts[3], "statements") == 0)
    self->statement_id = g_strdup (parts[4]);
}

static JsonNode *
copy_or_null (JsonNode *node)
{
  return node != NULL ? json_node_copy (node) : json_node_new (JSON_NODE_NULL);
}

AsrConflict *
asr_conflict_new (const char *path,
                  JsonNode   *base,
                  JsonNode   *mine,
                  JsonNode   *theirs,
                  const char *mine_label,
                  const char *theirs_label)
{
  AsrConflict *self;

  g_return_val_if_fail (path != NULL && path[0] == '/', NULL);

  self = g_object_new (ASR_TYPE_CONFLICT, NULL);
  self->path = g_strdup (path);
  self->base = base != NULL ? json_node_copy (base) : NULL;
  self->mine = copy_or_null (mine);
  self->theirs = copy_or_null (theirs);
  self->mine_label = g_strdup (mine_label ? mine_label : "");
  self->theirs_label = g_strdup (theirs_label ? theirs_label : "");
  split_path (self);
  return self;
}

#define GETTER(type, name, field)                                  \
  type                                                             \
  asr_conflict_get_##name (AsrConflict *self)                      \
  {                                                                \
    g_return_val_if_fail (ASR_IS_CONFLICT (self), NULL);           \
    return self->field;                                            \
  }

GETTER (const char *, path, path)
GETTER (JsonNode *, base, base)
GETTER (JsonNode *, mine, mine)
GETTER (JsonNode *, theirs, theirs)
GETTER (const char *, mine_label, mine_label)
GETTER (const char *, theirs_label, theirs_label)
GETTER (const char *, key_question_id, key_question_id)
GETTER (const char *, statement_id, statement_id)
GETTER (const char *, field, field)

char *
asr_conflict_describe_value (JsonNode *value)
{
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    return g_strdup (_("(none)"));
  if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (value));
  return json_to_string (value, FALSE);
}
