/* asr-safe-file.c: replacing a file so that a crash never tears it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib's g_file_replace_contents() is atomic in the common case, but falls
 * back to truncating the file and writing it in place when it cannot give
 * the temporary file the old one's owner, and it does not sync the
 * directory.  An inspector's notes deserve the careful way every time:
 * temporary file beside the target, fchmod to the old mode, write, fsync,
 * rename, fsync the directory.
 */
#define G_LOG_DOMAIN "asr-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "asr-safe-file.h"

static gboolean
set_error_from_errno (GError    **error,
                      int         saved_errno,
                      const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: the first %s is a file, the second what went wrong */
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int     fd,
           GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  while (size > 0)
    {
      gssize written = write (fd, data, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      size -= (gsize) written;
    }
  return TRUE;
}

/* The directory entry of a rename is only durable once the directory
 * itself is synced. */
static void
sync_directory (const char *path)
{
  g_autofree char *dirname = g_path_get_dirname (path);
  int fd = open (dirname, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  (void) fsync (fd);
  close (fd);
}

/* The old file's mode (and group) go to the new one; a new file is 0600.
 * The new file is created 0600 in any case, so it is never readable by
 * others while it is being written. */
static gboolean
copy_permissions (int         fd,
                  const char *path,
                  int        *saved_errno)
{
  struct stat old;

  if (stat (path, &old) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      *saved_errno = errno;
      return FALSE;
    }
  /* Keeping the group may be refused (not a member): the mode is kept. */
  if (old.st_gid != getegid ())
    (void) fchown (fd, (uid_t) -1, old.st_gid);
  if (fchmod (fd, old.st_mode & 07777) != 0)
    {
      *saved_errno = errno;
      return FALSE;
    }
  return TRUE;
}

static char *
resolve_target (const char *path)
{
  char *real = realpath (path, NULL);
  char *result;

  /* A new file, or a dangling link: write where asked. */
  if (real == NULL)
    return g_strdup (path);
  result = g_strdup (real);
  free (real);
  return result;
}

static gboolean
replace_local (const char    *requested,
               GBytes        *bytes,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *path = resolve_target (requested);
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s/.%s.XXXXXX", dirname, basename);
  int saved_errno = 0;
  int fd;

  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_error_from_errno (error, errno, requested);

  if (!copy_permissions (fd, path, &saved_errno))
    goto fail;
  if (!write_all (fd, bytes) || fsync (fd) != 0)
    {
      saved_errno = errno != 0 ? errno : EIO;
      goto fail;
    }
  if (close (fd) != 0)
    {
      fd = -1;
      saved_errno = errno;
      goto fail;
    }
  fd = -1;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (template);
      return FALSE;
    }
  if (g_rename (template, path) != 0)
    {
      saved_errno = errno;
      goto fail;
    }
  sync_directory (path);
  return TRUE;

fail:
  if (fd >= 0)
    close (fd);
  g_unlink (template);
  return set_error_from_errno (error, saved_errno, requested);
}

gboolean
asr_safe_file_replace (GFile         *file,
                       GBytes        *bytes,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path == NULL)
    return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, cancellable, error);
  return replace_local (path, bytes, cancellable, error);
}

static void
replace_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (asr_safe_file_replace (G_FILE (source_object), task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
asr_safe_file_replace_async (GFile               *file,
                             GBytes              *bytes,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_safe_file_replace_async);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, replace_thread);
}

gboolean
asr_safe_file_replace_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
