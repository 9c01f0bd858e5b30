/* asr-summary-view-private.h: the summary view's parts, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-summary-view.h"

G_BEGIN_DECLS

typedef enum
{
  ASR_SUMMARY_PART_NAME,
  ASR_SUMMARY_PART_PERCENTAGE,
  ASR_SUMMARY_PART_RATING,
  ASR_SUMMARY_PART_BAND_BAR,
  ASR_SUMMARY_PART_COUNT,
  ASR_SUMMARY_PART_PROVISIONAL,
  ASR_SUMMARY_PART_LIMIT,
  ASR_SUMMARY_PART_OBSERVED,
  ASR_SUMMARY_PART_PREVIOUS,
  ASR_SUMMARY_PART_WARNING,
  ASR_SUMMARY_PART_HEADER_ROW,
  ASR_SUMMARY_PART_ENFORCEMENT,
  ASR_SUMMARY_PART_OVERRIDE_EXPANDER,
  ASR_SUMMARY_PART_OVERRIDE_RATING,
  ASR_SUMMARY_PART_OVERRIDE_REASON,
  ASR_SUMMARY_PART_OVERRIDE_APPLY,
  ASR_SUMMARY_PART_OVERRIDE_REMOVE,
  ASR_SUMMARY_PART_OVERRIDE_ERROR,
  ASR_SUMMARY_PART_STATEMENTS,
  ASR_SUMMARY_PART_GRID,
} AsrSummaryPart;

/* A part of the card of the key question at @position, or of the overall
 * section when @position is G_MAXUINT (only labels exist there:
 * RATING → the overall rating, LIMIT → the principle, WARNING → the
 * inferred note, OBSERVED → the breach cap, PREVIOUS → the previous rating,
 * GRID → the grid of statements at the top, an AsrSummaryGrid). */
GtkWidget *asr_summary_view_get_part (AsrSummaryView *self,
                                      guint           position,
                                      AsrSummaryPart  part);

G_END_DECLS
