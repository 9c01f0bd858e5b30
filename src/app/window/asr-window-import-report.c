/* asr-window-import-report.c: Import Published Report…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of one or more published CQC report pages becomes a new
 * assessment in a new window, unsaved (Save asks for a name), through the
 * core's import (the one assessor --import-report uses).  The files are
 * read and imported on a worker; every file is read and checked before a
 * window opens, so a file that is not a report opens nothing.  What the
 * import found (the arithmetic checks, what could not be read) is shown
 * in a dialog on the new window.
 */
#define G_LOG_DOMAIN "asr-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-import-report.h"
#include "asr-portfolio-window.h"
#include "asr-read-file.h"
#include "asr-window-import.h"
#include "asr-window-private.h"

#define REPORT_MAX_SIZE (16 * 1024 * 1024)

typedef struct
{
  GPtrArray     *files;       /* of GFile */
  AsrAssessment *assessment;
  char          *found;       /* the checks and what could not be read */
} ImportReport;

static void
import_report_free (ImportReport *data)
{
  g_ptr_array_unref (data->files);
  g_clear_object (&data->assessment);
  g_free (data->found);
  g_free (data);
}

static void
append_lines (GString    *out,
              const char *heading,
              GPtrArray  *lines)
{
  if (lines->len == 0)
    return;
  g_string_append_printf (out, "%s%s", out->len ? "\n\n" : "", heading);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "\n• %s", (const char *) g_ptr_array_index (lines, i));
}

static gboolean
read_all (AsrReportImport *import,
          GPtrArray       *files,
          GCancellable    *cancellable,
          GError         **error)
{
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *name = g_filename_display_name (basename);
      g_autoptr(GBytes) bytes = asr_read_file_bounded (file, REPORT_MAX_SIZE, cancellable, error);
      gsize length = 0;
      const char *text = bytes ? g_bytes_get_data (bytes, &length) : NULL;

      if (bytes == NULL || !asr_report_import_add_text (import, text, length, name, error))
        return FALSE;
    }
  return TRUE;
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportReport *data = task_data;
  g_autoptr(AsrReportImport) import = asr_report_import_new ();
  g_autoptr(GString) found = g_string_new (NULL);
  GError *error = NULL;

  if (read_all (import, data->files, cancellable, &error))
    data->assessment = asr_report_import_finish (import, &error);
  if (data->assessment == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  append_lines (found, _("Checks:"), asr_report_import_get_findings (import));
  append_lines (found, _("Could not read:"), asr_report_import_get_unreadable (import));
  data->found = g_string_free (g_steal_pointer (&found), FALSE);
  g_task_return_boolean (task, TRUE);
}

/* The findings, left-aligned and scrollable below a short body: a list
 * centred by the dialog reads badly. */
static void
show_found (AsrWindow  *window,
            const char *found)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Published Report Imported"),
                                                _("The new assessment is not saved yet.")));
  GtkWidget *label = gtk_label_new (*found ? found : _("Every figure matched its statements."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_name (label, "findings");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsrWindow *self = ASR_WINDOW (source);
  ImportReport *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  AsrWindow *window;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _asr_window_show_error (self, _("Could Not Import the Published Report"), error);
      return;
    }
  window = asr_window_new (ASR_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  /* Not in any file yet: Save asks for a name. */
  asr_window_restore_document (window, data->assessment, NULL);
  gtk_window_present (GTK_WINDOW (window));
  show_found (window, data->found);
}

void
_asr_window_import_reports (AsrWindow  *self,
                            GListModel *files)
{
  g_autoptr(GTask) task = NULL;
  ImportReport *data;

  g_return_if_fail (ASR_IS_WINDOW (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  data = g_new0 (ImportReport, 1);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (data->files, g_list_model_get_item (files, i));
  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, _asr_window_import_reports);
  g_task_set_task_data (task, data, (GDestroyNotify) import_report_free);
  g_task_run_in_thread (task, import_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     AsrWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      if (g_list_model_get_n_items (files) > 0)
        _asr_window_import_reports (self, files);
    }
  g_object_unref (chooser);
}

static void
import_report_action_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  AsrWindow *self = ASR_WINDOW (user_data);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import Published Report"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (text, _("Report text"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_portfolio_action_cb (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  asr_portfolio_window_choose_folder (GTK_WINDOW (user_data));
}

void
_asr_window_import_report_actions_init (AsrWindow *self)
{
  static const GActionEntry entries[] = {
    { "import-report", import_report_action_cb },
    { "open-portfolio", open_portfolio_action_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}
