/* asr-merge-resolve.c: resolving the conflicts a merge left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A resolution sets the value at the conflict's path in the document's
 * file tree, loads that tree as a file (so the result is checked as any
 * file is) and assigns it to the open document: only what differs
 * changes, through the setters, so an undo history records one step.
 */
#define G_LOG_DOMAIN "asr-merge"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-merge.h"
#include "asr-assessment-io.h"
#include "asr-json-reader.h"

static gboolean
is_notes_value (JsonNode *node)
{
  return JSON_NODE_HOLDS_NULL (node) ||
         (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING);
}

gboolean
asr_merge_can_keep_both (AsrConflict *conflict)
{
  g_return_val_if_fail (ASR_IS_CONFLICT (conflict), FALSE);
  return strcmp (asr_conflict_get_field (conflict), "notes") == 0 &&
         is_notes_value (asr_conflict_get_mine (conflict)) &&
         is_notes_value (asr_conflict_get_theirs (conflict));
}

static gboolean
is_source_or_score (AsrConflict *conflict)
{
  const char *field = asr_conflict_get_field (conflict);

  return asr_conflict_get_statement_id (conflict) != NULL &&
         (strcmp (field, "source") == 0 || strcmp (field, "score") == 0);
}

/* @conflict, and with a statement's source or score the other of them:
 * they are decided together. */
static gboolean
in_group (AsrConflict *conflict,
          AsrConflict *other)
{
  return other == conflict ||
         (is_source_or_score (conflict) && is_source_or_score (other) &&
          g_strcmp0 (asr_conflict_get_key_question_id (conflict), asr_conflict_get_key_question_id (other)) == 0 &&
          g_strcmp0 (asr_conflict_get_statement_id (conflict), asr_conflict_get_statement_id (other)) == 0);
}

static char *
unescape (const char *part)
{
  GString *out = g_string_new (NULL);

  for (const char *p = part; *p; p++)
    {
      if (p[0] == '~' && (p[1] == '0' || p[1] == '1'))
        g_string_append_c (out, *++p == '0' ? '~' : '/');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Sets (or, for null, removes) the member at @path, making the objects
 * on the way; a quality statement made so is "not started". */
static void
set_at_path (JsonNode   *tree,
             const char *path,
             JsonNode   *value)
{
  g_auto(GStrv) parts = g_strsplit (path + 1, "/", -1);
  guint n = g_strv_length (parts);
  JsonObject *object = json_node_get_object (tree);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *name = unescape (parts[i]);
      JsonNode *next = json_object_get_member (object, name);

      if (next == NULL || !JSON_NODE_HOLDS_OBJECT (next))
        {
          json_object_set_object_member (object, name, json_object_new ());
          next = json_object_get_member (object, name);
          if (i == 3 && strcmp (parts[0], "key_questions") == 0)
            json_object_set_string_member (json_node_get_object (next), "source",
                                           asr_source_to_id (ASR_SOURCE_NOT_STARTED));
        }
      object = json_node_get_object (next);
    }
  {
    g_autofree char *last = unescape (parts[n - 1]);

    if (JSON_NODE_HOLDS_NULL (value))
      json_object_remove_member (object, last);
    else
      json_object_set_member (object, last, json_node_copy (value));
  }
}

static JsonNode *
keep_both_value (AsrConflict *conflict)
{
  JsonNode *mine = asr_conflict_get_mine (conflict);
  JsonNode *theirs = asr_conflict_get_theirs (conflict);
  g_autofree char *joined = NULL;
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  /* Each part attributed by name, as a paragraph of its own. */
  joined = g_strdup_printf (_("%s wrote:\n\n%s\n\n%s wrote:\n\n%s"),
                            asr_conflict_get_mine_label (conflict),
                            JSON_NODE_HOLDS_NULL (mine) ? "" : json_node_get_string (mine),
                            asr_conflict_get_theirs_label (conflict),
                            JSON_NODE_HOLDS_NULL (theirs) ? "" : json_node_get_string (theirs));
  json_node_set_string (node, joined);
  return node;
}

static JsonNode *
document_tree (AsrAssessment *self,
               GError       **error)
{
  g_autoptr(GBytes) bytes = asr_assessment_serialize (self);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return asr_json_parse (data, size, _("the open draft"), NULL, error);
}

/* The document with @group's values set, and @remaining conflicts. */
static AsrAssessment *
resolved_copy (AsrAssessment *self,
               GPtrArray     *group,
               GPtrArray     *remaining,
               AsrResolution  resolution,
               GError       **error)
{
  g_autoptr(JsonNode) tree = document_tree (self, error);
  g_autoptr(GBytes) bytes = NULL;
  AsrAssessment *copy;
  char *text;

  if (tree == NULL)
    return NULL;
  json_object_remove_member (json_node_get_object (tree), "conflicts");
  for (guint i = 0; i < group->len; i++)
    {
      AsrConflict *conflict = g_ptr_array_index (group, i);
      g_autoptr(JsonNode) value = resolution == ASR_RESOLVE_KEEP_BOTH
                                  ? keep_both_value (conflict)
                                  : json_node_copy (asr_conflict_get_theirs (conflict));

      set_at_path (tree, asr_conflict_get_path (conflict), value);
    }
  text = json_to_string (tree, FALSE);
  bytes = g_bytes_new_take (text, strlen (text));
  copy = asr_assessment_load_from_bytes (bytes, _("the resolved draft"), error);
  if (copy != NULL)
    asr_assessment_replace_conflicts (copy, (AsrConflict **) remaining->pdata, remaining->len);
  return copy;
}

static void
record_author (AsrAssessment *self,
               AsrConflict   *conflict)
{
  const char *kq = asr_conflict_get_key_question_id (conflict);
  const char *id = asr_conflict_get_statement_id (conflict);
  AsrQualityStatement *statement = kq && id ? asr_assessment_lookup_statement (self, kq, id) : NULL;

  if (statement != NULL)
    asr_quality_statement_record_author (statement);
}

gboolean
asr_merge_resolve (AsrAssessment *self,
                   AsrConflict   *conflict,
                   AsrResolution  resolution,
                   GError       **error)
{
  GListModel *conflicts;
  g_autoptr(GPtrArray) group = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) remaining = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AsrAssessment) copy = NULL;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (ASR_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (resolution != ASR_RESOLVE_KEEP_BOTH || asr_merge_can_keep_both (conflict), FALSE);

  conflicts = asr_assessment_get_conflicts (self);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      AsrConflict *other = g_list_model_get_item (conflicts, i);
      g_ptr_array_add (in_group (conflict, other) ? group : remaining, other);
    }
  if (resolution == ASR_RESOLVE_KEEP_MINE)
    {
      asr_assessment_replace_conflicts (self, (AsrConflict **) remaining->pdata, remaining->len);
      return TRUE;
    }
  copy = resolved_copy (self, group, remaining, resolution, error);
  if (copy == NULL || !asr_assessment_assign (self, copy))
    return FALSE;
  record_author (self, conflict);
  return TRUE;
}
