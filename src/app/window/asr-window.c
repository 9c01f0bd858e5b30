/* asr-window.c: one window per assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns the document (the assessment, its file, its history) and
 * hands the same model objects to the sidebar, the statement page and the
 * summary view.  Actions and key bindings live in asr-window-actions.c,
 * opening, saving, exporting and closing in asr-window-document.c.
 */
#define G_LOG_DOMAIN "asr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-paint-buffer.h"
#include "asr-window-private.h"
#include "asr-window-merge.h"

G_DEFINE_FINAL_TYPE (AsrWindow, asr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_FILE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static AsrAssessment *
create_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", &error);

  /* The built-in frameworks are compiled in and tested: never missing. */
  if (framework == NULL)
    g_error ("The built-in framework is broken: %s", error->message);

  return asr_assessment_new (framework);
}

char *
_asr_window_dup_display_name (AsrWindow *self)
{
  g_autofree char *basename = NULL;

  if (self->file == NULL)
    return g_strdup (_("New Assessment"));

  basename = g_file_get_basename (self->file);
  return g_filename_display_name (basename);
}

void
_asr_window_update_title (AsrWindow *self)
{
  g_autofree char *name = _asr_window_dup_display_name (self);
  g_autofree char *title = NULL;
  const char *service = "";

  if (self->assessment != NULL)
    service = asr_assessment_get_service_name (self->assessment);

  /* Translators: the title of a document with unsaved changes */
  title = asr_window_get_modified (self) ? g_strdup_printf (_("• %s"), name) : g_strdup (name);
  if (self->welcome)
    {
      g_free (title);
      title = g_strdup (_("Assessor"));
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, service);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, service);
}

void
_asr_window_update_modified (AsrWindow *self)
{
  gboolean modified = asr_window_get_modified (self);

  if (modified == self->modified)
    return;
  self->modified = modified;
  _asr_window_update_title (self);
  _asr_window_actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Any edit replaces the welcome page with the document. */
static void
assessment_changed_cb (AsrWindow *self)
{
  if (self->welcome)
    _asr_window_set_welcome (self, FALSE);
  _asr_window_update_modified (self);
}

/* Every change goes through the history: its state says whether the
 * document is as saved, also after undoing back to it. */
static void
history_notify_cb (AsrWindow *self)
{
  _asr_window_actions_update (self);
  _asr_window_update_modified (self);
}

static AsrQualityStatement *
first_statement (AsrAssessment *assessment)
{
  g_autoptr(AsrKeyQuestion) key_question =
    g_list_model_get_item (asr_assessment_get_key_questions (assessment), 0);

  if (key_question == NULL)
    return NULL;
  return g_list_model_get_item (asr_key_question_get_statements (key_question), 0);
}

/* The views of the document: built once per document, for that document.
 * A new window holds an empty assessment but builds nothing for it until
 * it is to be shown (a window opened for a file never builds, measures and
 * throws away an empty sidebar and statement page first). */
static void
show_document (AsrWindow *self)
{
  g_autoptr(AsrQualityStatement) statement = first_statement (self->assessment);

  _asr_window_ensure_history (self);
  self->views_pending = FALSE;
  asr_statement_page_set_statement (self->statement_page, NULL);
  _asr_window_merge_set_document (self);
  _asr_window_pages_clear_items (self);
  asr_sidebar_set_assessment (self->sidebar, self->assessment);
  asr_progress_label_set_assessment (self->progress_label, self->assessment);
  asr_progress_label_set_assessment (self->page_progress_label, self->assessment);
  _asr_window_pages_set_assessment (self, self->assessment);
  asr_window_show_statement (self, statement);
}

void
_asr_window_ensure_views (AsrWindow *self)
{
  if (self->views_pending)
    show_document (self);
}

/* The document's undo history, made when the document is first shown or
 * asked for: the empty document a new window holds is replaced unseen
 * when the window opens a file, so its history would be made and thrown
 * away at every start-up (issue 10).  Nothing edits a document before it
 * is shown or handed out (asr_window_get_assessment). */
void
_asr_window_ensure_history (AsrWindow *self)
{
  if (self->history != NULL || self->assessment == NULL)
    return;
  self->history = asr_history_new (self->assessment);
  g_signal_connect_object (self->history, "notify", G_CALLBACK (history_notify_cb),
                           self, G_CONNECT_SWAPPED);
  self->saved_state = asr_history_get_state (self->history);
}

/* The document; its history and views when @show. */
static void
set_document (AsrWindow     *self,
              AsrAssessment *assessment,
              GFile         *file,
              gboolean       show)
{
  /* Alive until every view has let go of it: its statements lose their
   * key question when it goes. */
  g_autoptr(AsrAssessment) previous = NULL;

  previous = g_steal_pointer (&self->assessment);
  self->assessment = g_object_ref (assessment);
  g_set_object (&self->file, file);
  g_clear_object (&self->history);
  if (show)
    _asr_window_ensure_history (self);
  self->modified = FALSE;
  self->save_as_new = FALSE;
  asr_problems_bar_set_problems (self->problems_bar, NULL, NULL);
  g_signal_group_set_target (self->assessment_signals, assessment);

  self->views_pending = TRUE;
  if (show)
    show_document (self);
  self->welcome = FALSE;
  gtk_stack_set_visible_child_name (self->main_stack, "document");

  _asr_window_update_title (self);
  _asr_window_actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
asr_window_set_document (AsrWindow     *self,
                         AsrAssessment *assessment,
                         GFile         *file)
{
  g_return_if_fail (ASR_IS_WINDOW (self));
  g_return_if_fail (ASR_IS_ASSESSMENT (assessment));
  g_return_if_fail (!file || G_IS_FILE (file));

  set_document (self, assessment, file, TRUE);
}

void
asr_window_restore_document (AsrWindow     *self,
                             AsrAssessment *assessment,
                             GFile         *file)
{
  g_return_if_fail (ASR_IS_WINDOW (self));

  asr_window_set_document (self, assessment, file);
  /* Not what is in @file (if anything is): unsaved until saved. */
  self->saved_state = G_MAXUINT64;
  _asr_window_update_modified (self);
}

AsrQualityStatement *
asr_window_get_statement (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), NULL);

  _asr_window_ensure_views (self);
  return asr_statement_page_get_statement (self->statement_page);
}

void
asr_window_show_statement (AsrWindow           *self,
                           AsrQualityStatement *statement)
{
  g_return_if_fail (ASR_IS_WINDOW (self));

  _asr_window_ensure_views (self);
  asr_sidebar_set_statement (self->sidebar, statement);
  asr_statement_page_set_statement (self->statement_page, statement);
  asr_conflict_view_set_statement (self->conflict_view, statement);
  /* An item of a judgement framework has a page of its own. */
  if (statement != NULL && asr_summary_is_judged (asr_quality_statement_get_key_question (statement)))
    {
      asr_item_page_set_item (_asr_window_get_item_page (self), statement);
      gtk_stack_set_visible_child_name (self->editor_stack, "item");
    }
  else
    gtk_stack_set_visible_child_name (self->editor_stack, "statement");
  adw_view_stack_set_visible_child_name (self->view_stack, "statement");
}

void
asr_window_show_judgement (AsrWindow      *self,
                           AsrKeyQuestion *key_question)
{
  g_return_if_fail (ASR_IS_WINDOW (self));
  g_return_if_fail (asr_summary_is_judged (key_question));

  _asr_window_ensure_views (self);
  asr_judgement_page_set_key_question (_asr_window_get_judgement_page (self), key_question);
  gtk_stack_set_visible_child_name (self->editor_stack, "judgement");
  adw_view_stack_set_visible_child_name (self->view_stack, "statement");
}

static void
collect_statement_cb (AsrKeyQuestion      *key_question,
                      AsrQualityStatement *statement,
                      gpointer             user_data)
{
  g_ptr_array_add (user_data, g_object_ref (statement));
}

void
_asr_window_move_statement (AsrWindow *self,
                            int        direction)
{
  AsrQualityStatement *current = asr_window_get_statement (self);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint index = 0;

  asr_assessment_foreach_statement (self->assessment, collect_statement_cb, all);

  if (current != NULL && g_ptr_array_find (all, current, &index))
    index = (guint) ((int) index + direction);
  if (index >= all->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  asr_window_show_statement (self, g_ptr_array_index (all, index));
}

static void
sidebar_statement_cb (AsrWindow *self)
{
  AsrQualityStatement *statement = asr_sidebar_get_statement (self->sidebar);

  if (statement != NULL && statement != asr_window_get_statement (self))
    asr_window_show_statement (self, statement);
}

static void
sidebar_activated_cb (AsrWindow           *self,
                      AsrQualityStatement *statement)
{
  asr_window_show_statement (self, statement);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Tab out of the sidebar's list goes to the page beside it, when shown. */
static gboolean
sidebar_leave_forward_cb (AsrWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (page == NULL ||
      (adw_leaflet_get_folded (self->leaflet) &&
       g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "sidebar") == 0))
    return FALSE;
  return gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
back_clicked_cb (AsrWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Opens dropped files: the first here if this window is empty. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AsrWindow     *self)
{
  GSList *files = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));

  for (const GSList *l = files; l != NULL; l = l->next)
    asr_window_open_file (self, l->data);

  g_slist_free (files);
  return files != NULL;
}

static void
load_settings (AsrWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build tree without the schema installed: defaults. */
  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    return;

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_settings (AsrWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  if (self->settings == NULL)
    return;

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (maximized)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static gboolean
asr_window_close_request (GtkWindow *window)
{
  AsrWindow *self = ASR_WINDOW (window);

  save_settings (self);
  if (asr_window_get_modified (self) && !self->discard)
    {
      _asr_window_confirm_close (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (asr_window_parent_class)->close_request (window);
}

/* Shown without a document of its own (the welcome page, or a test):
 * the empty assessment's views, built now. */
static void
asr_window_realize (GtkWidget *widget)
{
  _asr_window_ensure_views (ASR_WINDOW (widget));
  GTK_WIDGET_CLASS (asr_window_parent_class)->realize (widget);
  _asr_window_welcome_ensure (ASR_WINDOW (widget));
  asr_paint_buffer_keep (widget);
}

/* The main menu's popover (every item of it a widget) is built when the
 * menu is first opened, by pointer, F10 or a test alike: a start-up
 * never builds it. */
static void
create_primary_popup_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  AsrWindow *self = user_data;

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

void
_asr_window_attach_primary_menu (AsrWindow     *self,
                                 GtkMenuButton *button)
{
  gtk_menu_button_set_create_popup_func (button, create_primary_popup_cb, self, NULL);
}

/* The view switcher bar shows when the header's switcher does not fit; it
 * is built then, the first time (a wide window never pays for its buttons).
 * The title decides that while it is being allocated, so the bar follows
 * on idle: revealed within the same allocation, the bar had been measured
 * hidden and was given no height (GTK warned of a height of -1). */
static void
sync_switcher_bar (AsrWindow *self)
{
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  if (self->switcher_bar == NULL)
    {
      if (!narrow)
        return;
      self->switcher_bar = ADW_VIEW_SWITCHER_BAR (adw_view_switcher_bar_new ());
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
      adw_bin_set_child (self->switcher_bar_bin, GTK_WIDGET (self->switcher_bar));
    }
  adw_view_switcher_bar_set_reveal (self->switcher_bar, narrow);
}

static gboolean
reveal_switcher_bar_cb (gpointer data)
{
  AsrWindow *self = data;

  self->switcher_idle = 0;
  sync_switcher_bar (self);
  return G_SOURCE_REMOVE;
}

static void
title_visible_cb (AsrWindow *self)
{
  if (self->switcher_idle == 0)
    self->switcher_idle = g_idle_add (reveal_switcher_bar_cb, self);
}

static void
asr_window_dispose (GObject *object)
{
  AsrWindow *self = ASR_WINDOW (object);

  g_clear_handle_id (&self->switcher_idle, g_source_remove);
  g_clear_pointer (&self->help_overlay, gtk_window_destroy);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_WINDOW);
  self->switcher_bar = NULL;   /* the template's switcher_bar_bin held it */
  self->welcome_new_button = NULL;   /* and welcome_bin these */
  self->recent_group = NULL;
  self->recent_list = NULL;
  _asr_window_pages_dispose (self);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->history);
  g_clear_object (&self->assessment);
  g_clear_object (&self->replaced);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (asr_window_parent_class)->dispose (object);
}

static void
asr_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AsrWindow *self = ASR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, asr_window_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_window_class_init (AsrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = asr_window_dispose;
  object_class->get_property = asr_window_get_property;
  widget_class->realize = asr_window_realize;
  window_class->close_request = asr_window_close_request;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ASR_TYPE_ASSESSMENT, ro);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ASR_TYPE_SIDEBAR);
  g_type_ensure (ASR_TYPE_STATEMENT_PAGE);
  g_type_ensure (ASR_TYPE_CONFLICT_BANNER);
  g_type_ensure (ASR_TYPE_CONFLICT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, switcher_bar_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, statement_page);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, conflict_banner);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, conflict_view);
  gtk_widget_class_bind_template_callback (widget_class, asr_window_show_statement);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, item_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, judgement_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, summary_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, compare_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrWindow, recent_section);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_statement_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "view_stack_page_cb",
                                                G_CALLBACK (_asr_window_view_stack_page_cb));
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  _asr_window_class_actions_init (klass);
}

static void
application_notify_cb (AsrWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (ASR_IS_APPLICATION (application) &&
      g_menu_model_get_n_items (G_MENU_MODEL (self->recent_section)) == 0)
    {
      g_menu_append_section (self->recent_section, NULL,
                             asr_application_get_recent_menu (ASR_APPLICATION (application)));
      _asr_window_welcome_set_application (self, ASR_APPLICATION (application));
    }
}

static void
asr_window_init (AsrWindow *self)
{
  g_autoptr(AsrAssessment) assessment = create_assessment ();
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));
  _asr_window_attach_primary_menu (self, self->primary_menu_button);
  sync_switcher_bar (self);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (title_visible_cb), self);

  self->cancellable = g_cancellable_new ();
  self->assessment_signals = g_signal_group_new (ASR_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "changed",
                                  G_CALLBACK (assessment_changed_cb), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::service-name",
                                  G_CALLBACK (_asr_window_update_title), self);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_notify_cb), NULL);
  g_signal_connect_object (self->sidebar, "leave-forward",
                           G_CALLBACK (sidebar_leave_forward_cb), self, G_CONNECT_SWAPPED);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  /* Above the pages, outside the template: one widget, added in code. */
  self->problems_bar = ASR_PROBLEMS_BAR (asr_problems_bar_new ());
  gtk_widget_insert_before (GTK_WIDGET (self->problems_bar),
                            gtk_widget_get_parent (GTK_WIDGET (self->view_stack)),
                            GTK_WIDGET (self->view_stack));

  /* Under the sidebar: how far the whole assessment is, always in view. */
  self->progress_label = ASR_PROGRESS_LABEL (asr_progress_label_new ());
  gtk_widget_insert_after (GTK_WIDGET (self->progress_label),
                           gtk_widget_get_parent (GTK_WIDGET (self->sidebar)),
                           GTK_WIDGET (self->sidebar));
  /* Folded (narrow), the sidebar is off screen while a page is open: the
   * same line then shows under the pages, above the view switcher bar. */
  self->page_progress_label = ASR_PROGRESS_LABEL (asr_progress_label_new ());
  g_object_bind_property (self->leaflet, "folded", self->page_progress_label, "visible",
                          G_BINDING_SYNC_CREATE);
  gtk_widget_insert_after (GTK_WIDGET (self->page_progress_label),
                           gtk_widget_get_parent (GTK_WIDGET (self->view_stack)),
                           GTK_WIDGET (self->view_stack));

  _asr_window_actions_init (self);
  _asr_window_merge_actions_init (self);
  load_settings (self);
  set_document (self, assessment, NULL, FALSE);
  _asr_window_report_framework_problems (self);
  _asr_window_set_welcome (self, TRUE);
}

AsrWindow *
asr_window_new (AsrApplication *application)
{
  g_return_val_if_fail (!application || ASR_IS_APPLICATION (application), NULL);

  return g_object_new (ASR_TYPE_WINDOW, "application", application, NULL);
}

AsrAssessment *
asr_window_get_assessment (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), NULL);

  _asr_window_ensure_history (self);
  return self->assessment;
}

GFile *
asr_window_get_file (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
asr_window_get_modified (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), FALSE);

  return self->history != NULL && asr_history_get_state (self->history) != self->saved_state;
}

AsrHistory *
asr_window_get_history (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), NULL);

  _asr_window_ensure_history (self);
  return self->history;
}

gboolean
asr_window_is_empty (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), FALSE);

  return self->file == NULL && !asr_window_get_modified (self) && self->n_claims == 0;
}

GListModel *
asr_window_get_problems (AsrWindow *self)
{
  g_return_val_if_fail (ASR_IS_WINDOW (self), NULL);
  return asr_problems_bar_get_problems (self->problems_bar);
}
