/* asr-summary.h: the computed figures as text and as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One writer serves `assessor --summary`, `--summary --json` and the
 * "results" member that saving adds to a file.
 */
#pragma once

#include <glib.h>

#include "asr-assessment.h"
#include "asr-json-writer.h"

G_BEGIN_DECLS

/* Writes {"key_questions":[…],"overall":{…}} as the current value. */
void   asr_summary_write_json (AsrAssessment *assessment,
                               AsrJsonWriter *writer);
char  *asr_summary_to_json    (AsrAssessment *assessment);
char  *asr_summary_to_text    (AsrAssessment *assessment);

/* A figure (0–100) in the one form used everywhere: "71 out of 100". */
char  *asr_summary_format_figure (int percentage);

/* Whether @kq's rating is judged (judgement method) rather than computed. */
gboolean asr_summary_is_judged (AsrKeyQuestion *kq);
/* How a judged key question got its rating, in words: "Judged Good in the
 * round from the evidence, without a score." and the cap, if any. */
char  *asr_summary_explain_judgement (AsrKeyQuestion *kq);

G_END_DECLS
