/* asr-summary-grid-rows.c: the Summary grid's lines, one per key question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each key question is a heading with its rating and a flow box bound to
 * its own GListModel of statements, so the grid holds no copy of the
 * assessment: the cells follow their statements (asr-summary-cell.c).
 * The flow boxes wrap at narrow widths; all share one column count, so
 * at full width the cells line up.
 */
#define G_LOG_DOMAIN "asr-summary-grid"

#include "config.h"

#include "asr-summary-card.h"
#include "asr-summary-cell.h"
#include "asr-summary-grid-private.h"

static void
cell_clicked_cb (AsrSummaryCell *cell,
                 AsrSummaryGrid *self)
{
  g_signal_emit_by_name (self, "statement-activated", asr_summary_cell_get_statement (cell));
}

/* The flow box's own child is not focusable, so the cell (a button) is
 * the one focus stop and Enter or Space activate it. */
static GtkWidget *
create_child_cb (gpointer item,
                 gpointer user_data)
{
  AsrSummaryGrid *self = user_data;
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *cell = asr_summary_cell_new (item);

  g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked_cb), self);
  _asr_summary_grid_watch_cell (self, ASR_SUMMARY_CELL (cell));
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), cell);

  return child;
}

static void
update_rating_cb (AsrKeyQuestion *key_question,
                  GParamSpec     *pspec,
                  GtkWidget      *label)
{
  asr_summary_show_rating (label, asr_key_question_get_rating (key_question));
}

static GtkWidget *
build_header (AsrKeyQuestion *key_question)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (asr_key_question_get_name (key_question));
  GtkWidget *rating = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (rating, "caption");
  gtk_widget_set_valign (rating, GTK_ALIGN_CENTER);
  g_signal_connect_object (key_question, "notify::rating", G_CALLBACK (update_rating_cb),
                           rating, 0);
  update_rating_cb (key_question, NULL, rating);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), rating);

  return box;
}

static GtkWidget *
build_row (AsrSummaryGrid *self,
           AsrKeyQuestion *key_question)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), self->n_columns);
  gtk_flow_box_bind_model (GTK_FLOW_BOX (box), asr_key_question_get_statements (key_question),
                           create_child_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  asr_key_question_get_name (key_question),
                                  -1);
  gtk_box_append (GTK_BOX (row), build_header (key_question));
  gtk_box_append (GTK_BOX (row), box);

  return row;
}

static guint
count_columns (GListModel *key_questions)
{
  guint n_columns = 1;

  for (guint i = 0; i < g_list_model_get_n_items (key_questions); i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (key_questions, i);

      n_columns = MAX (n_columns, asr_key_question_get_n_statements (key_question));
    }

  return n_columns;
}

/* Five key questions are rebuilt whole when the list changes (a new
 * framework); a statement's change reaches only its cell. */
void
_asr_summary_grid_rebuild_rows (AsrSummaryGrid *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->rows))) != NULL)
    gtk_box_remove (self->rows, row);
  if (self->key_questions == NULL)
    return;

  self->n_columns = count_columns (self->key_questions);
  for (guint i = 0; i < g_list_model_get_n_items (self->key_questions); i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (self->key_questions, i);

      gtk_box_append (self->rows, build_row (self, key_question));
    }
}
