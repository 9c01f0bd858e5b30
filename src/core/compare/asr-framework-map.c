/* asr-framework-map.c: which item of one framework is which of another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-framework-map"

#include "config.h"

#include "asr-framework-map.h"
#include "asr-json-reader.h"
#include "asr-json-walk.h"

static void
link_free (gpointer data)
{
  AsrMapLink *link = data;

  g_free (link->key_question);
  g_free (link->id);
  g_free (link->to_framework);
  g_free (link->to_key_question);
  g_free (link->to_id);
  g_free (link);
}

/* The maps_to of one statement or item, if any. */
static gboolean
read_entry (AsrWalk     *walk,
            JsonNode    *node,
            const char  *key_question,
            GPtrArray   *links,
            GError     **error)
{
  JsonObject *entry;
  JsonArray *maps;
  const char *id;
  gsize mark;
  gboolean ok = TRUE;

  if (!asr_walk_object (walk, node, &entry, error) ||
      !asr_walk_member_string (walk, entry, "id", &id, error))
    return FALSE;
  if (!json_object_has_member (entry, "maps_to"))
    return TRUE;
  mark = asr_walk_enter (walk, "maps_to");
  ok = asr_walk_array (walk, json_object_get_member (entry, "maps_to"), &maps, error);
  for (guint i = 0; ok && i < json_array_get_length (maps); i++)
    {
      gsize at = asr_walk_enter_index (walk, i);
      JsonObject *target;
      const char *framework, *to_kq, *to_id, *to_member;

      ok = asr_walk_object (walk, json_array_get_element (maps, i), &target, error);
      /* a numeric framework's statement, or a judgement framework's item */
      to_member = ok && json_object_has_member (target, "statement") ? "statement" : "item";
      ok = ok &&
           asr_walk_member_string (walk, target, "framework", &framework, error) &&
           asr_walk_member_string (walk, target, "key_question", &to_kq, error) &&
           asr_walk_member_string (walk, target, to_member, &to_id, error);
      if (ok)
        {
          AsrMapLink *link = g_new0 (AsrMapLink, 1);

          link->key_question = g_strdup (key_question);
          link->id = g_strdup (id);
          link->to_framework = g_strdup (framework);
          link->to_key_question = g_strdup (to_kq);
          link->to_id = g_strdup (to_id);
          g_ptr_array_add (links, link);
        }
      asr_walk_leave (walk, at);
    }
  asr_walk_leave (walk, mark);
  return ok;
}

/* The quality statements or items of one key question. */
static gboolean
read_key_question (AsrWalk    *walk,
                   JsonNode   *node,
                   GPtrArray  *links,
                   GError    **error)
{
  static const char * const lists[] = { "quality_statements", "items" };
  JsonObject *kq;
  const char *kq_id;

  if (!asr_walk_object (walk, node, &kq, error) ||
      !asr_walk_member_string (walk, kq, "id", &kq_id, error))
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      gsize mark;
      JsonArray *entries;
      gboolean ok;

      if (!json_object_has_member (kq, lists[l]))
        continue;
      mark = asr_walk_enter (walk, lists[l]);
      ok = asr_walk_array (walk, json_object_get_member (kq, lists[l]), &entries, error);
      for (guint i = 0; ok && i < json_array_get_length (entries); i++)
        {
          gsize at = asr_walk_enter_index (walk, i);

          ok = read_entry (walk, json_array_get_element (entries, i), kq_id, links, error);
          asr_walk_leave (walk, at);
        }
      asr_walk_leave (walk, mark);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
asr_map_links_read (const char  *data,
                    gsize        length,
                    const char  *filename,
                    char       **framework_id,
                    GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (link_free);
  AsrWalk walk;
  JsonObject *object;
  JsonArray *kqs = NULL;
  const char *id = NULL;
  gboolean ok;

  g_return_val_if_fail (data != NULL && filename != NULL, NULL);

  root = asr_json_parse (data, length, filename, NULL, error);
  if (root == NULL)
    return NULL;
  asr_walk_init (&walk, filename);
  ok = asr_walk_object (&walk, root, &object, error) &&
       asr_walk_member_string (&walk, object, "id", &id, error);
  if (ok)
    {
      JsonNode *node = NULL;
      gsize mark;

      ok = asr_walk_require (&walk, object, "key_questions", &node, error);
      mark = asr_walk_enter (&walk, "key_questions");
      ok = ok && asr_walk_array (&walk, node, &kqs, error);
      for (guint i = 0; ok && i < json_array_get_length (kqs); i++)
        {
          gsize at = asr_walk_enter_index (&walk, i);

          ok = read_key_question (&walk, json_array_get_element (kqs, i), links, error);
          asr_walk_leave (&walk, at);
        }
      asr_walk_leave (&walk, mark);
    }
  if (ok && framework_id != NULL)
    *framework_id = g_strdup (id);
  asr_walk_clear (&walk);
  return ok ? g_steal_pointer (&links) : NULL;
}

gboolean
asr_map_counterpart (const char  *a_id,
                     GPtrArray   *a_links,
                     const char  *b_id,
                     GPtrArray   *b_links,
                     const char  *key_question,
                     const char  *id,
                     const char **out_key_question,
                     const char **out_id)
{
  g_return_val_if_fail (a_id != NULL && b_id != NULL && key_question != NULL && id != NULL, FALSE);
  g_return_val_if_fail (out_key_question != NULL && out_id != NULL, FALSE);

  for (guint i = 0; a_links != NULL && i < a_links->len; i++)
    {
      AsrMapLink *link = g_ptr_array_index (a_links, i);

      if (g_str_equal (link->to_framework, b_id) && g_str_equal (link->key_question, key_question) &&
          g_str_equal (link->id, id))
        {
          *out_key_question = link->to_key_question;
          *out_id = link->to_id;
          return TRUE;
        }
    }
  for (guint i = 0; b_links != NULL && i < b_links->len; i++)
    {
      AsrMapLink *link = g_ptr_array_index (b_links, i);

      if (g_str_equal (link->to_framework, a_id) && g_str_equal (link->to_key_question, key_question) &&
          g_str_equal (link->to_id, id))
        {
          *out_key_question = link->key_question;
          *out_id = link->id;
          return TRUE;
        }
    }
  return FALSE;
}

GPtrArray *
asr_map_links_from_framework (AsrFramework *framework)
{
  GPtrArray *links = g_ptr_array_new_with_free_func (link_free);

  g_return_val_if_fail (ASR_IS_FRAMEWORK (framework), links);

  for (guint k = 0; k < asr_framework_get_n_key_questions (framework); k++)
    {
      const AsrKeyQuestionDef *kq = asr_framework_get_key_question (framework, k);

      for (guint s = 0; s < kq->statements->len; s++)
        {
          const AsrStatementDef *def = g_ptr_array_index (kq->statements, s);

          for (guint m = 0; def->maps_to != NULL && m < def->maps_to->len; m++)
            {
              const AsrMappingDef *to = g_ptr_array_index (def->maps_to, m);
              AsrMapLink *link = g_new0 (AsrMapLink, 1);

              link->key_question = g_strdup (kq->id);
              link->id = g_strdup (def->id);
              link->to_framework = g_strdup (to->framework);
              link->to_key_question = g_strdup (to->key_question);
              link->to_id = g_strdup (to->statement);
              g_ptr_array_add (links, link);
            }
        }
    }
  return links;
}
