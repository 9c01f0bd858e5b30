/* asr-baseline.h: previous ratings read from somewhere, before they are
 * applied to an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every import (a previous Assessor file, CQC's API JSON, CQC's "Latest
 * ratings" CSV) first builds a complete AsrBaseline, checking everything;
 * only then asr_baseline_apply() writes it to the assessment through the
 * model's setters (so the window's history can undo it).  A failed import
 * therefore changes nothing.
 */
#pragma once

#include "asr-assessment.h"

G_BEGIN_DECLS

/* The five key questions in CQC order, then the overall rating. */
#define ASR_BASELINE_OVERALL 5
#define ASR_BASELINE_N       6

typedef struct
{
  AsrRating  ratings[ASR_BASELINE_N];  /* NONE when there is no rating */
  char      *dates[ASR_BASELINE_N];    /* when each was published, or NULL */
  char      *date;                     /* the date of the previous ratings (YYYY-MM-DD) or NULL */
  char      *source;                   /* provenance, kept as "previous.source" */
  GPtrArray *notices;                  /* of char *: what the user should know */
} AsrBaseline;

AsrBaseline *asr_baseline_new          (void);
void         asr_baseline_free         (AsrBaseline   *baseline);

/* "safe" … "well-led", "overall" for 0 … 5. */
const char  *asr_baseline_id           (guint          index);
/* "Safe" … "Well-led", "Overall" (translated). */
const char  *asr_baseline_label        (guint          index);
/* The index of a key question or "Overall" by CQC's name, ignoring ASCII
 * case ("Well-led" and "Well-Led"); -1 when unknown. */
int          asr_baseline_index_for_name (const char   *name);
/* A rating as CQC writes it ("Requires improvement", any ASCII case).
 * Returns TRUE with *rating set; TRUE with NONE for "Not rated" and
 * "Insufficient evidence to rate", which are not ratings; FALSE for
 * anything else. */
gboolean     asr_baseline_parse_rating (const char    *word,
                                        AsrRating     *rating);

/* The key question and overall ratings of a previous assessment (its
 * computed ratings, overrides and caps included) and its date. */
AsrBaseline *asr_baseline_new_from_assessment (AsrAssessment *previous,
                                               const char    *display_name);

/* For imports: sets "date" to the overall rating's date (else the latest
 * key question's) and notes each key question published on another date. */
void         asr_baseline_finish_dates (AsrBaseline   *baseline);
/* For imports: notes that CQC gave @word, which is not a rating. */
void         asr_baseline_note_not_rated (AsrBaseline *baseline,
                                          guint        index,
                                          const char  *word);

/* Replaces the previous ratings, dates and source of @assessment (a key
 * question's own date where it differs from "date"). */
void         asr_baseline_apply        (AsrBaseline   *baseline,
                                        AsrAssessment *assessment);

/* The notices as lines for a terminal or a dialog. */
char        *asr_baseline_dup_notices  (AsrBaseline   *baseline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrBaseline, asr_baseline_free)

G_END_DECLS
