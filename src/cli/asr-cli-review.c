/* asr-cli-review.c: assessor --review [--json] FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the review checks (asr-review.h) with the same defaults as the
 * window's settings; --review-disable=RULE,… and --review-threshold=KEY=N
 * (KEY a settings key: review-extreme-notes-words,
 * review-override-reason-words, review-repeat-words,
 * stale-threshold-years) change them for one run.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-cli-review.h"
#include "asr-core.h"

gboolean
asr_cli_review_wanted (const AsrCliOptions *options)
{
  return options->review || options->review_disable != NULL ||
         options->review_thresholds != NULL;
}

/* The thresholds by their settings key, with their ranges. */
static guint *
threshold_field (AsrReviewSettings *settings,
                 const char        *key,
                 guint64           *max)
{
  *max = 1000;
  if (strcmp (key, "review-extreme-notes-words") == 0)
    return &settings->extreme_notes_words;
  if (strcmp (key, "review-override-reason-words") == 0)
    return &settings->override_reason_words;
  if (strcmp (key, "review-repeat-words") == 0)
    return &settings->repeat_words;
  *max = 20;
  if (strcmp (key, "stale-threshold-years") == 0)
    return &settings->stale_years;
  return NULL;
}

static gboolean
set_threshold (AsrReviewSettings *settings,
               const char        *assignment)
{
  g_auto(GStrv) parts = g_strsplit (assignment, "=", 2);
  guint *field = NULL;
  guint64 value, max;

  if (g_strv_length (parts) == 2)
    field = threshold_field (settings, parts[0], &max);
  if (field == NULL || !g_ascii_string_to_unsigned (parts[1], 10, 1, max, &value, NULL))
    {
      g_printerr (_("--review-threshold: expected KEY=N, KEY one of review-extreme-notes-words, review-override-reason-words, review-repeat-words (N 1–1000) or stale-threshold-years (N 1–20), got “%s”\n"),
                  assignment);
      return FALSE;
    }
  *field = (guint) value;
  return TRUE;
}

static gboolean
check_usage (const AsrCliOptions *options,
             AsrReviewSettings   *settings,
             GStrv               *disabled)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;

  if (!options->review)
    g_printerr (_("--review-disable and --review-threshold go with --review; see --help\n"));
  else if (options->summary || options->check || options->compare != NULL)
    g_printerr (_("--review cannot be combined with --summary, --check or --compare; see --help\n"));
  else if (n_files != 1)
    g_printerr (_("--review takes one FILE; see --help\n"));
  else
    {
      *disabled = options->review_disable != NULL ? g_strsplit (options->review_disable, ",", -1) : NULL;
      for (guint i = 0; *disabled != NULL && (*disabled)[i] != NULL; i++)
        if (asr_review_lookup_rule ((*disabled)[i]) == NULL)
          {
            g_printerr (_("--review-disable: unknown rule “%s”; see assessor --help and the help page on reviewing\n"),
                        (*disabled)[i]);
            return FALSE;
          }
      for (guint i = 0; options->review_thresholds != NULL && options->review_thresholds[i] != NULL; i++)
        if (!set_threshold (settings, options->review_thresholds[i]))
          return FALSE;
      settings->disabled = (const char * const *) *disabled;
      return TRUE;
    }
  return FALSE;
}

int
asr_cli_review_run (const AsrCliOptions *options)
{
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_auto(GStrv) disabled = NULL;
  g_autofree char *out = NULL;
  AsrReviewSettings settings;

  asr_review_settings_init (&settings);
  if (!check_usage (options, &settings, &disabled))
    return ASR_CLI_EXIT_USAGE;
  file = g_file_new_for_commandline_arg (options->files[0]);
  assessment = asr_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ASR_CLI_EXIT_INVALID;
    }
  findings = asr_review_run (assessment, &settings);
  out = options->json ? asr_review_format_json (findings) : asr_review_format_text (findings);
  g_print ("%s", out);
  return findings->len > 0 ? ASR_CLI_EXIT_FINDINGS : ASR_CLI_EXIT_OK;
}
