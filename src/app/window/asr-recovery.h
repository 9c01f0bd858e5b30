/* asr-recovery.h: after a crash, offer to restore the unsaved documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-autosave-store.h"
#include "asr-window.h"

G_BEGIN_DECLS

/* Once per application run: if documents were left unsaved by an Assessor
 * that ended without closing them, asks, over @parent, which to restore.
 * Returns the dialog, or NULL when there is nothing to restore. */
GtkWidget *asr_recovery_offer   (AsrApplication   *application,
                                 AsrWindow        *parent);
/* Opens the autosave of @entry with the normal loader into @parent if it
 * is empty, else into a new window: unsaved, its own file (if it had one)
 * as the place to save.  If it cannot be read, says so and keeps it. */
void       asr_recovery_restore (AsrWindow        *parent,
                                 AsrAutosaveEntry *entry);
/* A line for people: "Larchfield House, last changed today at 14:32". */
char      *asr_recovery_describe (AsrAutosaveEntry *entry);

G_END_DECLS
