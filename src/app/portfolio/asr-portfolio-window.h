/* asr-portfolio-window.h: a folder of assessments as one portfolio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per assessment (sortable by any column, filtered by a search),
 * the aggregated ratings of each location and of the provider with how
 * each was reached, and Export CSV / JSON — all from the core's portfolio
 * (asr-portfolio.h, asr-portfolio-print.h), the same as
 * assessor --portfolio.  Files are read on a worker; the window follows
 * the folder, re-reading only a file that changed.  Activating a row opens
 * that assessment.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ASR_TYPE_PORTFOLIO_WINDOW (asr_portfolio_window_get_type ())
G_DECLARE_FINAL_TYPE (AsrPortfolioWindow, asr_portfolio_window, ASR, PORTFOLIO_WINDOW, AdwWindow)

AsrPortfolioWindow *asr_portfolio_window_new           (GtkApplication *application,
                                                        GFile          *folder);
GFile              *asr_portfolio_window_get_folder    (AsrPortfolioWindow *self);
/* Asks for a folder (transient for @parent) and opens it as a portfolio. */
void                asr_portfolio_window_choose_folder (GtkWindow      *parent);

G_END_DECLS
