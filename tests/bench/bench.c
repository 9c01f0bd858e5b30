/* bench.c: how fast Assessor loads, saves and rescores, against json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates assessments of about 40 KB, 5 MB and 50 MB (long notes of
 * prose with Unicode, quotes and line breaks) and prints, measured in the
 * same run on the same bytes:
 *   load time ÷ json-glib's own parse (json_parser_load_from_data)
 *   save time ÷ json-glib's own generation (json_generator_to_data,
 *     pretty, indent 2, of the same document parsed once by json-glib)
 *   peak memory of a load ÷ file size (in a child process)
 *   score changes per second with a "notify" listener on every object
 *   the portfolio summary of 10 000 assessments of 40 KB (2 000 with
 *     --quick) against json-glib's parse of the same files, and its peak
 *     memory over a tenth of them and over all (bench-portfolio.c)
 * With --assessor=PATH, also PDF export through that command line: time,
 * pages per second and peak memory at 1 MB and 5 MB, and a single 16 MB
 * note (bench-pdf.c).
 *   peak memory of a CQC API import of about 50 MB ÷ file size, and the
 *     time to read a 100 000-column Latest ratings CSV ÷ a 6-column one of
 *     the same size (bench-imports.c)
 * It measures and reports; it never fails on a missed target.
 *
 * Run through build-aux/bench.sh, which builds with --buildtype=release.
 * Options: --quick (skip 50 MB and the 16 MB note), --budget=SECONDS,
 * --keep=DIR, --assessor=PATH, --pdf-only (only the PDF export),
 * --portfolio-only=N (only the portfolio summary, of N files).
 * --generate=FILE [--framework=ID] [--size=BYTES] only writes a generated
 * assessment of about BYTES (default 40 KB) (tests/test-schema.sh validates one against the schema).
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "asr-json-reader.h"
#include "asr-json-writer.h"
#include "bench.h"

#ifndef BENCH_BUILDTYPE
#define BENCH_BUILDTYPE "unknown"
#endif

#define TARGET_LOAD_RATIO   1.5
#define TARGET_SAVE_RATIO   1.5
#define TARGET_PEAK_RATIO   4.0
#define TARGET_CHANGES      200000.0

/* ------------------------------------------------------------------ */
/* Timing                                                              */


/* Runs the contenders alternately, so that both see the same machine:
 * the number of repetitions adapts to the size (at least 3, and about
 * @budget seconds in all). */
guint
bench_measure_alternately (Contender *contenders,
                           guint      n_contenders,
                           double     budget)
{
  double warm = 0;
  guint n;

  for (guint c = 0; c < n_contenders; c++)
    {
      contenders[c].samples = g_array_new (FALSE, FALSE, sizeof (double));
      warm += contenders[c].run (contenders[c].data);
    }
  n = (guint) CLAMP (budget / MAX (warm, 1e-9), 3, 2000);
  for (guint i = 0; i < n; i++)
    for (guint c = 0; c < n_contenders; c++)
      {
        double t = contenders[c].run (contenders[c].data);
        g_array_append_val (contenders[c].samples, t);
      }
  return n;
}

/* ------------------------------------------------------------------ */
/* Load and save                                                       */

typedef struct
{
  const char    *name;          /* "40 KB cqc-saf-2024" */
  const char    *framework_id;
  gsize          target;
  char          *path;
  GBytes        *bytes;
  gsize          size;
  gsize          skeleton_size; /* the same with every note empty */
  AsrAssessment *assessment;
  JsonNode      *tree;          /* json-glib's parse, for its generator */
  guint          n_notes;

  double         load[2][2];    /* [assessor, json-glib][min, median] */
  double         save[2][2];
  double         parse_only;    /* asr_json_parse alone, min */
  double         writer_only;   /* AsrJsonWriter on json-glib's tree, min */
  guint          n_load, n_save;
  gsize          save_size[2];
  gint64         peak[2];       /* peak RSS − baseline, bytes; -1 if unknown */
} Case;

/* all_cases[0] and [1] are the 40 KB ones. */
#define N_SMALL_CASES 2

static Case all_cases[] = {
  { "40 KB cqc-saf-2024", "cqc-saf-2024", 40 * 1000 },
  { "40 KB cqc-saf-2023", "cqc-saf-2023", 40 * 1000 },
  { "5 MB cqc-saf-2024", "cqc-saf-2024", 5 * 1000 * 1000 },
  { "50 MB cqc-saf-2024", "cqc-saf-2024", 50 * 1000 * 1000 },
};

static double
run_assessor_load (gpointer data)
{
  Case *c = data;
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment;
  double t0 = bench_now (), t;

  assessment = asr_assessment_load_from_bytes (c->bytes, c->path, &error);
  t = bench_now () - t0;
  if (assessment == NULL)
    g_error ("%s", error->message);
  g_object_unref (assessment);
  return t;
}

static double
run_json_glib_load (gpointer data)
{
  Case *c = data;
  g_autoptr(GError) error = NULL;
  JsonParser *parser = json_parser_new ();
  gsize size;
  const char *bytes = g_bytes_get_data (c->bytes, &size);
  double t0 = bench_now (), t;
  gboolean ok;

  ok = json_parser_load_from_data (parser, bytes, size, &error);
  t = bench_now () - t0;
  if (!ok)
    g_error ("json-glib: %s", error->message);
  g_object_unref (parser);
  return t;
}

static double
run_strict_parse (gpointer data)
{
  Case *c = data;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *bytes = g_bytes_get_data (c->bytes, &size);
  double t0 = bench_now (), t;
  JsonNode *node;

  node = asr_json_parse (bytes, size, c->path, NULL, &error);
  t = bench_now () - t0;
  if (node == NULL)
    g_error ("%s", error->message);
  json_node_unref (node);
  return t;
}

static double
run_assessor_save (gpointer data)
{
  Case *c = data;
  double t0 = bench_now (), t;
  GBytes *bytes;

  bytes = asr_assessment_serialize (c->assessment);
  t = bench_now () - t0;
  c->save_size[0] = g_bytes_get_size (bytes);
  g_bytes_unref (bytes);
  return t;
}

static double
run_json_glib_save (gpointer data)
{
  Case *c = data;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  double t0, t;
  char *text;
  gsize length;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, c->tree);
  t0 = bench_now ();
  text = json_generator_to_data (generator, &length);
  t = bench_now () - t0;
  c->save_size[1] = length;
  g_free (text);
  return t;
}

static double
run_writer_only (gpointer data)
{
  Case *c = data;
  GString *out = g_string_sized_new (4096);
  AsrJsonWriter writer;
  double t0 = bench_now (), t;

  asr_json_writer_init (&writer, out);
  asr_json_writer_node (&writer, c->tree);
  asr_json_writer_finish (&writer);
  t = bench_now () - t0;
  g_string_free (out, TRUE);
  return t;
}

static void
measure_load_save (Case   *c,
                   double  budget)
{
  Contender load[] = { { run_assessor_load, c }, { run_json_glib_load, c } };
  Contender save[] = { { run_assessor_save, c }, { run_json_glib_save, c } };
  Contender parse[] = { { run_strict_parse, c } };
  Contender writer[] = { { run_writer_only, c } };

  c->n_load = bench_measure_alternately (load, 2, budget);
  c->n_save = bench_measure_alternately (save, 2, budget);
  bench_measure_alternately (parse, 1, budget / 3);
  bench_measure_alternately (writer, 1, budget / 3);
  for (guint i = 0; i < 2; i++)
    {
      c->load[i][0] = bench_samples_min (load[i].samples);
      c->load[i][1] = bench_samples_median (load[i].samples);
      c->save[i][0] = bench_samples_min (save[i].samples);
      c->save[i][1] = bench_samples_median (save[i].samples);
      g_array_unref (load[i].samples);
      g_array_unref (save[i].samples);
    }
  c->parse_only = bench_samples_min (parse[0].samples);
  c->writer_only = bench_samples_min (writer[0].samples);
  g_array_unref (parse[0].samples);
  g_array_unref (writer[0].samples);
}

/* ------------------------------------------------------------------ */
/* Report                                                              */

static char *
format_time (double seconds)
{
  if (seconds < 1e-3)
    return g_strdup_printf ("%8.1f µs", seconds * 1e6);
  if (seconds < 1)
    return g_strdup_printf ("%8.2f ms", seconds * 1e3);
  return g_strdup_printf ("%8.3f s ", seconds);
}

static char *
format_count (double value)
{
  g_autofree char *digits = g_strdup_printf ("%.0f", value);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

static const char *
verdict (gboolean met)
{
  return met ? "met" : "NOT MET";
}

static void
print_row (const char *name,
           double      assessor[2],
           double      json_glib[2],
           guint       n,
           double      target)
{
  g_autofree char *a0 = format_time (assessor[0]);
  g_autofree char *a1 = format_time (assessor[1]);
  g_autofree char *j0 = format_time (json_glib[0]);
  g_autofree char *j1 = format_time (json_glib[1]);
  double ratio = assessor[0] / json_glib[0];

  g_print ("  %-6s %-11s %s   %s   %6.2f   ≤ %.1f  %s\n", name, "min", a0, j0, ratio, target,
           verdict (ratio <= target));
  g_print ("  %-6s %-11s %s   %s   %6.2f\n", "", "median", a1, j1, assessor[1] / json_glib[1]);
  g_print ("  %-6s %-11s %11u   %11u\n", "", "repetitions", n, n);
}

static void
print_case (Case *c)
{
  g_autofree char *size = format_count (c->size);
  g_autofree char *parse = format_time (c->parse_only);
  g_autofree char *writer = format_time (c->writer_only);
  g_autofree char *size_a = format_count (c->save_size[0]);
  g_autofree char *size_j = format_count (c->save_size[1]);
  g_autofree char *skeleton = format_count (c->skeleton_size);

  g_print ("\n%s — %s bytes (%s without the notes), %u notes\n",
           c->name, size, skeleton, c->n_notes);
  g_print ("  %-6s %-11s %11s   %11s   %6s   %s\n",
           "", "", "Assessor", "json-glib", "ratio", "target");
  print_row ("load", c->load[0], c->load[1], c->n_load, TARGET_LOAD_RATIO);
  print_row ("save", c->save[0], c->save[1], c->n_save, TARGET_SAVE_RATIO);
  if (c->peak[0] >= 0 && c->peak[1] >= 0)
    {
      double ratio = (double) c->peak[0] / c->size;

      g_print ("  %-18s %11.2f   %11.2f            ≤ %.1f  %s\n", "peak mem ÷ size", ratio,
               (double) c->peak[1] / c->size, TARGET_PEAK_RATIO,
               verdict (ratio <= TARGET_PEAK_RATIO));
      g_print ("  %-18s %8.0f KB   %8.0f KB\n", "  peak − baseline",
               c->peak[0] / 1024.0, c->peak[1] / 1024.0);
    }
  else
    g_print ("  %-18s %11s   %11s            ≤ %.1f  (not measured)\n", "peak mem ÷ size",
             "n/a", "n/a", TARGET_PEAK_RATIO);
  g_print ("  detail: strict parse (asr_json_parse) alone %s = %.0f%% of the load;\n"
          "          AsrJsonWriter on json-glib's tree %s; output %s bytes (json-glib %s)\n",
           g_strstrip (parse), 100 * c->parse_only / c->load[0][0],
           g_strstrip (writer), size_a, size_j);
}

static void
prepare_case (Case       *c,
              const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *name = g_strdup_printf ("bench-%s.assessment", c->name);
  GListModel *kqs;
  gsize size;
  const char *data;

  g_strdelimit (name, " ", '-');
  c->assessment = bench_build_assessment_of_size (c->framework_id, c->target, &c->skeleton_size);
  c->bytes = asr_assessment_serialize (c->assessment);
  data = g_bytes_get_data (c->bytes, &size);
  c->size = size;
  c->path = g_build_filename (dir, name, NULL);
  if (!g_file_set_contents (c->path, data, size, &error))
    g_error ("%s", error->message);
  if (!json_parser_load_from_data (parser, data, size, &error))
    g_error ("json-glib: %s", error->message);
  c->tree = json_node_copy (json_parser_get_root (parser));

  kqs = asr_assessment_get_key_questions (c->assessment);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      c->n_notes += asr_key_question_get_n_statements (kq) * (1 + BENCH_N_EVIDENCE_NOTES);
    }
}

static void
clear_case (Case     *c,
            gboolean  keep)
{
  if (!keep)
    g_unlink (c->path);
  g_clear_pointer (&c->path, g_free);
  g_clear_pointer (&c->bytes, g_bytes_unref);
  g_clear_pointer (&c->tree, json_node_unref);
  g_clear_object (&c->assessment);
}

/* What a load costs whatever the notes: an assessment with every
 * statement filled and every note empty. */
static void
print_fixed_cost (const char *self_exe,
                  const char *dir)
{
  g_autoptr(AsrAssessment) skeleton = bench_build_assessment ("cqc-saf-2024", 0);
  g_autoptr(GBytes) bytes = asr_assessment_serialize (skeleton);
  g_autofree char *path = g_build_filename (dir, "bench-skeleton.assessment", NULL);
  g_autofree char *size = format_count (g_bytes_get_size (bytes));
  gsize n = g_bytes_get_size (bytes);
  gint64 peak[2];

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return;
  peak[0] = bench_measure_peak (self_exe, path, BENCH_LOAD_ASSESSOR);
  peak[1] = bench_measure_peak (self_exe, path, BENCH_LOAD_JSON_GLIB);
  g_unlink (path);
  if (peak[0] < 0 || peak[1] < 0)
    return;
  g_print ("\nFixed cost: the same assessment with every note empty (%s bytes) peaks at\n"
           "%.0f KB above the baseline in Assessor, %.0f KB in json-glib "
           "(%.1f and %.1f × its size).\n",
           size, peak[0] / 1024.0, peak[1] / 1024.0, (double) peak[0] / n, (double) peak[1] / n);
}

static void
print_score_changes (BenchRate assessor,
                     BenchRate legacy,
                     BenchRate setter,
                     BenchRate gset)
{
  g_autofree char *a = format_count (assessor.changes_per_s);
  g_autofree char *an = format_count (assessor.notifies_per_s);
  g_autofree char *l = format_count (legacy.changes_per_s);
  g_autofree char *ln = format_count (legacy.notifies_per_s);
  g_autofree char *s = format_count (setter.changes_per_s);
  g_autofree char *g = format_count (gset.changes_per_s);

  g_print ("\nScore changes — a \"notify\" listener (a counter) on the assessment, every key\n"
           "question and every quality statement; scores set to the next of 1–4 in turn\n"
           "across the key questions; best of ten slices of a tenth of the budget\n");
  g_print ("  cqc-saf-2024, statement scores  %12s changes/s  %12s notifications/s"
           " (%.1f per change)\n", a, an, assessor.notifies_per_s / assessor.changes_per_s);
  g_print ("  cqc-saf-2023, evidence scores   %12s changes/s  %12s notifications/s"
           " (%.1f per change;\n"
           "                                  listeners on the evidence categories too)\n",
           l, ln, legacy.notifies_per_s / legacy.changes_per_s);
  g_print ("  baseline: plain GObject, one int property, one listener\n");
  g_print ("    C setter + g_object_notify_by_pspec %12s sets/s\n", s);
  g_print ("    g_object_set                         %12s sets/s\n", g);
  g_print ("  ratio: a score change costs as much as %.1f plain notifying sets (C setter)\n",
           setter.changes_per_s / assessor.changes_per_s);
}

/* The worst of one figure over the cases from @first on, and where. */
static double
worst_case (Case        *cases,
            guint        n_cases,
            guint        first,
            double     (*figure) (Case *c),
            const char **where)
{
  double worst = -1;

  for (guint i = first; i < n_cases; i++)
    if (figure (&cases[i]) >= worst)
      {
        worst = figure (&cases[i]);
        *where = cases[i].name;
      }
  return worst;
}

static double
load_ratio (Case *c)
{
  return c->load[0][0] / c->load[1][0];
}

static double
save_ratio (Case *c)
{
  return c->save[0][0] / c->save[1][0];
}

static double
peak_ratio (Case *c)
{
  return c->peak[0] >= 0 ? (double) c->peak[0] / c->size : G_MAXDOUBLE;
}

static void
print_targets (Case               *cases,
               guint               n_cases,
               BenchRate           assessor,
               const BenchImports *imports)
{
  g_autofree char *rate = format_count (assessor.changes_per_s);
  const char *where = "";
  double worst;

  g_print ("\nTargets (worst case over all sizes)\n");
  worst = worst_case (cases, n_cases, 0, load_ratio, &where);
  g_print ("  load ≤ %.1f × json-glib parse:       %s (worst %.2f, %s)\n",
           TARGET_LOAD_RATIO, verdict (worst <= TARGET_LOAD_RATIO), worst, where);
  worst = worst_case (cases, n_cases, 0, save_ratio, &where);
  g_print ("  save ≤ %.1f × json-glib generation:  %s (worst %.2f, %s)\n",
           TARGET_SAVE_RATIO, verdict (worst <= TARGET_SAVE_RATIO), worst, where);
  worst = worst_case (cases, n_cases, 0, peak_ratio, &where);
  g_print ("  peak memory ≤ %.0f × file size:        %s (worst %.2f, %s)\n",
           TARGET_PEAK_RATIO,
           worst == G_MAXDOUBLE ? "not measured" : verdict (worst <= TARGET_PEAK_RATIO),
           worst, where);
  /* The 40 KB cases are dominated by the fixed cost printed above. */
  worst = worst_case (cases, n_cases, N_SMALL_CASES, peak_ratio, &where);
  if (worst >= 0 && worst < G_MAXDOUBLE)
    g_print ("    the same from 5 MB up:             %s (worst %.2f, %s)\n",
             verdict (worst <= TARGET_PEAK_RATIO), worst, where);
  g_print ("  score changes ≥ %s/s:           %s (%s/s)\n", "200 000",
           verdict (assessor.changes_per_s >= TARGET_CHANGES), rate);
  bench_print_import_targets (imports);
}

static void
print_header (void)
{
  g_print ("Assessor benchmark — %s build, GLib %u.%u.%u, json-glib %s\n", BENCH_BUILDTYPE,
           glib_major_version, glib_minor_version, glib_micro_version, JSON_VERSION_S);
  if (g_strcmp0 (BENCH_BUILDTYPE, "release") != 0)
    g_print ("(not a release build: build-aux/bench.sh builds one)\n");
  g_print ("Times: minimum of N repetitions (median below it); ratios divide Assessor's\n"
           "time by json-glib's on the same bytes, measured alternately in this process.\n"
           "load: asr_assessment_load_from_bytes vs json_parser_load_from_data (a new\n"
           "      JsonParser).\n"
           "save: asr_assessment_serialize vs json_generator_to_data (pretty, indent 2) of the\n"
           "      same document as parsed by json-glib.\n"
           "peak mem ÷ size: a child process loads the file; (peak RSS − RSS just before reading\n"
           "      the file) ÷ file size; the file's bytes in memory are counted; GLib types,\n"
           "      the built-in frameworks and one warm-up load of an empty assessment come\n"
           "      before the baseline (one-time costs of a process, not of a file); median of\n"
           "      several children.\n");
}

/* Our text is UTF-8; g_print would turn it into "?" in the C locale. */
static void
print_utf8 (const char *text)
{
  fputs (text, stdout);
  fflush (stdout);
}

static void
run_benchmark (const char *dir,
               gboolean    keep,
               gboolean    quick,
               double      budget)
{
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  guint n_cases = G_N_ELEMENTS (all_cases) - (quick ? 1 : 0);
  BenchRate assessor, legacy, setter, gset;
  BenchImports imports;

  if (self_exe == NULL)
    self_exe = g_strdup (g_get_prgname ());
  print_header ();
  for (guint i = 0; i < n_cases; i++)
    {
      Case *c = &all_cases[i];

      prepare_case (c, dir);
      measure_load_save (c, budget);
      c->peak[0] = bench_measure_peak (self_exe, c->path, BENCH_LOAD_ASSESSOR);
      c->peak[1] = bench_measure_peak (self_exe, c->path, BENCH_LOAD_JSON_GLIB);
      print_case (c);
      clear_case (c, keep);
    }
  print_fixed_cost (self_exe, dir);
  imports = bench_measure_imports (self_exe, dir, keep, budget);
  bench_print_imports (&imports);

  assessor = bench_measure_score_changes ("cqc-saf-2024", FALSE, budget);
  legacy = bench_measure_score_changes ("cqc-saf-2023", TRUE, budget);
  setter = bench_measure_plain_sets (FALSE, budget);
  gset = bench_measure_plain_sets (TRUE, budget);
  print_score_changes (assessor, legacy, setter, gset);
  print_targets (all_cases, n_cases, assessor, &imports);
  bench_portfolio (self_exe, dir, quick ? 2000 : 10000, keep);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *peak_load = NULL;
  g_autofree char *peak_portfolio = NULL;
  int portfolio_count = 0;
  int portfolio_only = 0;
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *generate = NULL;
  g_autofree char *framework = NULL;
  g_autofree char *assessor = NULL;
  gboolean pdf_only = FALSE;
  gboolean json_glib = FALSE, cqc_api = FALSE, quick = FALSE;
  gint64 size = 40 * 1000;
  double budget = 1.0;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      "Skip the 50 MB assessment", NULL },
    { "budget", 0, 0, G_OPTION_ARG_DOUBLE, &budget,
      "Seconds per measurement (default 1)", "SECONDS" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep,
      "Write the generated files to DIR and keep them", "DIR" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate,
      "Only write a generated assessment of about 40 KB to FILE", "FILE" },
    { "size", 0, 0, G_OPTION_ARG_INT64, &size,
      "Size of --generate in bytes (default 40 000)", "BYTES" },
    { "framework", 0, 0, G_OPTION_ARG_STRING, &framework,
      "Framework of --generate (default cqc-saf-2024)", "ID" },
    { "assessor", 0, 0, G_OPTION_ARG_FILENAME, &assessor,
      "Also time PDF export through this assessor command line", "PATH" },
    { "pdf-only", 0, 0, G_OPTION_ARG_NONE, &pdf_only,
      "Only the PDF export (needs --assessor)", NULL },
    { "peak-load", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &peak_load, NULL, NULL },
    { "json-glib", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &json_glib, NULL, NULL },
    { "cqc-api", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &cqc_api, NULL, NULL },
    { "portfolio-only", 0, 0, G_OPTION_ARG_INT, &portfolio_only,
      "Only the portfolio summary, of N assessments", "N" },
    { "peak-portfolio", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &peak_portfolio, NULL, NULL },
    { "portfolio-count", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &portfolio_count, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("— load, save, memory and rescoring against json-glib");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench: %s\n", error->message);
      return 2;
    }
  if (peak_load != NULL)
    return bench_run_peak_load (peak_load, json_glib ? BENCH_LOAD_JSON_GLIB
                                           : cqc_api ? BENCH_LOAD_CQC_API : BENCH_LOAD_ASSESSOR);
  if (peak_portfolio != NULL)
    return bench_run_peak_portfolio (peak_portfolio, MAX (portfolio_count, 1));
  if (generate != NULL)
    return bench_write_generated (generate, framework != NULL ? framework : "cqc-saf-2024",
                                  (gsize) MAX (size, 0));

  if (keep != NULL)
    {
      g_mkdir_with_parents (keep, 0700);
      dir = g_strdup (keep);
    }
  else if ((dir = g_dir_make_tmp ("assessor-bench-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench: %s\n", error->message);
      return 1;
    }

  g_set_print_handler (print_utf8);
  if (portfolio_only > 0)
    {
      g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);

      bench_portfolio (self_exe ? self_exe : g_get_prgname (), dir, portfolio_only, keep != NULL);
    }
  else
    {
      if (!pdf_only)
        run_benchmark (dir, keep != NULL, quick, budget);
      if (assessor != NULL)
        bench_run_pdf (assessor, dir, quick);
      else if (pdf_only)
        g_printerr ("bench: --pdf-only needs --assessor=PATH\n");
    }
  if (keep == NULL)
    g_rmdir (dir);
  return 0;
}
