/* asr-report-private.h: what the report's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-report.h"

G_BEGIN_DECLS

/* The sentence comparing a rating with the previous one. */
char *_asr_report_describe_change (AsrRating               previous,
                                   AsrRating               current,
                                   const char             *previous_date);
/* Fills the service facts, the draft notice and the overall rating. */
void  _asr_report_add_overview    (AsrReport              *report,
                                   AsrAssessment          *assessment,
                                   const AsrReportOptions *options);
/* The title of the contents list and of the overall rating's entry. */
const char *_asr_report_contents_title (void);
/* The marking every renderer shows on a draft: "DRAFT". */
const char *_asr_report_draft_mark     (void);
/* "Rating: Good" */
char       *_asr_report_rating_line    (const char *rating);

/* The judgement method (asr-report-judgement.c): an item's indicative
 * rating in place of a score line; the judgement, its explanation and
 * rationale in place of a score sentence. */
void        _asr_report_describe_item  (AsrReportStatement  *self,
                                        AsrQualityStatement *item);
void        _asr_report_add_judgement  (AsrReportSection    *self,
                                        AsrKeyQuestion      *key_question);
/* One paragraph per review comment of @comments (asr-report-comments.c). */
void        _asr_report_add_comments   (GPtrArray  *paragraphs,
                                        GListModel *comments);
/* What a JSON export writes: @assessment itself with comments asked for,
 * else a copy without them. */
AsrAssessment *_asr_report_assessment_for_json (AsrAssessment          *assessment,
                                                const AsrReportOptions *options);

G_END_DECLS
