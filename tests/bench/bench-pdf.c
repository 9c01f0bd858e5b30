/* bench-pdf.c: PDF export through the command line, measured from outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs `assessor --export=OUT.pdf FILE` as a user would, several times per
 * file, and prints for each file its export time, pages per second and
 * the process's peak memory (the kernel's own account of the finished
 * child: its whole life, start-up included), each as min / median / max
 * against its goal.  The CPU time (user + system) is printed too: on a
 * busy machine it moves less than the time on the clock.
 */
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "bench.h"

#define GOAL_SECONDS_5MB  2.0     /* the 5 MB assessment */
#define GOAL_PAGES_PER_S  250.0   /* the same pace at any size */
#define GOAL_PEAK_FIXED   (64.0 * 1024 * 1024)
#define GOAL_PEAK_RATIO   4.0     /* × the file's size, on top */

typedef struct
{
  const char *name;
  gsize       size;           /* of the assessment to generate */
  gboolean    single_note;    /* one paragraph, every other note empty */
  guint       runs;
} PdfCase;

static const PdfCase pdf_cases[] = {
  { "1 MB assessment", 1000 * 1000, FALSE, 5 },
  { "5 MB assessment", 5 * 1000 * 1000, FALSE, 5 },
  { "one 16 MB note", 16 * 1000 * 1000, TRUE, 1 },
};

typedef struct
{
  GArray *seconds;            /* of double */
  GArray *cpu;                /* user + system seconds */
  GArray *pages_per_s;
  GArray *peak;               /* bytes, as double */
  GArray *pdf_size;           /* the PDF's bytes, as double */
  guint   pages;
} PdfFigures;

/* The page count, as pdfinfo (poppler-utils) reads it; 0 if unknown. */
static guint
count_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  const char *pages;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return 0;
  pages = strstr (out, "\nPages:");
  return pages != NULL ? (guint) g_ascii_strtoull (pages + 7, NULL, 10) : 0;
}

/* One export in a child; FALSE if it could not run or failed. */
static gboolean
export_once (const char *assessor,
             const char *path,
             const char *out,
             PdfFigures *figures)
{
  g_autofree char *option = g_strdup_printf ("--export=%s", out);
  const char *argv[] = { assessor, option, path, NULL };
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  double t0 = bench_now (), seconds, cpu, rate, peak, pdf_size;
  GStatBuf st;
  GPid pid;
  int status;

  if (!g_spawn_async (NULL, (char **) argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error))
    {
      g_printerr ("bench: %s\n", error->message);
      return FALSE;
    }
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) ||
      WEXITSTATUS (status) != 0)
    {
      g_printerr ("bench: %s --export failed\n", assessor);
      return FALSE;
    }
  seconds = bench_now () - t0;
  cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec * 1e-6 +
        usage.ru_stime.tv_sec + usage.ru_stime.tv_usec * 1e-6;
  figures->pages = count_pages (out);
  rate = figures->pages / seconds;
  peak = (double) usage.ru_maxrss * 1024;
  pdf_size = g_stat (out, &st) == 0 ? (double) st.st_size : 0;
  g_array_append_val (figures->seconds, seconds);
  g_array_append_val (figures->cpu, cpu);
  g_array_append_val (figures->pages_per_s, rate);
  g_array_append_val (figures->peak, peak);
  g_array_append_val (figures->pdf_size, pdf_size);
  return TRUE;
}

/* One line: measure, goal, min / median / max, met or not (on the median). */
static void
print_line (const char *measure,
            const char *goal,
            GArray     *values,
            double      scale,
            const char *format,
            gboolean  (*met) (double median, gpointer data),
            gpointer    data)
{
  double median = bench_samples_median (values);
  g_autofree char *min = g_strdup_printf (format, bench_samples_min (values) / scale);
  g_autofree char *mid = g_strdup_printf (format, median / scale);
  g_autofree char *max = g_strdup_printf (format, bench_samples_max (values) / scale);

  g_print ("  %-16s %-22s %9s / %9s / %9s   %s\n", measure, goal, min, mid, max,
           met == NULL ? "" : met (median, data) ? "met" : "NOT MET");
}

/* The time goal of a file of @size bytes: the 5 MB goal's pace. */
static double
time_goal (gsize size)
{
  return GOAL_SECONDS_5MB * size / (5.0 * 1000 * 1000);
}

static gboolean
time_met (double   median,
          gpointer data)
{
  return median < *(double *) data;
}

static gboolean
rate_met (double   median,
          gpointer data)
{
  return median >= GOAL_PAGES_PER_S;
}

static gboolean
peak_met (double   median,
          gpointer data)
{
  return median <= *(double *) data;
}

static void
print_figures (const PdfCase *c,
               gsize          size,
               PdfFigures    *figures)
{
  double peak_goal = GOAL_PEAK_FIXED + GOAL_PEAK_RATIO * size;
  double seconds_goal = time_goal (c->size);
  g_autofree char *peak_text = g_strdup_printf ("≤ %.0f MB", peak_goal / (1024 * 1024));
  g_autofree char *time_text = g_strdup_printf ("< %.1f s", seconds_goal);
  g_autofree char *rate_goal = g_strdup_printf ("≥ %.0f", GOAL_PAGES_PER_S);

  g_print ("\n%s — %" G_GSIZE_FORMAT " bytes, %u pages, %u runs\n",
           c->name, size, figures->pages, figures->seconds->len);
  g_print ("  %-16s %-22s %9s / %9s / %9s\n", "", "goal", "min", "median", "max");
  /* The clock's time is the goal; the CPU time (all threads) is held to
   * the same figure, as a busy machine moves it less. */
  print_line ("export time (s)", time_text, figures->seconds, 1, "%.3f", time_met, &seconds_goal);
  print_line ("  cpu time (s)", time_text, figures->cpu, 1, "%.3f", time_met, &seconds_goal);
  print_line ("pages/s", rate_goal, figures->pages_per_s, 1, "%.0f", rate_met, NULL);
  print_line ("peak memory (MB)", peak_text, figures->peak, 1024 * 1024, "%.1f",
              peak_met, &peak_goal);
  /* No goal: what cairo writes (and deflates) follows it. */
  print_line ("PDF size (MB)", "", figures->pdf_size, 1024 * 1024, "%.2f", NULL, NULL);
}

static AsrAssessment *
build_case (const PdfCase *c)
{
  gsize skeleton;

  if (c->single_note)
    return bench_build_single_note ("cqc-saf-2024", c->size);
  return bench_build_assessment_of_size ("cqc-saf-2024", c->size, &skeleton);
}

static void
run_case (const PdfCase *c,
          const char    *assessor,
          const char    *dir)
{
  g_autoptr(AsrAssessment) assessment = build_case (c);
  g_autoptr(GBytes) bytes = asr_assessment_serialize (assessment);
  g_autofree char *path = g_build_filename (dir, "bench-pdf.assessment", NULL);
  g_autofree char *out = g_build_filename (dir, "bench-pdf.pdf", NULL);
  PdfFigures figures = { g_array_new (FALSE, FALSE, sizeof (double)),
                         g_array_new (FALSE, FALSE, sizeof (double)),
                         g_array_new (FALSE, FALSE, sizeof (double)),
                         g_array_new (FALSE, FALSE, sizeof (double)),
                         g_array_new (FALSE, FALSE, sizeof (double)), 0 };
  gboolean ok = g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                     g_bytes_get_size (bytes), NULL);

  g_clear_object (&assessment);
  for (guint i = 0; ok && i < c->runs; i++)
    ok = export_once (assessor, path, out, &figures);
  if (ok)
    print_figures (c, g_bytes_get_size (bytes), &figures);
  else
    g_print ("\n%s: not measured\n", c->name);
  g_unlink (path);
  g_unlink (out);
  g_array_unref (figures.seconds);
  g_array_unref (figures.cpu);
  g_array_unref (figures.pages_per_s);
  g_array_unref (figures.peak);
  g_array_unref (figures.pdf_size);
}

void
bench_run_pdf (const char *assessor,
               const char *dir,
               gboolean    quick)
{
  g_print ("\nPDF export: `assessor --export=OUT.pdf FILE` in a child process, the whole\n"
           "process timed (start-up included); peak memory is the child's peak RSS;\n"
           "goals: the 5 MB assessment in < %.0f s (smaller ones at the same pace), "
           "≥ %.0f pages/s, peak ≤ 64 MB + %.0f × the file's size; met or not on the median\n",
           GOAL_SECONDS_5MB, GOAL_PAGES_PER_S, GOAL_PEAK_RATIO);
  for (guint i = 0; i < G_N_ELEMENTS (pdf_cases); i++)
    if (!quick || !pdf_cases[i].single_note)
      run_case (&pdf_cases[i], assessor, dir);
}
