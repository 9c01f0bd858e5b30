/* asr-summary-grid-private.h: shared by the grid's files (the widget,
 * its lines, its cells' detail line and stale marks, its legend and its
 * keyboard handling)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-comparison.h"
#include "asr-summary-cell.h"
#include "asr-summary-grid.h"

G_BEGIN_DECLS

struct _AsrSummaryGrid
{
  AdwBin          parent_instance;

  GListModel     *key_questions;
  gulong          items_changed_id;
  AsrComparison  *comparison;  /* staleness */
  guint           n_columns;

  GtkLabel       *title;
  GtkBox         *rows;
  GtkLabel       *detail;
  GtkLabel       *legend;
  GtkWidget      *current;  /* weak: the cell Tab returns to */
};

/* Builds one line per key question again (asr-summary-grid-rows.c). */
void                _asr_summary_grid_rebuild_rows  (AsrSummaryGrid   *self);
/* Follows @cell for the line under the grid and gives it its stale mark;
 * the stale marks follow @assessment's comparison (NULL: none)
 * (asr-summary-grid-cells.c). */
void                _asr_summary_grid_watch_cell    (AsrSummaryGrid   *self,
                                                     AsrSummaryCell   *cell);
void                _asr_summary_grid_set_comparison (AsrSummaryGrid  *self,
                                                      AsrAssessment   *assessment);
/* The title, hint and legend for a scored or a judged framework
 * (asr-summary-grid-legend.c). */
void                _asr_summary_grid_update_texts  (AsrSummaryGrid   *self,
                                                     gboolean          judged);

/* The cells in reading order (the array owns no reference). */
GPtrArray          *_asr_summary_grid_collect_cells (AsrSummaryGrid   *self);
/* The cell last in focus, or NULL. */
GtkWidget          *_asr_summary_grid_get_current   (AsrSummaryGrid   *self);
/* The grid's GtkWidget::focus. */
gboolean            _asr_summary_grid_focus         (GtkWidget        *widget,
                                                     GtkDirectionType  direction);
/* Arrows, Home and End between the cells, before the flow boxes see them. */
GtkEventController *_asr_summary_grid_keys_new      (AsrSummaryGrid   *self);

G_END_DECLS
