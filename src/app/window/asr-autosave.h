/* asr-autosave.h: every open document is autosaved a moment after an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-autosave-store.h"
#include "asr-window.h"

G_BEGIN_DECLS

#define ASR_TYPE_AUTOSAVE (asr_autosave_get_type ())
G_DECLARE_FINAL_TYPE (AsrAutosave, asr_autosave, ASR, AUTOSAVE, GObject)

/* Autosaves @window's document "autosave-delay" seconds after its last
 * change, as long as it has unsaved changes; a save, a discard or a clean
 * close removes the autosave.  The autosave lives as long as the window. */
AsrAutosave *asr_autosave_attach     (AsrWindow        *window);
AsrAutosave *asr_autosave_get        (AsrWindow        *window);
/* Attaches an autosave to every AsrWindow @application gets. */
void         asr_autosave_watch_application (GtkApplication *application);
/* Continues a recovered autosave rather than starting a new one. */
void         asr_autosave_adopt      (AsrAutosave      *self,
                                      AsrAutosaveEntry *entry);
/* The entry of the window's document (nothing on disk until written). */
AsrAutosaveEntry *asr_autosave_get_entry (AsrAutosave  *self);
/* Turns autosave off for the window, for as long as it is open, saying
 * why (@error) in a message that stays until dismissed: done when the
 * autosave directory is not one to trust. */
void         asr_autosave_stop       (AsrAutosave      *self,
                                      const GError     *error);
/* TRUE once asr_autosave_stop() was called. */
gboolean     asr_autosave_is_stopped (AsrAutosave      *self);

G_END_DECLS
