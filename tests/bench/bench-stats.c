/* bench-stats.c: the clock and the statistics of the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <time.h>
#include <sys/resource.h>

#include "bench.h"

double
bench_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The calling thread's page faults so far: touching freshly mapped memory
 * (a new whole-window frame buffer) costs one per 4 KB page. */
long
bench_thread_minor_faults (void)
{
  struct rusage usage;

  getrusage (RUSAGE_THREAD, &usage);
  return usage.ru_minflt;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
bench_samples_min (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, 0);
}

double
bench_samples_median (GArray *samples)
{
  const double *v = (const double *) samples->data;
  guint n = samples->len;

  g_array_sort (samples, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double
bench_samples_max (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len - 1);
}
