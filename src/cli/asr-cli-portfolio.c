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
#include "asr-cli-portfolio-print.h"
#include "asr-core.h"

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* Past the one-letter kind: files and folders by name alone. */
  return g_strcmp0 (*(const char * const *) a + 1, *(const char * const *) b + 1);
}

/* The *.assessment files under @dir, by name, folders searched in turn. */
static void
collect_folder (GFile     *dir,
                GPtrArray *paths,
                GPtrArray *errors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  if (children == NULL)
    {
      g_ptr_array_add (errors, g_strdup (error->message));
      return;
    }
  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      GFileType type = g_file_info_get_file_type (info);

      if (type == G_FILE_TYPE_DIRECTORY || g_str_has_suffix (name, ".assessment"))
        g_ptr_array_add (names, g_strdup_printf ("%c%s", type == G_FILE_TYPE_DIRECTORY ? 'd' : 'f', name));
      g_object_unref (info);
    }
  if (error != NULL)
    g_ptr_array_add (errors, g_strdup (error->message));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autoptr(GFile) child = g_file_get_child (dir, entry + 1);

      if (entry[0] == 'd')
        collect_folder (child, paths, errors);
      else
        g_ptr_array_add (paths, g_file_get_path (child));
    }
}

static void
collect (char      **args,
         GPtrArray  *paths,
         GPtrArray  *errors)
{
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        collect_folder (file, paths, errors);
      else
        g_ptr_array_add (paths, g_strdup (args[i]));
    }
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
                                         : options->csv ? ASR_PORTFOLIO_CSV : ASR_PORTFOLIO_TEXT);
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
