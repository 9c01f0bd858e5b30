/* asr-safe-file-stale.c: removing the temporary files a killed save left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save killed between creating its temporary file and renaming it leaves
 * ".NAME.XXXXXX" beside NAME, holding a private copy of someone's notes.
 * The next save of NAME removes it, but only when it is certainly ours and
 * certainly abandoned (the rule is in asr-safe-file.h): another Assessor
 * may be writing the same file right now, and a file of another program or
 * another user is none of our business.
 */
#define G_LOG_DOMAIN "asr-safe-file"

#include "config.h"

#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "asr-safe-file.h"
#include "asr-safe-file-private.h"

/* ".NAME." followed by exactly the six letters or digits g_mkstemp() puts
 * in place of "XXXXXX". */
static gboolean
is_temporary_name (const char *entry,
                   const char *basename)
{
  gsize n = strlen (basename);
  const char *suffix;

  if (entry[0] != '.' || strncmp (entry + 1, basename, n) != 0 || entry[n + 1] != '.')
    return FALSE;
  suffix = entry + n + 2;
  if (strlen (suffix) != 6)
    return FALSE;
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isalnum (suffix[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_abandoned (int                fd,
              const struct stat *st)
{
  time_t now = time (NULL);

  if (!S_ISREG (st->st_mode) || st->st_nlink != 1 || st->st_uid != geteuid ())
    return FALSE;
  /* A future time (clock skew) is not old. */
  if (st->st_mtime > now || now - st->st_mtime <= ASR_SAFE_FILE_STALE_SECONDS)
    return FALSE;
  /* A writer holds its lock until the rename. */
  return flock (fd, LOCK_EX | LOCK_NB) == 0;
}

static void
remove_if_stale (int         dir_fd,
                 const char *name)
{
  struct stat st, again;
  int fd = openat (dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

  if (fd < 0)
    return;
  /* Unlink only the very file that was checked, not one renamed in since. */
  if (fstat (fd, &st) == 0 && is_abandoned (fd, &st) &&
      fstatat (dir_fd, name, &again, AT_SYMLINK_NOFOLLOW) == 0 &&
      again.st_dev == st.st_dev && again.st_ino == st.st_ino)
    {
      if (unlinkat (dir_fd, name, 0) == 0)
        g_debug ("Removed the stale temporary file %s", name);
    }
  close (fd);
}

void
_asr_safe_file_remove_stale (const char *path)
{
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  DIR *dir = opendir (dirname);
  struct dirent *entry;

  if (dir == NULL)
    return;
  while ((entry = readdir (dir)) != NULL)
    if (is_temporary_name (entry->d_name, basename))
      remove_if_stale (dirfd (dir), entry->d_name);
  closedir (dir);
}
