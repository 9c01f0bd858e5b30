/* asr-cli.h: the command line, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ASR_CLI_EXIT_OK = 0,       /* fine */
  ASR_CLI_EXIT_INVALID = 1,  /* the file is invalid or has problems */
  ASR_CLI_EXIT_USAGE = 2,    /* wrong options */
  ASR_CLI_EXIT_FINDINGS = 3, /* --review found something */
} AsrCliExit;

typedef struct
{
  gboolean   summary;
  gboolean   check;
  gboolean   json;
  gboolean   version;
  char      *compare;    /* --compare=PREVIOUS */
  char      *location;   /* --location=ID, for a CQC Latest ratings CSV */
  char      *export_path;     /* --export=OUT */
  char      *key_questions;   /* --key-questions=safe,well-led */
  gboolean   evidence_notes;  /* --evidence-notes */
  gboolean   no_comparison;   /* --no-comparison */
  char      *import_report;   /* --import-report=OUT */
  gboolean   portfolio;       /* --portfolio */
  gboolean   csv;             /* --csv, with --portfolio */
  gboolean   frameworks;      /* --frameworks */
  char      *check_framework; /* --check-framework=FILE */
  gboolean   merge;           /* --merge[=BASE] */
  char      *merge_base;      /* BASE, or NULL for a two-way merge */
  char      *output;          /* --output=OUT, with --merge */
  gboolean   review;          /* --review */
  char      *review_disable;  /* --review-disable=RULE,… */
  char     **review_thresholds; /* --review-threshold=KEY=N, repeatable */
  gboolean   with_comments;   /* --with-comments, with --export */
  char     **files;
} AsrCliOptions;

/* Frees what parsing the options allocated (every string and list). */
void          asr_cli_options_clear (AsrCliOptions *options);
/* The options the command line adds to the program's GOptionContext. */
GOptionGroup *asr_cli_option_group (AsrCliOptions *options);
/* TRUE when the options ask for a command-line action, not the window. */
gboolean      asr_cli_wants_command (const AsrCliOptions *options);
/* Loads the assessment at @path (a command-line argument), or prints the
 * error (naming the file and place) and returns NULL. */
struct _AsrAssessment *asr_cli_load (const char *path);
/* Runs it, printing to stdout/stderr; returns the exit status. */
int           asr_cli_run           (const AsrCliOptions *options);

G_END_DECLS
