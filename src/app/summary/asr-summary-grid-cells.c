/* asr-summary-grid-cells.c: the Summary grid's line under the cells and
 * the cells' stale marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The line under the grid names the cell in focus or under the pointer
 * and says its state in full.  A cell's stale mark comes from the app's
 * one staleness rule (asr-stale-comparison.c), as the sidebar's and the
 * Compare view's do.
 */
#define G_LOG_DOMAIN "asr-summary-grid"

#include "config.h"

#include "asr-summary-cell.h"
#include "asr-summary-grid-private.h"
#include "asr-stale-comparison.h"

static void
show_detail (AsrSummaryGrid *self,
             GtkWidget      *cell)
{
  gtk_label_set_label (self->detail, gtk_widget_get_tooltip_text (cell));
}

static void
cell_focus_enter_cb (GtkEventControllerFocus *controller,
                     AsrSummaryGrid          *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  g_set_weak_pointer (&self->current, cell);
  show_detail (self, cell);
}

static void
cell_pointer_enter_cb (GtkEventControllerMotion *controller,
                       double                    x,
                       double                    y,
                       AsrSummaryGrid           *self)
{
  show_detail (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

/* The statement in focus changed (an undo, an autosave restore): the
 * line under the grid follows. */
static void
cell_tooltip_cb (GtkWidget      *cell,
                 GParamSpec     *pspec,
                 AsrSummaryGrid *self)
{
  if (cell == self->current)
    show_detail (self, cell);
}

/* The pointer gone, the line names the cell in focus again. */
static void
cell_pointer_leave_cb (GtkEventControllerMotion *controller,
                       AsrSummaryGrid           *self)
{
  if (self->current != NULL && gtk_widget_has_focus (self->current))
    show_detail (self, self->current);
}

static void
mark_stale (AsrSummaryGrid *self,
            AsrSummaryCell *cell)
{
  asr_summary_cell_set_stale (cell, self->comparison != NULL &&
                                    asr_comparison_is_stale (self->comparison,
                                                             asr_summary_cell_get_statement (cell)));
}

/* A change of source, previous date, assessment date or threshold. */
static void
comparison_changed_cb (AsrSummaryGrid *self)
{
  g_autoptr(GPtrArray) cells = _asr_summary_grid_collect_cells (self);

  for (guint i = 0; i < cells->len; i++)
    mark_stale (self, cells->pdata[i]);
}

void
_asr_summary_grid_set_comparison (AsrSummaryGrid *self,
                                  AsrAssessment  *assessment)
{
  asr_stale_comparison_replace (&self->comparison, assessment,
                                G_CALLBACK (comparison_changed_cb), self);
}

/* The line under the grid follows @cell in focus or under the pointer,
 * and @cell shows its stale mark. */
void
_asr_summary_grid_watch_cell (AsrSummaryGrid *self,
                              AsrSummaryCell *cell)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect (focus, "enter", G_CALLBACK (cell_focus_enter_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (cell_pointer_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (cell_pointer_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (cell), focus);
  gtk_widget_add_controller (GTK_WIDGET (cell), motion);
  g_signal_connect (cell, "notify::tooltip-text", G_CALLBACK (cell_tooltip_cb), self);
  mark_stale (self, cell);
}
