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
#include "asr-notes-buffer.h"
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
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-uri");
  adw_toast_set_action_target (toast, "s", uri);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
uri_launched_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AsrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    _asr_window_show_error (self, _("Could Not Open the Exported File"), error);
}

/* Opens an exported file in the application the desktop uses for it. */
static void
open_uri_action_cb (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  AsrWindow *self = user_data;
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  g_app_info_launch_default_for_uri_async (g_variant_get_string (param, NULL),
                                           G_APP_LAUNCH_CONTEXT (context), NULL,
                                           uri_launched_cb, g_object_ref (self));
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
  g_autofree char *name = _asr_window_dup_document_name (self);

  if (!asr_print_run (GTK_WINDOW (self), self->assessment, name, &error))
    _asr_window_show_error (self, _("Could Not Print the Report"), error);
}

static void
details_action_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  _asr_window_show_details (user_data);
}

static void
new_assessment_action_cb (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  _asr_window_new_assessment (ASR_WINDOW (user_data));
}

static void
close_action_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
history_toast_dismissed_cb (AdwToast  *toast,
                            AsrWindow *self)
{
  if (self->history_toast == toast)
    self->history_toast = NULL;
}

/* One toast says what the last undo or redo did; the next one retitles it
 * rather than queueing another behind it. */
static void
tell_history_step (AsrWindow  *self,
                   const char *title)
{
  if (self->history_toast != NULL)
    {
      adw_toast_set_title (self->history_toast, title);
      return;
    }
  self->history_toast = adw_toast_new (title);
  g_signal_connect_object (self->history_toast, "dismissed",
                           G_CALLBACK (history_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, self->history_toast);
}

/* Ctrl+Z in a notes field undoes that field's last edit, even when other
 * changes came after it; with nothing to undo there, nothing elsewhere. */
static gboolean
undo_in_notes (AsrWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  g_autofree char *what = NULL;
  g_autofree char *title = NULL;
  GObject *owner;

  if (!GTK_IS_TEXT_VIEW (focus))
    return FALSE;
  owner = asr_notes_buffer_get_owner (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)));
  if (owner == NULL)
    return FALSE;

  if (!asr_history_undo_notes (asr_window_get_history (self), owner, &what))
    gtk_widget_error_bell (GTK_WIDGET (self));
  else
    {
      /* Translators: %s says what was undone */
      title = g_strdup_printf (_("Undid: %s"), what);
      tell_history_step (self, title);
    }
  return TRUE;
}

/* Undo and redo bring what they change into view (the statement, scrolled
 * to the field, which takes the focus) and say what it was. */
static void
step_history (AsrWindow *self,
              gboolean   redo)
{
  AsrQualityStatement *statement = NULL;
  GObject *object = NULL;
  const char *property = NULL;
  g_autofree char *what = asr_history_describe_next (asr_window_get_history (self), redo, &object,
                                                     &property, &statement);
  g_autofree char *title = NULL;

  if (!redo && undo_in_notes (self))
    return;
  if (what == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (redo)
    asr_history_redo (asr_window_get_history (self));
  else
    asr_history_undo (asr_window_get_history (self));

  if (statement != NULL)
    {
      if (statement != asr_window_get_statement (self))
        asr_window_show_statement (self, statement);
      adw_view_stack_set_visible_child_name (self->view_stack, "statement");
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      asr_statement_page_reveal (self->statement_page, object, property);
    }
  else if (ASR_IS_KEY_QUESTION (object))
    adw_view_stack_set_visible_child_name (self->view_stack, "summary");

  /* Translators: %s says what was undone, "Safeguarding score 3 → 2" */
  title = g_strdup_printf (redo ? _("Redid: %s") : _("Undid: %s"), what);
  tell_history_step (self, title);
}

static void
undo_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  step_history (ASR_WINDOW (user_data), FALSE);
}

static void
redo_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  step_history (ASR_WINDOW (user_data), TRUE);
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

/* Keys 1–4 score what has the focus: an evidence category's picker, else
 * the statement shown.  They do nothing on the summary, or where the score
 * is not picked (carried forward, not applicable, computed). */
static void
set_score_action_cb (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  AsrWindow *self = user_data;
  int score = g_variant_get_int32 (param);
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  /* An item or a judgement page has no score to pick. */
  if (score < 0 || score > 4 || g_strcmp0 (visible, "statement") != 0 ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "statement") != 0 ||
      !asr_statement_page_pick_score_at (self->statement_page,
                                         gtk_root_get_focus (GTK_ROOT (self)), score))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

/* "win.judge" (s): the judgement page of a key question, by its id
 * (judgement method only). */
static void
judge_action_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  AsrWindow *self = user_data;
  AsrKeyQuestion *key_question =
    asr_assessment_lookup_key_question (self->assessment, g_variant_get_string (param, NULL));

  if (key_question == NULL || !asr_summary_is_judged (key_question))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  asr_window_show_judgement (self, key_question);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
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

/* The Keyboard Shortcuts window: built when first asked for, not (as
 * GtkApplication does with gtk/help-overlay.ui) with every window. */
static void
show_help_overlay_action_cb (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  AsrWindow *self = user_data;

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/assessor/Assessor/asr-shortcuts-window.ui");

      self->help_overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->help_overlay, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->help_overlay, TRUE);
    }
  gtk_window_present (self->help_overlay);
}

void
_asr_window_actions_init (AsrWindow *self)
{
  static const GActionEntry entries[] = {
    { "save", save_action_cb },
    { "save-as", save_as_action_cb },
    { "save-copy", export_action_cb },
    { "new-assessment", new_assessment_action_cb },
    { "open-uri", open_uri_action_cb, "s" },
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
    { "judge", judge_action_cb, "s" },
    { "show-help-overlay", show_help_overlay_action_cb },
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
  /* On the welcome page there is no document to act on. */
  static const char * const document_actions[] = {
    "save", "save-as", "save-copy", "export-report", "print", "details", "import-previous",
    "compare-with", "search", "previous-statement", "next-statement", "set-score",
  };

  /* No history yet: the document is not shown and nothing changed it. */
  gboolean history = self->history != NULL && !self->welcome;

  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    set_enabled (self, document_actions[i], !self->welcome);
  set_enabled (self, "undo", history && asr_history_get_can_undo (self->history));
  set_enabled (self, "redo", history && asr_history_get_can_redo (self->history));
}
