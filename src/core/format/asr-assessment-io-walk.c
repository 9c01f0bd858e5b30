/* asr-assessment-io-walk.c: typed values read from the token stream
 * straight into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"
#include "asr-error.h"
#include "asr-text.h"

gboolean
_asr_load_next (AsrLoad *load)
{
  load->token = asr_json_reader_next (load->reader, &load->error);
  return load->token != ASR_JSON_TOKEN_ERROR;
}

gboolean
_asr_load_start (AsrLoad    *load,
                 GBytes     *bytes,
                 const char *filename)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  asr_walk_init (&load->walk, filename);
  load->reader = asr_json_reader_new (data, size, filename, NULL, &load->error);
  if (load->reader == NULL || !_asr_load_next (load))
    return FALSE;
  if (load->token != ASR_JSON_TOKEN_BEGIN_OBJECT)
    return _asr_load_fail (load, _("expected an object, got %s"),
                           asr_walk_describe_token (load->token));
  return TRUE;
}

/* Ends a pass.  After a failure the rest of the file is still tokenized,
 * so that a syntax error in it wins, as when the whole file was parsed
 * before anything was checked. */
gboolean
_asr_load_end (AsrLoad  *load,
               gboolean  ok,
               GError  **error)
{
  if (!ok && load->reader != NULL)
    {
      g_autoptr(GError) syntax = NULL;

      if (!asr_json_reader_finish (load->reader, &syntax) && syntax != NULL)
        {
          g_clear_error (&load->error);
          load->error = g_steal_pointer (&syntax);
        }
    }
  g_clear_pointer (&load->reader, asr_json_reader_free);
  asr_walk_clear (&load->walk);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&load->error));
  return ok;
}

gboolean
_asr_load_fail (AsrLoad    *load,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return asr_walk_fail (&load->walk, &load->error, "%s", message);
}

gboolean
_asr_load_fail_at (AsrLoad    *load,
                   const char *name,
                   const char *message)
{
  asr_walk_enter (&load->walk, name);
  return _asr_load_fail (load, "%s", message);
}

gboolean
_asr_load_unknown_member (AsrLoad *load)
{
  return _asr_load_fail (load, _("unknown member"));
}

gboolean
_asr_load_skip (AsrLoad *load)
{
  return asr_json_reader_skip (load->reader, &load->error);
}

guint
_asr_load_n_problems (AsrLoad *load)
{
  return load->problems != NULL ? load->problems->len + load->n_unlisted : 0;
}

/* After a member's value failed: when collecting and the input is still
 * well-formed, lists the error and reads on to the end of the value
 * (the reader was at @depth on the member's name). */
static gboolean
recover (AsrLoad *load,
         guint    depth)
{
  if (load->problems == NULL || load->error == NULL ||
      !g_error_matches (load->error, ASR_ERROR, ASR_ERROR_INVALID))
    return FALSE;
  if (load->problems->len < ASR_LOAD_MAX_PROBLEMS)
    g_ptr_array_add (load->problems, g_strdup (load->error->message));
  else
    load->n_unlisted++;
  g_clear_error (&load->error);
  while (asr_json_reader_get_depth (load->reader) > depth)
    if (!_asr_load_next (load))
      return FALSE;
  return TRUE;
}

gboolean
_asr_load_members (AsrLoad           *load,
                   AsrLoadMemberFunc  func,
                   gpointer           data)
{
  if (load->token != ASR_JSON_TOKEN_BEGIN_OBJECT)
    return _asr_load_fail (load, _("expected an object, got %s"),
                           asr_walk_describe_token (load->token));
  for (;;)
    {
      const char *name;
      gsize mark;
      guint depth;

      if (!_asr_load_next (load))
        return FALSE;
      if (load->token == ASR_JSON_TOKEN_END_OBJECT)
        return TRUE;

      /* The name stays valid through the value's first token: only the
       * next member name replaces it. */
      name = asr_json_reader_get_string (load->reader, NULL);
      mark = asr_walk_enter (&load->walk, name);
      depth = asr_json_reader_get_depth (load->reader);
      if (!_asr_load_next (load))
        return FALSE;
      if (!func (load, name, data) && !recover (load, depth))
        return FALSE;
      asr_walk_leave (&load->walk, mark);
    }
}

gboolean
_asr_load_member_of (AsrLoad             *load,
                     const char          *name,
                     const AsrLoadMember *members,
                     gpointer             object)
{
  for (const AsrLoadMember *m = members; m->name != NULL; m++)
    {
      PropertyTarget target = { object, m->property };

      if (strcmp (m->name, name) == 0)
        return m->func (load, m->property != NULL ? (gpointer) &target : object);
    }
  return _asr_load_unknown_member (load);
}

gboolean
_asr_load_string (AsrLoad     *load,
                  const char **out)
{
  if (load->token != ASR_JSON_TOKEN_STRING)
    return _asr_load_fail (load, _("expected a string, got %s"),
                           asr_walk_describe_token (load->token));
  *out = asr_json_reader_get_string (load->reader, NULL);
  return TRUE;
}

gboolean
_asr_load_int_range (AsrLoad *load,
                     gint64   min,
                     gint64   max,
                     gint64  *out)
{
  gint64 value;

  if (load->token != ASR_JSON_TOKEN_INT)
    return _asr_load_fail (load,
                           _("expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ", got %s"),
                           min, max, asr_walk_describe_token (load->token));

  value = asr_json_reader_get_int (load->reader);
  if (value < min || value > max)
    return _asr_load_fail (load,
                           _("expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ", got %" G_GINT64_FORMAT),
                           min, max, value);
  *out = value;
  return TRUE;
}

gboolean
_asr_load_string_property (AsrLoad  *load,
                           gpointer  data)
{
  PropertyTarget *target = data;
  const char *value;

  if (!_asr_load_string (load, &value))
    return FALSE;
  g_object_set (target->object, target->property, value, NULL);
  return TRUE;
}

gboolean
_asr_load_date_property (AsrLoad  *load,
                         gpointer  data)
{
  PropertyTarget *target = data;
  const char *value;

  if (!_asr_load_string (load, &value))
    return FALSE;
  /* An empty date means "not known yet". */
  if (*value != '\0' && !asr_date_is_valid (value))
    {
      g_autofree char *shown = asr_text_quote (value);

      return _asr_load_fail (load, _("expected a date as YYYY-MM-DD, got “%s”"), shown);
    }
  g_object_set (target->object, target->property, value, NULL);
  return TRUE;
}

gboolean
_asr_load_boolean_property (AsrLoad  *load,
                            gpointer  data)
{
  PropertyTarget *target = data;

  if (load->token != ASR_JSON_TOKEN_TRUE && load->token != ASR_JSON_TOKEN_FALSE)
    return _asr_load_fail (load, _("expected true or false, got %s"),
                           asr_walk_describe_token (load->token));
  g_object_set (target->object, target->property, load->token == ASR_JSON_TOKEN_TRUE, NULL);
  return TRUE;
}

gboolean
_asr_load_rating_value (AsrLoad   *load,
                        AsrRating *out)
{
  const char *id;

  if (!_asr_load_string (load, &id))
    return FALSE;
  if (!asr_rating_from_id (id, out))
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load,
                             _("expected a rating (outstanding, good, requires-improvement, inadequate), got “%s”"), shown);
    }
  return TRUE;
}

gboolean
_asr_load_rating_property (AsrLoad  *load,
                           gpointer  data)
{
  PropertyTarget *target = data;
  AsrRating rating;

  if (!_asr_load_rating_value (load, &rating))
    return FALSE;
  g_object_set (target->object, target->property, rating, NULL);
  return TRUE;
}
