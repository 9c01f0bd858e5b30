/* asr-autosave-store.h: autosaved copies of open documents, on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each open document with unsaved changes has an entry in
 * $XDG_DATA_HOME/assessor/autosave/ (directory 0700): ID.assessment, the
 * exact bytes Assessor would save (0600), and ID.json, what the document
 * is (its file if it has one, its name, its service, when it was last
 * changed).  ID.lock is held (flock) by the process editing the document,
 * so an entry whose lock is free was left by a process that died: those
 * are the ones to offer for recovery.
 *
 * The directory is used only if it is the user's own (asr-private-dir.h):
 * otherwise writes and the scan fail with ASR_PRIVATE_DIR_ERROR_UNTRUSTED.
 * The scan skips entries with a file that is a link, not a regular file
 * or another user's.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ASR_TYPE_AUTOSAVE_ENTRY (asr_autosave_entry_get_type ())
G_DECLARE_FINAL_TYPE (AsrAutosaveEntry, asr_autosave_entry, ASR, AUTOSAVE_ENTRY, GObject)

/* $XDG_DATA_HOME/assessor/autosave */
char             *asr_autosave_store_dup_dir          (void);
/* Entries no running process holds, newest change first; each is locked
 * by the caller from now on.  Leftovers of interrupted writes are
 * removed.  An empty array when there is no directory yet. */
GPtrArray        *asr_autosave_store_scan             (GError           **error);

/* A new entry, with nothing on disk until the first write. */
AsrAutosaveEntry *asr_autosave_entry_new              (void);
const char       *asr_autosave_entry_get_id           (AsrAutosaveEntry  *self);
/* The autosaved assessment: open it with the normal loader. */
GFile            *asr_autosave_entry_get_file         (AsrAutosaveEntry  *self);
/* The document's own file, or NULL if it was never saved. */
GFile            *asr_autosave_entry_get_original     (AsrAutosaveEntry  *self);
const char       *asr_autosave_entry_get_display_name (AsrAutosaveEntry  *self);
const char       *asr_autosave_entry_get_service_name (AsrAutosaveEntry  *self);
/* When the document was last changed, in microseconds since 1970 (UTC). */
gint64            asr_autosave_entry_get_changed      (AsrAutosaveEntry  *self);
void              asr_autosave_entry_set_document     (AsrAutosaveEntry  *self,
                                                       GFile             *original,
                                                       const char        *display_name,
                                                       const char        *service_name,
                                                       gint64             changed);
/* Writes @assessment (the serialised document) then the description, in a
 * worker thread; the description is taken now. */
void              asr_autosave_entry_write_async      (AsrAutosaveEntry  *self,
                                                       GBytes            *assessment,
                                                       GCancellable      *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer           user_data);
gboolean          asr_autosave_entry_write_finish     (AsrAutosaveEntry  *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);
/* Removes the entry's files (a clean save, a close, a discard); the entry
 * can be written again later. */
void              asr_autosave_entry_remove           (AsrAutosaveEntry  *self);
/* TRUE while the entry has an autosave on disk. */
gboolean          asr_autosave_entry_get_exists       (AsrAutosaveEntry  *self);

G_END_DECLS
