/* asr-rating-choice.h: a drop-down of the four ratings and "none", and the
 * characteristics of an item in CQC's order of judgement
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
/* An item of a judgement framework in words: its source, and when
 * assessed its indicative rating ("Assessed · indicative Good"). */
const char  *asr_item_describe_source     (AsrQualityStatement *item);

G_END_DECLS
