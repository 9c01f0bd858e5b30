/* asr-assessment-conflicts.c: "conflicts" and "changed" in .assessment files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A merge that could not decide records each conflict at the top level:
 *   "conflicts": [{"path": "/key_questions/safe/statements/…/score",
 *                  "base": 2, "mine": 3, "theirs": 4,
 *                  "mine_label": "…", "theirs_label": "…"}]
 * ("base" absent after a two-way merge).  Values are what the merge
 * compares: null, a boolean, an integer, a string or an array of those.
 * A statement's attribution is "changed": {"by": "…", "at": "…"}.
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"

static JsonNode *
scalar_node (AsrLoad *load)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  switch (load->token)
    {
    case ASR_JSON_TOKEN_STRING:
      json_node_set_string (node, asr_json_reader_get_string (load->reader, NULL));
      return node;
    case ASR_JSON_TOKEN_INT:
      json_node_set_int (node, asr_json_reader_get_int (load->reader));
      return node;
    case ASR_JSON_TOKEN_TRUE:
    case ASR_JSON_TOKEN_FALSE:
      json_node_set_boolean (node, load->token == ASR_JSON_TOKEN_TRUE);
      return node;
    case ASR_JSON_TOKEN_NULL:
      json_node_unref (node);
      return json_node_new (JSON_NODE_NULL);
    default:
      json_node_unref (node);
      _asr_load_fail (load, _("expected null, a boolean, an integer, a string or an array of those, got %s"),
                      asr_walk_describe_token (load->token));
      return NULL;
    }
}

static JsonNode *
value_node (AsrLoad *load)
{
  g_autoptr(JsonArray) array = NULL;

  if (load->token != ASR_JSON_TOKEN_BEGIN_ARRAY)
    return scalar_node (load);
  array = json_array_new ();
  for (guint i = 0; _asr_load_next (load); i++)
    {
      gsize mark;
      JsonNode *item;

      if (load->token == ASR_JSON_TOKEN_END_ARRAY)
        {
          JsonNode *node = json_node_new (JSON_NODE_ARRAY);

          json_node_set_array (node, array);
          return node;
        }
      mark = asr_walk_enter_index (&load->walk, i);
      if ((item = scalar_node (load)) == NULL)
        return NULL;
      json_array_add_element (array, item);
      asr_walk_leave (&load->walk, mark);
    }
  return NULL;
}

typedef struct
{
  char     *path;
  JsonNode *value[3];   /* base, mine, theirs */
  char     *label[2];
} ConflictLoad;

static gboolean
conflict_member (AsrLoad    *load,
                 const char *name,
                 gpointer    data)
{
  static const char * const values[] = { "base", "mine", "theirs" };
  ConflictLoad *cl = data;
  const char *text;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (strcmp (name, values[i]) == 0)
      {
        g_clear_pointer (&cl->value[i], json_node_unref);
        return (cl->value[i] = value_node (load)) != NULL;
      }
  if (strcmp (name, "path") == 0)
    {
      if (!_asr_load_string (load, &text))
        return FALSE;
      if (text[0] != '/')
        return _asr_load_fail (load, _("expected a path starting with “/”"));
      g_free (cl->path);
      cl->path = g_strdup (text);
      return TRUE;
    }
  if (strcmp (name, "mine_label") == 0 || strcmp (name, "theirs_label") == 0)
    {
      if (!_asr_load_string (load, &text))
        return FALSE;
      g_free (cl->label[name[0] == 't']);
      cl->label[name[0] == 't'] = g_strdup (text);
      return TRUE;
    }
  return _asr_load_unknown_member (load);
}

static gboolean
load_conflict (AsrLoad       *load,
               AsrAssessment *assessment)
{
  ConflictLoad cl = { 0 };
  gboolean ok = _asr_load_members (load, conflict_member, &cl);

  if (ok && cl.path == NULL)
    ok = _asr_load_fail (load, _("missing member “%s”"), "path");
  else if (ok && (cl.value[1] == NULL || cl.value[2] == NULL))
    ok = _asr_load_fail (load, _("missing member “%s”"), cl.value[1] == NULL ? "mine" : "theirs");
  if (ok)
    {
      g_autoptr(AsrConflict) conflict = asr_conflict_new (cl.path, cl.value[0], cl.value[1],
                                                          cl.value[2], cl.label[0], cl.label[1]);
      asr_assessment_add_conflict (assessment, conflict);
    }
  g_free (cl.path);
  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&cl.value[i], json_node_unref);
  g_free (cl.label[0]);
  g_free (cl.label[1]);
  return ok;
}

gboolean
_asr_load_conflicts (AsrLoad  *load,
                     gpointer  assessment)
{
  if (load->token != ASR_JSON_TOKEN_BEGIN_ARRAY)
    return _asr_load_fail (load, _("expected an array, got %s"),
                           asr_walk_describe_token (load->token));
  for (guint i = 0; _asr_load_next (load); i++)
    {
      gsize mark;

      if (load->token == ASR_JSON_TOKEN_END_ARRAY)
        return TRUE;
      mark = asr_walk_enter_index (&load->walk, i);
      if (!load_conflict (load, assessment))
        return FALSE;
      asr_walk_leave (&load->walk, mark);
    }
  return FALSE;
}

static gboolean
changed_member (AsrLoad    *load,
                const char *name,
                gpointer    data)
{
  const char *text;

  if (strcmp (name, "by") != 0 && strcmp (name, "at") != 0)
    return _asr_load_unknown_member (load);
  if (!_asr_load_string (load, &text))
    return FALSE;
  if (name[0] == 'b')
    asr_quality_statement_set_changed_by (data, text);
  else
    asr_quality_statement_set_changed_at (data, text);
  return TRUE;
}

gboolean
_asr_load_changed (AsrLoad             *load,
                   AsrQualityStatement *statement)
{
  return _asr_load_members (load, changed_member, statement);
}

void
_asr_write_changed (AsrQualityStatement *statement,
                    AsrJsonWriter       *w)
{
  const char *by = asr_quality_statement_get_changed_by (statement);
  const char *at = asr_quality_statement_get_changed_at (statement);

  if (by == NULL && at == NULL)
    return;
  asr_json_writer_key (w, "changed");
  asr_json_writer_begin_object (w);
  if (by != NULL)
    {
      asr_json_writer_key (w, "by");
      asr_json_writer_string (w, by);
    }
  if (at != NULL)
    {
      asr_json_writer_key (w, "at");
      asr_json_writer_string (w, at);
    }
  asr_json_writer_end_object (w);
}

static void
write_conflict (AsrConflict   *conflict,
                AsrJsonWriter *w)
{
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "path");
  asr_json_writer_string (w, asr_conflict_get_path (conflict));
  if (asr_conflict_get_base (conflict) != NULL)
    {
      asr_json_writer_key (w, "base");
      asr_json_writer_node (w, asr_conflict_get_base (conflict));
    }
  asr_json_writer_key (w, "mine");
  asr_json_writer_node (w, asr_conflict_get_mine (conflict));
  asr_json_writer_key (w, "theirs");
  asr_json_writer_node (w, asr_conflict_get_theirs (conflict));
  asr_json_writer_key (w, "mine_label");
  asr_json_writer_string (w, asr_conflict_get_mine_label (conflict));
  asr_json_writer_key (w, "theirs_label");
  asr_json_writer_string (w, asr_conflict_get_theirs_label (conflict));
  asr_json_writer_end_object (w);
}

void
_asr_write_conflicts (AsrAssessment *self,
                      AsrJsonWriter *w)
{
  GListModel *conflicts = asr_assessment_get_conflicts (self);
  guint n = g_list_model_get_n_items (conflicts);

  /* Absent when there are none, so files without merges are as before. */
  if (n == 0)
    return;
  asr_json_writer_key (w, "conflicts");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (conflicts, i);
      write_conflict (conflict, w);
    }
  asr_json_writer_end_array (w);
}
