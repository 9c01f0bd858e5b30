/* asr-report-export.c: one entry point for every format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report.h"
#include "asr-report-pdf.h"

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
    return asr_assessment_serialize (assessment);

  report = asr_report_new (assessment, options);
  return asr_report_render_document (report, format, error);
}
