/* asr-notes-view.h: a notes editor that grows with its text and counts words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes @view, not inside a scrolled window of its own, a notes editor:
 * it grows with its text inside the page (whose scrolled window keeps the
 * cursor in view as you type) and keeps @count saying how many words it
 * holds, counting only the lines an edit touches. */
void  asr_notes_view_setup      (GtkTextView *view,
                                 GtkLabel    *count);
/* The words in @buffer as last counted (for tests). */
guint asr_notes_view_get_words  (GtkTextView *view);
/* Counts the words between @start and @end from scratch. */
guint asr_notes_count_words     (const GtkTextIter *start,
                                 const GtkTextIter *end);

G_END_DECLS
