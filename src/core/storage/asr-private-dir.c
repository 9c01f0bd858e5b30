/* asr-private-dir.c: a directory of the user's own, and the files in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-private-dir"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "asr-private-dir.h"

G_DEFINE_QUARK (asr-private-dir-error-quark, asr_private_dir_error)

void
asr_private_dir_set_io_error (GError     **error,
                              int          saved_errno,
                              const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", display, g_strerror (saved_errno));
}

/* @format has one %s, the folder. */
static void
set_untrusted (GError     **error,
               const char  *path,
               const char  *format)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, ASR_PRIVATE_DIR_ERROR, ASR_PRIVATE_DIR_ERROR_UNTRUSTED, format, display);
}

/* What is at @path when it cannot be opened as a directory: the words
 * for the error only, decided by the open() that failed. */
static void
set_not_a_dir (GError     **error,
               const char  *path,
               int          saved_errno)
{
  GStatBuf st;

  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    /* Translators: %s is a folder */
    set_untrusted (error, path, _("%s is a symbolic link, not a folder of your own"));
  else if (saved_errno == ENOTDIR)
    /* Translators: %s is a folder */
    set_untrusted (error, path, _("%s is not a folder"));
  else
    asr_private_dir_set_io_error (error, saved_errno, path);
}

static gboolean
check_dir (int          fd,
           const char  *path,
           GError     **error)
{
  struct stat st;

  if (fstat (fd, &st) != 0)
    {
      asr_private_dir_set_io_error (error, errno, path);
      return FALSE;
    }
  if (st.st_uid != getuid ())
    /* Translators: %s is a folder */
    set_untrusted (error, path, _("%s belongs to another user"));
  else if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
    /* Translators: %s is a folder */
    set_untrusted (error, path, _("%s can be changed by other users"));
  else
    return TRUE;
  return FALSE;
}

/* Made by us, so ours to make private whatever the umask was. */
static int
make_dir (const char  *path,
          gboolean    *created)
{
  g_autofree char *parent = g_path_get_dirname (path);

  *created = FALSE;
  if (g_mkdir_with_parents (parent, 0700) != 0)
    return -1;
  if (mkdir (path, 0700) == 0)
    *created = TRUE;
  else if (errno != EEXIST)
    return -1;
  return 0;
}

int
asr_private_dir_open (const char  *path,
                      gboolean     create,
                      GError     **error)
{
  int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
  gboolean created = FALSE;
  int fd;

  g_return_val_if_fail (path != NULL, -1);

  if (create && make_dir (path, &created) != 0)
    {
      asr_private_dir_set_io_error (error, errno, path);
      return -1;
    }
  fd = open (path, flags);
  if (fd < 0)
    {
      set_not_a_dir (error, path, errno);
      return -1;
    }
  if (created && fchmod (fd, 0700) != 0)
    {
      asr_private_dir_set_io_error (error, errno, path);
      close (fd);
      return -1;
    }
  if (!check_dir (fd, path, error))
    {
      close (fd);
      return -1;
    }
  return fd;
}

int
asr_private_dir_open_file (int          dir_fd,
                           const char  *name,
                           int          flags,
                           mode_t       mode,
                           struct stat *st)
{
  struct stat local;
  int fd;

  g_return_val_if_fail (dir_fd >= 0 && name != NULL, -1);

  /* O_NONBLOCK: opening a FIFO planted under the name must not hang. */
  fd = openat (dir_fd, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, mode);
  if (fd < 0)
    return -1;
  if (st == NULL)
    st = &local;
  if (fstat (fd, st) != 0 || !S_ISREG (st->st_mode) || st->st_uid != getuid ())
    {
      close (fd);
      errno = EPERM;
      return -1;
    }
  return fd;
}

gboolean
asr_private_dir_file_is_own (int         dir_fd,
                             const char *name)
{
  struct stat st;

  g_return_val_if_fail (dir_fd >= 0 && name != NULL, FALSE);

  if (fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return errno == ENOENT;
  return S_ISREG (st.st_mode) && st.st_uid == getuid ();
}
