/* asr-item-page.h: one item of a judgement framework (a key line of
 * enquiry): its question, prompts, source, notes, an optional indicative
 * rating and the rating characteristics in CQC's order of judgement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_ITEM_PAGE (asr_item_page_get_type ())
G_DECLARE_FINAL_TYPE (AsrItemPage, asr_item_page, ASR, ITEM_PAGE, AdwBin)

GtkWidget           *asr_item_page_new      (void);
AsrQualityStatement *asr_item_page_get_item (AsrItemPage         *self);
void                 asr_item_page_set_item (AsrItemPage         *self,
                                             AsrQualityStatement *item);

/* The widgets, for tests. */
GtkCheckButton      *asr_item_page_get_source_button  (AsrItemPage *self,
                                                       AsrSource    source);
GtkDropDown         *asr_item_page_get_rating_choice  (AsrItemPage *self);
GtkTextView         *asr_item_page_get_notes_view     (AsrItemPage *self);
GtkFlowBox          *asr_item_page_get_characteristics (AsrItemPage *self);

G_END_DECLS
