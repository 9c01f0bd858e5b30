/* asr-report.h: a draft report, in the shape CQC publishes, as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * asr_report_new() reads an assessment once and builds a document of
 * strings: the service, "Report from <date> assessment", the overall
 * rating, then per key question its rating, how it changed since the
 * previous assessment, its score out of 100 and each quality statement with
 * its score and narrative.  For a judgement framework there is no score:
 * the judged rating is explained in words with its rationale, and each
 * item shows its indicative rating.  Every renderer (Markdown, text, HTML, PDF and
 * print) formats the same document, so they say the same things.
 */
#pragma once

#include <gio/gio.h>

#include "asr-assessment.h"

G_BEGIN_DECLS

typedef enum
{
  ASR_REPORT_FORMAT_PDF,
  ASR_REPORT_FORMAT_HTML,
  ASR_REPORT_FORMAT_MARKDOWN,
  ASR_REPORT_FORMAT_TEXT,
  ASR_REPORT_FORMAT_JSON,
} AsrReportFormat;

typedef struct
{
  char     **key_questions;   /* ids to include, in any order; NULL: all */
  gboolean   evidence_notes;  /* include evidence category notes */
  gboolean   comparison;      /* include the comparison with previous ratings */
  gboolean   comments;        /* include review comments (off: they are the team's) */
} AsrReportOptions;

typedef struct
{
  char      *name;            /* evidence category */
  char      *score_line;      /* "Score: 3" (legacy framework) or NULL */
  GPtrArray *paragraphs;      /* of char*, never empty */
} AsrReportEvidence;

typedef struct
{
  char      *id;
  char      *name;
  AsrSource  source;
  char      *score_line;      /* "Score: 3", "Not applicable", … */
  GPtrArray *paragraphs;      /* of char*: the narrative */
  GPtrArray *evidence;        /* of AsrReportEvidence* (may be empty) */
} AsrReportStatement;

typedef struct
{
  char      *id;
  char      *name;
  char      *rating;          /* "Good", or "Not rated" */
  char      *comparison;      /* NULL when not asked for */
  char      *score_sentence;  /* "This service scored 71 (out of 100) for this area.",
                               * or how a judged rating was reached */
  GPtrArray *notes;           /* of char*: limits, override, provisional figures */
  GPtrArray *statements;      /* of AsrReportStatement* */
} AsrReportSection;

typedef struct
{
  char      *service_name;    /* never empty: falls back to "Unnamed service" */
  char      *subtitle;        /* "Report from 14 October 2026 assessment" */
  GPtrArray *facts;           /* of char*: "Provider: …", "Location: …", … */
  gboolean   draft;
  char      *draft_notice;    /* NULL unless draft; follows the mark "DRAFT" */
  char      *overall_heading; /* NULL when only some key questions are included */
  char      *overall_rating;
  GPtrArray *overall_notes;   /* of char* */
  GPtrArray *sections;        /* of AsrReportSection* */
  char      *footer;          /* who made it: "Drafted with Assessor …" */
} AsrReport;

/* Defaults follow the published report: every key question, the comparison
 * with previous ratings, no evidence category notes, no review comments. */
void         asr_report_options_init          (AsrReportOptions  *options);
void         asr_report_options_clear         (AsrReportOptions  *options);
/* Parses "safe,well-led"; fails naming the unknown id. */
gboolean     asr_report_options_set_key_questions (AsrReportOptions *options,
                                                   AsrAssessment    *assessment,
                                                   const char       *list,
                                                   GError          **error);

AsrReport   *asr_report_new                   (AsrAssessment          *assessment,
                                               const AsrReportOptions *options);
void         asr_report_free                  (AsrReport              *report);

/* "report.pdf" → PDF …; FALSE for an extension we do not write. */
gboolean     asr_report_format_from_filename  (const char      *filename,
                                               AsrReportFormat *format);
const char  *asr_report_format_to_extension   (AsrReportFormat  format);

/* The document in the formats that are text (not PDF, not JSON). */
char        *asr_report_to_markdown           (const AsrReport *report);
char        *asr_report_to_text               (const AsrReport *report);
char        *asr_report_to_html               (const AsrReport *report);

/* Renders @format (any, JSON included) into bytes. */
GBytes      *asr_report_render                (AsrAssessment          *assessment,
                                               const AsrReportOptions *options,
                                               AsrReportFormat         format,
                                               GError                **error);

/* Renders a built document in @format (not JSON, which is the assessment
 * itself).  Reads only @report, so it may run in a worker thread. */
GBytes      *asr_report_render_document       (const AsrReport        *report,
                                               AsrReportFormat         format,
                                               GError                **error);

/* Writes @format (any, JSON included) to @file through the safe writer
 * (asr-safe-file.h), as saving does: on any failure the old file is left
 * byte-identical and no temporary file remains; a new file is 0600, a
 * replaced one keeps its mode and group, a symbolic link is written
 * through.  Errors name the file. */
gboolean     asr_report_write                 (AsrAssessment          *assessment,
                                               const AsrReportOptions *options,
                                               AsrReportFormat         format,
                                               GFile                  *file,
                                               GCancellable           *cancellable,
                                               GError                **error);
/* The same for a built document (not JSON); the PDF is streamed page by
 * page into the temporary file.  May run in a worker thread. */
gboolean     asr_report_write_document        (const AsrReport        *report,
                                               AsrReportFormat         format,
                                               GFile                  *file,
                                               GCancellable           *cancellable,
                                               GError                **error);

/* Progress of a write: @done of @total pages of a PDF (0 of N once laid
 * out), 1 of 1 for a format written whole.  Called on the writing thread. */
typedef void (*AsrReportProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

/* asr_report_write_document() telling its progress; once @cancellable is
 * cancelled a PDF stops between pages, nothing is committed, and an
 * existing file is left as it was (G_IO_ERROR_CANCELLED). */
gboolean     asr_report_write_document_full   (const AsrReport        *report,
                                               AsrReportFormat         format,
                                               GFile                  *file,
                                               AsrReportProgressFunc   progress_func,
                                               gpointer                user_data,
                                               GCancellable           *cancellable,
                                               GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrReport, asr_report_free)

G_END_DECLS
