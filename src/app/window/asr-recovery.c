/* asr-recovery.c: after a crash, offer to restore the unsaved documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One dialog lists every document left unsaved, each with what it is and
 * when it was last changed, ticked to be restored.  Restore opens the
 * ticked ones and discards the others; Discard All removes them all; the
 * dialog closed (Escape) keeps them for the next start.
 *
 * A document whose file is already open (from the command line, or opened
 * before the dialog was answered) is restored into that window, never
 * into a second window with the same title: the recovered version replaces
 * what the window showed, marked unsaved, and a toast offers Undo, which
 * puts the replaced version back as it was (unsaved changes included).
 */
#define G_LOG_DOMAIN "asr-recovery"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-autosave.h"
#include "asr-private-dir.h"
#include "asr-recovery.h"
#include "asr-window-private.h"

typedef struct
{
  AsrWindow        *parent;
  AsrAutosaveEntry *entry;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->entry);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RestoreData, restore_data_free)

static char *
format_changed (gint64 changed)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (changed / G_USEC_PER_SEC);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (when == NULL)
    return g_strdup ("");
  if (g_date_time_get_year (when) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (now))
    /* Translators: a time of day, see g_date_time_format() */
    return g_date_time_format (when, _("today at %H:%M"));
  /* Translators: a date and time, see g_date_time_format() */
  return g_date_time_format (when, _("%-d %B %Y at %H:%M"));
}

char *
asr_recovery_describe (AsrAutosaveEntry *entry)
{
  const char *service = asr_autosave_entry_get_service_name (entry);
  g_autofree char *when = format_changed (asr_autosave_entry_get_changed (entry));

  g_return_val_if_fail (ASR_IS_AUTOSAVE_ENTRY (entry), NULL);

  if (service[0] == '\0')
    /* Translators: %s is a date and time, "today at 14:32" */
    return g_strdup_printf (_("Last changed %s"), when);
  /* Translators: the first %s is the service, the second "today at 14:32" */
  return g_strdup_printf (_("%s, last changed %s"), service, when);
}

static char *
dup_title (AsrAutosaveEntry *entry)
{
  const char *name = asr_autosave_entry_get_display_name (entry);

  return g_strdup (name[0] != '\0' ? name : _("New Assessment"));
}

static void
revert_clicked_cb (AdwToast  *toast,
                   AsrWindow *self)
{
  g_autoptr(AsrAssessment) replaced = g_steal_pointer (&self->replaced);
  GFile *file = self->file;

  if (replaced == NULL)
    return;
  if (self->replaced_modified)
    asr_window_restore_document (self, replaced, file);
  else
    asr_window_set_document (self, replaced, file);
}

static void
toast_dismissed_cb (AdwToast  *toast,
                    AsrWindow *self)
{
  /* Undo is offered only as long as the toast is shown. */
  g_clear_object (&self->replaced);
}

/* Restores @assessment into @self, the window showing its file. */
static void
replace_open_document (AsrWindow     *self,
                       AsrAssessment *assessment)
{
  g_autofree char *name = _asr_window_dup_display_name (self);
  g_autofree char *title = g_strdup_printf (_("Restored the unsaved changes to “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  g_set_object (&self->replaced, self->assessment);
  self->replaced_modified = asr_window_get_modified (self);
  asr_window_restore_document (self, assessment, self->file);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (revert_clicked_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
restore_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RestoreData) data = user_data;
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  AsrWindow *target = data->parent;
  AsrApplication *application;
  GtkWindow *open;
  GFile *original;

  assessment = asr_assessment_load_finish (result, &error);
  if (assessment == NULL)
    {
      g_autofree char *title = dup_title (data->entry);
      g_autofree char *heading = g_strdup_printf (_("Could Not Restore “%s”"), title);

      /* The autosave stays where it is, for the next start or by hand. */
      _asr_window_show_error (data->parent, heading, error);
      return;
    }

  application = ASR_APPLICATION (gtk_window_get_application (GTK_WINDOW (target)));
  original = asr_autosave_entry_get_original (data->entry);
  if (original != NULL && (open = asr_application_find_window (application, original)))
    replace_open_document ((target = ASR_WINDOW (open)), assessment);
  else
    {
      if (!asr_window_is_empty (target))
        target = asr_window_new (application);
      asr_window_restore_document (target, assessment, original);
    }
  if (asr_autosave_get (target) != NULL)
    asr_autosave_adopt (asr_autosave_get (target), data->entry);
  gtk_window_present (GTK_WINDOW (target));
}

void
asr_recovery_restore (AsrWindow        *parent,
                      AsrAutosaveEntry *entry)
{
  g_autoptr(GFile) file = NULL;
  RestoreData *data;

  g_return_if_fail (ASR_IS_WINDOW (parent));
  g_return_if_fail (ASR_IS_AUTOSAVE_ENTRY (entry));

  file = asr_autosave_entry_get_file (entry);
  data = g_new0 (RestoreData, 1);
  data->parent = g_object_ref (parent);
  data->entry = g_object_ref (entry);
  asr_assessment_load_async (file, NULL, restore_cb, data);
}

static GtkWidget *
create_row (AsrAutosaveEntry *entry)
{
  g_autofree char *title = dup_title (entry);
  g_autofree char *subtitle = asr_recovery_describe (entry);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (row), "check", check);
  return row;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             AsrWindow        *parent)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  gboolean restore = g_str_equal (response, "restore");

  /* Closed without a choice: the autosaves wait for the next start. */
  if (!restore && !g_str_equal (response, "discard"))
    return;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      AsrAutosaveEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (entry == NULL)
        continue;
      if (restore && gtk_check_button_get_active (check))
        asr_recovery_restore (parent, entry);
      else
        asr_autosave_entry_remove (entry);
    }
}

static GtkWidget *
create_dialog (AsrWindow *parent,
               GPtrArray *entries)
{
  GtkWidget *dialog, *list;

  dialog = adw_message_dialog_new (GTK_WINDOW (parent), _("Restore Unsaved Work?"),
                                   ngettext ("Assessor closed before this assessment was "
                                             "saved. Its last changes were kept.",
                                             "Assessor closed before these assessments were "
                                             "saved. Their last changes were kept: the ticked "
                                             "ones are restored, the others discarded.",
                                             entries->len));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_row (g_ptr_array_index (entries, i)));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", entries->len == 1 ? _("_Discard") : _("_Discard All"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), parent, 0);
  return dialog;
}

GtkWidget *
asr_recovery_offer (AsrApplication *application,
                    AsrWindow      *parent)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (ASR_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ASR_IS_WINDOW (parent), NULL);

  if (g_object_get_data (G_OBJECT (application), "asr-recovery-offered"))
    return NULL;
  g_object_set_data (G_OBJECT (application), "asr-recovery-offered", GINT_TO_POINTER (TRUE));

  if (!(entries = asr_autosave_store_scan (&error)))
    {
      /* A directory not to trust: said now, before any work is lost. */
      if (g_error_matches (error, ASR_PRIVATE_DIR_ERROR, ASR_PRIVATE_DIR_ERROR_UNTRUSTED) &&
          asr_autosave_get (parent) != NULL)
        asr_autosave_stop (asr_autosave_get (parent), error);
      else
        g_message ("Could not look for autosaved documents: %s", error->message);
      return NULL;
    }
  if (entries->len == 0)
    return NULL;

  dialog = create_dialog (parent, entries);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
