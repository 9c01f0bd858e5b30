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

G_END_DECLS
