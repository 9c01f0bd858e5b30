/* asr-framework-items.c: the judgement method's items (key lines of
 * enquiry): question, prompts, the four ratings' characteristics and an
 * optional mapping to another framework's topics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-framework"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-error.h"
#include "asr-framework-private.h"
#include "asr-text.h"

static void
mapping_def_free (gpointer data)
{
  AsrMappingDef *def = data;

  g_free (def->framework);
  g_free (def->key_question);
  g_free (def->statement);
  g_free (def);
}

void
_asr_item_def_clear (AsrItemDef *def)
{
  g_clear_pointer (&def->question, g_free);
  g_clear_pointer (&def->prompts, g_strfreev);
  for (guint i = 0; i < G_N_ELEMENTS (def->characteristics); i++)
    g_clear_pointer (&def->characteristics[i], g_free);
  g_clear_pointer (&def->maps_to, g_ptr_array_unref);
}

static gboolean
load_prompts (AsrItemDef  *def,
              AsrWalk     *walk,
              JsonObject  *object,
              GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = NULL;
  gsize mark;

  if (json_object_has_member (object, "prompts"))
    {
      mark = asr_walk_enter (walk, "prompts");
      if (!asr_walk_array (walk, json_object_get_member (object, "prompts"), &array, error))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize entry = asr_walk_enter_index (walk, i);
          const char *text;

          if (!asr_walk_string (walk, json_array_get_element (array, i), &text, error))
            return FALSE;
          if (!asr_text_has_visible (text))
            return asr_walk_fail (walk, error, _("must have a visible character, not only spaces or invisible ones"));
          g_strv_builder_add (builder, text);
          asr_walk_leave (walk, entry);
        }
      asr_walk_leave (walk, mark);
    }
  def->prompts = g_strv_builder_end (builder);
  return TRUE;
}

/* All four ratings, each described: the page sets them side by side. */
static gboolean
load_characteristics (AsrItemDef  *def,
                      AsrWalk     *walk,
                      JsonObject  *object,
                      GError     **error)
{
  static const char * const allowed[] = {
    "outstanding", "good", "requires-improvement", "inadequate", NULL
  };
  JsonObject *ratings;
  JsonNode *node;
  gsize mark;

  if (!asr_walk_require (walk, object, "characteristics", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "characteristics");
  if (!asr_walk_object (walk, node, &ratings, error) ||
      !asr_walk_only_members (walk, ratings, allowed, error))
    return FALSE;
  for (AsrRating r = ASR_RATING_INADEQUATE; r <= ASR_RATING_OUTSTANDING; r++)
    {
      const char *text;

      if (!asr_walk_member_text (walk, ratings, asr_rating_to_id (r), &text, error))
        return FALSE;
      def->characteristics[r] = g_strdup (text);
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_mapping (GPtrArray   *maps_to,
              AsrWalk     *walk,
              JsonNode    *node,
              GError     **error)
{
  static const char * const allowed[] = { "framework", "key_question", "statement", NULL };
  const char *framework, *key_question, *statement;
  AsrMappingDef *def;
  JsonObject *object;

  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !asr_walk_member_text (walk, object, "framework", &framework, error) ||
      !asr_walk_member_text (walk, object, "key_question", &key_question, error) ||
      !asr_walk_member_text (walk, object, "statement", &statement, error))
    return FALSE;
  def = g_new0 (AsrMappingDef, 1);
  def->framework = g_strdup (framework);
  def->key_question = g_strdup (key_question);
  def->statement = g_strdup (statement);
  g_ptr_array_add (maps_to, def);
  return TRUE;
}

static gboolean
load_maps_to (AsrItemDef  *def,
              AsrWalk     *walk,
              JsonObject  *object,
              GError     **error)
{
  JsonArray *array;
  gsize mark;

  if (!json_object_has_member (object, "maps_to"))
    return TRUE;
  mark = asr_walk_enter (walk, "maps_to");
  if (!asr_walk_array (walk, json_object_get_member (object, "maps_to"), &array, error))
    return FALSE;
  def->maps_to = g_ptr_array_new_with_free_func (mapping_def_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize entry = asr_walk_enter_index (walk, i);

      if (!load_mapping (def->maps_to, walk, json_array_get_element (array, i), error))
        return FALSE;
      asr_walk_leave (walk, entry);
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_item (AsrItemDef  *def,
           AsrWalk     *walk,
           JsonObject  *object,
           GError     **error)
{
  static const char * const allowed[] = {
    "id", "name", "question", "prompts", "characteristics", "maps_to", NULL
  };
  const char *question;

  if (!asr_walk_only_members (walk, object, allowed, error) ||
      !asr_walk_member_text (walk, object, "question", &question, error))
    return FALSE;
  def->question = g_strdup (question);
  return load_prompts (def, walk, object, error) &&
         load_characteristics (def, walk, object, error) &&
         load_maps_to (def, walk, object, error);
}

gboolean
_asr_framework_load_items (AsrKeyQuestionDef *kq,
                           guint              kq_index,
                           AsrWalk           *walk,
                           JsonObject        *object,
                           GHashTable        *seen,
                           GError           **error)
{
  JsonArray *array;
  JsonNode *node;
  gsize mark;

  if (!asr_walk_require (walk, object, "items", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "items");
  if (!asr_walk_array (walk, node, &array, error))
    return FALSE;
  if (json_array_get_length (array) == 0)
    return asr_walk_fail (walk, error, _("must not be empty"));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize entry = asr_walk_enter_index (walk, i);
      AsrItemDef *def;
      JsonObject *item;
      const char *id, *name;

      if (!_asr_framework_walk_named_entry (walk, json_array_get_element (array, i), seen,
                                            &id, &name, &item, error))
        return FALSE;
      def = g_new0 (AsrItemDef, 1);
      def->id = g_strdup (id);
      def->name = g_strdup (name);
      def->key_question = kq_index;
      def->position = i;
      g_ptr_array_add (kq->statements, def);
      if (!load_item (def, walk, item, error))
        return FALSE;
      asr_walk_leave (walk, entry);
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

gboolean
asr_framework_is_judgement (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), FALSE);
  return asr_framework_get_scoring_method (self) == ASR_SCORING_JUDGEMENT;
}

guint
asr_framework_get_n_items (AsrFramework *self,
                           guint         key_question)
{
  g_return_val_if_fail (key_question < asr_framework_get_n_key_questions (self), 0);
  return asr_framework_get_key_question (self, key_question)->statements->len;
}

const AsrItemDef *
asr_framework_get_item (AsrFramework *self,
                        guint         key_question,
                        guint         index)
{
  g_return_val_if_fail (index < asr_framework_get_n_items (self, key_question), NULL);
  return g_ptr_array_index (asr_framework_get_key_question (self, key_question)->statements, index);
}

const AsrItemDef *
asr_framework_lookup_item (AsrFramework *self,
                           const char   *item_id,
                           guint        *key_question)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  for (guint k = 0; k < asr_framework_get_n_key_questions (self); k++)
    {
      GPtrArray *items = asr_framework_get_key_question (self, k)->statements;

      for (guint i = 0; i < items->len; i++)
        {
          const AsrItemDef *def = g_ptr_array_index (items, i);

          if (strcmp (def->id, item_id) == 0)
            {
              if (key_question != NULL)
                *key_question = k;
              return def;
            }
        }
    }
  return NULL;
}

