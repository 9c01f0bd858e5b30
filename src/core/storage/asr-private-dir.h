/* asr-private-dir.h: a directory of the user's own, and the files in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For state Assessor keeps for the user alone (the autosaves): the
 * directory is trusted only if it is no symbolic link, belongs to the
 * user and no one else can write to it.  Everything is checked with
 * fstat() on what was opened, and files are opened relative to the
 * directory's descriptor without following links, so a link swapped in
 * between a check and a use is never followed.
 */
#pragma once

#include <sys/stat.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define ASR_PRIVATE_DIR_ERROR (asr_private_dir_error_quark ())

typedef enum
{
  ASR_PRIVATE_DIR_ERROR_UNTRUSTED,   /* a link, another user's, or writable by others */
} AsrPrivateDirError;

GQuark   asr_private_dir_error_quark (void);

/* A G_IO_ERROR from @saved_errno, "PATH: what errno says". */
void     asr_private_dir_set_io_error (GError     **error,
                                       int          saved_errno,
                                       const char  *path);

/* The directory at @path, opened (O_DIRECTORY, close-on-exec), or -1 and
 * @error: ASR_PRIVATE_DIR_ERROR_UNTRUSTED for one not to trust, a
 * G_IO_ERROR otherwise (G_IO_ERROR_NOT_FOUND when it does not exist and
 * @create is FALSE).  With @create a missing one is made, 0700 with its
 * parents; a directory that was already there is never chmod'ed. */
int      asr_private_dir_open        (const char   *path,
                                      gboolean      create,
                                      GError      **error);

/* @name in @dir_fd, opened with @flags (plus O_NOFOLLOW, O_CLOEXEC) and
 * @mode, if it is a regular file of the user's; -1 otherwise, with errno
 * set (ENOENT: there is none; ELOOP: a link; EPERM: another user's or not
 * a regular file).  @st, if not NULL, receives its fstat(). */
int      asr_private_dir_open_file   (int           dir_fd,
                                      const char   *name,
                                      int           flags,
                                      mode_t        mode,
                                      struct stat  *st);

/* TRUE if @name in @dir_fd is missing or is a regular file of the
 * user's (not a link, not another user's, not a FIFO or a device). */
gboolean asr_private_dir_file_is_own (int           dir_fd,
                                      const char   *name);

G_END_DECLS
