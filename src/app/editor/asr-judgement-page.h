/* asr-judgement-page.h: a key question judged in the round (judgement
 * method): its items' indicative ratings and notes beside the rating and
 * the rationale being written, and the resulting rating with its caps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Signal "item-activated" (AsrQualityStatement *item): an item's row was
 * activated.
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_JUDGEMENT_PAGE (asr_judgement_page_get_type ())
G_DECLARE_FINAL_TYPE (AsrJudgementPage, asr_judgement_page, ASR, JUDGEMENT_PAGE, AdwBin)

GtkWidget      *asr_judgement_page_new              (void);
AsrKeyQuestion *asr_judgement_page_get_key_question (AsrJudgementPage *self);
void            asr_judgement_page_set_key_question (AsrJudgementPage *self,
                                                     AsrKeyQuestion   *key_question);

/* The widgets, for tests. */
GtkDropDown    *asr_judgement_page_get_rating_choice   (AsrJudgementPage *self);
GtkTextView    *asr_judgement_page_get_rationale_view  (AsrJudgementPage *self);
GtkLabel       *asr_judgement_page_get_problem_label   (AsrJudgementPage *self);
GtkLabel       *asr_judgement_page_get_result_label    (AsrJudgementPage *self);
GtkListBox     *asr_judgement_page_get_items_list      (AsrJudgementPage *self);

G_END_DECLS
