/* asr-import-report.h: a published CQC report page as an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of published key-question pages (as CQC's API serves it, or as
 * copied from the web page; one or more pages per text, several texts)
 * becomes one assessment (framework cqc-saf-2024): the service and
 * provider, the assessment date ("Report from … assessment"), each key
 * question's published rating and "scored NN (out of 100)" (kept beside
 * what the statements compute), and each quality statement's score, its
 * narrative as notes, and whether it was carried forward ("We did not look
 * at … based on the previous rating for …").  A key question is recognised
 * from its heading or, when the heading is missing, from its statements'
 * names.  Statements of a key question that the page does not list are
 * marked not applicable (CQC's well-led pages list 7 of 8).
 *
 * The import never trusts either side silently: each key question's
 * published figure is checked against its statements, and the findings say
 * whether it matches, cannot come from them, is CQC's observed 62 for a
 * rating limited to Requires improvement, or is below the possible minimum
 * of 25.  What could not be read is listed with its file and line.
 */
#pragma once

#include "asr-assessment.h"
#include "asr-baseline.h"

G_BEGIN_DECLS

typedef struct _AsrReportImport AsrReportImport;

AsrReportImport *asr_report_import_new        (void);
void             asr_report_import_free       (AsrReportImport *import);

/* Reads the text of one file.  Fails (and keeps nothing of it) when the
 * text is not UTF-8 or not a report page at all, naming @filename and the
 * line; a page only partly readable adds what it can and lists the rest. */
gboolean         asr_report_import_add_text   (AsrReportImport *import,
                                               const char      *text,
                                               gsize            length,
                                               const char      *filename,
                                               GError         **error);

/* Builds the assessment from every text read and checks the arithmetic.
 * NULL with an error when no key question could be read at all. */
AsrAssessment   *asr_report_import_finish     (AsrReportImport *import,
                                               GError         **error);

/* After finish: the checks and what was inferred, one sentence each. */
GPtrArray       *asr_report_import_get_findings   (AsrReportImport *import);
/* "FILE:LINE: what could not be read", in the order of the texts. */
GPtrArray       *asr_report_import_get_unreadable (AsrReportImport *import);

/* One report text as previous ratings (--compare=REPORT.txt): the
 * published ratings where the page gives them, the findings and what could
 * not be read as notices, and in *previous (if not NULL) the imported
 * assessment, for last time's score and text beside each statement. */
AsrBaseline     *asr_report_import_baseline   (GBytes          *bytes,
                                               const char      *filename,
                                               AsrAssessment  **previous,
                                               GError         **error);

/* TRUE when @bytes look like a report page rather than JSON or CSV: a
 * "Score: N" line or a "scored NN (out of 100)" (for --compare). */
gboolean         asr_report_looks_like        (GBytes          *bytes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrReportImport, asr_report_import_free)

G_END_DECLS
