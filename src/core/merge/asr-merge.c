/* asr-merge.c: merging two drafts, value by value of their files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each draft is serialised and parsed back into a JsonNode tree (the file
 * is what the merge compares: absent members are "not started", "no
 * override", …).  The trees are merged member by member; the result is
 * written out and loaded like any file, so it is checked as a file is.
 */
#define G_LOG_DOMAIN "asr-merge"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-merge.h"
#include "asr-json-reader.h"
#include "asr-assessment-io.h"
#include "asr-error.h"

const char * const asr_merge_union_members[] = { "assessors", "comments", NULL };

typedef struct
{
  gboolean   two_way;
  gboolean   legacy;       /* statements' scores follow their evidence */
  const char *file_label[2];
  const char *label[2];    /* of the statement being merged */
  GPtrArray *path;         /* of const char *: the members entered */
  GPtrArray *conflicts;    /* of AsrConflict */
} Merge;

static gboolean
node_equal (JsonNode *a,
            JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static gboolean
is_object (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node);
}

static JsonNode *
member (JsonNode   *object,
        const char *name)
{
  return is_object (object) ? json_object_get_member (json_node_get_object (object), name) : NULL;
}

static JsonNode *
copy (JsonNode *node)
{
  return node != NULL ? json_node_copy (node) : NULL;
}

/* A JSON pointer (RFC 6901) to the value being merged. */
static char *
path_string (Merge      *mg,
             const char *last)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i <= mg->path->len; i++)
    {
      const char *part = i < mg->path->len ? g_ptr_array_index (mg->path, i) : last;

      if (part == NULL)
        break;
      g_string_append_c (out, '/');
      for (const char *p = part; *p; p++)
        {
          if (*p == '~')
            g_string_append (out, "~0");
          else if (*p == '/')
            g_string_append (out, "~1");
          else
            g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
in_statement (Merge *mg)
{
  return mg->path->len == 4 &&
         strcmp (g_ptr_array_index (mg->path, 0), "key_questions") == 0 &&
         strcmp (g_ptr_array_index (mg->path, 2), "statements") == 0;
}

static void
add_conflict (Merge      *mg,
              const char *key,
              JsonNode   *base,
              JsonNode   *mine,
              JsonNode   *theirs)
{
  g_autofree char *path = path_string (mg, key);
  g_autoptr(JsonNode) none = json_node_new (JSON_NODE_NULL);

  g_ptr_array_add (mg->conflicts,
                   asr_conflict_new (path, mg->two_way ? NULL : base ? base : none,
                                     mine, theirs, mg->label[0], mg->label[1]));
}

static JsonNode *merge_node (Merge *mg, const char *key, JsonNode *b, JsonNode *m, JsonNode *t);

static gboolean
is_union_member (const char *key)
{
  return g_strv_contains ((const char * const *) asr_merge_union_members, key);
}

static gboolean
array_has (JsonNode *array,
           JsonNode *item)
{
  JsonArray *a = array != NULL && JSON_NODE_HOLDS_ARRAY (array) ? json_node_get_array (array) : NULL;

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    if (json_node_equal (json_array_get_element (a, i), item))
      return TRUE;
  return FALSE;
}

/* Every item either side has, each once, less those of the base that
 * either side removed. */
static void
union_add (JsonArray *out,
           JsonNode  *from,
           JsonNode  *other,
           JsonNode  *base,
           JsonNode  *result)
{
  JsonArray *a = json_node_get_array (from);

  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *item = json_array_get_element (a, i);

      if (array_has (result, item) || (array_has (base, item) && !array_has (other, item)))
        continue;
      json_array_add_element (out, json_node_copy (item));
    }
}

static JsonNode *
merge_union (JsonNode *b,
             JsonNode *m,
             JsonNode *t)
{
  JsonNode *result = json_node_new (JSON_NODE_ARRAY);
  JsonArray *out = json_array_new ();

  json_node_take_array (result, out);
  if (m != NULL)
    union_add (out, m, t, b, result);
  if (t != NULL)
    union_add (out, t, m, b, result);
  return result;
}

/* A statement's attribution: the later change. */
static JsonNode *
later_change (JsonNode *m,
              JsonNode *t)
{
  JsonNode *nm = member (m, "at"), *nt = member (t, "at");
  const char *at_m = nm != NULL && JSON_NODE_HOLDS_VALUE (nm) ? json_node_get_string (nm) : NULL;

  if (t == NULL)
    return copy (m);
  if (m == NULL || nt == NULL || !JSON_NODE_HOLDS_VALUE (nt))
    return copy (m != NULL ? m : t);
  return copy (g_strcmp0 (at_m, json_node_get_string (nt)) >= 0 ? m : t);
}

static gboolean
is_string_or_absent (JsonNode *node)
{
  return node == NULL ||
         (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING);
}

static JsonNode *
merge_notes_node (JsonNode *b,
                  JsonNode *m,
                  JsonNode *t)
{
  g_autofree char *merged = NULL;
  JsonNode *node;

  if (!is_string_or_absent (b) || !is_string_or_absent (m) || !is_string_or_absent (t))
    return NULL;
  merged = asr_merge_notes (b ? json_node_get_string (b) : "",
                            m ? json_node_get_string (m) : "",
                            t ? json_node_get_string (t) : "");
  if (merged == NULL)
    return NULL;
  node = json_node_new (JSON_NODE_VALUE);
  json_node_set_string (node, merged);
  return node;
}

static JsonNode *
merge_leaf (Merge      *mg,
            const char *key,
            JsonNode   *b,
            JsonNode   *m,
            JsonNode   *t)
{
  JsonNode *merged;

  if (node_equal (m, b))
    return copy (t);
  if (node_equal (t, b))
    return copy (m);
  if (is_union_member (key))
    return merge_union (b, m, t);
  if (!mg->two_way && strcmp (key, "notes") == 0 && (merged = merge_notes_node (b, m, t)))
    return merged;
  add_conflict (mg, key, b, m, t);
  return copy (m);
}

static void
statement_labels (Merge    *mg,
                  JsonNode *m,
                  JsonNode *t)
{
  JsonNode *by_m = member (member (m, "changed"), "by");
  JsonNode *by_t = member (member (t, "changed"), "by");

  mg->label[0] = mg->file_label[0];
  mg->label[1] = mg->file_label[1];
  if (is_string_or_absent (by_m) && is_string_or_absent (by_t) && by_m && by_t &&
      !node_equal (by_m, by_t))
    {
      mg->label[0] = json_node_get_string (by_m);
      mg->label[1] = json_node_get_string (by_t);
    }
}

static gboolean
has_conflict_at (Merge      *mg,
                 guint       from,
                 const char *key)
{
  g_autofree char *path = path_string (mg, key);

  for (guint i = from; i < mg->conflicts->len; i++)
    if (strcmp (asr_conflict_get_path (g_ptr_array_index (mg->conflicts, i)), path) == 0)
      return TRUE;
  return FALSE;
}

/* A statement's source and score are one decision: when either is in
 * conflict, both keep mine, and each that differs is recorded. */
static void
couple_source_and_score (Merge      *mg,
                         guint       from,
                         JsonObject *out,
                         JsonNode   *b,
                         JsonNode   *m,
                         JsonNode   *t)
{
  static const char * const keys[] = { "source", "score" };

  if (!has_conflict_at (mg, from, "source") && !has_conflict_at (mg, from, "score"))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      JsonNode *mine = member (m, keys[i]);

      if (mine != NULL)
        json_object_set_member (out, keys[i], json_node_copy (mine));
      else if (json_object_has_member (out, keys[i]))
        json_object_remove_member (out, keys[i]);
      if (!has_conflict_at (mg, from, keys[i]) && !node_equal (mine, member (t, keys[i])))
        add_conflict (mg, keys[i], member (b, keys[i]), mine, member (t, keys[i]));
    }
}

static gboolean
skipped (Merge      *mg,
         const char *key)
{
  if (mg->path->len == 0)
    return strcmp (key, "results") == 0 || strcmp (key, "conflicts") == 0;
  return mg->legacy && in_statement (mg) && strcmp (key, "score") == 0;
}

static void
merge_member (Merge      *mg,
              JsonObject *out,
              const char *key,
              JsonNode   *b,
              JsonNode   *m,
              JsonNode   *t)
{
  JsonNode *merged;
  gboolean statement;

  if (skipped (mg, key))
    return;
  g_ptr_array_add (mg->path, (gpointer) key);
  statement = in_statement (mg);
  if (statement)
    statement_labels (mg, member (m, key), member (t, key));
  g_ptr_array_set_size (mg->path, mg->path->len - 1);
  merged = merge_node (mg, key, member (b, key), member (m, key), member (t, key));
  if (merged != NULL)
    json_object_set_member (out, key, merged);
  if (statement)
    {
      mg->label[0] = mg->file_label[0];
      mg->label[1] = mg->file_label[1];
    }
}

/* The names of the members of @b, @m and @t, each once: mine's order
 * first (the result is written in the file's own order anyway). */
static GPtrArray *
member_names (JsonNode *b,
              JsonNode *m,
              JsonNode *t)
{
  JsonNode *sides[] = { m, t, b };
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_autoptr(GList) list = is_object (sides[i]) ? json_object_get_members (json_node_get_object (sides[i])) : NULL;

      for (GList *l = list; l != NULL; l = l->next)
        if (g_hash_table_add (seen, l->data))
          g_ptr_array_add (names, l->data);
    }
  return names;
}

static JsonNode *
merge_object (Merge      *mg,
              const char *key,
              JsonNode   *b,
              JsonNode   *m,
              JsonNode   *t)
{
  JsonObject *out = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  guint from = mg->conflicts->len;
  g_autoptr(GPtrArray) names = NULL;

  json_node_take_object (node, out);
  if (key != NULL)
    g_ptr_array_add (mg->path, (gpointer) key);
  names = member_names (b, m, t);
  for (guint i = 0; i < names->len; i++)
    merge_member (mg, out, g_ptr_array_index (names, i), b, m, t);
  if (in_statement (mg))
    {
      couple_source_and_score (mg, from, out, b, m, t);
      /* Absent means not started: a statement mine cleared and theirs
       * changed keeps mine's source. */
      if (!json_object_has_member (out, "source"))
        json_object_set_string_member (out, "source", asr_source_to_id (ASR_SOURCE_NOT_STARTED));
    }
  if (key != NULL)
    g_ptr_array_set_size (mg->path, mg->path->len - 1);
  return node;
}

static JsonNode *
merge_node (Merge      *mg,
            const char *key,
            JsonNode   *b,
            JsonNode   *m,
            JsonNode   *t)
{
  if (node_equal (m, t))
    return copy (m);
  if (key != NULL && strcmp (key, "changed") == 0 && in_statement (mg))
    return later_change (m, t);
  /* A side that changed nothing takes the other side whole (a statement
   * cleared on one side is absent there). */
  if (node_equal (m, b))
    return copy (t);
  if (node_equal (t, b))
    return copy (m);
  if ((is_object (m) || is_object (t)) &&
      (m == NULL || is_object (m)) && (t == NULL || is_object (t)) &&
      (b == NULL || is_object (b)))
    return merge_object (mg, key, b, m, t);
  return merge_leaf (mg, key, b, m, t);
}

static JsonNode *
to_tree (AsrAssessment *assessment,
         const char    *label,
         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  if (asr_assessment_get_n_conflicts (assessment) > 0)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: /conflicts: %u merge conflict of an earlier merge is not resolved yet; resolve it first",
                                "%s: /conflicts: %u merge conflicts of an earlier merge are not resolved yet; resolve them first",
                                asr_assessment_get_n_conflicts (assessment)),
                   label, asr_assessment_get_n_conflicts (assessment));
      return NULL;
    }
  bytes = asr_assessment_serialize (assessment);
  data = g_bytes_get_data (bytes, &size);
  return asr_json_parse (data, size, label, NULL, error);
}

static gboolean
check_frameworks (AsrAssessment *mine,
                  AsrAssessment *other,
                  const char    *other_label,
                  GError       **error)
{
  const char *a = asr_framework_get_id (asr_assessment_get_framework (mine));
  const char *b = asr_framework_get_id (asr_assessment_get_framework (other));

  if (strcmp (a, b) == 0)
    return TRUE;
  g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
               _("%s: /framework: “%s”, but the draft it is merged with uses “%s”; drafts of different frameworks cannot be merged"),
               other_label, b, a);
  return FALSE;
}

/* The merged tree as a file, loaded as any file is. */
static AsrAssessment *
load_tree (JsonNode   *tree,
           GPtrArray  *conflicts,
           GError    **error)
{
  char *text = json_to_string (tree, FALSE);
  gsize length = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, length);
  AsrAssessment *merged;

  merged = asr_assessment_load_from_bytes (bytes, _("the merged draft"), error);
  if (merged == NULL)
    return NULL;
  asr_assessment_replace_conflicts (merged, (AsrConflict **) conflicts->pdata, conflicts->len);
  return merged;
}

AsrAssessment *
asr_merge_assessments (AsrAssessment *base,
                       AsrAssessment *mine,
                       AsrAssessment *theirs,
                       const char    *mine_label,
                       const char    *theirs_label,
                       GError       **error)
{
  g_autoptr(JsonNode) b = NULL, m = NULL, t = NULL, merged = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  Merge mg = { base == NULL, FALSE, { mine_label, theirs_label }, { mine_label, theirs_label },
               path, conflicts };

  g_return_val_if_fail (base == NULL || ASR_IS_ASSESSMENT (base), NULL);
  g_return_val_if_fail (ASR_IS_ASSESSMENT (mine) && ASR_IS_ASSESSMENT (theirs), NULL);

  if (!check_frameworks (mine, theirs, theirs_label, error) ||
      (base != NULL && !check_frameworks (mine, base, _("the base"), error)))
    return NULL;
  mg.legacy = asr_framework_get_scoring_method (asr_assessment_get_framework (mine))
              == ASR_SCORING_EVIDENCE_CATEGORIES;
  if (!(m = to_tree (mine, mine_label, error)) || !(t = to_tree (theirs, theirs_label, error)) ||
      (base != NULL && !(b = to_tree (base, _("the base"), error))))
    return NULL;
  merged = merge_object (&mg, NULL, b, m, t);
  return load_tree (merged, conflicts, error);
}
