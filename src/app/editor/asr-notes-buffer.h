/* asr-notes-buffer.h: a text buffer that edits notes keystroke by keystroke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows the notes of @owner (an AsrQualityStatement or AsrEvidence; NULL
 * for none) in @buffer and keeps both in step edit by edit: a keystroke
 * is passed on as that one edit ("notes-edited" of the model), never as
 * a copy of the whole text, and an edit of the model (undo, another view)
 * reaches the buffer the same way. */
void     asr_notes_buffer_bind      (GtkTextBuffer *buffer,
                                    GObject       *owner);
/* The statement or evidence category whose notes @buffer shows, or NULL. */
GObject *asr_notes_buffer_get_owner (GtkTextBuffer *buffer);

G_END_DECLS
