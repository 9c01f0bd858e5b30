/* asr-assessment-framework.c: the same draft under another framework
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework's quality statements (or items) are its own, so a draft can
 * change framework only while none is started: what it carries then (the
 * service, the assessment's details, the previous ratings) is the same
 * in every framework.  It goes through the file format, so the new
 * assessment is exactly what saving and reopening it would give.
 */
#define G_LOG_DOMAIN "asr-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "asr-assessment-io.h"
#include "asr-error.h"

static JsonNode *
parse_own (AsrAssessment *self)
{
  g_autoptr(GBytes) bytes = asr_assessment_serialize (self);
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* Our own output: well-formed by construction. */
  if (!json_parser_load_from_data (parser, data, size, NULL))
    g_assert_not_reached ();
  return json_node_copy (json_parser_get_root (parser));
}

static gboolean
any_statement_started (JsonObject *root)
{
  JsonObject *key_questions;
  g_autoptr(GList) members = NULL;

  if (!json_object_has_member (root, "key_questions"))
    return FALSE;
  key_questions = json_object_get_object_member (root, "key_questions");
  members = json_object_get_members (key_questions);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *kq = json_object_get_object_member (key_questions, l->data);

      if (json_object_has_member (kq, "statements") &&
          json_object_get_size (json_object_get_object_member (kq, "statements")) > 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
asr_assessment_can_change_framework (AsrAssessment *self)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);

  root = parse_own (self);
  return !any_statement_started (json_node_get_object (root));
}

AsrAssessment *
asr_assessment_with_framework (AsrAssessment *self,
                               AsrFramework  *framework,
                               GError       **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *object;
  char *text;
  gsize length;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (ASR_IS_FRAMEWORK (framework), NULL);

  root = parse_own (self);
  object = json_node_get_object (root);
  if (any_statement_started (object))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_RULE,
                   _("The framework can only change while no quality statement is started"));
      return NULL;
    }
  json_object_set_string_member (object, "framework", asr_framework_get_id (framework));
  json_object_remove_member (object, "framework_version");
  json_object_remove_member (object, "results");
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (text, length);
  return asr_assessment_load_from_bytes (bytes, asr_framework_get_name (framework), error);
}
