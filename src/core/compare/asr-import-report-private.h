/* asr-import-report-private.h: what the report reader collects before the
 * assessment is built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-framework.h"
#include "asr-import-report.h"

G_BEGIN_DECLS

typedef struct
{
  int       score;            /* 1–4; 0 when not read */
  gboolean  carried_forward;  /* "We did not look at …" */
  gboolean  named;            /* the page names it */
  gboolean  listed;           /* … with a score that could be read */
  GString  *notes;            /* its narrative, paragraphs split by blank lines */
} AsrStatementRead;

typedef struct
{
  gboolean          present;      /* a heading, a figure or a statement was read */
  gboolean          by_statements; /* recognised from its statements' names */
  int               percentage;   /* "scored NN (out of 100)"; -1 when none */
  AsrRating         rating;       /* the published rating, NONE when none */
  AsrRating         previous;     /* "At our last assessment we rated … as …" */
  char             *where;        /* "FILE:LINE" where it was first read */
  guint             n_statements;
  AsrStatementRead *statements;   /* in the framework's order */
} AsrKeyQuestionRead;

struct _AsrReportImport
{
  AsrFramework       *framework;
  GHashTable         *names;       /* normalised statement name → GUINT (kq << 8 | pos) + 1 */
  guint               n_key_questions;
  AsrKeyQuestionRead *key_questions;
  char               *provider;
  char               *service_name;
  char               *date;        /* YYYY-MM-DD */
  GPtrArray          *findings;
  GPtrArray          *unreadable;
};

/* Reading one text, line by line. */
typedef struct
{
  AsrReportImport  *import;
  const char       *filename;
  guint             line;
  int               kq;             /* the key question being read; -1 none */
  gboolean          expect_rating;  /* the line after a key question heading */
  AsrStatementRead *statement;      /* the statement whose narrative this is */
  const char       *awaiting;       /* a statement named, its "Score:" not yet read */
  guint             awaiting_line;
  gboolean          paragraph;      /* a blank line since the last narrative */
  int               pending_percentage;  /* read before its key question */
  guint             pending_line;
  char             *name_line;      /* the last line that may name the service */
  guint             n_recognised;   /* lines of a report's structure */
} AsrReportParse;

/* Reads one line (modified in place). */
void  _asr_report_read_line     (AsrReportParse *p,
                                 char           *line);
/* Lists a statement named without its "Score: N" line. */
void  _asr_report_drop_awaiting (AsrReportParse *p);

/* Lower case, typographic quotes and dashes as ASCII, single spaces. */
char *_asr_report_normalise (const char *text);

G_END_DECLS
