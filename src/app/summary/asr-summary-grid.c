/* asr-summary-grid.c: the Summary's one-screen grid of key questions and
 * their quality statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget, its parts and its API.  The lines (one per key question):
 * asr-summary-grid-rows.c; the line under the cells and the stale marks:
 * asr-summary-grid-cells.c; the title, hint and legend:
 * asr-summary-grid-legend.c; the keyboard: asr-summary-grid-keys.c.
 */
#define G_LOG_DOMAIN "asr-summary-grid"

#include "config.h"

#include "asr-summary-card.h"
#include "asr-summary-grid-private.h"

enum {
  STATEMENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AsrSummaryGrid, asr_summary_grid, ADW_TYPE_BIN)

static GtkFlowBox *
get_flow_box (AsrSummaryGrid *self,
              guint           position)
{
  GtkWidget *row = asr_summary_nth_child (GTK_WIDGET (self->rows), position);

  return row != NULL ? GTK_FLOW_BOX (gtk_widget_get_last_child (row)) : NULL;
}

/* Every cell in reading order: key questions, then statements. */
GPtrArray *
_asr_summary_grid_collect_cells (AsrSummaryGrid *self)
{
  GPtrArray *cells = g_ptr_array_new ();
  GtkFlowBox *box;

  for (guint i = 0; (box = get_flow_box (self, i)) != NULL; i++)
    {
      GtkFlowBoxChild *child;

      for (int j = 0; (child = gtk_flow_box_get_child_at_index (box, j)) != NULL; j++)
        g_ptr_array_add (cells, gtk_flow_box_child_get_child (child));
    }

  return cells;
}

static void
set_key_questions (AsrSummaryGrid *self,
                   GListModel     *key_questions)
{
  if (self->key_questions != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->key_questions);
  g_set_object (&self->key_questions, key_questions);
  if (key_questions != NULL)
    self->items_changed_id = g_signal_connect_object (key_questions, "items-changed",
                                                      G_CALLBACK (_asr_summary_grid_rebuild_rows), self,
                                                      G_CONNECT_SWAPPED);
  _asr_summary_grid_rebuild_rows (self);
}

static void
asr_summary_grid_dispose (GObject *object)
{
  AsrSummaryGrid *self = ASR_SUMMARY_GRID (object);

  set_key_questions (self, NULL);
  _asr_summary_grid_set_comparison (self, NULL);
  g_clear_weak_pointer (&self->current);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (asr_summary_grid_parent_class)->dispose (object);
}

static void
asr_summary_grid_class_init (AsrSummaryGridClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = asr_summary_grid_dispose;
  widget_class->focus = _asr_summary_grid_focus;

  signals[STATEMENT_ACTIVATED] =
    g_signal_new ("statement-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ASR_TYPE_QUALITY_STATEMENT);
}

static void
asr_summary_grid_init (AsrSummaryGrid *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->title = GTK_LABEL (asr_summary_new_label ("heading"));
  self->rows = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  self->detail = GTK_LABEL (asr_summary_new_label ("dim-label"));
  self->legend = GTK_LABEL (asr_summary_new_label ("caption"));
  gtk_widget_add_css_class (GTK_WIDGET (self->legend), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "summary-grid");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->rows));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->detail));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->legend));
  adw_bin_set_child (ADW_BIN (self), box);

  gtk_widget_add_controller (GTK_WIDGET (self), _asr_summary_grid_keys_new (self));
  _asr_summary_grid_update_texts (self, FALSE);
}

GtkWidget *
asr_summary_grid_new (void)
{
  return g_object_new (ASR_TYPE_SUMMARY_GRID, NULL);
}

void
asr_summary_grid_set_assessment (AsrSummaryGrid *self,
                                 AsrAssessment  *assessment)
{
  AsrFramework *framework;

  g_return_if_fail (ASR_IS_SUMMARY_GRID (self));
  g_return_if_fail (assessment == NULL || ASR_IS_ASSESSMENT (assessment));

  _asr_summary_grid_set_comparison (self, assessment);
  set_key_questions (self, assessment != NULL ? asr_assessment_get_key_questions (assessment) : NULL);
  framework = assessment != NULL ? asr_assessment_get_framework (assessment) : NULL;
  _asr_summary_grid_update_texts (self, framework != NULL &&
                      asr_framework_get_scoring_method (framework) == ASR_SCORING_JUDGEMENT);
}

guint
asr_summary_grid_get_n_cells (AsrSummaryGrid *self,
                              guint           position)
{
  GtkFlowBox *box;
  guint n = 0;

  g_return_val_if_fail (ASR_IS_SUMMARY_GRID (self), 0);

  box = get_flow_box (self, position);
  while (box != NULL && gtk_flow_box_get_child_at_index (box, n) != NULL)
    n++;

  return n;
}

GtkWidget *
asr_summary_grid_get_cell (AsrSummaryGrid *self,
                           guint           position,
                           guint           index)
{
  GtkFlowBox *box;
  GtkFlowBoxChild *child;

  g_return_val_if_fail (ASR_IS_SUMMARY_GRID (self), NULL);

  box = get_flow_box (self, position);
  child = box != NULL && index <= G_MAXINT ? gtk_flow_box_get_child_at_index (box, index) : NULL;

  return child != NULL ? gtk_flow_box_child_get_child (child) : NULL;
}

GtkWidget *
_asr_summary_grid_get_current (AsrSummaryGrid *self)
{
  return self->current;
}

GtkLabel *
asr_summary_grid_get_detail (AsrSummaryGrid *self)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_GRID (self), NULL);
  return self->detail;
}

GtkLabel *
asr_summary_grid_get_legend (AsrSummaryGrid *self)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_GRID (self), NULL);
  return self->legend;
}
