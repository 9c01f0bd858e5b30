/* asr-safe-file.c: replacing a file so that a crash never tears it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib's g_file_replace_contents() is atomic in the common case, but falls
 * back to truncating the file and writing it in place when it cannot give
 * the temporary file the old one's owner, it does not sync the directory,
 * and with G_FILE_CREATE_REPLACE_DESTINATION it drops the old mode and
 * replaces a symbolic link by a file.  An inspector's notes deserve the
 * careful way every time: temporary file beside the target, fchmod to the
 * old mode, write, fsync, rename, fsync the directory.
 */
#define G_LOG_DOMAIN "asr-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "asr-safe-file.h"
#include "asr-safe-file-private.h"

/* Links followed before giving up, as the kernel does (ELOOP). */
#define MAX_LINKS 40

struct _AsrSafeFileWriter
{
  GFile      *file;
  char       *display;    /* the file as asked for, for errors */
  char       *path;       /* the target, links followed; NULL if not local */
  char       *tmp_path;   /* NULL once renamed */
  int         fd;
  GByteArray *buffer;     /* not local: written by GIO on commit */
  gboolean    failed;
};

static gboolean
set_error_from_errno (AsrSafeFileWriter  *writer,
                      int                 saved_errno,
                      GError            **error)
{
  writer->failed = TRUE;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: the first %s is a file, the second what went wrong */
               _("Could not write “%s”: %s"), writer->display, g_strerror (saved_errno));
  return FALSE;
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
static int
copy_permissions (int         fd,
                  const char *path)
{
  struct stat old;

  if (stat (path, &old) != 0)
    return errno == ENOENT ? 0 : errno;
  /* Keeping the group may be refused (not a member): the mode is kept. */
  if (old.st_gid != getegid ())
    (void) fchown (fd, (uid_t) -1, old.st_gid);
  if (fchmod (fd, old.st_mode & 07777) != 0)
    return errno;
  return 0;
}

/* Follows symbolic links by hand, so that a dangling link's target is
 * created rather than the link replaced.  NULL (errno ELOOP) on a loop. */
static char *
resolve_target (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint depth = 0; depth < MAX_LINKS; depth++)
    {
      g_autofree char *link = g_file_read_link (current, NULL);
      g_autofree char *dirname = NULL;

      if (link == NULL)
        return g_steal_pointer (&current);
      dirname = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (link) ? g_steal_pointer (&link)
                                          : g_build_filename (dirname, link, NULL);
    }
  errno = ELOOP;
  return NULL;
}

static gboolean
open_temporary (AsrSafeFileWriter  *writer,
                GError            **error)
{
  g_autofree char *dirname = g_path_get_dirname (writer->path);
  g_autofree char *basename = g_path_get_basename (writer->path);
  int saved_errno;

  _asr_safe_file_remove_stale (writer->path);
  writer->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dirname, basename);
  writer->fd = g_mkstemp_full (writer->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (writer->fd < 0)
    {
      saved_errno = errno;
      g_clear_pointer (&writer->tmp_path, g_free);
      return set_error_from_errno (writer, saved_errno, error);
    }
  /* Marks it in use for _asr_safe_file_remove_stale() of other writers. */
  (void) flock (writer->fd, LOCK_EX | LOCK_NB);
  if ((saved_errno = copy_permissions (writer->fd, writer->path)) != 0)
    return set_error_from_errno (writer, saved_errno, error);
  return TRUE;
}

AsrSafeFileWriter *
asr_safe_file_writer_new (GFile   *file,
                          GError **error)
{
  g_autoptr(AsrSafeFileWriter) writer = g_new0 (AsrSafeFileWriter, 1);
  g_autofree char *requested = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  writer->file = g_object_ref (file);
  writer->display = g_file_get_parse_name (file);
  writer->fd = -1;
  requested = g_file_get_path (file);
  if (requested == NULL)
    {
      writer->buffer = g_byte_array_new ();
      return g_steal_pointer (&writer);
    }
  if ((writer->path = resolve_target (requested)) == NULL)
    {
      set_error_from_errno (writer, errno, error);
      return NULL;
    }
  if (!open_temporary (writer, error))
    return NULL;
  return g_steal_pointer (&writer);
}

gboolean
asr_safe_file_writer_write (AsrSafeFileWriter  *writer,
                            const void         *data,
                            gsize               size,
                            GError            **error)
{
  const char *p = data;

  g_return_val_if_fail (writer != NULL && !writer->failed, FALSE);

  if (writer->buffer != NULL)
    {
      g_byte_array_append (writer->buffer, data, size);
      return TRUE;
    }
  while (size > 0)
    {
      gssize written = write (writer->fd, p, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_error_from_errno (writer, errno, error);
      if (written == 0)
        return set_error_from_errno (writer, ENOSPC, error);
      p += written;
      size -= (gsize) written;
    }
  return TRUE;
}

static gboolean
commit_remote (AsrSafeFileWriter  *writer,
               GCancellable       *cancellable,
               GError            **error)
{
  writer->failed = TRUE;   /* one commit only, whatever happens */
  return g_file_replace_contents (writer->file, (const char *) writer->buffer->data,
                                  writer->buffer->len, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                  NULL, cancellable, error);
}

gboolean
asr_safe_file_writer_commit (AsrSafeFileWriter  *writer,
                             GCancellable       *cancellable,
                             GError            **error)
{
  int fd;

  g_return_val_if_fail (writer != NULL && !writer->failed, FALSE);

  if (writer->buffer != NULL)
    return commit_remote (writer, cancellable, error);
  if (fsync (writer->fd) != 0)
    return set_error_from_errno (writer, errno, error);
  fd = writer->fd;
  writer->fd = -1;
  if (close (fd) != 0)
    return set_error_from_errno (writer, errno, error);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      writer->failed = TRUE;
      return FALSE;
    }
  if (g_rename (writer->tmp_path, writer->path) != 0)
    return set_error_from_errno (writer, errno, error);
  g_clear_pointer (&writer->tmp_path, g_free);
  sync_directory (writer->path);
  writer->failed = TRUE;   /* done: nothing more may be written */
  return TRUE;
}

void
asr_safe_file_writer_free (AsrSafeFileWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->fd >= 0)
    close (writer->fd);
  /* Not renamed: the target is untouched and the copy goes. */
  if (writer->tmp_path != NULL)
    g_unlink (writer->tmp_path);
  g_clear_object (&writer->file);
  g_clear_pointer (&writer->buffer, g_byte_array_unref);
  g_free (writer->display);
  g_free (writer->path);
  g_free (writer->tmp_path);
  g_free (writer);
}

gboolean
asr_safe_file_replace (GFile         *file,
                       GBytes        *bytes,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(AsrSafeFileWriter) writer = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  return (writer = asr_safe_file_writer_new (file, error)) != NULL &&
         asr_safe_file_writer_write (writer, data, size, error) &&
         asr_safe_file_writer_commit (writer, cancellable, error);
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
