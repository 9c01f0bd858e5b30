/* asr-spell-view.h: misspellings underlined in a notes editor, and their
 * suggestions in its context menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "asr-spell-checker.h"

G_BEGIN_DECLS

/* Underlines the words of @view's buffer that @checker finds misspelt
 * (checked at idle, only where the text changed) and offers suggestions
 * and "Add to Dictionary" for the word under the pointer or cursor in the
 * context menu.  The text changes only when a suggestion is chosen. */
void        asr_spell_view_attach        (GtkTextView     *view,
                                          AsrSpellChecker *checker);
/* Fills the context menu for the word at the cursor (what a right-click
 * or the Menu key does before the menu opens). */
void        asr_spell_view_prepare_menu  (GtkTextView     *view);
/* The tag that underlines misspellings in @view's buffer, or NULL. */
GtkTextTag *asr_spell_view_get_error_tag (GtkTextView     *view);
/* Whether any checking is still to be done, and how many characters have
 * been checked so far (for tests). */
gboolean    asr_spell_view_is_pending    (GtkTextView     *view);
guint64     asr_spell_view_get_checked   (GtkTextView     *view);

G_END_DECLS
