/* fuzz-report-text.c: the Markdown, HTML and text reports of any assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides "no crash, no leak, no hang", each report must be UTF-8 (a
 * browser or an editor refuses it otherwise), whatever the notes hold.
 */
#include "config.h"

#include "fuzz-report.h"

static void
check_render (const AsrReport *report,
              AsrReportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out = asr_report_render_document (report, format, &error);
  gsize length;
  const char *text;

  if (out == NULL)
    g_error ("The %s report failed: %s", asr_report_format_to_extension (format),
             error ? error->message : "(no error)");
  text = g_bytes_get_data (out, &length);
  if (length == 0 || !g_utf8_validate_len (text, length, NULL))
    g_error ("The %s report is empty or not UTF-8", asr_report_format_to_extension (format));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AsrReport) report = fuzz_report_new (data, size);

  if (report == NULL)
    return 0;
  check_render (report, ASR_REPORT_FORMAT_MARKDOWN);
  check_render (report, ASR_REPORT_FORMAT_HTML);
  check_render (report, ASR_REPORT_FORMAT_TEXT);
  return 0;
}
