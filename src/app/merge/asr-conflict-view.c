/* asr-conflict-view.c: the merge conflicts of the quality statement shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One card per conflict: what it is about, mine and theirs side by side
 * under the names of who wrote them, and the buttons that resolve it.
 * Rebuilt whenever the statement or the list of conflicts changes (a
 * resolution, an undo).
 */
#define G_LOG_DOMAIN "asr-conflict-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-conflict-view.h"

struct _AsrConflictView
{
  AdwBin               parent_instance;
  GtkBox              *box;
  AsrAssessment       *assessment;
  AsrHistory          *history;
  AsrQualityStatement *statement;
};

G_DEFINE_FINAL_TYPE (AsrConflictView, asr_conflict_view, ADW_TYPE_BIN)

const char *
asr_conflict_view_describe_field (AsrConflict *conflict)
{
  const char *field = asr_conflict_get_field (conflict);

  if (g_str_equal (field, "score"))
    return strstr (asr_conflict_get_path (conflict), "/evidence/") ? _("Evidence score") : _("Score");
  if (g_str_equal (field, "notes"))
    return strstr (asr_conflict_get_path (conflict), "/evidence/") ? _("Evidence notes") : _("Notes");
  if (g_str_equal (field, "source"))
    return _("Source");
  return field;
}

/* A value in the inspector's words: a source by its label. */
static char *
describe (AsrConflict *conflict,
          JsonNode    *value)
{
  AsrSource source;

  if (g_str_equal (asr_conflict_get_field (conflict), "source") && JSON_NODE_HOLDS_VALUE (value) &&
      asr_source_from_id (json_node_get_string (value), &source))
    return g_strdup (asr_source_to_label (source));
  if (JSON_NODE_HOLDS_NULL (value))
    return g_strdup (_("(nothing)"));
  return asr_conflict_describe_value (value);
}

static GtkWidget *
side_box (const char *name,
          const char *value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *who = gtk_label_new (name);
  GtkWidget *what = gtk_label_new (value);

  gtk_widget_add_css_class (who, "heading");
  gtk_label_set_xalign (GTK_LABEL (who), 0);
  gtk_label_set_wrap (GTK_LABEL (who), TRUE);
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_wrap (GTK_LABEL (what), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (what), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (what), TRUE);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), who);
  gtk_box_append (GTK_BOX (box), what);
  return box;
}

static void
resolve_clicked_cb (GtkButton       *button,
                    AsrConflictView *self)
{
  AsrConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  AsrResolution resolution = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "resolution"));
  g_autoptr(GError) error = NULL;

  /* One undo step per conflict. */
  if (self->history != NULL)
    asr_history_close_step (self->history);
  if (!asr_merge_resolve (self->assessment, conflict, resolution, &error))
    g_warning ("Could not resolve %s: %s", asr_conflict_get_path (conflict), error->message);
  if (self->history != NULL)
    asr_history_close_step (self->history);
}

static GtkWidget *
resolve_button (AsrConflictView *self,
                AsrConflict     *conflict,
                const char      *label,
                const char      *description,
                AsrResolution    resolution)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_object_set_data (G_OBJECT (button), "resolution", GINT_TO_POINTER (resolution));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (resolve_clicked_cb), self);
  return button;
}

static void
append_button (GtkWidget *flow,
               GtkWidget *button)
{
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), button);
  gtk_widget_set_focusable (child, FALSE);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), child);
}

static GtkWidget *
conflict_card (AsrConflictView *self,
               AsrConflict     *conflict)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *buttons = gtk_flow_box_new ();
  g_autofree char *heading = g_strdup_printf (_("Merge conflict: %s"), asr_conflict_view_describe_field (conflict));
  g_autofree char *mine = describe (conflict, asr_conflict_get_mine (conflict));
  g_autofree char *theirs = describe (conflict, asr_conflict_get_theirs (conflict));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "conflict-card");
  gtk_label_set_text (GTK_LABEL (title), heading);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);
  gtk_box_append (GTK_BOX (sides), side_box (asr_conflict_get_mine_label (conflict), mine));
  gtk_box_append (GTK_BOX (sides), side_box (asr_conflict_get_theirs_label (conflict), theirs));
  /* A flow box: on a phone the buttons wrap instead of widening the window. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 3);
  append_button (buttons, resolve_button (self, conflict, _("Keep _Mine"), _("Keep the value in your draft"),
                                          ASR_RESOLVE_KEEP_MINE));
  append_button (buttons, resolve_button (self, conflict, _("Take _Theirs"), _("Take the value in the other draft"),
                                          ASR_RESOLVE_TAKE_THEIRS));
  if (asr_merge_can_keep_both (conflict))
    append_button (buttons, resolve_button (self, conflict, _("Keep _Both"),
                                            _("Join both notes, each part under the name of who wrote it"),
                                            ASR_RESOLVE_KEEP_BOTH));
  gtk_widget_add_css_class (gtk_widget_get_first_child (gtk_widget_get_last_child (buttons)),
                            "suggested-action");
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), sides);
  gtk_box_append (GTK_BOX (card), buttons);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  return card;
}

static gboolean
belongs_to_statement (AsrConflictView *self,
                      AsrConflict     *conflict)
{
  AsrKeyQuestion *kq;

  if (self->statement == NULL || asr_conflict_get_statement_id (conflict) == NULL)
    return FALSE;
  kq = asr_quality_statement_get_key_question (self->statement);
  return g_strcmp0 (asr_conflict_get_statement_id (conflict), asr_quality_statement_get_id (self->statement)) == 0 &&
         kq != NULL && g_strcmp0 (asr_conflict_get_key_question_id (conflict), asr_key_question_get_id (kq)) == 0;
}

static void
rebuild (AsrConflictView *self)
{
  GtkWidget *child;
  GListModel *conflicts = self->assessment ? asr_assessment_get_conflicts (self->assessment) : NULL;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))))
    gtk_box_remove (self->box, child);
  for (guint i = 0; conflicts != NULL && i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (conflicts, i);

      if (belongs_to_statement (self, conflict))
        {
          gtk_box_append (self->box, conflict_card (self, conflict));
          shown++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self), shown > 0);
}

static void
conflicts_changed_cb (AsrConflictView *self)
{
  rebuild (self);
}

static void
asr_conflict_view_dispose (GObject *object)
{
  AsrConflictView *self = ASR_CONFLICT_VIEW (object);

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (asr_assessment_get_conflicts (self->assessment), self);
  g_clear_object (&self->assessment);
  g_clear_object (&self->history);
  g_clear_object (&self->statement);
  G_OBJECT_CLASS (asr_conflict_view_parent_class)->dispose (object);
}

static void
asr_conflict_view_class_init (AsrConflictViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_conflict_view_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "conflictview");
}

static void
asr_conflict_view_init (AsrConflictView *self)
{
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 12);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->box));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

void
asr_conflict_view_set_document (AsrConflictView *self,
                                AsrAssessment   *assessment,
                                AsrHistory      *history)
{
  g_return_if_fail (ASR_IS_CONFLICT_VIEW (self));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (asr_assessment_get_conflicts (self->assessment), self);
  g_set_object (&self->assessment, assessment);
  g_set_object (&self->history, history);
  g_clear_object (&self->statement);
  if (assessment != NULL)
    g_signal_connect_swapped (asr_assessment_get_conflicts (assessment), "items-changed",
                              G_CALLBACK (conflicts_changed_cb), self);
  rebuild (self);
}

void
asr_conflict_view_set_statement (AsrConflictView     *self,
                                 AsrQualityStatement *statement)
{
  g_return_if_fail (ASR_IS_CONFLICT_VIEW (self));

  g_set_object (&self->statement, statement);
  rebuild (self);
}
