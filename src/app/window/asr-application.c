/* asr-application.c: the application, one window per document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-application.h"
#include "asr-autosave.h"
#include "asr-preferences-window.h"
#include "asr-recovery.h"
#include "asr-window.h"

#define MIME_TYPE   "application/x-assessor-assessment"
#define MAX_RECENT  10

struct _AsrApplication
{
  AdwApplication  parent_instance;

  GMenu          *recent_section;  /* holds the "Open Recent" submenu, or nothing */
  GListStore     *recent_files;    /* of GFile: the same files, for the welcome page */
};

G_DEFINE_FINAL_TYPE (AsrApplication, asr_application, ADW_TYPE_APPLICATION)

static AsrWindow *
get_active_window (AsrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return ASR_IS_WINDOW (window) ? ASR_WINDOW (window) : NULL;
}

static AsrWindow *
find_window_for_file (AsrApplication *self,
                      GFile          *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (ASR_IS_WINDOW (l->data) && (shown = asr_window_get_file (l->data)) &&
          g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

void
asr_application_open_file (AsrApplication *self,
                           GFile          *file)
{
  AsrWindow *window;

  g_return_if_fail (ASR_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((window = find_window_for_file (self, file)))
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  /* A new window is shown once the document is in it (or the load failed):
   * built, measured and painted once, with the document. */
  if (!(window = get_active_window (self)))
    window = asr_window_new (self);
  asr_window_open_file (window, file);
}

static gint
compare_recent_cb (gconstpointer a,
                   gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

static gboolean
is_recent_assessment (GtkRecentInfo *info)
{
  const char *mime_type = gtk_recent_info_get_mime_type (info);

  return gtk_recent_info_exists (info) &&
         (g_strcmp0 (mime_type, MIME_TYPE) == 0 ||
          g_str_has_suffix (gtk_recent_info_get_uri (info), ".assessment"));
}

static GMenuItem *
create_recent_item (GtkRecentInfo *info)
{
  g_autoptr(GString) label = g_string_new (gtk_recent_info_get_display_name (info));

  /* A file name's underscores are not mnemonics. */
  g_string_replace (label, "_", "__", 0);
  return g_menu_item_new (label->str, NULL);
}

static void
recent_changed_cb (GtkRecentManager *manager,
                   AsrApplication   *self)
{
  g_autoptr(GMenu) items = g_menu_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  GList *infos = g_list_sort (gtk_recent_manager_get_items (manager), compare_recent_cb);
  guint n = 0;

  for (GList *l = infos; l != NULL && n < MAX_RECENT; l = l->next)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (!is_recent_assessment (l->data))
        continue;

      item = create_recent_item (l->data);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s",
                                         gtk_recent_info_get_uri (l->data));
      g_menu_append_item (items, item);
      g_ptr_array_add (files, g_file_new_for_uri (gtk_recent_info_get_uri (l->data)));
      n++;
    }
  g_list_free_full (infos, (GDestroyNotify) gtk_recent_info_unref);

  g_list_store_splice (self->recent_files, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->recent_files)),
                       files->pdata, files->len);
  g_menu_remove_all (self->recent_section);
  if (n > 0)
    g_menu_append_submenu (self->recent_section, _("Open _Recent"), G_MENU_MODEL (items));
}

static void
new_window_action_cb (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (asr_window_new (ASR_APPLICATION (user_data))));
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  AsrApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      asr_application_open_file (self, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
open_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  AsrApplication *self = user_data;
  g_autoptr(GtkFileFilter) assessments = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Assessment"),
                                        GTK_WINDOW (get_active_window (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (assessments, _("Assessments"));
  gtk_file_filter_add_pattern (assessments, "*.assessment");
  gtk_file_filter_add_mime_type (assessments, MIME_TYPE);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), assessments);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), assessments);

  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_recent_action_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  asr_application_open_file (ASR_APPLICATION (user_data), file);
}

/* Each window asks about its own unsaved changes. */
static void
quit_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  AsrApplication *self = user_data;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* Uninstalled and without GSETTINGS_SCHEMA_DIR there is nothing to bind. */
  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    {
      g_warning ("The settings schema %s is not installed", APP_ID);
      return;
    }
  settings = g_settings_new (APP_ID);
  gtk_window_present (GTK_WINDOW (asr_preferences_window_new (GTK_WINDOW (get_active_window (self)), settings)));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  AsrApplication *self = user_data;
  const char *developers[] = { _("The Assessor authors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_active_window (self),
                        "modal", TRUE,
                        "application-name", _("Assessor"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Assessor authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "copyright", _("© 2026 The Assessor authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Draft Care Quality Commission assessments: score each "
                                      "quality statement and see the key question and overall "
                                      "ratings as you go. Not made or endorsed by the Care "
                                      "Quality Commission."),
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_launched_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(AsrApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  AsrWindow *window;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  g_warning ("Could not open the help: %s", error->message);
  if ((window = get_active_window (self)))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                                  _("Could Not Open the Help"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
help_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  AsrApplication *self = user_data;
  AsrWindow *window = get_active_window (self);
  GdkDisplay *display = window ? gtk_widget_get_display (GTK_WIDGET (window))
                               : gdk_display_get_default ();
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (display);

  g_app_info_launch_default_for_uri_async ("help:assessor", G_APP_LAUNCH_CONTEXT (context),
                                           NULL, help_launched_cb, g_object_ref (self));
}

static void
add_actions (AsrApplication *self)
{
  static const GActionEntry entries[] = {
    { "new-window", new_window_action_cb },
    { "open", open_action_cb },
    { "open-recent", open_recent_action_cb, "s" },
    { "quit", quit_action_cb },
    { "preferences", preferences_action_cb },
    { "about", about_action_cb },
    { "help", help_action_cb },
  };
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "win.new-assessment", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.help", { "F1", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export-report", { "<Control><Shift>e", NULL } },
    { "win.review", { "<Control><Shift>r", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.previous-statement", { "<Alt>Up", "<Control>Page_Up", NULL } },
    { "win.next-statement", { "<Alt>Down", "<Control>Page_Down", NULL } },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
}

/* The application has no resource base path, so neither GtkApplication
 * nor AdwApplication loads anything by itself.  GtkApplication would add
 * BASE/icons/ to the icon theme: in GTK 4.8 that throws away the theme a
 * worker thread read when the display's icon theme was made, and the main
 * thread read both index.theme files and every icon folder again before
 * the first frame (about 63 M instructions, every start-up).  The icons
 * are in GTK's own icon resource folder instead (assessor.gresource.xml),
 * and the style sheet AdwApplication would have loaded is loaded here, at
 * the same priority. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/assessor/Assessor/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
asr_application_startup (GApplication *application)
{
  AsrApplication *self = ASR_APPLICATION (application);
  GtkRecentManager *manager;

  G_APPLICATION_CLASS (asr_application_parent_class)->startup (application);
  load_style ();

  g_set_application_name (_("Assessor"));
  gtk_window_set_default_icon_name (APP_ID);
  add_actions (self);
  asr_autosave_watch_application (GTK_APPLICATION (self));

  manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (manager, "changed", G_CALLBACK (recent_changed_cb), self, 0);
  recent_changed_cb (manager, self);
}

static void
asr_application_activate (GApplication *application)
{
  AsrApplication *self = ASR_APPLICATION (application);
  AsrWindow *window = get_active_window (self);

  if (window == NULL)
    window = asr_window_new (self);
  gtk_window_present (GTK_WINDOW (window));
  asr_recovery_offer (self, window);
}

/* The recovery dialog waits for the window it belongs to. */
static void
window_shown_cb (AsrWindow      *window,
                 AsrApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, window_shown_cb, self);
  asr_recovery_offer (self, window);
}

static void
asr_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  AsrWindow *window;

  for (int i = 0; i < n_files; i++)
    asr_application_open_file (ASR_APPLICATION (application), files[i]);
  if (!(window = get_active_window (ASR_APPLICATION (application))))
    return;
  if (gtk_widget_get_visible (GTK_WIDGET (window)))
    asr_recovery_offer (ASR_APPLICATION (application), window);
  else
    g_signal_connect_object (window, "show", G_CALLBACK (window_shown_cb), application, 0);
}

static void
asr_application_dispose (GObject *object)
{
  AsrApplication *self = ASR_APPLICATION (object);

  g_clear_object (&self->recent_section);
  g_clear_object (&self->recent_files);

  G_OBJECT_CLASS (asr_application_parent_class)->dispose (object);
}

static void
asr_application_class_init (AsrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = asr_application_dispose;
  application_class->startup = asr_application_startup;
  application_class->activate = asr_application_activate;
  application_class->open = asr_application_open;
}

static void
asr_application_init (AsrApplication *self)
{
  self->recent_section = g_menu_new ();
  self->recent_files = g_list_store_new (G_TYPE_FILE);
}

AsrApplication *
asr_application_new (void)
{
  return g_object_new (ASR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", NULL,  /* see load_style () */
                       NULL);
}

AsrApplication *
asr_application_new_for_test (void)
{
  return g_object_new (ASR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", NULL,  /* see load_style () */
                       NULL);
}

GMenuModel *
asr_application_get_recent_menu (AsrApplication *self)
{
  g_return_val_if_fail (ASR_IS_APPLICATION (self), NULL);

  return G_MENU_MODEL (self->recent_section);
}

GListModel *
asr_application_get_recent_files (AsrApplication *self)
{
  g_return_val_if_fail (ASR_IS_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->recent_files);
}

GtkWindow *
asr_application_find_window (AsrApplication *self,
                             GFile          *file)
{
  g_return_val_if_fail (ASR_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return GTK_WINDOW (find_window_for_file (self, file));
}
