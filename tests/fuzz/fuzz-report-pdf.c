/* fuzz-report-pdf.c: the PDF report of any assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole layout (Pango line breaking, pagination, bookmarks) runs into
 * an in-memory cairo PDF stream, which is then dropped: the oracle is no
 * crash, leak, warning or hang, and a PDF that cairo finished.
 */
#include "config.h"

#include <string.h>

#include "fuzz-report.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AsrReport) report = fuzz_report_new (data, size);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *bytes;

  if (report == NULL)
    return 0;
  pdf = asr_report_render_document (report, ASR_REPORT_FORMAT_PDF, &error);
  if (pdf == NULL)
    g_error ("The PDF report failed: %s", error ? error->message : "(no error)");
  bytes = g_bytes_get_data (pdf, &length);
  if (length < 5 || memcmp (bytes, "%PDF-", 5) != 0)
    g_error ("The PDF report does not start as a PDF");
  return 0;
}
