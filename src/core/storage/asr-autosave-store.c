/* asr-autosave-store.c: autosaved copies of open documents, on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The assessment is written before its description, each with
 * asr_safe_file_replace(): after a crash at any moment the autosave is a
 * whole file, at worst described by the previous description (or by
 * none, on the very first write: then the file's own time is used).
 */
#define G_LOG_DOMAIN "asr-autosave-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "asr-autosave-store.h"
#include "asr-json-reader.h"
#include "asr-json-writer.h"
#include "asr-read-file.h"
#include "asr-safe-file.h"

#define SIDECAR_FORMAT "assessor-autosave"
/* A description is a few hundred bytes; anything much larger is not one. */
#define SIDECAR_MAX_SIZE ((gsize) 64 * 1024)

struct _AsrAutosaveEntry
{
  GObject  parent_instance;

  char    *id;
  char    *dir;
  GFile   *original;
  char    *display_name;
  char    *service_name;
  gint64   changed;
  int      lock_fd;      /* -1 until the entry holds its lock */
  guint    generation;   /* counts removals: a write that finishes after one is undone */
  gboolean exists;
};

G_DEFINE_FINAL_TYPE (AsrAutosaveEntry, asr_autosave_entry, G_TYPE_OBJECT)

static char *
entry_path (AsrAutosaveEntry *self,
            const char       *suffix)
{
  g_autofree char *name = g_strconcat (self->id, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

static void
release_lock (AsrAutosaveEntry *self)
{
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  self->lock_fd = -1;
}

static void
asr_autosave_entry_finalize (GObject *object)
{
  AsrAutosaveEntry *self = ASR_AUTOSAVE_ENTRY (object);

  /* The files stay: only remove() says the document is safe elsewhere. */
  release_lock (self);
  g_free (self->id);
  g_free (self->dir);
  g_clear_object (&self->original);
  g_free (self->display_name);
  g_free (self->service_name);

  G_OBJECT_CLASS (asr_autosave_entry_parent_class)->finalize (object);
}

static void
asr_autosave_entry_class_init (AsrAutosaveEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = asr_autosave_entry_finalize;
}

static void
asr_autosave_entry_init (AsrAutosaveEntry *self)
{
  self->lock_fd = -1;
  self->dir = asr_autosave_store_dup_dir ();
  self->display_name = g_strdup ("");
  self->service_name = g_strdup ("");
}

char *
asr_autosave_store_dup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "assessor", "autosave", NULL);
}

/* Private to the user: the directory is 0700 even if it existed before. */
static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", display, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* TRUE with the lock held, FALSE if another process holds it (or the
 * lock file cannot be opened; @error says which). */
static gboolean
take_lock (AsrAutosaveEntry  *self,
           GError           **error)
{
  g_autofree char *path = entry_path (self, ".lock");
  int fd;

  if (self->lock_fd >= 0)
    return TRUE;
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 || flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", display, g_strerror (saved_errno));
      return FALSE;
    }
  self->lock_fd = fd;
  return TRUE;
}

AsrAutosaveEntry *
asr_autosave_entry_new (void)
{
  AsrAutosaveEntry *self = g_object_new (ASR_TYPE_AUTOSAVE_ENTRY, NULL);

  self->id = g_uuid_string_random ();
  return self;
}

const char *
asr_autosave_entry_get_id (AsrAutosaveEntry *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), NULL);
  return self->id;
}

GFile *
asr_autosave_entry_get_file (AsrAutosaveEntry *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), NULL);
  path = entry_path (self, ".assessment");
  return g_file_new_for_path (path);
}

GFile *
asr_autosave_entry_get_original (AsrAutosaveEntry *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), NULL);
  return self->original;
}

const char *
asr_autosave_entry_get_display_name (AsrAutosaveEntry *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), NULL);
  return self->display_name;
}

const char *
asr_autosave_entry_get_service_name (AsrAutosaveEntry *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), NULL);
  return self->service_name;
}

gint64
asr_autosave_entry_get_changed (AsrAutosaveEntry *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), 0);
  return self->changed;
}

gboolean
asr_autosave_entry_get_exists (AsrAutosaveEntry *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (self), FALSE);
  return self->exists;
}

void
asr_autosave_entry_set_document (AsrAutosaveEntry *self,
                                 GFile            *original,
                                 const char       *display_name,
                                 const char       *service_name,
                                 gint64            changed)
{
  g_return_if_fail (ASR_IS_AUTOSAVE_ENTRY (self));
  g_return_if_fail (!original || G_IS_FILE (original));

  g_set_object (&self->original, original);
  g_free (self->display_name);
  self->display_name = g_strdup (display_name ? display_name : "");
  g_free (self->service_name);
  self->service_name = g_strdup (service_name ? service_name : "");
  self->changed = changed;
}

static GBytes *
serialize_sidecar (AsrAutosaveEntry *self)
{
  g_autoptr(GDateTime) changed = g_date_time_new_from_unix_utc (self->changed / G_USEC_PER_SEC);
  g_autofree char *when = changed ? g_date_time_format_iso8601 (changed) : NULL;
  g_autofree char *uri = self->original ? g_file_get_uri (self->original) : NULL;
  GString *out = g_string_new (NULL);
  AsrJsonWriter w;

  asr_json_writer_init (&w, out);
  asr_json_writer_begin_object (&w);
  asr_json_writer_key (&w, "format");
  asr_json_writer_string (&w, SIDECAR_FORMAT);
  asr_json_writer_key (&w, "version");
  asr_json_writer_int (&w, 1);
  asr_json_writer_key (&w, "original");
  asr_json_writer_string (&w, uri);
  asr_json_writer_key (&w, "display_name");
  asr_json_writer_string (&w, self->display_name);
  asr_json_writer_key (&w, "service_name");
  asr_json_writer_string (&w, self->service_name);
  asr_json_writer_key (&w, "changed");
  asr_json_writer_string (&w, when);
  asr_json_writer_end_object (&w);
  asr_json_writer_finish (&w);
  return g_string_free_to_bytes (out);
}

typedef struct
{
  GFile  *assessment_file;
  GBytes *assessment;
  GFile  *sidecar_file;
  GBytes *sidecar;
  guint   generation;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->assessment_file);
  g_clear_pointer (&data->assessment, g_bytes_unref);
  g_clear_object (&data->sidecar_file);
  g_clear_pointer (&data->sidecar, g_bytes_unref);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (asr_safe_file_replace (data->assessment_file, data->assessment, cancellable, &error) &&
      asr_safe_file_replace (data->sidecar_file, data->sidecar, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
asr_autosave_entry_write_async (AsrAutosaveEntry    *self,
                                GBytes              *assessment,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *sidecar_path = NULL;
  GError *error = NULL;
  WriteData *data;

  g_return_if_fail (ASR_IS_AUTOSAVE_ENTRY (self));
  g_return_if_fail (assessment != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_autosave_entry_write_async);
  if (!ensure_dir (self->dir, &error) || !take_lock (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  sidecar_path = entry_path (self, ".json");
  data = g_new0 (WriteData, 1);
  data->assessment_file = asr_autosave_entry_get_file (self);
  data->assessment = g_bytes_ref (assessment);
  data->sidecar_file = g_file_new_for_path (sidecar_path);
  data->sidecar = serialize_sidecar (self);
  data->generation = self->generation;
  self->exists = TRUE;
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
asr_autosave_entry_write_finish (AsrAutosaveEntry  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  WriteData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  /* Removed while the write was under way: the write is undone. */
  data = g_task_get_task_data (G_TASK (result));
  if (data != NULL && data->generation != self->generation && !self->exists)
    asr_autosave_entry_remove (self);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
unlink_entry_files (const char *dir,
                    const char *id)
{
  static const char * const suffixes[] = { ".assessment", ".json", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (id, suffixes[i], NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
}

void
asr_autosave_entry_remove (AsrAutosaveEntry *self)
{
  g_return_if_fail (ASR_IS_AUTOSAVE_ENTRY (self));

  self->generation++;
  self->exists = FALSE;
  /* Unlinked while still locked, so that no scan can take a half-removed
   * entry for an abandoned one. */
  unlink_entry_files (self->dir, self->id);
  release_lock (self);
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The description is a convenience: when it is missing or damaged the
 * autosave is still offered, named by what the file itself says. */
static void
read_sidecar (AsrAutosaveEntry *self)
{
  g_autofree char *path = entry_path (self, ".json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) changed = NULL;
  JsonObject *object;
  const char *value;
  const char *contents;
  gsize length;

  bytes = asr_read_file_bounded (file, SIDECAR_MAX_SIZE, NULL, NULL);
  if (bytes == NULL)
    return;
  contents = g_bytes_get_data (bytes, &length);
  root = asr_json_parse (contents ? contents : "", length, path, NULL, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  object = json_node_get_object (root);
  if (g_strcmp0 (string_member (object, "format"), SIDECAR_FORMAT) != 0)
    return;
  if ((value = string_member (object, "original")) && g_str_has_prefix (value, "file:"))
    self->original = g_file_new_for_uri (value);
  if ((value = string_member (object, "display_name")))
    replace_string (&self->display_name, value);
  if ((value = string_member (object, "service_name")))
    replace_string (&self->service_name, value);
  if ((value = string_member (object, "changed")) &&
      (changed = g_date_time_new_from_iso8601 (value, NULL)))
    self->changed = g_date_time_to_unix (changed) * G_USEC_PER_SEC;
}

static gboolean
is_entry_id (const char *id)
{
  return g_uuid_string_is_valid (id);
}

/* Temporary files of writes cut short (".ID.assessment.XXXXXX"). */
static void
remove_leftovers (const char *dir,
                  const char *id,
                  GPtrArray  *names)
{
  g_autofree char *prefix = g_strconcat (".", id, ".", NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_str_has_prefix (name, prefix))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_unlink (path);
        }
    }
}

static AsrAutosaveEntry *
claim_entry (const char *dir,
             const char *id,
             GPtrArray  *names)
{
  g_autoptr(AsrAutosaveEntry) self = g_object_new (ASR_TYPE_AUTOSAVE_ENTRY, NULL);
  g_autofree char *path = NULL;
  GStatBuf st;

  self->id = g_strdup (id);
  if (!take_lock (self, NULL))
    return NULL;   /* a running Assessor has it open */

  remove_leftovers (dir, id, names);
  path = entry_path (self, ".assessment");
  if (g_stat (path, &st) != 0)
    {
      /* A description or lock without an autosave: nothing to offer. */
      asr_autosave_entry_remove (self);
      return NULL;
    }
  self->changed = (gint64) st.st_mtime * G_USEC_PER_SEC;
  self->exists = TRUE;
  read_sidecar (self);
  return g_steal_pointer (&self);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  AsrAutosaveEntry *ea = *(AsrAutosaveEntry * const *) a;
  AsrAutosaveEntry *eb = *(AsrAutosaveEntry * const *) b;

  return (ea->changed < eb->changed) - (ea->changed > eb->changed);
}

static GPtrArray *
list_names (const char  *dir,
            GError     **error)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, error);
  GPtrArray *names;
  const char *name;

  if (handle == NULL)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (handle)))
    g_ptr_array_add (names, g_strdup (name));
  return names;
}

GPtrArray *
asr_autosave_store_scan (GError **error)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) ids = NULL;

  if (!(names = list_names (dir, &local_error)))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&entries);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const char *dot = strchr (name, '.');
      g_autofree char *id = dot ? g_strndup (name, (gsize) (dot - name)) : NULL;
      AsrAutosaveEntry *entry;

      /* An entry is ID.assessment, ID.json and ID.lock: any one names it. */
      if (id == NULL || !is_entry_id (id) || g_hash_table_contains (ids, id))
        continue;
      if ((entry = claim_entry (dir, id, names)))
        g_ptr_array_add (entries, entry);
      g_hash_table_add (ids, g_steal_pointer (&id));
    }
  g_ptr_array_sort (entries, compare_newest_first);
  return g_steal_pointer (&entries);
}
