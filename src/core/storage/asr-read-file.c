/* asr-read-file.c: the one way every input file is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A local file is stat()ed before it is opened, so a device is refused
 * without being opened at all; it is then opened with O_NONBLOCK (a FIFO
 * that appeared in between opens at once instead of waiting for a writer)
 * and the opened descriptor is fstat()ed again, so what is read is what
 * was checked.  The buffer starts at the size fstat() gave and grows only
 * up to @cap + 1 bytes: one byte past the cap proves the file too large.
 */
#define G_LOG_DOMAIN "asr-read-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "asr-error.h"
#include "asr-read-file.h"

/* Read at most this much at a time, so cancellation is seen. */
#define CHUNK_SIZE ((gsize) 1024 * 1024)

/* Reads up to @count bytes into @buffer: bytes read, 0 at the end, or -1
 * with @error set. */
typedef gssize (*ReadFunc) (gpointer       source,
                            char          *buffer,
                            gsize          count,
                            GCancellable  *cancellable,
                            GError       **error);

static gboolean
fail_errno (GError    **error,
            const char *name,
            int         saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
fail_too_large (GError    **error,
                const char *name,
                goffset     size,
                gsize       cap)
{
  if (size >= 0)
    g_set_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE,
                 _("%s: file is too large (%" G_GOFFSET_FORMAT " bytes; the limit is %" G_GSIZE_FORMAT ")"),
                 name, size, cap);
  else
    g_set_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE,
                 _("%s: file is too large (more than the limit of %" G_GSIZE_FORMAT " bytes)"),
                 name, cap);
  return FALSE;
}

static gboolean
fail_not_regular (GError     **error,
                  const char  *name,
                  const char  *what)
{
  /* Translators: "/dev/zero: not a regular file (a device)" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               _("%s: not a regular file (%s)"), name, what);
  return FALSE;
}

static const char *
describe_mode (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("a folder");
  if (S_ISFIFO (mode))
    return _("a pipe");
  if (S_ISSOCK (mode))
    return _("a socket");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("a device");
  return _("not a file of data");
}

/* A regular file of at most @cap bytes, by what stat() said. */
static gboolean
check_stat (const struct stat *st,
            const char        *name,
            gsize              cap,
            GError           **error)
{
  if (!S_ISREG (st->st_mode))
    return fail_not_regular (error, name, describe_mode (st->st_mode));
  if ((guint64) st->st_size > cap)
    return fail_too_large (error, name, st->st_size, cap);
  return TRUE;
}

/* Everything @read_func gives, into a buffer of at most @cap + 1 bytes, first
 * sized for @expected bytes (what the file's size said). */
static GBytes *
read_capped (ReadFunc      read_func,
             gpointer      source,
             const char   *name,
             gsize         cap,
             gsize         expected,
             GCancellable *cancellable,
             GError      **error)
{
  gsize allocated = MIN (expected, cap) + 1;
  g_autofree char *buffer = g_malloc (allocated);
  gsize length = 0;

  for (;;)
    {
      gssize n;

      if (length == allocated)
        {
          if (allocated > cap)
            {
              fail_too_large (error, name, -1, cap);
              return NULL;
            }
          allocated = allocated > cap / 2 ? cap + 1 : allocated * 2;
          buffer = g_realloc (buffer, allocated);
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      n = read_func (source, buffer + length, MIN (allocated - length, CHUNK_SIZE),
                     cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        return g_bytes_new_take (g_steal_pointer (&buffer), length);
      length += (gsize) n;
    }
}

typedef struct
{
  int         fd;
  const char *name;
} FdSource;

static gssize
read_fd (gpointer       source,
         char          *buffer,
         gsize          count,
         GCancellable  *cancellable,
         GError       **error)
{
  FdSource *fd = source;
  gssize n;

  do
    n = read (fd->fd, buffer, count);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    fail_errno (error, fd->name, errno);
  return n;
}

static GBytes *
read_local (const char   *path,
            const char   *name,
            gsize         cap,
            GCancellable *cancellable,
            GError      **error)
{
  FdSource source = { -1, name };
  struct stat st;
  GBytes *bytes;

  /* Checked before opening: opening some devices does something. */
  if (g_stat (path, &st) != 0)
    {
      fail_errno (error, name, errno);
      return NULL;
    }
  if (!check_stat (&st, name, cap, error))
    return NULL;
  source.fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (source.fd < 0)
    {
      fail_errno (error, name, errno);
      return NULL;
    }
  /* And again on what was opened, in case the path changed meanwhile. */
  bytes = asr_read_fd_bounded (source.fd, name, cap, cancellable, error);
  close (source.fd);
  return bytes;
}

GBytes *
asr_read_fd_bounded (int           fd,
                     const char   *name,
                     gsize         cap,
                     GCancellable *cancellable,
                     GError      **error)
{
  FdSource source = { fd, name };
  struct stat st;

  g_return_val_if_fail (fd >= 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (fstat (fd, &st) != 0)
    {
      fail_errno (error, name, errno);
      return NULL;
    }
  if (!check_stat (&st, name, cap, error))
    return NULL;
  return read_capped (read_fd, &source, name, cap, (gsize) st.st_size, cancellable, error);
}

static gssize
read_stream (gpointer       source,
             char          *buffer,
             gsize          count,
             GCancellable  *cancellable,
             GError       **error)
{
  return g_input_stream_read (source, buffer, count, cancellable, error);
}

/* A file of another GVfs backend: the same checks through GIO. */
static GBytes *
read_remote (GFile        *file,
             const char   *name,
             gsize         cap,
             GCancellable *cancellable,
             GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  size = g_file_info_get_size (info);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      fail_not_regular (error, name, _("not a file of data"));
      return NULL;
    }
  if (size < 0 || (guint64) size > cap)
    {
      fail_too_large (error, name, size, cap);
      return NULL;
    }
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  return read_capped (read_stream, stream, name, cap, (gsize) size, cancellable, error);
}

GBytes *
asr_read_file_bounded (GFile        *file,
                       gsize         cap,
                       GCancellable *cancellable,
                       GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cap < G_MAXSIZE, NULL);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    return read_local (path, name, cap, cancellable, error);
  return read_remote (file, name, cap, cancellable, error);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  gsize cap = *(gsize *) task_data;
  GBytes *bytes = asr_read_file_bounded (source_object, cap, cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
asr_read_file_bounded_async (GFile               *file,
                             gsize                cap,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_read_file_bounded_async);
  g_task_set_task_data (task, g_memdup2 (&cap, sizeof cap), g_free);
  g_task_run_in_thread (task, read_thread);
}

GBytes *
asr_read_file_bounded_finish (GFile         *file,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
