/* fuzz-import-report.c: a published report's text, on arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever the bytes: a refusal names the file; everything that could not
 * be read names the file and a line; an imported assessment saves and
 * loads back.
 */
#include "config.h"

#include "asr-assessment-io.h"
#include "asr-import-report.h"
#include "fuzz.h"

static void
check_unreadable (AsrReportImport *import)
{
  GPtrArray *unreadable = asr_report_import_get_unreadable (import);

  for (guint i = 0; i < unreadable->len; i++)
    if (!g_str_has_prefix (g_ptr_array_index (unreadable, i), "fuzz.txt:"))
      g_error ("Not read, without the file and line: %s", (char *) g_ptr_array_index (unreadable, i));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AsrReportImport) import = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(AsrAssessment) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_set_up ();
  import = asr_report_import_new ();
  if (!asr_report_import_add_text (import, (const char *) data, size, "fuzz.txt", &error))
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.txt:"))
        g_error ("A refusal without the file and line: %s", error ? error->message : "(no error)");
      return 0;
    }
  check_unreadable (import);
  assessment = asr_report_import_finish (import, &error);
  if (assessment == NULL)
    return 0;
  bytes = asr_assessment_serialize (assessment);
  again = asr_assessment_load_from_bytes (bytes, "imported.assessment", &error);
  if (again == NULL)
    g_error ("An imported report does not load back: %s", error->message);
  return 0;
}
