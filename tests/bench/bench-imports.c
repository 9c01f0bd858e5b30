/* bench-imports.c: previous-ratings imports that must stay proportional
 * to their input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * - A location's JSON from CQC's API of about 50 MB (its "reports" grown
 *   to thousands of entries): peak memory of the import ÷ file size, in a
 *   child process as for assessments, beside json-glib's tree of it.
 * - A Latest ratings sheet whose header has 100 000 columns: the time to
 *   read it ÷ the time to read a sheet of the same size with the usual
 *   six columns and many rows.  Checking the header's names against each
 *   other made the first quadratic (20 s at 100 000 columns).
 */
#include <string.h>

#include <glib/gstdio.h>

#include "asr-csv.h"
#include "bench.h"

#define API_TARGET_SIZE   ((gsize) 50 * 1000 * 1000)
#define CSV_WIDE_COLUMNS  100000
#define TARGET_API_PEAK   4.0
#define TARGET_CSV_RATIO  3.0

static const char api_head[] =
  "{\"locationId\":\"1-101234567\",\"name\":\"Larchfield House\",\"type\":\"Social Care Org\","
  "\"currentRatings\":{\"overall\":{\"rating\":\"Good\",\"reportDate\":\"2024-05-01\","
  "\"keyQuestionRatings\":["
  "{\"name\":\"Safe\",\"rating\":\"Good\",\"reportDate\":\"2024-05-01\"},"
  "{\"name\":\"Effective\",\"rating\":\"Good\",\"reportDate\":\"2021-09-14\"},"
  "{\"name\":\"Caring\",\"rating\":\"Not rated\",\"reportDate\":\"2024-05-01\"},"
  "{\"name\":\"Responsive\",\"rating\":\"Outstanding\",\"reportDate\":\"2024-05-01\"},"
  "{\"name\":\"Well-led\",\"rating\":\"Requires improvement\",\"reportDate\":\"2024-05-01\"}]}},"
  "\"reports\":[";

static char *
write_api (const char *dir,
           gsize      *size)
{
  g_autoptr(GString) json = g_string_sized_new (API_TARGET_SIZE + 4096);
  char *path = g_build_filename (dir, "bench-cqc-api.json", NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (json, api_head);
  for (guint i = 0; json->len < API_TARGET_SIZE; i++)
    g_string_append_printf (json, "%s{\"linkId\":\"%08x-8d4b-4b7e-9a51-0c2d5e7f9b10\","
                            "\"reportDate\":\"2019-02-%02u\",\"reportUri\":\"/reports/%u\","
                            "\"firstVisitDate\":\"2019-01-08\",\"reportType\":\"Location\","
                            "\"relatedDocuments\":[{\"documentUri\":\"/documents/%u\","
                            "\"documentType\":\"Inspection report\"}]}",
                            i ? "," : "", i, 1 + i % 28, i, i);
  g_string_append (json, "]}");
  if (!g_file_set_contents (path, json->str, json->len, &error))
    g_error ("%s", error->message);
  *size = json->len;
  return path;
}

static GBytes *
wide_sheet (void)
{
  GString *csv = g_string_new ("Location ID,Location Name,Service / Population Group,"
                               "Domain,Latest Rating,Publication Date");

  for (guint i = 0; i < CSV_WIDE_COLUMNS; i++)
    g_string_append_printf (csv, ",Column %u", i);
  g_string_append (csv, "\n1-101,Larchfield House,Overall,Overall,Good,01/05/2024");
  for (guint i = 0; i < CSV_WIDE_COLUMNS; i++)
    g_string_append (csv, ",x");
  g_string_append_c (csv, '\n');
  return g_string_free_to_bytes (csv);
}

static GBytes *
tall_sheet (gsize size)
{
  GString *csv = g_string_new ("Location ID,Location Name,Service / Population Group,"
                               "Domain,Latest Rating,Publication Date\n");

  for (guint i = 0; csv->len < size; i++)
    g_string_append_printf (csv, "1-%u,Larchfield House,Overall,Safe,Good,01/05/2024\n", i);
  return g_string_free_to_bytes (csv);
}

static double
run_csv (gpointer data)
{
  GBytes *bytes = data;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text = g_bytes_get_data (bytes, &size);
  double t0 = bench_now (), t;
  AsrCsv *csv = asr_csv_parse (text, size, "bench.csv", &error);

  t = bench_now () - t0;
  if (csv == NULL)
    g_error ("%s", error->message);
  asr_csv_free (csv);
  return t;
}

static void
measure_csv (BenchImports *imports,
             double        budget)
{
  g_autoptr(GBytes) wide = wide_sheet ();
  g_autoptr(GBytes) tall = tall_sheet (g_bytes_get_size (wide));
  Contender contenders[] = { { run_csv, wide }, { run_csv, tall } };

  bench_measure_alternately (contenders, G_N_ELEMENTS (contenders), budget);
  imports->csv_wide = bench_samples_min (contenders[0].samples);
  imports->csv_tall = bench_samples_min (contenders[1].samples);
  imports->csv_size = g_bytes_get_size (wide);
  for (guint i = 0; i < G_N_ELEMENTS (contenders); i++)
    g_array_unref (contenders[i].samples);
}

BenchImports
bench_measure_imports (const char *self_exe,
                       const char *dir,
                       gboolean    keep,
                       double      budget)
{
  BenchImports imports = { 0 };
  g_autofree char *path = write_api (dir, &imports.api_size);

  imports.api_peak[0] = bench_measure_peak (self_exe, path, BENCH_LOAD_CQC_API);
  imports.api_peak[1] = bench_measure_peak (self_exe, path, BENCH_LOAD_JSON_GLIB);
  if (!keep)
    g_unlink (path);
  measure_csv (&imports, budget);
  return imports;
}

static double
api_ratio (const BenchImports *imports,
           guint               which)
{
  return imports->api_peak[which] >= 0 ? (double) imports->api_peak[which] / imports->api_size
                                       : G_MAXDOUBLE;
}

static const char *
met (gboolean ok)
{
  return ok ? "met" : "NOT MET";
}

void
bench_print_imports (const BenchImports *imports)
{
  g_print ("\nPrevious-ratings imports\n");
  g_print ("  CQC API JSON, %.1f MB: peak mem ÷ size %6.2f   (json-glib's tree %.2f)"
           "   ≤ %.1f  %s\n", imports->api_size / 1e6, api_ratio (imports, 0),
           api_ratio (imports, 1), TARGET_API_PEAK,
           met (api_ratio (imports, 0) <= TARGET_API_PEAK));
  g_print ("  Latest ratings CSV of %u columns (%.1f MB): %.2f ms, a 6-column sheet of the\n"
           "  same size %.2f ms: ratio %6.2f   ≤ %.1f  %s\n",
           CSV_WIDE_COLUMNS + 6, imports->csv_size / 1e6, imports->csv_wide * 1e3,
           imports->csv_tall * 1e3, imports->csv_wide / imports->csv_tall, TARGET_CSV_RATIO,
           met (imports->csv_wide / imports->csv_tall <= TARGET_CSV_RATIO));
}

void
bench_print_import_targets (const BenchImports *imports)
{
  double api = api_ratio (imports, 0);
  double csv = imports->csv_wide / imports->csv_tall;

  g_print ("  CQC API import peak ≤ %.0f × file size: %s (%.2f)\n", TARGET_API_PEAK,
           api == G_MAXDOUBLE ? "not measured" : met (api <= TARGET_API_PEAK), api);
  g_print ("  wide CSV header ≤ %.0f × a tall sheet:  %s (%.2f)\n", TARGET_CSV_RATIO,
           met (csv <= TARGET_CSV_RATIO), csv);
}
