/* asr-rating-choice.h: a drop-down of the four ratings and "none", its
 * row, the text written with a judgement, and following the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the item page, the key question's judgement page, the
 * sidebar and the Summary.
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

/* Items: @none_label, Outstanding, Good, Requires improvement, Inadequate. */
GtkDropDown *asr_rating_choice_new        (const char  *none_label,
                                           const char  *accessible_label);
AsrRating    asr_rating_choice_get_rating (GtkDropDown *choice);
void         asr_rating_choice_set_rating (GtkDropDown *choice,
                                           AsrRating    rating);
/* An action row titled @title (with @subtitle unless NULL) holding
 * @choice, which activating the row opens; @changed is called, swapped
 * with @data, when the selected rating changes. */
AdwActionRow *asr_rating_choice_row_new   (GtkDropDown *choice,
                                           const char  *title,
                                           const char  *subtitle,
                                           GCallback    changed,
                                           gpointer     data);

/* A box with the heading @mnemonic_heading (its mnemonic focuses the text)
 * over a framed, wrapping text view of @height pixels labelled
 * @accessible_label, with its own undo off (the window's history undoes
 * it); *out_view gets the text view.  When @grows the frame is a notes
 * editor's (asr_notes_view_frame: it grows with the text up to the page,
 * then scrolls; asr_notes_view_setup must follow).  An item's evidence notes, a key
 * question's rationale. */
GtkBox       *asr_judgement_text_new      (const char   *mnemonic_heading,
                                           const char   *accessible_label,
                                           int           height,
                                           gboolean      grows,
                                           GtkTextView **out_view);

/* Makes @page show a scrolled, clamped column of @content with the
 * editor's page margins; @maximum_width and @tightening_threshold of 0
 * keep AdwClamp's own. */
void          asr_judgement_page_fill     (AdwBin      *page,
                                           GtkBox      *content,
                                           int          maximum_width,
                                           int          tightening_threshold);

/* A signal group on objects of @type calling @callback, swapped with
 * @data, on "notify::" each of the NULL-terminated property names: the
 * page follows whichever object it shows (g_signal_group_set_target). */
GSignalGroup *asr_judgement_follow        (GType        type,
                                           gpointer     data,
                                           GCallback    callback,
                                           const char  *first_property,
                                           ...) G_GNUC_NULL_TERMINATED;
/* Stops following and frees *@group (a dispose may run twice). */
void          asr_judgement_unfollow      (GSignalGroup **group);

/* An item of a judgement framework in words: its source, and when
 * assessed its indicative rating ("Assessed · indicative Good"). */
const char  *asr_item_describe_source     (AsrQualityStatement *item);

G_END_DECLS
