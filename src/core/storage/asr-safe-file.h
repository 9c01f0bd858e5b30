/* asr-safe-file.h: replacing a file so that a crash never tears it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder storage/: how bytes reach the disk: safe replacement of files and
 * the autosave store. Depends on GLib/GIO and syntax/ only.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replaces the contents of @file with @bytes: written to a temporary file
 * in the same directory, flushed to disk, then renamed over the old one,
 * so that a crash or a power cut at any moment leaves either the old file
 * or the new one, whole.  The old file stays untouched until the new one
 * is complete.  A replaced file keeps its permissions (and group, when
 * allowed); a new file is readable and writable by its owner only (0600).
 * A symbolic link is followed: its target is replaced.  Errors name the
 * file.  Files that are not local fall back to g_file_replace_contents(). */
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

G_END_DECLS
