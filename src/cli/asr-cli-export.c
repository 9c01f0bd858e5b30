/* asr-cli-export.c: assessor --export=OUT FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is OUT's extension (.pdf, .html, .md, .txt, .json); the
 * report's options are flags.  No display is needed: the PDF is drawn with
 * cairo and Pango.  OUT is written through the same safe writer as Save
 * (asr-safe-file.h): a failed export (disk full, I/O error, permission,
 * killed) leaves an existing OUT byte-identical, its mode and group kept.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-cli-export.h"
#include "asr-core.h"
#include "asr-report.h"

gboolean
asr_cli_export_wanted (const AsrCliOptions *options)
{
  return options->export_path != NULL || options->key_questions != NULL ||
         options->evidence_notes || options->no_comparison;
}

static gboolean
check_usage (const AsrCliOptions *options,
             AsrReportFormat     *format)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;

  if (options->export_path == NULL)
    g_printerr (_("--key-questions, --evidence-notes, --no-comparison and --with-comments go with --export; see --help\n"));
  else if (options->summary || options->check || options->json || options->compare != NULL)
    g_printerr (_("--export cannot be combined with --summary, --check, --json or --compare; see --help\n"));
  else if (n_files != 1)
    g_printerr (_("--export takes one FILE; see --help\n"));
  else if (!asr_report_format_from_filename (options->export_path, format))
    g_printerr (_("%s: the name must end in .pdf, .html, .md, .txt or .json\n"),
                options->export_path);
  else
    return TRUE;
  return FALSE;
}

/* Write errors name the file already; others (the PDF renderer's) do not. */
static void
print_write_error (const char   *path,
                   const GError *error)
{
  if (error->domain == G_IO_ERROR)
    g_printerr ("%s\n", error->message);
  else
    g_printerr ("%s: %s\n", path, error->message);
}

int
asr_cli_export_run (const AsrCliOptions *options)
{
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  AsrReportOptions report_options;
  AsrReportFormat format;
  gboolean written;

  if (!check_usage (options, &format))
    return ASR_CLI_EXIT_USAGE;
  if ((assessment = asr_cli_load (options->files[0])) == NULL)
    return ASR_CLI_EXIT_INVALID;

  asr_report_options_init (&report_options);
  report_options.evidence_notes = options->evidence_notes;
  report_options.comparison = !options->no_comparison;
  report_options.comments = options->with_comments;
  if (options->key_questions != NULL &&
      !asr_report_options_set_key_questions (&report_options, assessment,
                                             options->key_questions, &error))
    {
      g_printerr ("--key-questions: %s\n", error->message);
      return ASR_CLI_EXIT_USAGE;
    }
  out = g_file_new_for_commandline_arg (options->export_path);
  written = asr_report_write (assessment, &report_options, format, out, NULL, &error);
  asr_report_options_clear (&report_options);
  if (!written)
    {
      print_write_error (options->export_path, error);
      return ASR_CLI_EXIT_INVALID;
    }
  return ASR_CLI_EXIT_OK;
}
