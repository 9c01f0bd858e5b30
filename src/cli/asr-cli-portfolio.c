/* asr-cli-portfolio.c: assessor --portfolio [--json|--csv] PATH…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is printed as soon as its file is summarised (one document in
 * memory at a time), the aggregated levels at the end.  A file that cannot
 * be read is listed with its error and the rest go on; the exit status is
 * then 1.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-cli-portfolio.h"
#include "asr-portfolio-print.h"
#include "asr-core.h"

static void
collect (char      **args,
         GPtrArray  *paths,
         GPtrArray  *errors)
{
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        asr_portfolio_list_folder (file, paths, errors);
      else
        g_ptr_array_add (paths, g_strdup (args[i]));
    }
}

static void
print_sink (const char *text,
            gpointer    data)
{
  g_print ("%s", text);
}

static gboolean
check_usage (const AsrCliOptions *options)
{
  if (options->summary || options->check || options->compare != NULL ||
      options->export_path != NULL || options->location != NULL)
    g_printerr (_("--portfolio cannot be combined with other commands; see --help\n"));
  else if (options->json && options->csv)
    g_printerr (_("--portfolio prints --json or --csv, not both; see --help\n"));
  else if (options->files == NULL || options->files[0] == NULL)
    g_printerr (_("--portfolio takes one or more files or folders; see --help\n"));
  else
    return TRUE;
  return FALSE;
}

int
asr_cli_portfolio_run (const AsrCliOptions *options)
{
  g_autoptr(AsrPortfolio) portfolio = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  AsrPortfolioPrinter printer;
  gboolean failed;

  if (!check_usage (options))
    return ASR_CLI_EXIT_USAGE;
  collect (options->files, paths, errors);
  portfolio = asr_portfolio_new ();
  asr_portfolio_printer_begin (&printer, options->json ? ASR_PORTFOLIO_JSON
                                         : options->csv ? ASR_PORTFOLIO_CSV : ASR_PORTFOLIO_TEXT,
                               print_sink, NULL);
  for (guint i = 0; i < errors->len; i++)
    asr_portfolio_printer_error (&printer, g_ptr_array_index (errors, i));
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_ptr_array_index (paths, i));

      asr_portfolio_printer_row (&printer, asr_portfolio_add_file (portfolio, file));
    }
  asr_portfolio_finish (portfolio);
  failed = asr_portfolio_printer_end (&printer, portfolio);
  return failed ? ASR_CLI_EXIT_INVALID : ASR_CLI_EXIT_OK;
}
