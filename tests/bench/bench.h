/* bench.h: the pieces of the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-core.h"

G_BEGIN_DECLS

/* Three of the six evidence categories hold notes (and, in the legacy
 * framework, all six a score, which gives the statement its score). */
#define BENCH_N_EVIDENCE_NOTES 3

typedef struct
{
  double changes_per_s;
  double notifies_per_s;
} BenchRate;

/* bench-stats.c: CLOCK_MONOTONIC, in seconds; statistics of samples (of
 * double; each sorts @samples) */
double         bench_now                      (void);
double         bench_samples_min              (GArray        *samples);
double         bench_samples_median           (GArray        *samples);
double         bench_samples_max              (GArray        *samples);

/* bench-generate.c: assessments with notes of realistic prose */
void           bench_fill_metadata            (AsrAssessment *self);
/* Every statement filled; @unit is the length of an evidence note,
 * statement notes are three times as long. */
AsrAssessment *bench_build_assessment         (const char    *framework_id,
                                               gsize          unit);
/* About @target bytes serialised; @skeleton_size is the size with every
 * note empty. */
AsrAssessment *bench_build_assessment_of_size (const char    *framework_id,
                                               gsize          target,
                                               gsize         *skeleton_size);
/* Prose of about @length bytes, as in generated notes. */
char          *bench_make_prose               (gsize          length);
/* Writes a generated assessment of about 40 KB; an exit status. */
int            bench_write_generated          (const char    *path,
                                               const char    *framework_id);

/* bench-memory.c: peak memory of a load, in a child process */
int            bench_run_peak_load            (const char    *path,
                                               gboolean       json_glib);
gint64         bench_measure_peak             (const char    *self_exe,
                                               const char    *path,
                                               gboolean       json_glib);

/* bench-changes.c: score changes with listeners */
BenchRate      bench_measure_score_changes    (const char    *framework_id,
                                               gboolean       evidence,
                                               double         seconds);
BenchRate      bench_measure_plain_sets       (gboolean       by_name,
                                               double         seconds);

G_END_DECLS
