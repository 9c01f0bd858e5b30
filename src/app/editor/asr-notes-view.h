/* asr-notes-view.h: a notes editor that grows with its text and counts words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes @view, the child of a scrolled window of its own inside a page's
 * scrolled window, a notes editor: its box grows with its text up to most
 * of the page's visible height and scrolls inside itself above that (so
 * only the lines in sight are laid out and drawn), the page keeps the
 * cursor in view as you type, and @count says how many words it holds,
 * counting only the lines an edit touches.  The view's height request
 * becomes the box's least height. */
void       asr_notes_view_setup     (GtkTextView *view,
                                     GtkLabel    *count);
/* A frame holding a scrolled window holding @view, ready for
 * asr_notes_view_setup(). */
GtkWidget *asr_notes_view_frame     (GtkTextView *view);
/* The words in @buffer as last counted (for tests). */
guint      asr_notes_view_get_words (GtkTextView *view);
/* Counts the words between @start and @end from scratch. */
guint      asr_notes_count_words    (const GtkTextIter *start,
                                     const GtkTextIter *end);

G_END_DECLS
