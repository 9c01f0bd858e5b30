/* bench-memory.c: peak memory of a load, measured in a child process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <json-glib/json-glib.h>

#include "asr-import-cqc.h"
#include "asr-read-file.h"
#include "bench.h"

/* A "VmXXX:   1234 kB" line of /proc/self/status, in bytes; -1 if none. */
gint64
bench_read_status (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  if (line == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (field), NULL, 10) * 1024;
}

gint64
bench_peak_rss (void)
{
  struct rusage usage;
  gint64 hwm = bench_read_status ("VmHWM:");

  if (hwm >= 0)
    return hwm;
  getrusage (RUSAGE_SELF, &usage);
  return (gint64) usage.ru_maxrss * 1024;
}

/* Resets VmHWM to the current RSS (Linux 4.0+), so that the peak is the
 * load's and not start-up's.  Written in place: g_file_set_contents()
 * would try to rename a temporary file over it. */
void
bench_reset_peak_rss (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");

  if (file == NULL)
    return;
  fputs ("5", file);
  fclose (file);
}

/* Pays the one-time costs of a process that loads files — class set-up,
 * first touches of code pages, the allocators' own tables — by loading
 * and dropping a small assessment, so that the measurement counts what
 * one more file costs, which is what grows with the file. */
static void
warm_up (const char *path,
         BenchLoad   what)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) empty = asr_assessment_new (framework);
  g_autoptr(GBytes) bytes = asr_assessment_serialize (empty);
  g_autoptr(AsrAssessment) again = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(AsrBaseline) baseline = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) none = NULL;

  /* GIO's set-up (its VFS, the file's parse name) on a read refused for
   * its size, which allocates nothing for the contents. */
  none = asr_read_file_bounded (file, 0, NULL, NULL);

  if (what == BENCH_LOAD_JSON_GLIB)
    json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
  else if (what == BENCH_LOAD_CQC_API)
    {
      static const char api[] = "{\"currentRatings\": {\"overall\": {\"rating\": \"Good\", "
                                "\"reportDate\": \"2024-05-01\", \"keyQuestionRatings\": []}}}";
      g_autoptr(GBytes) api_bytes = g_bytes_new_static (api, sizeof api - 1);

      baseline = asr_import_cqc_api (api_bytes, "warm-up.json", NULL);
    }
  else
    again = asr_assessment_load_from_bytes (bytes, "warm-up", NULL);
}

/* What the child does with the bytes: a load or an import. */
static void
load (GBytes    *bytes,
      const char *path,
      BenchLoad  what)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(AsrBaseline) baseline = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (what == BENCH_LOAD_JSON_GLIB && !json_parser_load_from_data (parser, data, size, &error))
    g_error ("json-glib: %s", error->message);
  if (what == BENCH_LOAD_CQC_API &&
      !(baseline = asr_import_cqc_api (bytes, path, &error)))
    g_error ("%s", error->message);
  if (what == BENCH_LOAD_ASSESSOR &&
      !(assessment = asr_assessment_load_from_bytes (bytes, path, &error)))
    g_error ("%s", error->message);
}

/* The child: prints "BASELINE PEAK SIZE" in bytes.  Types, the built-in
 * frameworks and a warm-up load happen before the baseline; the peak
 * counts the file's bytes (read into memory after the baseline), the
 * parse and the finished model (or json-glib's tree). */
int
bench_run_peak_load (const char *path,
                     BenchLoad   what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) f1 = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrFramework) f2 = asr_framework_registry_lookup ("cqc-saf-2023", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  gint64 baseline, peak;

  g_type_ensure (ASR_TYPE_ASSESSMENT);
  g_type_ensure (ASR_TYPE_KEY_QUESTION);
  g_type_ensure (ASR_TYPE_QUALITY_STATEMENT);
  g_type_ensure (ASR_TYPE_EVIDENCE);
  /* Both built-in frameworks stay loaded, as in the app. */
  g_assert (f1 != NULL && f2 != NULL);
  warm_up (path, what);

  bench_reset_peak_rss ();
  baseline = bench_read_status ("VmRSS:");

  /* Read as the app reads every input. */
  bytes = asr_read_file_bounded (file, G_MAXSIZE - 1, NULL, &error);
  if (bytes == NULL)
    g_error ("%s", error->message);
  load (bytes, path, what);
  peak = bench_peak_rss ();
  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GSIZE_FORMAT "\n",
           baseline, peak, g_bytes_get_size (bytes));
  return 0;
}

/* Peak RSS − baseline of a load of @path in a child, in bytes; -1 if it
 * could not be measured. */
static gint64
measure_peak_once (const char *self_exe,
                   const char *path,
                   BenchLoad   what)
{
  const char *options[] = { NULL, "--json-glib", "--cqc-api" };
  const char *argv[] = { self_exe, "--peak-load", path, options[what], NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 baseline, peak;
  gsize size;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("bench: peak memory: %s\n", error->message);
      return -1;
    }
  if (sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GSIZE_FORMAT,
              &baseline, &peak, &size) != 3 || baseline < 0 || size == 0)
    return -1;
  return peak - baseline;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* RSS moves by whole pages and with what the kernel does meanwhile: the
 * median of a few children is steadier than one. */
gint64
bench_measure_peak (const char *self_exe,
                    const char *path,
                    BenchLoad   what)
{
  gint64 runs[5];

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      runs[i] = measure_peak_once (self_exe, path, what);
      if (runs[i] < 0)
        return -1;
    }
  qsort (runs, G_N_ELEMENTS (runs), sizeof runs[0], compare_gint64);
  return runs[G_N_ELEMENTS (runs) / 2];
}
