/* asr-export-dialog-save.c: where the report goes, and writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFileChooserNative asks where (a portal in a sandbox); the document is
 * built from the live assessment on the main thread (JSON serialized
 * there), then rendered and written in a worker thread through the same
 * safe writer as Save (asr-safe-file.h): the PDF streams page by page into
 * a temporary file renamed only once complete, and a failed export leaves
 * the old file byte-identical, its mode, group and links as they were.
 *
 * The worker tells its progress page by page (the progress bar); Cancel
 * stops it between pages, before anything replaces the old file.
 */
#define G_LOG_DOMAIN "asr-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-export-dialog-private.h"
#include "asr-safe-file.h"

typedef struct
{
  GFile           *file;
  AsrReport       *report;    /* NULL for JSON */
  GBytes          *json;      /* the assessment, for JSON */
  AsrReportFormat  format;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->report, asr_report_free);
  g_clear_pointer (&job->json, g_bytes_unref);
  g_free (job);
}

static const struct
{
  const char *filter_name;
  const char *mime_type;
} formats[] = {
  [ASR_REPORT_FORMAT_PDF] = { N_("PDF Documents"), "application/pdf" },
  [ASR_REPORT_FORMAT_HTML] = { N_("HTML Files"), "text/html" },
  [ASR_REPORT_FORMAT_MARKDOWN] = { N_("Markdown Files"), "text/markdown" },
  [ASR_REPORT_FORMAT_TEXT] = { N_("Text Files"), "text/plain" },
  [ASR_REPORT_FORMAT_JSON] = { N_("JSON Files"), "application/json" },
};

typedef struct
{
  GTask *write;   /* holds the dialog, its source object */
  guint  done;
  guint  total;
} Progress;

static void
progress_free (Progress *progress)
{
  g_object_unref (progress->write);
  g_free (progress);
}

static gboolean
show_progress_cb (gpointer data)
{
  Progress *progress = data;
  AsrExportDialog *self = g_task_get_source_object (progress->write);
  g_autofree char *text = NULL;

  if (!self->busy)
    return G_SOURCE_REMOVE;
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 progress->total ? (double) progress->done / progress->total : 0);
  if (progress->total > 1)
    /* Translators: the progress of a PDF export */
    text = g_strdup_printf (_("Page %u of %u"), progress->done, progress->total);
  gtk_progress_bar_set_text (self->progress_bar, text ? text : _("Writing…"));
  return G_SOURCE_REMOVE;
}

/* On the worker: hands the figures to the main thread, with a reference
 * on the task, whose last one is then dropped there too. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = g_new (Progress, 1);

  *progress = (Progress) { g_object_ref (user_data), done, total };
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress_cb, progress,
                              (GDestroyNotify) progress_free);
}

static void
write_thread (GTask        *write,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;
  gboolean written;

  if (job->json != NULL)
    written = asr_safe_file_replace (job->file, job->json, cancellable, &error);
  else
    written = asr_report_write_document_full (job->report, job->format, job->file,
                                              progress_cb, write, cancellable, &error);
  if (written)
    g_task_return_boolean (write, TRUE);
  else
    g_task_return_error (write, error);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AsrExportDialog *self = ASR_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  g_clear_object (&self->export_cancellable);
  _asr_export_dialog_update_sensitivity (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
asr_export_dialog_export_async (AsrExportDialog    *self,
                                GFile              *file,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  GTask *task;
  ExportJob *job;
  AsrReportOptions options;

  g_return_if_fail (ASR_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Cancel stops this export: @cancellable if given, else one of its own. */
  g_set_object (&self->export_cancellable, cancellable);
  if (self->export_cancellable == NULL)
    self->export_cancellable = g_cancellable_new ();
  cancellable = self->export_cancellable;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_export_dialog_export_async);
  /* What happened to the file is what is told, cancelled or not. */
  g_task_set_check_cancellable (task, FALSE);
  job = g_new0 (ExportJob, 1);
  job->file = g_object_ref (file);
  job->format = asr_export_dialog_get_format (self);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  self->busy = TRUE;
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Laying out the report…"));
  _asr_export_dialog_update_sensitivity (self);

  asr_export_dialog_get_options (self, &options);
  /* JSON is the assessment, with its comments only when asked for. */
  if (job->format == ASR_REPORT_FORMAT_JSON)
    job->json = asr_report_render (self->assessment, &options, ASR_REPORT_FORMAT_JSON, NULL);
  else
    job->report = asr_report_new (self->assessment, &options);
  asr_report_options_clear (&options);
  {
    g_autoptr(GTask) write = g_task_new (self, cancellable, write_done_cb, task);

    g_task_set_check_cancellable (write, FALSE);
    g_task_set_task_data (write, job, NULL);
    g_task_run_in_thread (write, write_thread);
  }
}

gboolean
asr_export_dialog_export_finish (AsrExportDialog *self,
                                 GAsyncResult    *result,
                                 GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsrExportDialog *self = ASR_EXPORT_DIALOG (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (asr_export_dialog_export_finish (self, result, &error))
    {
      _asr_export_dialog_emit_exported (self, job->file);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Could Not Export the Report"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_asr_export_dialog_cancel (AsrExportDialog *self)
{
  if (self->busy && self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
response_cb (GtkNativeDialog *native,
             int              response,
             AsrExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      asr_export_dialog_export_async (self, file, NULL, exported_cb, NULL);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static char *
suggest_name (AsrExportDialog *self,
              AsrReportFormat  format)
{
  const char *service = asr_assessment_get_service_name (self->assessment);
  g_autofree char *base = NULL;

  /* Translators: the suggested file name of a report, %s is the service */
  base = g_strdup_printf (_("%s report"), service[0] ? service : _("Assessment"));
  g_strdelimit (base, "/\\:", '-');
  return g_strdup_printf ("%s.%s", base, asr_report_format_to_extension (format));
}

void
_asr_export_dialog_choose_file (AsrExportDialog *self)
{
  AsrReportFormat format = asr_export_dialog_get_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggest_name (self, format);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _(formats[format].filter_name));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_filter_add_suffix (filter, asr_report_format_to_extension (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect_object (native, "response", G_CALLBACK (response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
