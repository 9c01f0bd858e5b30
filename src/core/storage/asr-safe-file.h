/* asr-safe-file.h: replacing a file so that a crash never tears it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder storage/: how bytes reach the disk: safe replacement of files and
 * the autosave store. Depends on GLib/GIO and syntax/ only.
 *
 * Every file Assessor writes (assessments, autosaves, exported reports in
 * every format, Print to File) goes through here.  What is guaranteed:
 *
 * - The new contents go to a temporary file beside the target, named
 *   ".NAME.XXXXXX" (NAME the target's name, XXXXXX six letters or digits),
 *   created 0600 and locked (flock) while it is written.  Only once every
 *   byte is written and fsync()ed is it renamed over the target, and the
 *   directory is synced.  Any failure before that (no space, EFBIG, I/O
 *   error, permission, cancellation) removes the temporary file and leaves
 *   the old file byte-identical; a killed process leaves the old file and,
 *   at worst, a stale temporary file (see below).
 * - A new file is 0600 whatever the umask.  A replaced file keeps its mode
 *   and group (the group when the system allows it).
 * - A symbolic link is written through: the link stays, its target is
 *   replaced (a dangling link's target is created).
 * - Stale temporary files: before writing NAME, a leftover beside it is
 *   removed only if all of these hold: its name is exactly ".NAME." plus six
 *   letters or digits; it is a regular file (not a link) with one link,
 *   owned by the current user; it was last modified more than
 *   ASR_SAFE_FILE_STALE_SECONDS ago; and no one holds a lock on it (a
 *   writer holds one while it writes; between its last write and its
 *   rename the file is fresh).  Anything else is left alone.  The check
 *   is a scan of the target's directory on each write.
 *
 * Errors name the file.  Files that are not local (no path) fall back to
 * g_file_replace_contents(), which gives GIO's guarantees only.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How old a temporary file must be before it may count as stale. */
#define ASR_SAFE_FILE_STALE_SECONDS 60

/* Replaces the contents of @file with @bytes, as described above. */
gboolean asr_safe_file_replace        (GFile               *file,
                                       GBytes              *bytes,
                                       GCancellable        *cancellable,
                                       GError             **error);
/* The same, in a worker thread. */
void     asr_safe_file_replace_async  (GFile               *file,
                                       GBytes              *bytes,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean asr_safe_file_replace_finish (GAsyncResult        *result,
                                       GError             **error);

/* The same for a writer that produces its bytes piece by piece (the PDF,
 * page by page): new() removes stale temporary files and opens a fresh
 * one; write() appends; commit() syncs and renames.  free() without a
 * successful commit() removes the temporary file: the target is untouched.
 * After a failed write() or commit() only free() may follow. */
typedef struct _AsrSafeFileWriter AsrSafeFileWriter;

AsrSafeFileWriter *asr_safe_file_writer_new    (GFile              *file,
                                                GError            **error);
gboolean           asr_safe_file_writer_write  (AsrSafeFileWriter  *writer,
                                                const void         *data,
                                                gsize               size,
                                                GError            **error);
gboolean           asr_safe_file_writer_commit (AsrSafeFileWriter  *writer,
                                                GCancellable       *cancellable,
                                                GError            **error);
void               asr_safe_file_writer_free   (AsrSafeFileWriter  *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrSafeFileWriter, asr_safe_file_writer_free)

G_END_DECLS
