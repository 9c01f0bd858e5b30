/* asr-print.c: printing the draft report, with a print preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is laid out when printing begins, at the size of the chosen
 * paper, by the same AsrReportLayout the PDF export uses: what is printed
 * (and previewed) looks like the PDF.  The operation measures in points
 * and uses the full page, as the PDF does; the layout keeps its own
 * margins.
 *
 * Print to File is not left to GTK: its file backend writes the target
 * itself (a failed write can leave a torn file, a new file takes the
 * umask, a link is replaced by a file).  When the chosen settings name an
 * output file, begin-print cancels GTK's job before anything is written
 * and Assessor's own PDF renderer writes the report there through the safe
 * writer, as Export does (asr_report_write_document()).
 */
#define G_LOG_DOMAIN "asr-print"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-print.h"
#include "asr-report-layout.h"

#define ERROR_KEY "asr-print-to-file-error"
#define WRITTEN_KEY "asr-print-to-file-written"

/* Print to File settings name an output URI; real printers do not. */
static const char *
get_output_uri (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

  return settings != NULL ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;
}

static gboolean
write_to_file (GtkPrintOperation  *operation,
               AsrAssessment      *assessment,
               const char         *uri,
               GError            **error)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *format = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(AsrReport) report = NULL;

  if (format != NULL && g_ascii_strcasecmp (format, "pdf") != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Assessor prints to a file as PDF only: choose PDF as the output format"));
      return FALSE;
    }
  report = asr_report_new (assessment, NULL);
  return asr_report_write_document (report, ASR_REPORT_FORMAT_PDF, file, NULL, error);
}

/* Cancels GTK's job (its spool file is discarded unsent) and writes the
 * file ourselves; asr_print_operation_run() reports how it went. */
static void
print_to_file (GtkPrintOperation *operation,
               AsrAssessment     *assessment,
               const char        *uri)
{
  GError *error = NULL;

  gtk_print_operation_cancel (operation);
  if (write_to_file (operation, assessment, uri, &error))
    g_object_set_data (G_OBJECT (operation), WRITTEN_KEY, GINT_TO_POINTER (TRUE));
  else
    g_object_set_data_full (G_OBJECT (operation), ERROR_KEY, error, (GDestroyNotify) g_error_free);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                AsrAssessment     *assessment)
{
  g_autoptr(AsrReport) report = NULL;
  const char *uri = get_output_uri (operation);
  AsrReportLayout *layout;

  if (uri != NULL)
    {
      print_to_file (operation, assessment, uri);
      return;
    }
  report = asr_report_new (assessment, NULL);
  layout = asr_report_layout_new (report, gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));
  g_object_set_data_full (G_OBJECT (operation), "asr-report-layout", layout,
                          (GDestroyNotify) asr_report_layout_free);
  gtk_print_operation_set_n_pages (operation, asr_report_layout_get_n_pages (layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  AsrReportLayout *layout = g_object_get_data (G_OBJECT (operation), "asr-report-layout");

  g_return_if_fail (layout != NULL);
  asr_report_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), page);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              gpointer           user_data)
{
  g_object_set_data (G_OBJECT (operation), "asr-report-layout", NULL);
}

static GtkPageSetup *
new_a4_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

GtkPrintOperation *
asr_print_operation_new (AsrAssessment *assessment)
{
  g_autoptr(GtkPageSetup) setup = new_a4_setup ();
  g_autofree char *job = NULL;
  const char *name;
  GtkPrintOperation *operation;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  name = asr_assessment_get_service_name (assessment);
  job = g_strdup_printf (_("Assessment report: %s"), name[0] ? name : _("Unnamed service"));
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), assessment, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), NULL);
  return operation;
}

GtkPrintOperationResult
asr_print_operation_run (GtkPrintOperation        *operation,
                         GtkPrintOperationAction   action,
                         GtkWindow                *parent,
                         GError                  **error)
{
  GtkPrintOperationResult result;
  GError *file_error;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_RESULT_ERROR);

  g_object_set_data (G_OBJECT (operation), WRITTEN_KEY, NULL);
  g_object_set_data (G_OBJECT (operation), ERROR_KEY, NULL);
  result = gtk_print_operation_run (operation, action, parent, error);
  if ((file_error = g_object_get_data (G_OBJECT (operation), ERROR_KEY)) != NULL)
    {
      g_propagate_error (error, g_error_copy (file_error));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  if (g_object_get_data (G_OBJECT (operation), WRITTEN_KEY) != NULL)
    return GTK_PRINT_OPERATION_RESULT_APPLY;
  return result;
}

void
asr_print_operation_set_document_name (GtkPrintOperation *operation,
                                       const char        *name)
{
  GtkPrintSettings *current = gtk_print_operation_get_print_settings (operation);
  g_autoptr(GtkPrintSettings) settings = current ? gtk_print_settings_copy (current)
                                                 : gtk_print_settings_new ();

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (name != NULL);

  /* Print to File names its file after this ("Larchfield House.pdf"). */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
  gtk_print_operation_set_print_settings (operation, settings);
}

gboolean
asr_print_run (GtkWindow     *parent,
               AsrAssessment *assessment,
               const char    *document_name,
               GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = asr_print_operation_new (assessment);
  GtkPrintOperationResult result;

  if (document_name != NULL)
    asr_print_operation_set_document_name (operation, document_name);

  result = asr_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
