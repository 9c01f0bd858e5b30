/* asr-summary-grid-private.h: shared by the grid and its keyboard handling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-summary-grid.h"

G_BEGIN_DECLS

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
