/* asr-assessment-io-walk.c: typed members read straight into the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"

/* Runs @func on member @name of @object, if present, under its path. */
gboolean
_asr_io_with_member (AsrWalk     *walk,
                     JsonObject  *object,
                     const char  *name,
                     gboolean     required,
                     MemberFunc   func,
                     gpointer     target,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  gboolean ok;
  gsize mark;

  if (node == NULL)
    return required ? asr_walk_fail (walk, error, _("missing member “%s”"), name) : TRUE;
  mark = asr_walk_enter (walk, name);
  ok = func (walk, node, target, error);
  asr_walk_leave (walk, mark);
  return ok;
}

gboolean
_asr_io_string_property (AsrWalk   *walk,
                         JsonNode  *node,
                         gpointer   data,
                         GError   **error)
{
  PropertyTarget *target = data;
  const char *value;

  if (!asr_walk_string (walk, node, &value, error))
    return FALSE;
  g_object_set (target->object, target->property, value, NULL);
  return TRUE;
}

gboolean
_asr_io_date_property (AsrWalk   *walk,
                       JsonNode  *node,
                       gpointer   data,
                       GError   **error)
{
  PropertyTarget *target = data;
  const char *value;

  if (!asr_walk_string (walk, node, &value, error))
    return FALSE;
  /* An empty date means "not known yet". */
  if (*value != '\0' && !asr_walk_date (walk, node, &value, error))
    return FALSE;
  g_object_set (target->object, target->property, value, NULL);
  return TRUE;
}

gboolean
_asr_io_boolean_property (AsrWalk   *walk,
                          JsonNode  *node,
                          gpointer   data,
                          GError   **error)
{
  PropertyTarget *target = data;
  gboolean value;

  if (!asr_walk_boolean (walk, node, &value, error))
    return FALSE;
  g_object_set (target->object, target->property, value, NULL);
  return TRUE;
}

gboolean
_asr_io_rating_value (AsrWalk    *walk,
                      JsonNode   *node,
                      AsrRating  *out,
                      GError    **error)
{
  const char *id;

  if (!asr_walk_string (walk, node, &id, error))
    return FALSE;
  if (!asr_rating_from_id (id, out))
    return asr_walk_fail (walk, error,
                          _("expected a rating (outstanding, good, requires-improvement, inadequate), got “%.40s”"), id);
  return TRUE;
}

gboolean
_asr_io_rating_property (AsrWalk   *walk,
                         JsonNode  *node,
                         gpointer   data,
                         GError   **error)
{
  PropertyTarget *target = data;
  AsrRating rating;

  if (!_asr_io_rating_value (walk, node, &rating, error))
    return FALSE;
  g_object_set (target->object, target->property, rating, NULL);
  return TRUE;
}
