/* asr-portfolio-window-private.h: the portfolio window's insides, for its
 * files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-portfolio-item.h"
#include "asr-portfolio-print.h"
#include "asr-portfolio-window.h"

G_BEGIN_DECLS

struct _AsrPortfolioWindow
{
  AdwWindow           parent_instance;

  AdwWindowTitle     *window_title;
  GtkMenuButton      *export_button;
  GtkSearchEntry     *search_entry;
  GtkLabel           *status_label;
  GtkColumnView      *column_view;
  GtkListBox         *levels_list;
  GtkLabel           *notices_label;
  AdwToastOverlay    *toast_overlay;

  GFile              *folder;
  GListStore         *items;        /* of AsrPortfolioItem, in the CLI's file order */
  GtkCustomFilter    *filter;
  GtkSortListModel   *sorted;       /* what the column view shows */
  char               *words;        /* the search, case-folded */
  AsrPortfolio       *portfolio;    /* aggregated from @items */
  GPtrArray          *folder_errors; /* folders that could not be listed */
  char               *follow_error;  /* why the folder is not followed */
  GPtrArray          *monitors;     /* of GFileMonitor, one per folder followed */
  GCancellable       *cancellable;
  guint               n_loading;    /* reads in flight */
  GHashTable         *reads;        /* file URI → serial of its latest read */
  guint               n_reads;
  guint               n_exports;    /* exports written */
};

/* asr-portfolio-window-load.c */
void    _asr_portfolio_window_load         (AsrPortfolioWindow *self);
void    _asr_portfolio_window_reload_file  (AsrPortfolioWindow *self,
                                            GFile              *file);
/* asr-portfolio-window.c */
void    _asr_portfolio_window_aggregate    (AsrPortfolioWindow *self);
/* The same text assessor --portfolio --csv / --json prints. */
GBytes *_asr_portfolio_window_print        (AsrPortfolioWindow *self,
                                            AsrPortfolioFormat  format);
/* Writes it to @file through the safe writer, then shows a toast or the
 * error; the window's "exported" signal-free hook for tests is
 * self->n_exports. */
void    _asr_portfolio_window_export_to    (AsrPortfolioWindow *self,
                                            GFile              *file,
                                            AsrPortfolioFormat  format);
void    _asr_portfolio_window_choose_export (AsrPortfolioWindow *self,
                                             AsrPortfolioFormat  format);
void    _asr_portfolio_window_focus_search (AsrPortfolioWindow *self);

G_END_DECLS
