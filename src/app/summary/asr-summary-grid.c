/* asr-summary-grid.c: the Summary's one-screen grid of key questions and
 * their quality statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each key question is a heading with its rating and a flow box bound to
 * its own GListModel of statements, so the grid holds no copy of the
 * assessment: the cells follow their statements (asr-summary-cell.c).
 * The flow boxes wrap at narrow widths; all share one column count, so
 * at full width the cells line up.  Keyboard: asr-summary-grid-keys.c.
 * A cell's stale mark comes from the app's one staleness rule
 * (asr-stale-comparison.c), as the sidebar's and the Compare view's do.
 */
#define G_LOG_DOMAIN "asr-summary-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-summary-card.h"
#include "asr-summary-cell.h"
#include "asr-summary-grid-private.h"
#include "asr-stale-comparison.h"

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

static void
set_comparison (AsrSummaryGrid *self,
                AsrAssessment  *assessment)
{
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_clear_object (&self->comparison);
  if (assessment == NULL)
    return;
  self->comparison = asr_stale_comparison_new (assessment);
  g_signal_connect_swapped (self->comparison, "changed", G_CALLBACK (comparison_changed_cb), self);
}

static void
cell_clicked_cb (AsrSummaryCell *cell,
                 AsrSummaryGrid *self)
{
  g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, asr_summary_cell_get_statement (cell));
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
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect (focus, "enter", G_CALLBACK (cell_focus_enter_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (cell_pointer_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (cell_pointer_leave_cb), self);
  gtk_widget_add_controller (cell, focus);
  gtk_widget_add_controller (cell, motion);
  g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked_cb), self);
  g_signal_connect (cell, "notify::tooltip-text", G_CALLBACK (cell_tooltip_cb), self);
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), cell);
  mark_stale (self, ASR_SUMMARY_CELL (cell));

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
static void
rebuild_rows (AsrSummaryGrid *self)
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

typedef struct
{
  const char *sign;
  const char *meaning;
} LegendKey;

/* "3 score · ↻ carried forward · …": a no-break space keeps each sign on
 * the line of its meaning. */
static void
set_legend (GtkLabel        *legend,
            const LegendKey *keys,
            guint            n_keys)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (text, "%s%s\u00a0%s", i > 0 ? " · " : "",
                            g_dpgettext2 (GETTEXT_PACKAGE, "grid cell", keys[i].sign),
                            _(keys[i].meaning));
  gtk_label_set_label (legend, text->str);
}

static void
update_texts (AsrSummaryGrid *self,
              gboolean        judged)
{
  static const LegendKey scored[] = {
    { "3", N_("score") }, { "↻", N_("carried forward") },
    { "⚠", N_("stale previous rating") },
    { "?", N_("assessed, no score yet") },
    { "–", N_("not started") }, { NC_("grid cell", "N/A"), N_("not applicable") },
    { "✎", N_("notes written") },
  };
  static const LegendKey rated[] = {
    { NC_("grid cell", "O"), N_("Outstanding") }, { NC_("grid cell", "G"), N_("Good") },
    { NC_("grid cell", "RI"), N_("Requires improvement") },
    { NC_("grid cell", "I"), N_("Inadequate") }, { "?", N_("assessed, no rating yet") },
    { "–", N_("not started") }, { NC_("grid cell", "N/A"), N_("not applicable") },
    { "✎", N_("notes written") },
  };

  if (judged)
    {
      gtk_label_set_label (self->title, _("Items"));
      gtk_label_set_label (self->detail, _("Point at an item or move to it with the arrow keys "
                                           "to see its name; click it or press Enter to open it"));
      set_legend (self->legend, rated, G_N_ELEMENTS (rated));
    }
  else
    {
      gtk_label_set_label (self->title, _("Quality Statements"));
      gtk_label_set_label (self->detail, _("Point at a quality statement or move to it with the "
                                           "arrow keys to see its name; click it or press Enter "
                                           "to open it"));
      set_legend (self->legend, scored, G_N_ELEMENTS (scored));
    }
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
                                                      G_CALLBACK (rebuild_rows), self,
                                                      G_CONNECT_SWAPPED);
  rebuild_rows (self);
}

static void
asr_summary_grid_dispose (GObject *object)
{
  AsrSummaryGrid *self = ASR_SUMMARY_GRID (object);

  set_key_questions (self, NULL);
  set_comparison (self, NULL);
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
  update_texts (self, FALSE);
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

  set_comparison (self, assessment);
  set_key_questions (self, assessment != NULL ? asr_assessment_get_key_questions (assessment) : NULL);
  framework = assessment != NULL ? asr_assessment_get_framework (assessment) : NULL;
  update_texts (self, framework != NULL &&
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
