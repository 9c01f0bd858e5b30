/* asr-report-export.c: one entry point for every format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rendering into bytes, and writing to a file.  Every write goes through
 * the safe writer (asr-safe-file.h), as saving does: the PDF streams into
 * its temporary file page by page, the other formats are written whole.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report.h"
#include "asr-report-pdf.h"
#include "asr-report-private.h"
#include "asr-safe-file.h"

static const struct
{
  AsrReportFormat  format;
  const char      *extension;
} extensions[] = {
  { ASR_REPORT_FORMAT_PDF, "pdf" },
  { ASR_REPORT_FORMAT_HTML, "html" },
  { ASR_REPORT_FORMAT_HTML, "htm" },
  { ASR_REPORT_FORMAT_MARKDOWN, "md" },
  { ASR_REPORT_FORMAT_MARKDOWN, "markdown" },
  { ASR_REPORT_FORMAT_TEXT, "txt" },
  { ASR_REPORT_FORMAT_JSON, "json" },
};

gboolean
asr_report_format_from_filename (const char      *filename,
                                 AsrReportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_ascii_strcasecmp (dot + 1, extensions[i].extension) == 0)
        {
          if (format != NULL)
            *format = extensions[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
asr_report_format_to_extension (AsrReportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (extensions[i].format == format)
      return extensions[i].extension;
  g_return_val_if_reached (NULL);
}

static GBytes *
take_string (char *text)
{
  return g_bytes_new_take (text, strlen (text));
}

GBytes *
asr_report_render_document (const AsrReport *report,
                            AsrReportFormat  format,
                            GError         **error)
{
  g_return_val_if_fail (report != NULL, NULL);

  switch (format)
    {
    case ASR_REPORT_FORMAT_PDF:
      return asr_report_pdf_render (report, error);
    case ASR_REPORT_FORMAT_HTML:
      return take_string (asr_report_to_html (report));
    case ASR_REPORT_FORMAT_MARKDOWN:
      return take_string (asr_report_to_markdown (report));
    case ASR_REPORT_FORMAT_TEXT:
      return take_string (asr_report_to_text (report));
    case ASR_REPORT_FORMAT_JSON:
    default:
      g_return_val_if_reached (NULL);
    }
}

GBytes *
asr_report_render (AsrAssessment          *assessment,
                   const AsrReportOptions *options,
                   AsrReportFormat         format,
                   GError                **error)
{
  g_autoptr(AsrReport) report = NULL;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  if (format == ASR_REPORT_FORMAT_JSON)
    {
      g_autoptr(AsrAssessment) exported = _asr_report_assessment_for_json (assessment, options);

      return asr_assessment_serialize (exported);
    }

  report = asr_report_new (assessment, options);
  return asr_report_render_document (report, format, error);
}

gboolean
asr_report_write_document_full (const AsrReport        *report,
                                AsrReportFormat         format,
                                GFile                  *file,
                                AsrReportProgressFunc   progress_func,
                                gpointer                user_data,
                                GCancellable           *cancellable,
                                GError                **error)
{
  g_autoptr(AsrSafeFileWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format != ASR_REPORT_FORMAT_PDF)
    {
      bytes = asr_report_render_document (report, format, error);
      if (bytes != NULL && progress_func != NULL)
        progress_func (1, 1, user_data);
      return bytes != NULL && asr_safe_file_replace (file, bytes, cancellable, error);
    }
  /* Freeing an uncommitted writer removes its temporary file. */
  writer = asr_safe_file_writer_new (file, error);
  return writer != NULL &&
         asr_report_pdf_write (report, writer, progress_func, user_data, cancellable, error) &&
         asr_safe_file_writer_commit (writer, cancellable, error);
}

gboolean
asr_report_write_document (const AsrReport  *report,
                           AsrReportFormat   format,
                           GFile            *file,
                           GCancellable     *cancellable,
                           GError          **error)
{
  return asr_report_write_document_full (report, format, file, NULL, NULL, cancellable, error);
}

gboolean
asr_report_write (AsrAssessment           *assessment,
                  const AsrReportOptions  *options,
                  AsrReportFormat          format,
                  GFile                   *file,
                  GCancellable            *cancellable,
                  GError                 **error)
{
  g_autoptr(AsrReport) report = NULL;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* JSON is the assessment itself: written as Save writes it. */
  if (format == ASR_REPORT_FORMAT_JSON)
    {
      g_autoptr(AsrAssessment) exported = _asr_report_assessment_for_json (assessment, options);

      return asr_assessment_save_to_file (exported, file, cancellable, error);
    }
  report = asr_report_new (assessment, options);
  return asr_report_write_document (report, format, file, cancellable, error);
}
