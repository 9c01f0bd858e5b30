/* asr-summary-card.h: one key question in the summary view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"
#include "asr-summary-view-private.h"

G_BEGIN_DECLS

#define ASR_TYPE_SUMMARY_CARD (asr_summary_card_get_type ())
G_DECLARE_FINAL_TYPE (AsrSummaryCard, asr_summary_card, ASR, SUMMARY_CARD, AdwBin)

/* The card emits the view's "key-question-activated" and
 * "statement-activated" signals. */
GtkWidget  *asr_summary_card_new           (AsrSummaryView *view,
                                            AsrKeyQuestion *key_question);
GtkWidget  *asr_summary_card_get_part      (AsrSummaryCard *self,
                                            AsrSummaryPart  part);
void        asr_summary_card_update_previous (AsrSummaryCard *self);

/* Shared with the view's overall section. */
void        asr_summary_apply_rating_style (GtkWidget      *widget,
                                            AsrRating       rating);
/* Sets @label to @rating's label ("Not rated" for none, as everywhere in
 * the app) in its rating's colours. */
void        asr_summary_show_rating        (GtkWidget      *label,
                                            AsrRating       rating);
char       *asr_summary_format_previous    (AsrRating       previous,
                                            const char     *date);
/* A statement's state in words ("Score 3: evidence shows a good standard",
 * "Not started"); an item's source and indicative rating.  Shared with
 * the grid's cells. */
char       *asr_summary_describe_statement (AsrQualityStatement *statement);
/* A label aligned to the start that wraps, with @css_class if not NULL. */
GtkWidget  *asr_summary_new_label          (const char     *css_class);
/* @parent's child at @position, or NULL. */
GtkWidget  *asr_summary_nth_child          (GtkWidget      *parent,
                                            guint           position);

G_END_DECLS
