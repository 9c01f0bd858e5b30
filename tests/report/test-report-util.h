/* test-report-util.h: what the report tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-core.h"
#include "asr-report.h"

G_BEGIN_DECLS

AsrAssessment *report_test_load        (const char    *name);
AsrAssessment *report_test_new         (void);
/* Scores a key question's statements in order: 1–4 assessed, 0 not
 * started, -1 not applicable, -2 carried forward. */
void           report_test_score       (AsrAssessment *assessment,
                                        const char    *key_question_id,
                                        const int     *scores,
                                        guint          n_scores);
void           report_test_set_notes   (AsrAssessment *assessment,
                                        const char    *key_question_id,
                                        guint          position,
                                        const char    *notes);
/* The text pdftotext extracts, with every run of white space made one space. */
char          *report_test_pdf_text    (GBytes        *pdf);
/* The operators of @pdf's pages: its compressed streams that select a
 * font, inflated and joined. */
char          *report_test_pdf_content (GBytes        *pdf);
void           report_test_save        (GBytes        *bytes,
                                        const char    *name);

G_END_DECLS
