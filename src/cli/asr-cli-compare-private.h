/* asr-cli-compare-private.h: what assessor --compare's loading and its
 * text and JSON output share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli-compare.h"
#include "asr-comparison.h"
#include "asr-core.h"
#include "asr-import-cqc.h"

G_BEGIN_DECLS

/* FILE, PREVIOUS as read (the baseline and, when PREVIOUS is an
 * assessment, that assessment) and their comparison. */
typedef struct
{
  AsrAssessment   *assessment;
  AsrAssessment   *previous;    /* when PREVIOUS is an assessment */
  AsrBaseline     *baseline;
  AsrComparison   *comparison;
  AsrPreviousKind  kind;
} Compare;

/* The comparison as text (asr-cli-compare-text.c): header, key question
 * ratings, carried-forward scores, changed quality statements. */
void _asr_cli_compare_print_text (Compare *c);
/* The same as one JSON object (asr-cli-compare-json.c). */
void _asr_cli_compare_print_json (Compare *c);

G_END_DECLS
