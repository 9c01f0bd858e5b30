/* asr-conflict-banner.c: "N merge conflicts" above the editor, with a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 has no banner widget: a GtkRevealer holds the message and a
 * button opening the list of conflicts; choosing one goes to its statement.
 * Built when the first conflict comes: a start-up never pays for it
 * (issue 10).
 */
#define G_LOG_DOMAIN "asr-conflict-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-conflict-banner.h"
#include "asr-conflict-view.h"
#include "asr-reveal.h"
#include "asr-width-bin.h"

struct _AsrConflictBanner
{
  AdwBin         parent_instance;
  GtkRevealer   *revealer;
  GtkLabel      *label;
  GtkMenuButton *button;
  GtkListBox    *list;
  AsrAssessment *assessment;
};

G_DEFINE_FINAL_TYPE (AsrConflictBanner, asr_conflict_banner, ADW_TYPE_BIN)

enum { STATEMENT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static AsrQualityStatement *
statement_of (AsrConflictBanner *self,
              AsrConflict       *conflict)
{
  const char *kq = asr_conflict_get_key_question_id (conflict);
  const char *id = asr_conflict_get_statement_id (conflict);

  return kq && id ? asr_assessment_lookup_statement (self->assessment, kq, id) : NULL;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  AsrConflictBanner *self = user_data;
  AsrConflict *conflict = item;
  AsrQualityStatement *statement = statement_of (self, conflict);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 statement ? asr_quality_statement_get_name (statement)
                                           : asr_conflict_get_path (conflict));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), asr_conflict_view_describe_field (conflict));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), statement != NULL);
  return row;
}

static void
row_activated_cb (GtkListBox        *list,
                  GtkListBoxRow     *row,
                  AsrConflictBanner *self)
{
  GListModel *conflicts = asr_assessment_get_conflicts (self->assessment);
  g_autoptr(AsrConflict) conflict = g_list_model_get_item (conflicts, gtk_list_box_row_get_index (row));
  AsrQualityStatement *statement = conflict ? statement_of (self, conflict) : NULL;

  gtk_menu_button_popdown (self->button);
  if (statement != NULL)
    g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, statement);
}

static void build_banner (AsrConflictBanner *self);

static void
update (AsrConflictBanner *self)
{
  guint n = self->assessment ? asr_assessment_get_n_conflicts (self->assessment) : 0;
  g_autofree char *text = NULL;

  if (self->revealer == NULL)
    {
      if (n == 0)
        return;
      build_banner (self);
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u merge conflict to resolve",
                                       "%u merge conflicts to resolve", n), n);
  gtk_label_set_text (self->label, text);
  gtk_revealer_set_reveal_child (self->revealer, n > 0);
}

static void
asr_conflict_banner_dispose (GObject *object)
{
  AsrConflictBanner *self = ASR_CONFLICT_BANNER (object);

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_clear_object (&self->assessment);
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->revealer = NULL;
  self->label = NULL;
  self->button = NULL;
  self->list = NULL;
  G_OBJECT_CLASS (asr_conflict_banner_parent_class)->dispose (object);
}

static void
asr_conflict_banner_class_init (AsrConflictBannerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_conflict_banner_dispose;
  signals[STATEMENT_ACTIVATED] =
    g_signal_new ("statement-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ASR_TYPE_QUALITY_STATEMENT);
}

static GtkWidget *
build_popover (AsrConflictBanner *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Merge conflicts"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_widget_set_size_request (scrolled, 280, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  return popover;
}

static void
asr_conflict_banner_init (AsrConflictBanner *self)
{
}

static void
bind_list (AsrConflictBanner *self)
{
  gtk_list_box_bind_model (self->list,
                           self->assessment ? asr_assessment_get_conflicts (self->assessment) : NULL,
                           create_row_cb, self, NULL);
}

static void
build_banner (AsrConflictBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_wrap (self->label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->button, _("_Show Conflicts"));
  gtk_menu_button_set_use_underline (self->button, TRUE);
  gtk_menu_button_set_popover (self->button, build_popover (self));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show the merge conflicts"), -1);
  gtk_widget_add_css_class (box, "conflict-banner");
  /* Its width at the box's height costs no search over widths (issue 10). */
  gtk_box_append (GTK_BOX (box), asr_width_bin_new (GTK_WIDGET (self->label)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->button));
  gtk_revealer_set_child (self->revealer, box);
  asr_reveal_hide_concealed_child (self->revealer);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
  bind_list (self);
}

void
asr_conflict_banner_set_assessment (AsrConflictBanner *self,
                                    AsrAssessment     *assessment)
{
  g_return_if_fail (ASR_IS_CONFLICT_BANNER (self));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_set_object (&self->assessment, assessment);
  if (self->list != NULL)
    bind_list (self);
  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "notify::n-conflicts", G_CALLBACK (update), self);
  update (self);
}
