/* asr-summary-grid.h: the Summary's one-screen grid of key questions and
 * their quality statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_SUMMARY_GRID (asr_summary_grid_get_type ())
G_DECLARE_FINAL_TYPE (AsrSummaryGrid, asr_summary_grid, ASR, SUMMARY_GRID, AdwBin)

/* One line per key question, one cell per quality statement (item) bound
 * to the assessment's own models.  Activating a cell (click, Enter,
 * Space) emits "statement-activated" (AsrQualityStatement *).  The grid
 * is one Tab stop: arrows, Home and End move between its cells. */
GtkWidget *asr_summary_grid_new            (void);
void       asr_summary_grid_set_assessment (AsrSummaryGrid *self,
                                            AsrAssessment  *assessment);
/* For tests: the cells of the key question at @position, in order. */
guint      asr_summary_grid_get_n_cells    (AsrSummaryGrid *self,
                                            guint           position);
GtkWidget *asr_summary_grid_get_cell       (AsrSummaryGrid *self,
                                            guint           position,
                                            guint           index);
/* The line under the grid naming the cell in focus or under the pointer. */
GtkLabel  *asr_summary_grid_get_detail     (AsrSummaryGrid *self);
/* The legend of the cells' signs, under that line. */
GtkLabel  *asr_summary_grid_get_legend     (AsrSummaryGrid *self);

G_END_DECLS
