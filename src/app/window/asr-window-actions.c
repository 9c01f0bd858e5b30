/* asr-window-actions.c: the window's actions and keyboard bindings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Window actions are a GActionEntry[] on the window's own action map
 * ("win.*"); their accelerators are set by the application.  Keys 1–4,
 * 0 and Delete are class bindings: they run in the bubble phase, after the
 * focused widget, so a text field that takes the key keeps it.
 */
#define G_LOG_DOMAIN "asr-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-details-dialog.h"
#include "asr-export-dialog.h"
#include "asr-print.h"
#include "asr-window-import.h"
#include "asr-window-private.h"

static void
save_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  AsrWindow *self = user_data;

  _asr_window_save (self, self->file, FALSE);
}

static void
save_as_action_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  _asr_window_save (ASR_WINDOW (user_data), NULL, FALSE);
}

static void
export_action_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  _asr_window_export (ASR_WINDOW (user_data));
}

static void
report_exported_cb (AsrExportDialog *dialog,
                    GFile           *file,
                    AsrWindow       *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);

  _asr_window_add_toast (self, title);
}

static void
export_report_action_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  AsrWindow *self = user_data;
  AsrExportDialog *dialog = asr_export_dialog_new (GTK_WINDOW (self), self->assessment);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (report_exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  AsrWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!asr_print_run (GTK_WINDOW (self), self->assessment, &error))
    _asr_window_show_error (self, _("Could Not Print the Report"), error);
}

static void
details_action_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  AsrWindow *self = user_data;

  gtk_window_present (GTK_WINDOW (asr_details_dialog_new (GTK_WINDOW (self), self->assessment)));
}

static void
close_action_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
undo_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  asr_history_undo (ASR_WINDOW (user_data)->history);
}

static void
redo_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  asr_history_redo (ASR_WINDOW (user_data)->history);
}

static void
search_action_cb (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  AsrWindow *self = user_data;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  asr_sidebar_focus_search (self->sidebar);
}

static void
previous_statement_action_cb (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  _asr_window_move_statement (ASR_WINDOW (user_data), -1);
}

static void
next_statement_action_cb (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  _asr_window_move_statement (ASR_WINDOW (user_data), 1);
}

/* Keys 1–4 score the statement shown; they do nothing on the summary, or
 * where the score is not picked (carried forward, not applicable, computed). */
static void
set_score_action_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  AsrWindow *self = user_data;
  int score = g_variant_get_int32 (param);
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  if (score < 0 || score > 4 || g_strcmp0 (visible, "statement") != 0 ||
      !asr_statement_page_pick_score (self->statement_page, score))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

void
_asr_window_class_actions_init (AsrWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; int score; } keys[] = {
    { GDK_KEY_0, 0 }, { GDK_KEY_KP_0, 0 }, { GDK_KEY_Delete, 0 }, { GDK_KEY_KP_Delete, 0 },
    { GDK_KEY_1, 1 }, { GDK_KEY_KP_1, 1 }, { GDK_KEY_2, 2 }, { GDK_KEY_KP_2, 2 },
    { GDK_KEY_3, 3 }, { GDK_KEY_KP_3, 3 }, { GDK_KEY_4, 4 }, { GDK_KEY_KP_4, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0,
                                         "win.set-score", "i", keys[i].score);
}

void
_asr_window_actions_init (AsrWindow *self)
{
  static const GActionEntry entries[] = {
    { "save", save_action_cb },
    { "save-as", save_as_action_cb },
    { "export", export_action_cb },
    { "export-report", export_report_action_cb },
    { "print", print_action_cb },
    { "details", details_action_cb },
    { "close", close_action_cb },
    { "undo", undo_action_cb },
    { "redo", redo_action_cb },
    { "search", search_action_cb },
    { "previous-statement", previous_statement_action_cb },
    { "next-statement", next_statement_action_cb },
    { "set-score", set_score_action_cb, "i" },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  _asr_window_import_actions_init (self);
  _asr_window_import_report_actions_init (self);
  _asr_window_review_actions_init (self);
}

static void
set_enabled (AsrWindow  *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_asr_window_actions_update (AsrWindow *self)
{
  if (self->history == NULL)
    return;

  set_enabled (self, "undo", asr_history_get_can_undo (self->history));
  set_enabled (self, "redo", asr_history_get_can_redo (self->history));
}
