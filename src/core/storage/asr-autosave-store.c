/* asr-autosave-store.c: autosaved copies of open documents, on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The assessment is written before its description, each with
 * asr_safe_file_replace(): after a crash at any moment the autosave is a
 * whole file, at worst described by the previous description (or by
 * none, on the very first write: then the file's own time is used).
 *
 * The directory is used only if it is the user's own (asr-private-dir.h):
 * a link or a directory another user could plant files in refuses every
 * write with ASR_PRIVATE_DIR_ERROR_UNTRUSTED, and nothing is removed
 * from it.
 */
#define G_LOG_DOMAIN "asr-autosave-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "asr-autosave-store-private.h"
#include "asr-json-writer.h"
#include "asr-private-dir.h"
#include "asr-safe-file.h"

const char * const _asr_autosave_suffixes[ASR_AUTOSAVE_N_SUFFIXES] = {
  ".assessment", ".json", ".lock"
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

gboolean
_asr_autosave_entry_take_lock (AsrAutosaveEntry  *self,
                               int                dir_fd,
                               GError           **error)
{
  g_autofree char *name = g_strconcat (self->id, ".lock", NULL);
  int fd;

  if (self->lock_fd >= 0)
    return TRUE;
  fd = asr_private_dir_open_file (dir_fd, name, O_RDWR | O_CREAT, 0600, NULL);
  if (fd < 0 || flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;
      g_autofree char *path = entry_path (self, ".lock");

      if (fd >= 0)
        close (fd);
      asr_private_dir_set_io_error (error, saved_errno, path);
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
  asr_json_writer_string (&w, ASR_AUTOSAVE_SIDECAR_FORMAT);
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
  gboolean locked;
  int dir_fd;

  g_return_if_fail (ASR_IS_AUTOSAVE_ENTRY (self));
  g_return_if_fail (assessment != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_autosave_entry_write_async);
  dir_fd = asr_private_dir_open (self->dir, TRUE, &error);
  locked = dir_fd >= 0 && _asr_autosave_entry_take_lock (self, dir_fd, &error);
  if (dir_fd >= 0)
    close (dir_fd);
  if (!locked)
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

/* Nothing is removed from a directory that is not the user's own. */
static void
unlink_entry_files (const char *dir,
                    const char *id)
{
  int dir_fd = asr_private_dir_open (dir, FALSE, NULL);

  if (dir_fd < 0)
    return;
  for (guint i = 0; i < ASR_AUTOSAVE_N_SUFFIXES; i++)
    {
      g_autofree char *name = g_strconcat (id, _asr_autosave_suffixes[i], NULL);

      unlinkat (dir_fd, name, 0);
    }
  close (dir_fd);
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

