/* asr-cli.c: assessor --summary, --check and --version; the other commands'
 * dispatch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "asr-cli.h"
#include "asr-cli-compare.h"
#include "asr-cli-export.h"
#include "asr-cli-frameworks.h"
#include "asr-cli-import.h"
#include "asr-cli-merge.h"
#include "asr-cli-portfolio.h"
#include "asr-cli-review.h"
#include "asr-core.h"

void
asr_cli_options_clear (AsrCliOptions *options)
{
  g_clear_pointer (&options->files, g_strfreev);
  g_clear_pointer (&options->compare, g_free);
  g_clear_pointer (&options->location, g_free);
  g_clear_pointer (&options->export_path, g_free);
  g_clear_pointer (&options->key_questions, g_free);
  g_clear_pointer (&options->import_report, g_free);
  g_clear_pointer (&options->check_framework, g_free);
  g_clear_pointer (&options->merge_base, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->review_disable, g_free);
  g_clear_pointer (&options->review_thresholds, g_strfreev);
}

GOptionGroup *
asr_cli_option_group (AsrCliOptions *options)
{
  const GOptionEntry entries[] = {
    { "summary", 's', 0, G_OPTION_ARG_NONE, &options->summary,
      N_("Print each key question’s score, percentage and rating, and the overall rating"), NULL },
    { "json", 'j', 0, G_OPTION_ARG_NONE, &options->json,
      N_("With --summary, --compare, --portfolio, --frameworks or --review: print JSON instead of text"), NULL },
    { "check", 'c', 0, G_OPTION_ARG_NONE, &options->check,
      N_("Validate the file and print its problems (exit 1 if there are any)"), NULL },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &options->compare,
      N_("Compare FILE with the previous ratings in PREVIOUS (an assessment, a CQC API location JSON, a CQC Latest ratings CSV or the text of a published CQC report)"),
      N_("PREVIOUS") },
    { "location", 0, 0, G_OPTION_ARG_STRING, &options->location,
      N_("With --compare and a CSV: the Location ID to take the ratings of"), N_("ID") },
    { "export", 'e', 0, G_OPTION_ARG_FILENAME, &options->export_path,
      N_("Write a draft report of FILE to OUT, as PDF, HTML, Markdown, text or JSON by OUT’s extension (.pdf, .html, .md, .txt, .json)"),
      N_("OUT") },
    { "key-questions", 0, 0, G_OPTION_ARG_STRING, &options->key_questions,
      N_("With --export: only these key questions (default: all)"), N_("safe,effective,…") },
    { "evidence-notes", 0, 0, G_OPTION_ARG_NONE, &options->evidence_notes,
      N_("With --export: include the evidence category notes"), NULL },
    { "no-comparison", 0, 0, G_OPTION_ARG_NONE, &options->no_comparison,
      N_("With --export: leave out the comparison with previous ratings"), NULL },
    { "with-comments", 0, 0, G_OPTION_ARG_NONE, &options->with_comments,
      N_("With --export: include the review comments (left out unless asked for)"), NULL },
    { "review", 0, 0, G_OPTION_ARG_NONE, &options->review,
      N_("Run the review checks on FILE and list the findings (exit 3 if there are any): no-notes, short-notes-extreme, notes-contradict-source, repeated-passage, stale-carried-forward, enforcement-not-mentioned, short-override-reason, open-comments"),
      NULL },
    { "review-disable", 0, 0, G_OPTION_ARG_STRING, &options->review_disable,
      N_("With --review: leave out these rules"), N_("RULE,…") },
    { "review-threshold", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options->review_thresholds,
      N_("With --review: change a threshold for this run (review-extreme-notes-words=30, review-override-reason-words=8, review-repeat-words=25, stale-threshold-years=2); repeatable"),
      N_("KEY=N") },
    { "import-report", 0, 0, G_OPTION_ARG_FILENAME, &options->import_report,
      N_("Make a new assessment OUT from the text of published CQC report pages (the FILEs), checking each key question’s published score against its quality statements"),
      N_("OUT") },
    { "portfolio", 0, 0, G_OPTION_ARG_NONE, &options->portfolio,
      N_("Summarise many assessments (FILEs, or folders searched for *.assessment): one row each, then the ratings aggregated by location and for the provider"),
      NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &options->csv,
      N_("With --portfolio: print CSV instead of text"), NULL },
    { "frameworks", 0, 0, G_OPTION_ARG_NONE, &options->frameworks,
      N_("List every framework found: the built-in ones and the framework files in $XDG_DATA_HOME/assessor/frameworks and $XDG_DATA_DIRS/…/assessor/frameworks (id, version, name, method, source)"),
      NULL },
    { "check-framework", 0, 0, G_OPTION_ARG_FILENAME, &options->check_framework,
      N_("Validate a framework file (exit 1 naming the place of the first problem)"), N_("FILE") },
    { "merge", 0, G_OPTION_FLAG_OPTIONAL_ARG | G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK,
      (gpointer) asr_cli_merge_option,
      N_("Merge two drafts, MINE and THEIRS (the FILEs), into --output=OUT: against BASE, the draft both started from, when given as --merge=BASE; without it, a statement changed on one side only is taken and any other difference is a conflict. Exit 0 when clean, 3 when conflicts remain (recorded in OUT)"),
      N_("BASE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("With --merge: the file to write the merged draft to (never one of the drafts)"), N_("OUT") },
    { "version", 'v', 0, G_OPTION_ARG_NONE, &options->version,
      N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files,
      NULL, N_("[FILE…]") },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("assessor", _("Assessor options"),
                                            _("Show Assessor options"), options, NULL);

  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  return group;
}

gboolean
asr_cli_wants_command (const AsrCliOptions *options)
{
  return options->summary || options->check || options->json || options->version ||
         options->compare != NULL || options->location != NULL ||
         options->import_report != NULL || options->portfolio || options->csv ||
         options->merge || options->output != NULL ||
         asr_cli_export_wanted (options) || asr_cli_frameworks_wanted (options) ||
         asr_cli_review_wanted (options) || options->with_comments;
}

AsrAssessment *
asr_cli_load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  if (assessment == NULL)
    g_printerr ("%s\n", error->message);
  return assessment;
}

static int
run_summary (const char *path,
             gboolean    json)
{
  g_autoptr(AsrAssessment) assessment = asr_cli_load (path);
  g_autofree char *text = NULL;

  if (assessment == NULL)
    return ASR_CLI_EXIT_INVALID;
  text = json ? asr_summary_to_json (assessment) : asr_summary_to_text (assessment);
  g_print ("%s", text);
  return ASR_CLI_EXIT_OK;
}

/* Every problem in one run: each invalid value of the file (with its
 * path), then the rules' problems of what loaded; a syntax error still
 * stops at its line:col. */
static int
run_check (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) invalid = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AsrAssessment) assessment =
    asr_assessment_load_file_with_problems (file, NULL, &invalid, &error);

  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ASR_CLI_EXIT_INVALID;
    }
  for (guint i = 0; i < invalid->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (invalid, i));
  problems = asr_assessment_list_problems (assessment);
  for (guint i = 0; i < problems->len; i++)
    g_print ("%s: %s\n", path, (char *) g_ptr_array_index (problems, i));
  if (invalid->len + problems->len > 0)
    return ASR_CLI_EXIT_INVALID;
  g_print (_("%s: valid\n"), path);
  return ASR_CLI_EXIT_OK;
}

/* Whatever a command prints (a service name, a note, a location name from a
 * CSV, a JSON key quoted in an error) may come from a file: its control
 * characters and bidirectional overrides are shown escaped, never sent to
 * the terminal.  One handler for every printer; JSON output is unchanged
 * in meaning, as "\u001b" is also JSON's escape for that character. */
static void
print_neutral (FILE       *stream,
               const char *string)
{
  g_autofree char *shown = asr_text_neutralize (string);
  g_autofree char *converted = NULL;
  const char *charset;

  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (shown, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
  fputs (converted != NULL ? converted : shown, stream);
  fflush (stream);
}

static void
print_cb (const char *string)
{
  print_neutral (stdout, string);
}

static void
printerr_cb (const char *string)
{
  print_neutral (stderr, string);
}

static int
run (const AsrCliOptions *options)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;
  int status = ASR_CLI_EXIT_OK;

  if (options->version)
    {
      g_print ("assessor %s\n", PACKAGE_VERSION);
      return ASR_CLI_EXIT_OK;
    }
  if (asr_cli_frameworks_wanted (options))
    return asr_cli_frameworks_run (options);
  if (options->import_report != NULL)
    return asr_cli_import_run (options);
  if (options->merge || options->output != NULL)
    {
      if (!options->merge)
        {
          g_printerr (_("--output goes with --merge; see --help\n"));
          return ASR_CLI_EXIT_USAGE;
        }
      return asr_cli_merge_run (options);
    }
  if (options->portfolio || options->csv)
    {
      if (!options->portfolio)
        {
          g_printerr (_("--csv goes with --portfolio; see --help\n"));
          return ASR_CLI_EXIT_USAGE;
        }
      return asr_cli_portfolio_run (options);
    }
  if (asr_cli_review_wanted (options))
    {
      if (asr_cli_export_wanted (options) || options->with_comments)
        {
          g_printerr (_("--review cannot be combined with --export; see --help\n"));
          return ASR_CLI_EXIT_USAGE;
        }
      return asr_cli_review_run (options);
    }
  if (asr_cli_export_wanted (options) || options->with_comments)
    return asr_cli_export_run (options);
  if (options->compare != NULL || options->location != NULL)
    return asr_cli_compare_run (options);
  if (options->summary + options->check != 1 || (options->json && !options->summary))
    {
      g_printerr (_("Use one of --summary, --check or --compare (--json goes with --summary or --compare); see --help\n"));
      return ASR_CLI_EXIT_USAGE;
    }
  if (n_files == 0 || (options->summary && n_files != 1))
    {
      g_printerr (options->summary ? _("--summary takes one FILE; see --help\n")
                                   : _("--check takes one or more FILEs; see --help\n"));
      return ASR_CLI_EXIT_USAGE;
    }

  if (options->summary)
    return run_summary (options->files[0], options->json);
  for (guint i = 0; i < n_files; i++)
    {
      int file_status = run_check (options->files[i]);
      status = MAX (status, file_status);
    }
  return status;
}

int
asr_cli_run (const AsrCliOptions *options)
{
  GPrintFunc old_print = g_set_print_handler (print_cb);
  GPrintFunc old_printerr = g_set_printerr_handler (printerr_cb);
  int status = run (options);

  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);
  return status;
}
