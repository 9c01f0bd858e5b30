/* asr-autosave-scan.c: the autosaves left by processes that ended
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what the user's own Assessor wrote is offered: the directory must
 * be the user's own, and an entry any of whose files is a link, a FIFO or
 * a device, or another user's, is skipped (and left alone).  Its
 * description names the document and its file: one planted by someone
 * else must never be offered under a name of their choosing.  The files
 * are opened relative to the directory's descriptor, without following
 * links, and checked with fstat() on what was opened.
 */
#define G_LOG_DOMAIN "asr-autosave-store"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "asr-autosave-store-private.h"
#include "asr-json-reader.h"
#include "asr-private-dir.h"
#include "asr-read-file.h"

#define SIDECAR_MAX_SIZE  (64 * 1024)   /* a description is a few hundred bytes */

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

static JsonNode *
parse_sidecar (AsrAutosaveEntry *self,
               int               dir_fd)
{
  g_autofree char *name = g_strconcat (self->id, ".json", NULL);
  g_autofree char *path = g_build_filename (self->dir, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;
  gsize length;
  const char *data;
  int fd;

  fd = asr_private_dir_open_file (dir_fd, name, O_RDONLY, 0, &st);
  if (fd < 0)
    return NULL;
  bytes = asr_read_fd_bounded (fd, path, SIDECAR_MAX_SIZE, NULL, NULL);
  close (fd);
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return asr_json_parse (data, length, path, NULL, NULL);
}

/* The description is a convenience: when it is missing or damaged the
 * autosave is still offered, named by what the file itself says. */
static void
read_sidecar (AsrAutosaveEntry *self,
              int               dir_fd)
{
  g_autoptr(JsonNode) root = parse_sidecar (self, dir_fd);
  g_autoptr(GDateTime) changed = NULL;
  JsonObject *object;
  const char *value;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  object = json_node_get_object (root);
  if (g_strcmp0 (string_member (object, "format"), ASR_AUTOSAVE_SIDECAR_FORMAT) != 0)
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

/* Temporary files of writes cut short (".ID.assessment.XXXXXX"). */
static void
remove_leftovers (int         dir_fd,
                  const char *id,
                  GPtrArray  *names)
{
  g_autofree char *prefix = g_strconcat (".", id, ".", NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_str_has_prefix (name, prefix) && asr_private_dir_file_is_own (dir_fd, name))
        unlinkat (dir_fd, name, 0);
    }
}

/* Every file of the entry there is, a regular file of the user's. */
static gboolean
entry_is_own (int         dir_fd,
              const char *id)
{
  for (guint i = 0; i < ASR_AUTOSAVE_N_SUFFIXES; i++)
    {
      g_autofree char *name = g_strconcat (id, _asr_autosave_suffixes[i], NULL);

      if (!asr_private_dir_file_is_own (dir_fd, name))
        {
          g_debug ("Skipping autosave %s: %s is not a file of the user's", id, name);
          return FALSE;
        }
    }
  return TRUE;
}

static AsrAutosaveEntry *
claim_entry (int         dir_fd,
             const char *id,
             GPtrArray  *names)
{
  g_autoptr(AsrAutosaveEntry) self = NULL;
  g_autofree char *name = g_strconcat (id, ".assessment", NULL);
  struct stat st;
  int fd;

  if (!entry_is_own (dir_fd, id))
    return NULL;
  self = g_object_new (ASR_TYPE_AUTOSAVE_ENTRY, NULL);
  self->id = g_strdup (id);
  if (!_asr_autosave_entry_take_lock (self, dir_fd, NULL))
    return NULL;   /* a running Assessor has it open */

  remove_leftovers (dir_fd, id, names);
  fd = asr_private_dir_open_file (dir_fd, name, O_RDONLY, 0, &st);
  if (fd < 0)
    {
      /* A description or lock without an autosave: nothing to offer.
       * (Anything else there appeared since entry_is_own(): left alone.) */
      if (errno == ENOENT)
        asr_autosave_entry_remove (self);
      return NULL;
    }
  close (fd);
  self->changed = (gint64) st.st_mtime * G_USEC_PER_SEC;
  self->exists = TRUE;
  read_sidecar (self, dir_fd);
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
list_names (int          dir_fd,
            const char  *dir,
            GError     **error)
{
  int fd = dup (dir_fd);
  DIR *handle = fd >= 0 ? fdopendir (fd) : NULL;
  GPtrArray *names;
  struct dirent *entry;

  if (handle == NULL)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      asr_private_dir_set_io_error (error, saved_errno, dir);
      return NULL;
    }
  names = g_ptr_array_new_with_free_func (g_free);
  while ((entry = readdir (handle)))
    if (!g_str_equal (entry->d_name, ".") && !g_str_equal (entry->d_name, ".."))
      g_ptr_array_add (names, g_strdup (entry->d_name));
  closedir (handle);
  return names;
}

static void
claim_entries (int        dir_fd,
               GPtrArray *names,
               GPtrArray *entries)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const char *dot = strchr (name, '.');
      g_autofree char *id = dot ? g_strndup (name, (gsize) (dot - name)) : NULL;
      AsrAutosaveEntry *entry;

      /* An entry is ID.assessment, ID.json and ID.lock: any one names it. */
      if (id == NULL || !g_uuid_string_is_valid (id) || g_hash_table_contains (ids, id))
        continue;
      if ((entry = claim_entry (dir_fd, id, names)))
        g_ptr_array_add (entries, entry);
      g_hash_table_add (ids, g_steal_pointer (&id));
    }
}

GPtrArray *
asr_autosave_store_scan (GError **error)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) local_error = NULL;
  int dir_fd;

  dir_fd = asr_private_dir_open (dir, FALSE, &local_error);
  if (dir_fd < 0)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&entries);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  names = list_names (dir_fd, dir, error);
  if (names != NULL)
    claim_entries (dir_fd, names, entries);
  close (dir_fd);
  if (names == NULL)
    return NULL;
  g_ptr_array_sort (entries, compare_newest_first);
  return g_steal_pointer (&entries);
}
