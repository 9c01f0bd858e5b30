/* asr-json-walk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-json-walk"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-error.h"
#include "asr-json-walk.h"
#include "asr-text.h"

void
asr_walk_init (AsrWalk    *walk,
               const char *filename)
{
  walk->filename = filename;
  walk->path = g_string_new (NULL);
}

void
asr_walk_clear (AsrWalk *walk)
{
  if (walk->path != NULL)
    g_string_free (walk->path, TRUE);
  walk->path = NULL;
}

gsize
asr_walk_enter (AsrWalk    *walk,
                const char *member)
{
  gsize mark = walk->path->len;

  g_string_append_c (walk->path, '/');
  for (const char *p = member; *p; p++)
    {
      if (*p == '~')
        g_string_append (walk->path, "~0");
      else if (*p == '/')
        g_string_append (walk->path, "~1");
      else
        g_string_append_c (walk->path, *p);
    }
  return mark;
}

gsize
asr_walk_enter_index (AsrWalk *walk,
                      guint    index)
{
  gsize mark = walk->path->len;

  g_string_append_printf (walk->path, "/%u", index);
  return mark;
}

void
asr_walk_leave (AsrWalk *walk,
                gsize    mark)
{
  g_string_truncate (walk->path, mark);
}

/* The path as an error shows it: each member name escaped and cut to
 * ASR_TEXT_QUOTE_MAX characters, so a 10 MB key gives a short line. */
static char *
dup_shown_path (AsrWalk *walk)
{
  g_auto(GStrv) segments = g_strsplit (walk->path->str, "/", -1);
  GString *shown = g_string_new (NULL);

  /* "" (the root) splits into no segments at all. */
  for (guint i = 1; segments[0] != NULL && segments[i] != NULL; i++)
    {
      g_string_append_c (shown, '/');
      asr_text_append_neutral (shown, segments[i], ASR_TEXT_QUOTE_MAX);
    }
  if (shown->len == 0)
    g_string_append_c (shown, '/');
  return g_string_free (shown, FALSE);
}

gboolean
asr_walk_fail (AsrWalk    *walk,
               GError    **error,
               const char *format,
               ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown_message = NULL;
  g_autofree char *path = dup_shown_path (walk);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  shown_message = asr_text_neutralize (message);

  g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID, "%s: %s: %s",
               walk->filename, path, shown_message);
  return FALSE;
}

const char *
asr_walk_describe (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
      return _("an integer");
    default:
      return _("a number with a fraction");
    }
}

const char *
asr_walk_describe_token (AsrJsonToken token)
{
  switch (token)
    {
    case ASR_JSON_TOKEN_BEGIN_OBJECT:
      return _("an object");
    case ASR_JSON_TOKEN_BEGIN_ARRAY:
      return _("an array");
    case ASR_JSON_TOKEN_STRING:
      return _("a string");
    case ASR_JSON_TOKEN_TRUE:
    case ASR_JSON_TOKEN_FALSE:
      return _("true or false");
    case ASR_JSON_TOKEN_INT:
      return _("an integer");
    case ASR_JSON_TOKEN_DOUBLE:
      return _("a number with a fraction");
    default:
      return "null";
    }
}

gboolean
asr_walk_object (AsrWalk     *walk,
                 JsonNode    *node,
                 JsonObject **out,
                 GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return asr_walk_fail (walk, error, _("expected an object, got %s"),
                          asr_walk_describe (node));
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
asr_walk_array (AsrWalk    *walk,
                JsonNode   *node,
                JsonArray **out,
                GError    **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return asr_walk_fail (walk, error, _("expected an array, got %s"),
                          asr_walk_describe (node));
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
asr_walk_string (AsrWalk     *walk,
                 JsonNode    *node,
                 const char **out,
                 GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return asr_walk_fail (walk, error, _("expected a string, got %s"),
                          asr_walk_describe (node));
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
asr_walk_boolean (AsrWalk  *walk,
                  JsonNode *node,
                  gboolean *out,
                  GError  **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return asr_walk_fail (walk, error, _("expected true or false, got %s"),
                          asr_walk_describe (node));
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
asr_walk_int_range (AsrWalk  *walk,
                    JsonNode *node,
                    gint64    min,
                    gint64    max,
                    gint64   *out,
                    GError  **error)
{
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return asr_walk_fail (walk, error,
                          _("expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ", got %s"),
                          min, max, asr_walk_describe (node));

  value = json_node_get_int (node);
  if (value < min || value > max)
    return asr_walk_fail (walk, error,
                          _("expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ", got %" G_GINT64_FORMAT),
                          min, max, value);
  *out = value;
  return TRUE;
}

gboolean
asr_date_is_valid (const char *date)
{
  int year, month, day;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return FALSE;

  year = atoi (date);
  month = atoi (date + 5);
  day = atoi (date + 8);
  return year >= 1 && g_date_valid_dmy (day, month, year);
}

gboolean
asr_walk_date (AsrWalk     *walk,
               JsonNode    *node,
               const char **out,
               GError     **error)
{
  const char *date;

  if (!asr_walk_string (walk, node, &date, error))
    return FALSE;
  if (!asr_date_is_valid (date))
    {
      g_autofree char *shown = asr_text_quote (date);

      return asr_walk_fail (walk, error,
                            _("expected a date as YYYY-MM-DD, got “%s”"), shown);
    }
  *out = date;
  return TRUE;
}

gboolean
asr_walk_only_members (AsrWalk            *walk,
                       JsonObject         *object,
                       const char * const *allowed,
                       GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          gsize mark = asr_walk_enter (walk, l->data);
          gboolean ok = asr_walk_fail (walk, error, _("unknown member"));

          asr_walk_leave (walk, mark);
          return ok;
        }
    }
  return TRUE;
}

gboolean
asr_walk_require (AsrWalk     *walk,
                  JsonObject  *object,
                  const char  *member,
                  JsonNode   **out,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return asr_walk_fail (walk, error, _("missing member “%s”"), member);
  *out = node;
  return TRUE;
}

gboolean
asr_walk_member_string (AsrWalk     *walk,
                        JsonObject  *object,
                        const char  *member,
                        const char **out,
                        GError     **error)
{
  JsonNode *node;
  gsize mark;
  gboolean ok;

  if (!asr_walk_require (walk, object, member, &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, member);
  ok = asr_walk_string (walk, node, out, error);
  asr_walk_leave (walk, mark);
  return ok;
}

gboolean
asr_walk_member_text (AsrWalk     *walk,
                      JsonObject  *object,
                      const char  *member,
                      const char **out,
                      GError     **error)
{
  gsize mark;
  gboolean ok = TRUE;

  if (!asr_walk_member_string (walk, object, member, out, error))
    return FALSE;
  mark = asr_walk_enter (walk, member);
  if (!asr_text_has_visible (*out))
    ok = asr_walk_fail (walk, error, _("must have a visible character, not only spaces or invisible ones"));
  asr_walk_leave (walk, mark);
  return ok;
}
