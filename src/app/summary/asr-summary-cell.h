/* asr-summary-cell.h: one quality statement (or item) in the Summary's grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_SUMMARY_CELL (asr_summary_cell_get_type ())
G_DECLARE_FINAL_TYPE (AsrSummaryCell, asr_summary_cell, ASR, SUMMARY_CELL, GtkButton)

/* A button that shows @statement's state and score (an item's indicative
 * rating in a judgement framework) as a sign and a number or word, and
 * follows the statement's notifications: it keeps no copy of them. */
GtkWidget           *asr_summary_cell_new           (AsrQualityStatement *statement);
AsrQualityStatement *asr_summary_cell_get_statement (AsrSummaryCell      *self);
/* Whether the statement's carried-forward score comes from a stale rating
 * (asr_comparison_is_stale()); shown as ⚠ beside ↻ and said in words. */
void                 asr_summary_cell_set_stale     (AsrSummaryCell      *self,
                                                     gboolean             stale);
/* The large value ("3", "Good", "–") and the marks under it ("↻ ⚠ ✎"). */
const char          *asr_summary_cell_get_value     (AsrSummaryCell      *self);
const char          *asr_summary_cell_get_marks     (AsrSummaryCell      *self);

G_END_DECLS
