/* asr-review-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-review-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-review-panel.h"
#include "asr-window-private.h"

struct _AsrReviewPanel
{
  AdwWindow       parent_instance;
  AsrWindow      *window;        /* not owned: it owns this */
  GSignalGroup   *assessment_signals;
  GSettings      *settings;      /* NULL without the schema installed */
  GtkListBox     *list;
  AdwWindowTitle *title;
  GPtrArray      *findings;
  guint           refresh_id;
};

G_DEFINE_FINAL_TYPE (AsrReviewPanel, asr_review_panel, ADW_TYPE_WINDOW)

static void
read_settings (AsrReviewPanel    *self,
               AsrReviewSettings *settings,
               GStrv             *disabled)
{
  asr_review_settings_init (settings);
  if (self->settings == NULL)
    return;
  settings->extreme_notes_words = g_settings_get_uint (self->settings, "review-extreme-notes-words");
  settings->override_reason_words = g_settings_get_uint (self->settings, "review-override-reason-words");
  settings->repeat_words = g_settings_get_uint (self->settings, "review-repeat-words");
  settings->stale_years = (guint) g_settings_get_int (self->settings, "stale-threshold-years");
  *disabled = g_settings_get_strv (self->settings, "review-disabled-rules");
  settings->disabled = (const char * const *) *disabled;
}

static GtkWidget *
create_row (AsrFinding *finding)
{
  const AsrReviewRuleInfo *rule = asr_review_lookup_rule (finding->rule_id);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s: %s", finding->place, rule->title);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", finding->message, finding->why);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, finding->path);
  return row;
}

void
asr_review_panel_refresh (AsrReviewPanel *self)
{
  AsrAssessment *assessment = asr_window_get_assessment (self->window);
  AsrReviewSettings settings;
  g_auto(GStrv) disabled = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *child;

  g_return_if_fail (ASR_IS_REVIEW_PANEL (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  if (assessment == NULL)
    return;

  read_settings (self, &settings, &disabled);
  self->findings = asr_review_run (assessment, &settings);
  for (guint i = 0; i < self->findings->len; i++)
    gtk_list_box_append (self->list, create_row (g_ptr_array_index (self->findings, i)));
  subtitle = self->findings->len == 0
             ? g_strdup (_("No findings"))
             : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings",
                                             self->findings->len), self->findings->len);
  adw_window_title_set_subtitle (self->title, subtitle);
}

static gboolean
refresh_cb (gpointer user_data)
{
  AsrReviewPanel *self = user_data;

  self->refresh_id = 0;
  asr_review_panel_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Typing changes the document at every keystroke: rerun once it pauses. */
static void
assessment_changed_cb (AsrReviewPanel *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (300, refresh_cb, self);
}

static void
row_activated_cb (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  AsrReviewPanel *self)
{
  AsrFinding *finding = g_ptr_array_index (self->findings, gtk_list_box_row_get_index (row));
  AsrAssessment *assessment = asr_window_get_assessment (self->window);
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, finding->key_question_id);
  AsrQualityStatement *statement = NULL;
  g_autoptr(AsrQualityStatement) first = NULL;

  if (finding->statement_id != NULL)
    statement = asr_key_question_lookup_statement (kq, finding->statement_id);
  else
    statement = first = g_list_model_get_item (asr_key_question_get_statements (kq), 0);
  asr_window_show_statement (self->window, statement);
  /* What belongs to a key question is edited on its Summary card. */
  if (finding->statement_id == NULL)
    adw_view_stack_set_visible_child_name (self->window->view_stack, "summary");
  gtk_window_present (GTK_WINDOW (self->window));
}

static void
asr_review_panel_dispose (GObject *object)
{
  AsrReviewPanel *self = ASR_REVIEW_PANEL (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (asr_review_panel_parent_class)->dispose (object);
}

static void
asr_review_panel_class_init (AsrReviewPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_review_panel_dispose;
}

static GtkWidget *
build_content (AsrReviewPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *placeholder = adw_status_page_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Review"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review findings"), -1);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("No Findings"));
  adw_status_page_set_description (ADW_STATUS_PAGE (placeholder),
                                   _("The review checks found nothing to look at in this draft."));
  gtk_list_box_set_placeholder (self->list, placeholder);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_widget_set_margin_top (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->list), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  return box;
}

static void
asr_review_panel_init (AsrReviewPanel *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    {
      self->settings = g_settings_new (APP_ID);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (assessment_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_window_set_title (GTK_WINDOW (self), _("Review"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 600);
  adw_window_set_content (ADW_WINDOW (self), build_content (self));
  self->assessment_signals = g_signal_group_new (ASR_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "changed",
                                  G_CALLBACK (assessment_changed_cb), self);
}

static void
window_assessment_cb (AsrReviewPanel *self)
{
  g_signal_group_set_target (self->assessment_signals, asr_window_get_assessment (self->window));
  asr_review_panel_refresh (self);
}

AsrReviewPanel *
asr_review_panel_new (AsrWindow *window)
{
  AsrReviewPanel *self;

  g_return_val_if_fail (ASR_IS_WINDOW (window), NULL);

  self = g_object_new (ASR_TYPE_REVIEW_PANEL, "transient-for", window, NULL);
  self->window = window;
  g_signal_connect_object (window, "notify::assessment", G_CALLBACK (window_assessment_cb),
                           self, G_CONNECT_SWAPPED);
  window_assessment_cb (self);
  return self;
}

GtkListBox *
asr_review_panel_get_list (AsrReviewPanel *self)
{
  g_return_val_if_fail (ASR_IS_REVIEW_PANEL (self), NULL);
  return self->list;
}

static void
review_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  AsrWindow *window = user_data;
  AsrReviewPanel *panel = g_object_get_data (G_OBJECT (window), "asr-review-panel");

  if (panel == NULL)
    {
      panel = asr_review_panel_new (window);
      gtk_window_set_hide_on_close (GTK_WINDOW (panel), TRUE);
      /* The window owns its panel; destroying the window destroys it. */
      g_object_set_data_full (G_OBJECT (window), "asr-review-panel", g_object_ref_sink (panel),
                              (GDestroyNotify) gtk_window_destroy);
    }
  asr_review_panel_refresh (panel);
  gtk_window_present (GTK_WINDOW (panel));
}

void
_asr_window_review_actions_init (AsrWindow *self)
{
  static const GActionEntry entries[] = {
    { "review", review_action_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}
