/* asr-read-file.h: the one way every input file is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Assessments, previous ratings (Assessor files, CQC API JSON, Latest
 * ratings CSV) and the autosave store's files all come in through
 * asr_read_file_bounded().  It refuses what is not a regular file (a
 * device such as /dev/zero, a FIFO, a socket, a directory) before reading
 * a byte, never blocks on a FIFO without a writer, and never holds more
 * than @cap + 1 bytes: a file that is, or grows, larger than @cap is
 * refused with ASR_ERROR_TOO_LARGE, naming the file and the limit.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The whole of @file, or NULL with @error set: G_IO_ERROR (the system's
 * reason, or G_IO_ERROR_NOT_REGULAR_FILE) or ASR_ERROR_TOO_LARGE.  Every
 * message starts with the file's parse name. */
GBytes *asr_read_file_bounded        (GFile               *file,
                                      gsize                cap,
                                      GCancellable        *cancellable,
                                      GError             **error);
/* The same checks and cap for a file already opened (by a caller that
 * opened it relative to a trusted directory, with O_NOFOLLOW): @name is
 * the name messages give. The descriptor is left open. */
GBytes *asr_read_fd_bounded          (int                  fd,
                                      const char          *name,
                                      gsize                cap,
                                      GCancellable        *cancellable,
                                      GError             **error);
/* The same in a worker thread. */
void    asr_read_file_bounded_async  (GFile               *file,
                                      gsize                cap,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GBytes *asr_read_file_bounded_finish (GFile               *file,
                                      GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS
