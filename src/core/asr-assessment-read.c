/* asr-assessment-io.c: reading and writing .assessment files (version 1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading: builds a new assessment and hands it over only when the whole
 * file was valid, so a failed load never touches what is open.
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io.h"
#include "asr-error.h"
#include "asr-json-reader.h"
#include "asr-json-walk.h"
#include "asr-json-writer.h"
#include "asr-assessment-io-private.h"

static gboolean
load_service (AsrWalk  *walk,
              JsonNode *node,
              gpointer  data,
              GError  **error)
{
  static const char * const allowed[] = { "provider", "location", "name", "type", NULL };
  static const char * const properties[] = { "provider", "location", "service-name", "service-type" };
  JsonObject *object;

  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      PropertyTarget target = { data, properties[i] };

      if (!_asr_io_with_member (walk, object, allowed[i], FALSE, _asr_io_string_property, &target, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
assessors_value (AsrWalk  *walk,
                 JsonNode *node,
                 gpointer  data,
                 GError  **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  JsonArray *array;

  if (!asr_walk_array (walk, node, &array, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize mark = asr_walk_enter_index (walk, i);
      const char *name;

      if (!asr_walk_string (walk, json_array_get_element (array, i), &name, error))
        return FALSE;
      g_ptr_array_add (names, (gpointer) name);
      asr_walk_leave (walk, mark);
    }
  g_ptr_array_add (names, NULL);
  asr_assessment_set_assessors (data, (const char * const *) names->pdata);
  return TRUE;
}

static gboolean
status_value (AsrWalk  *walk,
              JsonNode *node,
              gpointer  data,
              GError  **error)
{
  const char *id;
  AsrStatus status;

  if (!asr_walk_string (walk, node, &id, error))
    return FALSE;
  if (!asr_status_from_id (id, &status))
    return asr_walk_fail (walk, error, _("expected “draft” or “final”, got “%.40s”"), id);
  asr_assessment_set_status (data, status);
  return TRUE;
}

static gboolean
load_assessment_meta (AsrWalk  *walk,
                      JsonNode *node,
                      gpointer  data,
                      GError  **error)
{
  static const char * const allowed[] = {
    "date", "assessors", "status", "breach_of_regulation", "advisory_limiters", NULL
  };
  PropertyTarget date = { data, "date" };
  PropertyTarget breach = { data, "breach-of-regulation" };
  PropertyTarget limiters = { data, "advisory-limiters" };
  JsonObject *object;

  return asr_walk_object (walk, node, &object, error) &&
         asr_walk_only_members (walk, object, allowed, error) &&
         _asr_io_with_member (walk, object, "date", FALSE, _asr_io_date_property, &date, error) &&
         _asr_io_with_member (walk, object, "assessors", FALSE, assessors_value, data, error) &&
         _asr_io_with_member (walk, object, "status", FALSE, status_value, data, error) &&
         _asr_io_with_member (walk, object, "breach_of_regulation", FALSE, _asr_io_boolean_property, &breach, error) &&
         _asr_io_with_member (walk, object, "advisory_limiters", FALSE, _asr_io_boolean_property, &limiters, error);
}

static gboolean
load_previous_ratings (AsrWalk  *walk,
                       JsonNode *node,
                       gpointer  data,
                       GError  **error)
{
  AsrAssessment *assessment = data;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!asr_walk_object (walk, node, &object, error))
    return FALSE;
  members = json_object_get_members (object);
  for (const GList *l = members; l; l = l->next)
    {
      const char *id = l->data;
      AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, id);
      PropertyTarget target = { kq ? G_OBJECT (kq) : G_OBJECT (assessment),
                                kq ? "previous-rating" : "previous-overall-rating" };

      if (kq == NULL && strcmp (id, "overall") != 0)
        {
          asr_walk_enter (walk, id);
          return asr_walk_fail (walk, error, _("unknown key question “%.40s”"), id);
        }
      if (!_asr_io_with_member (walk, object, id, TRUE, _asr_io_rating_property, &target, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_previous (AsrWalk  *walk,
               JsonNode *node,
               gpointer  data,
               GError  **error)
{
  static const char * const allowed[] = { "date", "source", "ratings", NULL };
  PropertyTarget date = { data, "previous-date" };
  PropertyTarget source = { data, "previous-source" };
  JsonObject *object;

  return asr_walk_object (walk, node, &object, error) &&
         asr_walk_only_members (walk, object, allowed, error) &&
         _asr_io_with_member (walk, object, "date", FALSE, _asr_io_date_property, &date, error) &&
         _asr_io_with_member (walk, object, "source", FALSE, _asr_io_string_property, &source, error) &&
         _asr_io_with_member (walk, object, "ratings", FALSE, load_previous_ratings, data, error);
}

static gboolean
load_root (AsrAssessment *assessment,
           AsrWalk       *walk,
           JsonObject    *root,
           GError       **error)
{
  static const char * const allowed[] = {
    "format", "version", "framework", "service", "assessment", "previous",
    "key_questions", "results", NULL
  };

  /* "results" is computed on save and ignored on load. */
  return asr_walk_only_members (walk, root, allowed, error) &&
         _asr_io_with_member (walk, root, "service", FALSE, load_service, assessment, error) &&
         _asr_io_with_member (walk, root, "assessment", FALSE, load_assessment_meta, assessment, error) &&
         _asr_io_with_member (walk, root, "previous", FALSE, load_previous, assessment, error) &&
         _asr_io_with_member (walk, root, "key_questions", FALSE, _asr_io_load_key_questions, assessment, error);
}

static gboolean
check_header (AsrWalk      *walk,
              JsonObject   *root,
              AsrFramework **framework,
              GError      **error)
{
  JsonNode *node;
  const char *format, *framework_id;
  gint64 version;
  gsize mark;

  if (!asr_walk_require (walk, root, "format", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "format");
  if (!asr_walk_string (walk, node, &format, error))
    return FALSE;
  if (strcmp (format, ASR_ASSESSMENT_FORMAT) != 0)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: /format: not an Assessor assessment (expected “%s”, got “%.40s”)"),
                   walk->filename, ASR_ASSESSMENT_FORMAT, format);
      return FALSE;
    }
  asr_walk_leave (walk, mark);

  if (!asr_walk_require (walk, root, "version", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "version");
  if (!asr_walk_int_range (walk, node, 1, G_MAXINT32, &version, error))
    return FALSE;
  if (version > ASR_ASSESSMENT_VERSION)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: /version: written by a newer Assessor (file format version %d; this version reads %d)"),
                   walk->filename, (int) version, ASR_ASSESSMENT_VERSION);
      return FALSE;
    }
  asr_walk_leave (walk, mark);

  if (!asr_walk_require (walk, root, "framework", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "framework");
  if (!asr_walk_string (walk, node, &framework_id, error))
    return FALSE;
  *framework = asr_framework_get_builtin (framework_id, NULL);
  if (*framework == NULL)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: /framework: unknown framework “%.40s” (known: %s)"),
                   walk->filename, framework_id, "cqc-saf-2024, cqc-saf-2023");
      return FALSE;
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

AsrAssessment *
asr_assessment_load_from_bytes (GBytes     *bytes,
                                const char *filename,
                                GError    **error)
{
  g_autoptr(JsonNode) root_node = NULL;
  g_autoptr(AsrFramework) framework = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;
  JsonObject *root;
  AsrWalk walk;
  gboolean ok;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  root_node = asr_json_parse (data, size, filename, NULL, error);
  if (root_node == NULL)
    return NULL;

  asr_walk_init (&walk, filename);
  ok = asr_walk_object (&walk, root_node, &root, error) &&
       check_header (&walk, root, &framework, error);
  if (ok)
    {
      assessment = asr_assessment_new (framework);
      ok = load_root (assessment, &walk, root, error);
    }
  asr_walk_clear (&walk);

  return ok ? g_steal_pointer (&assessment) : NULL;
}

AsrAssessment *
asr_assessment_load_from_file (GFile        *file,
                               GCancellable *cancellable,
                               GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  goffset size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  /* Refuse a huge file before reading a byte of it. */
  size = g_file_info_get_size (info);
  if (size > (goffset) ASR_JSON_DEFAULT_MAX_SIZE)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE,
                   _("%s: file is too large (%" G_GOFFSET_FORMAT " bytes; the limit is %" G_GSIZE_FORMAT ")"),
                   name, size, ASR_JSON_DEFAULT_MAX_SIZE);
      return NULL;
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  return asr_assessment_load_from_bytes (bytes, name, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (task_data, cancellable, &error);

  if (assessment == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, assessment, g_object_unref);
}

void
asr_assessment_load_async (GFile              *file,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_assessment_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

AsrAssessment *
asr_assessment_load_finish (GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
