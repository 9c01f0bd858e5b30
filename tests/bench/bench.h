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
long           bench_thread_minor_faults      (void);
double         bench_samples_min              (GArray        *samples);
double         bench_samples_median           (GArray        *samples);
double         bench_samples_max              (GArray        *samples);

typedef double (*RunFunc) (gpointer data);   /* one repetition, in seconds */

typedef struct
{
  RunFunc  run;
  gpointer data;
  GArray  *samples;   /* of double */
} Contender;

/* Runs the contenders alternately, so that both see the same machine:
 * at least 3 repetitions, about @budget seconds in all; returns how many.
 * Each contender's samples are then its own to free. */
guint          bench_measure_alternately      (Contender     *contenders,
                                               guint          n_contenders,
                                               double         budget);

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
/* Every note empty but one paragraph of about @length bytes. */
AsrAssessment *bench_build_single_note        (const char    *framework_id,
                                               gsize          length);
/* Prose of about @length bytes, as in generated notes. */
char          *bench_make_prose               (gsize          length);
/* Writes a generated assessment of about @size bytes; an exit status. */
int            bench_write_generated          (const char    *path,
                                               const char    *framework_id,
                                               gsize          size);

/* bench-memory.c: peak memory of a load, in a child process */
typedef enum
{
  BENCH_LOAD_ASSESSOR,    /* asr_assessment_load_from_bytes */
  BENCH_LOAD_JSON_GLIB,   /* json_parser_load_from_data: a tree */
  BENCH_LOAD_CQC_API,     /* asr_import_cqc_api */
} BenchLoad;

int            bench_run_peak_load            (const char    *path,
                                               BenchLoad      what);
gint64         bench_measure_peak             (const char    *self_exe,
                                               const char    *path,
                                               BenchLoad      what);

/* bench-imports.c: previous-ratings imports */
typedef struct
{
  gsize  api_size;
  gint64 api_peak[2];      /* Assessor, json-glib's tree; -1 if unknown */
  double csv_wide;         /* a 100 000-column header, min seconds */
  double csv_tall;         /* a 6-column sheet of the same size */
  gsize  csv_size;
} BenchImports;

BenchImports   bench_measure_imports          (const char    *self_exe,
                                               const char    *dir,
                                               gboolean       keep,
                                               double         budget);
void           bench_print_imports            (const BenchImports *imports);
void           bench_print_import_targets     (const BenchImports *imports);

/* bench-pdf.c: PDF export through the command line, timed and measured
 * from outside; prints its section of the report. */
void           bench_run_pdf                  (const char    *assessor,
                                               const char    *dir,
                                               gboolean       quick);

/* RSS figures of this process from /proc/self/status, in bytes. */
gint64         bench_read_status              (const char    *field);
gint64         bench_peak_rss                 (void);
/* Resets the peak (VmHWM) to the current RSS. */
void           bench_reset_peak_rss           (void);

/* bench-portfolio.c: assessor --portfolio's summary of many files */
int            bench_run_peak_portfolio       (const char    *dir,
                                               guint          count);
void           bench_portfolio                (const char    *self_exe,
                                               const char    *dir,
                                               guint          n_files,
                                               gboolean       keep);

/* bench-changes.c: score changes with listeners */
BenchRate      bench_measure_score_changes    (const char    *framework_id,
                                               gboolean       evidence,
                                               double         seconds);
BenchRate      bench_measure_plain_sets       (gboolean       by_name,
                                               double         seconds);

G_END_DECLS
