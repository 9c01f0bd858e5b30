/* asr-assessment-read.c: reading .assessment files (version 1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes over the bytes, both streaming.  The first reads the root
 * object only as far as "format", "version" and "framework" (the first
 * three members of any file we write, so it stops at once); the second
 * builds a new assessment of that framework from the tokens, with no
 * JsonNode tree in between.  The assessment is handed over only when the
 * whole file was valid, so a failed load never touches what is open.
 *
 * Which error is reported: a syntax error anywhere in the file first
 * (after any other error the rest of the file is still tokenized), then a
 * wrong header, then the first error in the order of the file.  Invalid
 * values are all collected (asr_assessment_load_with_problems()): each is
 * listed and left out, and the valid rest loads.
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io.h"
#include "asr-error.h"
#include "asr-assessment-io-private.h"
#include "asr-text.h"
#include "asr-framework-registry.h"
#include "asr-read-file.h"

/* The first three are required; "framework_version" (the framework's
 * edition) only names a framework that is not installed. */
enum { HEADER_FORMAT, HEADER_VERSION, HEADER_FRAMEWORK, HEADER_FRAMEWORK_VERSION, N_HEADER };
#define N_HEADER_REQUIRED HEADER_FRAMEWORK_VERSION

static const char * const header_names[N_HEADER] = {
  "format", "version", "framework", "framework_version"
};

/* The header members as found: their first token (ERROR when absent),
 * and their value when it is a scalar. */
typedef struct
{
  AsrJsonToken token[N_HEADER];
  char        *string[N_HEADER];
  gint64       version;
} Header;

static gboolean
skip_value (AsrLoad  *load,
            gpointer  data)
{
  return _asr_load_skip (load);
}

/* A string whose value only messages use ("framework_version"). */
static gboolean
string_value (AsrLoad  *load,
              gpointer  data)
{
  const char *value;

  return _asr_load_string (load, &value);
}

static gboolean
assessors_value (AsrLoad  *load,
                 gpointer  data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (load->token != ASR_JSON_TOKEN_BEGIN_ARRAY)
    return _asr_load_fail (load, _("expected an array, got %s"),
                           asr_walk_describe_token (load->token));
  for (guint i = 0; _asr_load_next (load); i++)
    {
      gsize mark;
      const char *name;

      if (load->token == ASR_JSON_TOKEN_END_ARRAY)
        {
          g_ptr_array_add (names, NULL);
          asr_assessment_set_assessors (data, (const char * const *) names->pdata);
          return TRUE;
        }
      mark = asr_walk_enter_index (&load->walk, i);
      if (!_asr_load_string (load, &name))
        return FALSE;
      g_ptr_array_add (names, g_strdup (name));
      asr_walk_leave (&load->walk, mark);
    }
  return FALSE;
}

static gboolean
status_value (AsrLoad  *load,
              gpointer  data)
{
  const char *id;
  AsrStatus status;

  if (!_asr_load_string (load, &id))
    return FALSE;
  if (!asr_status_from_id (id, &status))
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load, _("expected “draft” or “final”, got “%s”"), shown);
    }
  asr_assessment_set_status (data, status);
  return TRUE;
}

static gboolean
level_value (AsrLoad  *load,
             gpointer  data)
{
  const char *id;
  AsrLevel level;

  if (!_asr_load_string (load, &id))
    return FALSE;
  if (!asr_level_from_id (id, &level))
    return _asr_load_fail (load, _("expected “service” or “provider”, got “%.40s”"), id);
  asr_assessment_set_level (data, level);
  return TRUE;
}

static gboolean
service_member (AsrLoad    *load,
                const char *name,
                gpointer    data)
{
  static const AsrLoadMember members[] = {
    { "provider", _asr_load_string_property, "provider" },
    { "location", _asr_load_string_property, "location" },
    { "name", _asr_load_string_property, "service-name" },
    { "type", _asr_load_string_property, "service-type" },
    { "location_id", _asr_load_string_property, "location-id" },
    { "core_service", _asr_load_string_property, "core-service" },
    { "level", level_value, NULL },
    { NULL }
  };

  return _asr_load_member_of (load, name, members, data);
}

static gboolean
meta_member (AsrLoad    *load,
             const char *name,
             gpointer    data)
{
  static const AsrLoadMember members[] = {
    { "date", _asr_load_date_property, "date" },
    { "assessors", assessors_value, NULL },
    { "status", status_value, NULL },
    { "breach_of_regulation", _asr_load_boolean_property, "breach-of-regulation" },
    { "advisory_limiters", _asr_load_boolean_property, "advisory-limiters" },
    { "focused", _asr_load_boolean_property, "focused" },
    { NULL }
  };

  return _asr_load_member_of (load, name, members, data);
}

static gboolean
rating_member (AsrLoad    *load,
               const char *id,
               gpointer    data)
{
  AsrAssessment *assessment = data;
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, id);
  PropertyTarget target = { kq ? G_OBJECT (kq) : G_OBJECT (assessment),
                            kq ? "previous-rating" : "previous-overall-rating" };

  if (kq == NULL && strcmp (id, "overall") != 0)
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load, _("unknown key question “%s”"), shown);
    }
  return _asr_load_rating_property (load, &target);
}

/* previous.dates: a key question's own date ("overall" has previous.date). */
static gboolean
date_member (AsrLoad    *load,
             const char *id,
             gpointer    data)
{
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (data, id);
  PropertyTarget target = { G_OBJECT (kq), "previous-date" };

  if (kq == NULL)
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load, _("unknown key question “%s”"), shown);
    }
  return _asr_load_date_property (load, &target);
}

static gboolean
previous_dates (AsrLoad  *load,
                gpointer  data)
{
  return _asr_load_members (load, date_member, data);
}

static gboolean
previous_ratings (AsrLoad  *load,
                  gpointer  data)
{
  return _asr_load_members (load, rating_member, data);
}

static gboolean
previous_member (AsrLoad    *load,
                 const char *name,
                 gpointer    data)
{
  static const AsrLoadMember members[] = {
    { "date", _asr_load_date_property, "previous-date" },
    { "source", _asr_load_string_property, "previous-source" },
    { "ratings", previous_ratings, NULL },
    { "dates", previous_dates, NULL },
    { NULL }
  };

  return _asr_load_member_of (load, name, members, data);
}

static gboolean
load_service (AsrLoad  *load,
              gpointer  data)
{
  return _asr_load_members (load, service_member, data);
}

static gboolean
load_meta (AsrLoad  *load,
           gpointer  data)
{
  return _asr_load_members (load, meta_member, data);
}

static gboolean
load_previous (AsrLoad  *load,
               gpointer  data)
{
  return _asr_load_members (load, previous_member, data);
}

static gboolean
root_member (AsrLoad    *load,
             const char *name,
             gpointer    data)
{
  /* The header was checked by the first pass; "results" is computed on
   * save and ignored on load. */
  static const AsrLoadMember members[] = {
    { "format", skip_value, NULL },
    { "version", skip_value, NULL },
    { "framework", skip_value, NULL },
    { "framework_version", string_value, NULL },
    { "results", skip_value, NULL },
    { "service", load_service, NULL },
    { "assessment", load_meta, NULL },
    { "previous", load_previous, NULL },
    { "key_questions", _asr_load_key_questions, NULL },
    { "conflicts", _asr_load_conflicts, NULL },
    { NULL }
  };

  return _asr_load_member_of (load, name, members, data);
}

/* First pass: the header members, wherever they are in the root object.
 * Stops as soon as the required ones were seen, or with @to_end at the
 * end of the root object. */
static gboolean
scan_header (AsrLoad  *load,
             Header   *header,
             gboolean  to_end)
{
  guint found = 0;

  while ((to_end || found < N_HEADER_REQUIRED) && _asr_load_next (load) &&
         load->token != ASR_JSON_TOKEN_END_OBJECT)
    {
      const char *name = asr_json_reader_get_string (load->reader, NULL);
      int i = N_HEADER - 1;

      while (i >= 0 && strcmp (name, header_names[i]) != 0)
        i--;
      if (!_asr_load_next (load))
        return FALSE;
      if (i >= 0)
        {
          found += i < N_HEADER_REQUIRED;
          header->token[i] = load->token;
          if (load->token == ASR_JSON_TOKEN_STRING)
            header->string[i] = g_strdup (asr_json_reader_get_string (load->reader, NULL));
          else if (load->token == ASR_JSON_TOKEN_INT)
            header->version = asr_json_reader_get_int (load->reader);
        }
      if (!_asr_load_skip (load))
        return FALSE;
    }
  return load->token != ASR_JSON_TOKEN_ERROR;
}

/* Member @i of the header as a string, entering its path. */
static gboolean
header_string (AsrLoad      *load,
               const Header *header,
               guint         i)
{
  if (header->token[i] == ASR_JSON_TOKEN_ERROR)
    return _asr_load_fail (load, _("missing member “%s”"), header_names[i]);
  asr_walk_enter (&load->walk, header_names[i]);
  if (header->token[i] != ASR_JSON_TOKEN_STRING)
    return _asr_load_fail (load, _("expected a string, got %s"),
                           asr_walk_describe_token (header->token[i]));
  return TRUE;
}

static gboolean
check_version (AsrLoad      *load,
               const Header *header)
{
  if (header->token[HEADER_VERSION] == ASR_JSON_TOKEN_ERROR)
    return _asr_load_fail (load, _("missing member “%s”"), "version");
  asr_walk_enter (&load->walk, "version");
  if (header->token[HEADER_VERSION] != ASR_JSON_TOKEN_INT)
    return _asr_load_fail (load,
                           _("expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ", got %s"),
                           (gint64) 1, (gint64) G_MAXINT32,
                           asr_walk_describe_token (header->token[HEADER_VERSION]));
  if (header->version < 1 || header->version > G_MAXINT32)
    return _asr_load_fail (load,
                           _("expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ", got %" G_GINT64_FORMAT),
                           (gint64) 1, (gint64) G_MAXINT32, header->version);
  if (header->version > ASR_ASSESSMENT_VERSION)
    {
      g_set_error (&load->error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: /version: written by a newer Assessor (file format version %d; this version reads %d)"),
                   load->walk.filename, (int) header->version, ASR_ASSESSMENT_VERSION);
      return FALSE;
    }
  asr_walk_leave (&load->walk, 0);
  return TRUE;
}

/* Names the framework and, when the file gives it, its edition: the
 * rest of the root object is scanned for "framework_version" first.  The
 * file is not changed: the user can install the framework and open it. */
static gboolean
fail_framework_missing (AsrLoad *load,
                        Header  *header)
{
  AsrFrameworkRegistry *registry = asr_framework_registry_get_default ();
  g_autofree char *id = asr_text_quote (header->string[HEADER_FRAMEWORK]);
  g_autofree char *installed = asr_framework_registry_dup_ids (registry);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "assessor", "frameworks", NULL);
  g_autofree char *edition = NULL;
  g_autofree char *framework = NULL;

  if (header->token[HEADER_FRAMEWORK_VERSION] == ASR_JSON_TOKEN_ERROR)
    scan_header (load, header, TRUE);
  if (header->string[HEADER_FRAMEWORK_VERSION] != NULL)
    edition = asr_text_quote (header->string[HEADER_FRAMEWORK_VERSION]);
  /* Translators: a framework id and, when the file gives it, its version. */
  framework = edition != NULL ? g_strdup_printf (_("“%s”, version “%s”"), id, edition)
                              : g_strdup_printf (_("“%s”"), id);
  g_set_error (&load->error, ASR_ERROR, ASR_ERROR_FRAMEWORK_MISSING,
               _("%s: /framework: this assessment uses the framework %s, which is not installed (installed: %s). The file is unchanged: put the framework’s file in %s and open it again."),
               load->walk.filename, framework, installed, folder);
  return FALSE;
}

/* In the order the tree-based reader checked them: format, version,
 * framework. */
static gboolean
check_header (AsrLoad       *load,
              Header        *header,
              AsrFramework **framework)
{
  const char *format = header->string[HEADER_FORMAT];
  const char *framework_id = header->string[HEADER_FRAMEWORK];

  if (!header_string (load, header, HEADER_FORMAT))
    return FALSE;
  if (strcmp (format, ASR_ASSESSMENT_FORMAT) != 0)
    {
      g_autofree char *shown = asr_text_quote (format);

      g_set_error (&load->error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: /format: not an Assessor assessment (expected “%s”, got “%s”)"),
                   load->walk.filename, ASR_ASSESSMENT_FORMAT, shown);
      return FALSE;
    }
  asr_walk_leave (&load->walk, 0);

  if (!check_version (load, header) ||
      !header_string (load, header, HEADER_FRAMEWORK))
    return FALSE;
  *framework = asr_framework_registry_lookup (framework_id, NULL);
  if (*framework == NULL)
    return fail_framework_missing (load, header);
  return TRUE;
}

static gboolean
read_header (GBytes        *bytes,
             const char    *filename,
             AsrFramework **framework,
             GError       **error)
{
  AsrLoad load = { 0 };
  Header header = { 0 };
  gboolean ok;

  ok = _asr_load_start (&load, bytes, filename) &&
       scan_header (&load, &header, FALSE) &&
       check_header (&load, &header, framework);
  for (guint i = 0; i < N_HEADER; i++)
    g_free (header.string[i]);
  return _asr_load_end (&load, ok, error);
}

/* Reads the whole file, listing every invalid value in @problems; NULL
 * only for what stops a load (syntax, size, header). */
static AsrAssessment *
load_collecting (GBytes      *bytes,
                 const char  *filename,
                 GPtrArray   *problems,
                 GError     **error)
{
  g_autoptr(AsrFramework) framework = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;
  AsrLoad load = { .problems = problems };
  gboolean ok;

  if (!read_header (bytes, filename, &framework, error))
    return NULL;

  assessment = asr_assessment_new (framework);
  ok = _asr_load_start (&load, bytes, filename) &&
       _asr_load_members (&load, root_member, assessment) &&
       _asr_load_next (&load);
  if (load.n_unlisted > 0)
    g_ptr_array_add (problems,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u more problem not listed",
                                                   "%s: %u more problems not listed", load.n_unlisted),
                                      filename, load.n_unlisted));
  if (!_asr_load_end (&load, ok, error))
    return NULL;
  return g_steal_pointer (&assessment);
}

AsrAssessment *
asr_assessment_load_from_bytes (GBytes     *bytes,
                                const char *filename,
                                GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  assessment = asr_assessment_load_with_problems (bytes, filename, &problems, error);
  if (assessment != NULL && problems->len > 0)
    {
      /* The first problem in the order of the file, as before. */
      g_set_error_literal (error, ASR_ERROR, ASR_ERROR_INVALID, g_ptr_array_index (problems, 0));
      return NULL;
    }
  return g_steal_pointer (&assessment);
}

AsrAssessment *
asr_assessment_load_with_problems (GBytes      *bytes,
                                   const char  *filename,
                                   GPtrArray  **problems,
                                   GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  AsrAssessment *assessment;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (problems != NULL && *problems == NULL, NULL);

  assessment = load_collecting (bytes, filename, found, error);
  if (assessment != NULL)
    *problems = g_steal_pointer (&found);
  return assessment;
}

static GBytes *
read_bounded (GFile         *file,
              GCancellable  *cancellable,
              char         **name,
              GError       **error)
{
  /* Refuses a huge file, a device or a FIFO before reading a byte. */
  GBytes *bytes = asr_read_file_bounded (file, ASR_JSON_DEFAULT_MAX_SIZE, cancellable, error);

  if (bytes != NULL)
    *name = g_file_get_parse_name (file);
  return bytes;
}

AsrAssessment *
asr_assessment_load_from_file (GFile        *file,
                               GCancellable *cancellable,
                               GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = read_bounded (file, cancellable, &name, error);
  if (bytes == NULL)
    return NULL;
  return asr_assessment_load_from_bytes (bytes, name, error);
}

AsrAssessment *
asr_assessment_load_file_with_problems (GFile         *file,
                                        GCancellable  *cancellable,
                                        GPtrArray    **problems,
                                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = read_bounded (file, cancellable, &name, error);
  if (bytes == NULL)
    return NULL;
  return asr_assessment_load_with_problems (bytes, name, problems, error);
}

typedef struct
{
  AsrAssessment *assessment;
  GPtrArray     *problems;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->assessment);
  g_clear_pointer (&loaded->problems, g_ptr_array_unref);
  g_free (loaded);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->assessment = asr_assessment_load_file_with_problems (task_data, cancellable,
                                                               &loaded->problems, &error);
  if (loaded->assessment == NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
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
asr_assessment_load_with_problems_finish (GAsyncResult  *result,
                                          GPtrArray    **problems,
                                          GError       **error)
{
  Loaded *loaded;
  AsrAssessment *assessment;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (problems != NULL && *problems == NULL, NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;
  assessment = g_steal_pointer (&loaded->assessment);
  *problems = g_steal_pointer (&loaded->problems);
  loaded_free (loaded);
  return assessment;
}

AsrAssessment *
asr_assessment_load_finish (GAsyncResult *result,
                            GError      **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_with_problems_finish (result, &problems, error);

  if (assessment != NULL && problems->len > 0)
    {
      g_set_error_literal (error, ASR_ERROR, ASR_ERROR_INVALID, g_ptr_array_index (problems, 0));
      return NULL;
    }
  return g_steal_pointer (&assessment);
}
