/* asr-cli-merge.c: assessor --merge[=BASE] --output=OUT MINE THEIRS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input is read and checked before OUT is written; OUT is written
 * through the safe writer and is never one of the inputs.  Exit status 0
 * when the merge is clean, 3 when conflicts remain (OUT is written with
 * each of them recorded), 1 for an invalid input, 2 for wrong usage.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-cli-merge.h"
#include "asr-core.h"

#define EXIT_CONFLICTS 3

gboolean
asr_cli_merge_option (const char *option_name,
                      const char *value,
                      gpointer    data,
                      GError    **error)
{
  AsrCliOptions *options = data;

  options->merge = TRUE;
  g_free (options->merge_base);
  options->merge_base = g_strdup (value);
  return TRUE;
}

/* The same file, by name or by its identity on disk (a link to it). */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autoptr(GFileInfo) ia = NULL;
  g_autoptr(GFileInfo) ib = NULL;
  const char *id_a, *id_b;

  if (g_file_equal (a, b))
    return TRUE;
  ia = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  ib = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (ia == NULL || ib == NULL)
    return FALSE;
  id_a = g_file_info_get_attribute_string (ia, G_FILE_ATTRIBUTE_ID_FILE);
  id_b = g_file_info_get_attribute_string (ib, G_FILE_ATTRIBUTE_ID_FILE);
  return id_a != NULL && g_strcmp0 (id_a, id_b) == 0;
}

static gboolean
check_usage (const AsrCliOptions *options)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;
  g_autoptr(GFile) out = NULL;

  if (options->summary || options->check || options->json || options->compare != NULL ||
      options->export_path != NULL || options->portfolio || options->import_report != NULL)
    g_printerr (_("--merge cannot be combined with other commands; see --help\n"));
  else if (options->output == NULL || *options->output == '\0')
    g_printerr (_("--merge needs --output=OUT, the file to write the merged draft to; see --help\n"));
  else if (n_files != 2)
    g_printerr (_("--merge takes two FILEs, MINE and THEIRS (the base is given as --merge=BASE); see --help\n"));
  else
    {
      const char *inputs[] = { options->files[0], options->files[1], options->merge_base };

      out = g_file_new_for_commandline_arg (options->output);
      for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
        {
          g_autoptr(GFile) input = inputs[i] ? g_file_new_for_commandline_arg (inputs[i]) : NULL;

          if (input != NULL && same_file (out, input))
            {
              g_printerr (_("%s: --output is one of the drafts being merged; write the merge to a new file\n"),
                          options->output);
              return FALSE;
            }
        }
      return TRUE;
    }
  return FALSE;
}

static void
print_conflicts (AsrAssessment *merged,
                 const char    *out)
{
  GListModel *conflicts = asr_assessment_get_conflicts (merged);
  guint n = g_list_model_get_n_items (conflicts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *mine = asr_conflict_describe_value (asr_conflict_get_mine (conflict));
      g_autofree char *theirs = asr_conflict_describe_value (asr_conflict_get_theirs (conflict));

      g_print (_("%s: %s: conflict: %s has “%.60s”, %s has “%.60s”\n"), out,
               asr_conflict_get_path (conflict),
               asr_conflict_get_mine_label (conflict), mine,
               asr_conflict_get_theirs_label (conflict), theirs);
    }
  if (n > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%s: written with %u conflict to resolve\n",
                          "%s: written with %u conflicts to resolve\n", n), out, n);
  else
    g_print (_("%s: merged without conflicts\n"), out);
}

int
asr_cli_merge_run (const AsrCliOptions *options)
{
  g_autoptr(AsrAssessment) base = NULL, mine = NULL, theirs = NULL, merged = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mine_label = NULL, *theirs_label = NULL;

  if (!check_usage (options))
    return ASR_CLI_EXIT_USAGE;
  if (!(mine = asr_cli_load (options->files[0])) || !(theirs = asr_cli_load (options->files[1])) ||
      (options->merge_base != NULL && !(base = asr_cli_load (options->merge_base))))
    return ASR_CLI_EXIT_INVALID;

  mine_label = g_path_get_basename (options->files[0]);
  theirs_label = g_path_get_basename (options->files[1]);
  merged = asr_merge_assessments (base, mine, theirs, mine_label, theirs_label, &error);
  if (merged == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ASR_CLI_EXIT_INVALID;
    }
  out = g_file_new_for_commandline_arg (options->output);
  if (!asr_assessment_save_to_file (merged, out, NULL, &error))
    {
      g_printerr ("%s: %s\n", options->output, error->message);
      return ASR_CLI_EXIT_INVALID;
    }
  print_conflicts (merged, options->output);
  return asr_assessment_get_n_conflicts (merged) > 0 ? EXIT_CONFLICTS : ASR_CLI_EXIT_OK;
}
