/* asr-comparison-view-private.h: what the view, its rows and the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-comparison-view.h"

G_BEGIN_DECLS

struct _AsrComparisonView
{
  AdwBin         parent_instance;

  AsrComparison *comparison;
  guint          rebuild_id;
  gboolean       dirty;          /* changed while not shown */

  GtkWidget     *framework_notice;
  GtkLabel      *framework_notice_label;
  GtkLabel      *source_label;
  GtkListBox    *ratings_list;
  GtkWidget     *carried_box;
  GtkLabel      *carried_hint;
  GtkListBox    *carried_list;
  GtkWidget     *changed_only_box;
  GtkSwitch     *changed_only_switch;
  GtkLabel      *statements_hint;
  GtkListBox    *statements_list;
};

/* Rebuilds the rows from the model now (the view does it when shown). */
void       _asr_comparison_view_rebuild     (AsrComparisonView        *self);

/* Rows (asr-comparison-rows.c) */
GtkWidget *_asr_comparison_rating_row       (const AsrRatingChange    *change);
GtkWidget *_asr_comparison_carried_row      (const AsrCarriedForward  *item,
                                             int                       threshold_years);
GtkWidget *_asr_comparison_statement_row    (const AsrStatementChange *change);
/* Pango markup: removed text struck through, added text underlined, each
 * on a tinted background that reads in light and dark styles. */
char      *_asr_comparison_diff_markup      (GPtrArray                *parts);
/* The same as words for a screen reader. */
char      *_asr_comparison_diff_description (GPtrArray                *parts);

G_END_DECLS
