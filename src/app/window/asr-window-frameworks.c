/* asr-window-frameworks.c: the window and the installed frameworks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A broken framework file never stops the program: the first window tells
 * with a toast that stays until dismissed, whose button lists each
 * skipped file with its path and place.  The Details dialog offers every
 * installed framework; a draft with nothing started moves to the one
 * chosen.
 */
#define G_LOG_DOMAIN "asr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-details-dialog-private.h"
#include "asr-window-private.h"

typedef struct
{
  AsrWindow    *window;
  AsrFramework *framework;
  GtkWindow    *dialog;
} Move;

static void
move_free (Move *move)
{
  g_object_unref (move->window);
  g_object_unref (move->framework);
  g_object_unref (move->dialog);
  g_free (move);
}

/* The document is replaced outside the combo row's own signal, then the
 * dialog is shown again for the new document, on the framework row. */
static gboolean
move_framework_cb (gpointer data)
{
  Move *move = data;
  AsrWindow *self = move->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) moved = asr_assessment_with_framework (self->assessment, move->framework, &error);
  AsrDetailsDialog *dialog;

  gtk_window_destroy (move->dialog);
  if (moved == NULL)
    {
      _asr_window_show_error (self, _("Could Not Change the Framework"), error);
      return G_SOURCE_REMOVE;
    }
  /* The file, if any, still names the old framework: unsaved. */
  asr_window_restore_document (self, moved, self->file);

  dialog = _asr_window_show_details (self);
  gtk_widget_grab_focus (asr_details_dialog_get_row (dialog, "framework_row"));
  return G_SOURCE_REMOVE;
}

static void
framework_chosen_cb (AsrDetailsDialog *dialog,
                     AsrFramework     *framework,
                     AsrWindow        *self)
{
  Move *move = g_new0 (Move, 1);

  move->window = g_object_ref (self);
  move->framework = g_object_ref (framework);
  move->dialog = g_object_ref (GTK_WINDOW (dialog));
  g_idle_add_full (G_PRIORITY_DEFAULT, move_framework_cb, move, (GDestroyNotify) move_free);
}

AsrDetailsDialog *
_asr_window_show_details (AsrWindow *self)
{
  GtkWidget *dialog = asr_details_dialog_new (GTK_WINDOW (self), self->assessment);

  g_signal_connect_object (dialog, "framework-chosen", G_CALLBACK (framework_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return ASR_DETAILS_DIALOG (dialog);
}

static void
show_problems_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  AsrWindow *self = user_data;
  GPtrArray *problems = asr_framework_registry_get_problems (asr_framework_registry_get_default ());
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (body, i == 0 ? "%s" : "\n\n%s", (char *) g_ptr_array_index (problems, i));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Framework Files Skipped"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_asr_window_report_framework_problems (AsrWindow *self)
{
  static gboolean reported;
  GPtrArray *problems = asr_framework_registry_get_problems (asr_framework_registry_get_default ());
  g_autoptr(GSimpleAction) action = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (reported || problems->len == 0)
    return;
  reported = TRUE;

  action = g_simple_action_new ("framework-problems", NULL);
  g_signal_connect_object (action, "activate", G_CALLBACK (show_problems_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "A framework file was skipped",
                                        "%u framework files were skipped",
                                        problems->len),
                           problems->len);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.framework-problems");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
