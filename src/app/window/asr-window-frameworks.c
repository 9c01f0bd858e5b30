/* asr-window-frameworks.c: framework files the program skipped, told once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A broken framework file never stops the program: the first window tells
 * with a toast that stays until dismissed, whose button lists each
 * skipped file with its path and place.
 */
#define G_LOG_DOMAIN "asr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-window-private.h"

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
