/* test-report-judgement.c: every report format of an assessment against a
 * judgement framework shows the judgement, its rationale and the items'
 * indicative ratings, and no score, percentage or "out of 100"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "asr-report.h"
#include "judgement-fixture.h"
#include "test-report-util.h"

#include <string.h>

static char *
render_text (AsrReportFormat format)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = asr_report_render (assessment, NULL, format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  if (format == ASR_REPORT_FORMAT_PDF)
    return report_test_pdf_text (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_contains (const char *text,
                 const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("the report does not say “%s”:\n%s", wanted, text);
}

static void
test_format (gconstpointer data)
{
  AsrReportFormat format = GPOINTER_TO_INT (data);
  g_autofree char *rendered = render_text (format);
  /* What a reader sees: not the HTML's style sheet ("top:40%"). */
  const char *text = strstr (rendered, "</style>") != NULL ? strstr (rendered, "</style>") : rendered;

  assert_contains (text, "Judged Good in the round from the evidence, without a score.");
  assert_contains (text, "Limited to Requires improvement by a requirement notice");
  assert_contains (text, "Rationale: Staff raise concerns and they are acted on.");
  assert_contains (text, "Indicative rating: Good");
  assert_contains (text, "Indicative rating: Outstanding");
  assert_contains (text, "Assessed, no indicative rating");
  assert_contains (text, "Not judged yet");
  g_assert_null (strstr (text, "out of 100"));
  g_assert_null (strstr (text, "Score"));
  g_assert_null (strstr (text, "scored"));
  g_assert_null (strchr (text, '%'));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/report/judgement/markdown", GINT_TO_POINTER (ASR_REPORT_FORMAT_MARKDOWN), test_format);
  g_test_add_data_func ("/report/judgement/text", GINT_TO_POINTER (ASR_REPORT_FORMAT_TEXT), test_format);
  g_test_add_data_func ("/report/judgement/html", GINT_TO_POINTER (ASR_REPORT_FORMAT_HTML), test_format);
  g_test_add_data_func ("/report/judgement/pdf", GINT_TO_POINTER (ASR_REPORT_FORMAT_PDF), test_format);

  return g_test_run ();
}
