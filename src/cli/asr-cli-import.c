/* asr-cli-import.c: assessor --import-report=OUT REPORT…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every REPORT is read and checked before OUT is written, and OUT is never
 * an existing file: an import cannot damage an assessment.  Exit status 0
 * when OUT was written (what could not be read is listed on stderr), 1
 * when a REPORT is not a report page or OUT could not be written.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "asr-cli-import.h"
#include "asr-core.h"
#include "asr-import-report.h"
#include "asr-read-file.h"

#define REPORT_MAX_SIZE (16 * 1024 * 1024)

/* Through the one bounded reader: a FIFO or a device is refused, and no
 * more than REPORT_MAX_SIZE bytes are ever read. */
static GBytes *
read_report_file (const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return asr_read_file_bounded (file, REPORT_MAX_SIZE, NULL, error);
}

static gboolean
check_usage (const AsrCliOptions *options)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;

  if (options->summary || options->check || options->json || options->compare != NULL ||
      options->export_path != NULL || options->portfolio)
    g_printerr (_("--import-report cannot be combined with other commands; see --help\n"));
  else if (n_files == 0)
    g_printerr (_("--import-report=OUT takes one or more REPORT files; see --help\n"));
  else if (g_file_test (options->import_report, G_FILE_TEST_EXISTS))
    g_printerr (_("%s: already exists; --import-report writes a new file only\n"),
                options->import_report);
  else
    return TRUE;
  return FALSE;
}

static gboolean
read_reports (AsrReportImport *import,
              char           **files)
{
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = read_report_file (files[i], &error);
      gsize length;
      const char *text = bytes ? g_bytes_get_data (bytes, &length) : NULL;

      if (bytes == NULL ||
          !asr_report_import_add_text (import, text, length, files[i], &error))
        {
          g_printerr ("%s\n", error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static void
print_lines (GPtrArray  *lines,
             const char *heading,
             gboolean    to_stderr)
{
  if (lines->len == 0)
    return;
  (to_stderr ? g_printerr : g_print) ("%s\n", heading);
  for (guint i = 0; i < lines->len; i++)
    (to_stderr ? g_printerr : g_print) ("  %s\n", (char *) g_ptr_array_index (lines, i));
}

int
asr_cli_import_run (const AsrCliOptions *options)
{
  g_autoptr(AsrReportImport) import = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;

  if (!check_usage (options))
    return ASR_CLI_EXIT_USAGE;
  import = asr_report_import_new ();
  if (!read_reports (import, options->files))
    return ASR_CLI_EXIT_INVALID;
  assessment = asr_report_import_finish (import, &error);
  out = g_file_new_for_commandline_arg (options->import_report);
  if (assessment == NULL || !asr_assessment_save_to_file (assessment, out, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      print_lines (asr_report_import_get_unreadable (import), _("Could not read:"), TRUE);
      return ASR_CLI_EXIT_INVALID;
    }
  g_print (_("Wrote %s\n"), options->import_report);
  print_lines (asr_report_import_get_findings (import), _("Checks:"), FALSE);
  print_lines (asr_report_import_get_unreadable (import), _("Could not read:"), TRUE);
  return ASR_CLI_EXIT_OK;
}
