/* asr-cli-compare.c: assessor --compare=PREVIOUS FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PREVIOUS is read whole and checked before FILE's previous ratings are
 * replaced (in memory; FILE is never written).  Ages of carried-forward
 * ratings count to FILE's assessment date, or to today when it has none;
 * the stale threshold is the app's default, 2 years.  This file checks
 * the options and loads both files; the output is asr-cli-compare-text.c's
 * or asr-cli-compare-json.c's.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-cli-compare-private.h"
#include "asr-read-file.h"

static void
compare_clear (Compare *c)
{
  g_clear_object (&c->comparison);
  g_clear_object (&c->assessment);
  g_clear_object (&c->previous);
  g_clear_pointer (&c->baseline, asr_baseline_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Compare, compare_clear)

static gboolean
check_usage (const AsrCliOptions *options)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;
  const char *problem = NULL;

  if (options->compare == NULL)
    problem = _("--location goes with --compare; see --help\n");
  else if (options->summary || options->check)
    problem = _("--compare cannot be combined with --summary or --check; see --help\n");
  else if (n_files != 1)
    problem = _("--compare=PREVIOUS takes one FILE; see --help\n");
  else if (asr_import_is_csv_name (options->compare) && options->location == NULL)
    problem = _("A CQC Latest ratings CSV holds many locations: choose one with --location=ID; see --help\n");
  else if (!asr_import_is_csv_name (options->compare) && options->location != NULL)
    problem = _("--location goes with a CSV file only; see --help\n");
  if (problem != NULL)
    g_printerr ("%s", problem);
  return problem == NULL;
}

static gboolean
load (Compare             *c,
      const AsrCliOptions *options)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[0]);
  g_autoptr(GFile) previous_file = g_file_new_for_commandline_arg (options->compare);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;

  c->assessment = asr_assessment_load_from_file (file, NULL, &error);
  if (c->assessment != NULL)
    bytes = asr_read_file_bounded (previous_file, asr_import_max_size (options->compare),
                                   NULL, &error);
  if (bytes != NULL)
    c->baseline = asr_import_previous (bytes, options->compare, options->location,
                                       &c->kind, &c->previous, &error);
  if (c->baseline == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  /* A previous assessment is compared with, as the window's Compare With
   * Assessment does: FILE keeps its own previous ratings, so its figures
   * are those of --summary FILE and of the window (help/C/compare.page).
   * CQC's ratings (API, CSV, a published report's text) are taken as
   * FILE's previous ratings, as Import Previous Ratings does. */
  if (c->kind != ASR_PREVIOUS_ASSESSMENT)
    asr_baseline_apply (c->baseline, c->assessment);
  c->comparison = asr_comparison_new (c->assessment, c->previous);
  reference = asr_comparison_default_reference_date (c->assessment);
  asr_comparison_set_reference_date (c->comparison, reference);
  return TRUE;
}

int
asr_cli_compare_run (const AsrCliOptions *options)
{
  g_auto(Compare) c = { 0, };

  if (!check_usage (options))
    return ASR_CLI_EXIT_USAGE;
  if (!load (&c, options))
    return ASR_CLI_EXIT_INVALID;
  if (options->json)
    {
      _asr_cli_compare_print_json (&c);
      return ASR_CLI_EXIT_OK;
    }
  _asr_cli_compare_print_text (&c);
  return ASR_CLI_EXIT_OK;
}
