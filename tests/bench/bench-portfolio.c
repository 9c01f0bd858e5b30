/* bench-portfolio.c: assessor --portfolio's summary of many assessments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes N assessments of about 40 KB (100 locations, core services in
 * turn), then measures in the same run: the portfolio summary of all of
 * them (load, summarise, aggregate; no printing) against json-glib's parse
 * of the same files, and the peak memory of the summary over N/10 and
 * over N files in child processes: it should not grow with N, since one
 * document is in memory at a time.  Goal: 10 000 files in under 10 s.
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "asr-portfolio.h"
#include "bench.h"

#define N_LOCATIONS 100
#define GOAL_SECONDS 10.0

static const char * const core_services[] = {
  "Urgent and emergency care", "Medical care", "Surgery", "Critical care",
  "Maternity", "Services for children and young people", "End of life care",
  "Outpatients"
};

static char *
file_name (const char *dir,
           guint       i)
{
  return g_strdup_printf ("%s/portfolio-%05u.assessment", dir, i);
}

static void
generate (const char *dir,
          guint       n_files)
{
  gsize skeleton;
  g_autoptr(AsrAssessment) assessment = bench_build_assessment_of_size ("cqc-saf-2024", 40 * 1000, &skeleton);

  for (guint loc = 0; loc < N_LOCATIONS; loc++)
    {
      g_autofree char *id = g_strdup_printf ("1-%09u", loc);
      g_autoptr(GBytes) bytes = NULL;

      asr_assessment_set_location_id (assessment, id);
      asr_assessment_set_core_service (assessment, core_services[loc % G_N_ELEMENTS (core_services)]);
      bytes = asr_assessment_serialize (assessment);
      for (guint i = loc; i < n_files; i += N_LOCATIONS)
        {
          g_autofree char *path = file_name (dir, i);

          if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
            g_error ("bench: cannot write %s", path);
        }
    }
}

static double
summarise (const char *dir,
           guint       n_files)
{
  g_autoptr(AsrPortfolio) portfolio = asr_portfolio_new ();
  double start = bench_now ();

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = file_name (dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      const AsrPortfolioRow *row = asr_portfolio_add_file (portfolio, file);

      if (row->error != NULL)
        g_error ("bench: %s", row->error);
    }
  asr_portfolio_finish (portfolio);
  return bench_now () - start;
}

static double
parse_with_json_glib (const char *dir,
                      guint       n_files)
{
  double start = bench_now ();

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = file_name (dir, i);
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_file (parser, path, NULL))
        g_error ("bench: json-glib cannot parse %s", path);
    }
  return bench_now () - start;
}

/* The child: prints "BASELINE PEAK" in bytes for a summary of the first
 * @count files, after a warm-up summary of one. */
int
bench_run_peak_portfolio (const char *dir,
                          guint       count)
{
  gint64 baseline, peak;

  summarise (dir, 1);
  bench_reset_peak_rss ();
  baseline = bench_read_status ("VmRSS:");
  summarise (dir, count);
  peak = bench_peak_rss ();
  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", baseline, peak);
  return 0;
}

static gint64
measure_peak (const char *self_exe,
              const char *dir,
              guint       count)
{
  g_autofree char *n = g_strdup_printf ("%u", count);
  const char *argv[] = { self_exe, "--peak-portfolio", dir, "--portfolio-count", n, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 baseline, peak;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("bench: portfolio peak memory: %s\n", error->message);
      return -1;
    }
  if (sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &baseline, &peak) != 2)
    return -1;
  return peak - baseline;
}

void
bench_portfolio (const char *self_exe,
                 const char *dir,
                 guint       n_files,
                 gboolean    keep)
{
  double ours, theirs;
  gint64 peak_small, peak_all;

  generate (dir, n_files);
  theirs = parse_with_json_glib (dir, n_files);
  ours = summarise (dir, n_files);
  peak_small = measure_peak (self_exe, dir, n_files / 10);
  peak_all = measure_peak (self_exe, dir, n_files);

  g_print ("\nPortfolio (assessor --portfolio without printing): %u assessments of about 40 KB\n"
           "  summary %.2f s (%.2f ms each); json-glib parse of the same files %.2f s: ratio %.2f\n"
           "  peak memory above baseline: %.1f MB over %u files, %.1f MB over %u: ratio %.2f\n"
           "  goal < %.0f s: %s; memory independent of the count: %s\n",
           n_files, ours, 1000 * ours / n_files, theirs, ours / theirs,
           peak_small / 1e6, n_files / 10, peak_all / 1e6, n_files,
           peak_small > 0 ? (double) peak_all / peak_small : 0.0,
           GOAL_SECONDS, ours < GOAL_SECONDS ? "met" : "MISSED",
           peak_small > 0 && peak_all < 2 * peak_small + 4 * 1000 * 1000 ? "met" : "MISSED");
  if (keep)
    return;
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = file_name (dir, i);
      g_unlink (path);
    }
}
