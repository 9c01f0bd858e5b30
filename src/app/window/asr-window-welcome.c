/* asr-window-welcome.c: the welcome page of a window with no document yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window started without a file shows New Assessment, Open and the
 * recent assessments (the application's list, kept in step with
 * GtkRecentManager) instead of an empty statement page.  Creating,
 * opening, restoring or dropping a file replaces it in the same window;
 * any change to the document does too.  The page is built when first
 * shown: a window opened for a file never builds it (nor loads its icon).
 */
#define G_LOG_DOMAIN "asr-window-welcome"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-new-assessment-dialog.h"
#include "asr-window-private.h"

/* "/home/me/Assessments" → "~/Assessments": where the file is, short. */
static char *
dup_folder_label (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  if ((relative = g_file_get_relative_path (home, parent)))
    return g_strconcat ("~/", relative, NULL);
  return g_file_get_parse_name (parent);
}

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  GFile *file = item;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *folder = dup_folder_label (file);
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  return row;
}

static void
recent_changed_cb (GListModel *files,
                   guint       position,
                   guint       removed,
                   guint       added,
                   AsrWindow  *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), g_list_model_get_n_items (files) > 0);
}

/* Lists the recent assessments of @application, once the page is built. */
void
_asr_window_welcome_set_application (AsrWindow      *self,
                                     AsrApplication *application)
{
  GListModel *files;

  if (self->recent_list == NULL)
    return;
  files = asr_application_get_recent_files (application);
  gtk_list_box_bind_model (self->recent_list, files, create_recent_row, NULL, NULL);
  g_signal_connect_object (files, "items-changed", G_CALLBACK (recent_changed_cb), self, 0);
  recent_changed_cb (files, 0, 0, 0, self);
}

static void
build_welcome_page (AsrWindow *self)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/assessor/Assessor/asr-window-welcome.ui");
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  adw_bin_set_child (self->welcome_bin, GTK_WIDGET (gtk_builder_get_object (builder, "welcome_page")));
  self->welcome_new_button = GTK_WIDGET (gtk_builder_get_object (builder, "welcome_new_button"));
  self->recent_group = ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "recent_group"));
  self->recent_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "recent_list"));
  _asr_window_attach_primary_menu (self,
                                   GTK_MENU_BUTTON (gtk_builder_get_object (builder,
                                                                            "welcome_menu_button")));
  if (ASR_IS_APPLICATION (application))
    _asr_window_welcome_set_application (self, ASR_APPLICATION (application));
}

/* Built once the window is (or is being) realized: a window made for a
 * file is told so before it is shown. */
void
_asr_window_welcome_ensure (AsrWindow *self)
{
  if (!self->welcome || self->welcome_new_button != NULL ||
      !gtk_widget_get_realized (GTK_WIDGET (self)))
    return;
  build_welcome_page (self);
  gtk_widget_grab_focus (self->welcome_new_button);
}

void
_asr_window_set_welcome (AsrWindow *self,
                         gboolean   welcome)
{
  self->welcome = welcome;
  if (!welcome)
    _asr_window_ensure_views (self);
  gtk_stack_set_visible_child_name (self->main_stack, welcome ? "welcome" : "document");
  if (welcome && self->welcome_new_button != NULL)
    gtk_widget_grab_focus (self->welcome_new_button);
  else
    _asr_window_welcome_ensure (self);
  _asr_window_update_title (self);
  _asr_window_actions_update (self);
}

static void
created_cb (AsrNewAssessmentDialog *dialog,
            AsrAssessment          *assessment,
            gboolean                import_previous,
            AsrWindow              *self)
{
  AsrWindow *target = self;

  if (!asr_window_is_empty (self))
    target = asr_window_new (ASR_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  /* Not saved yet, though it holds what was typed: closing asks. */
  asr_window_restore_document (target, assessment, NULL);
  gtk_window_present (GTK_WINDOW (target));
  if (import_previous)
    g_action_group_activate_action (G_ACTION_GROUP (target), "import-previous", NULL);
}

AsrNewAssessmentDialog *
_asr_window_new_assessment (AsrWindow *self)
{
  AsrNewAssessmentDialog *dialog = asr_new_assessment_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
