/* asr-aggregate.h: CQC's one rule for combining ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With n underlying ratings and X from the framework (1 for 1–3, 2 for
 * 4–8, 3 for 9 and more in CQC's frameworks), in this order:
 *   at least X Inadequate                       → Inadequate
 *   at least X Requires improvement             → Requires improvement
 *   at least one Inadequate                     → Requires improvement
 *     (inferred when none is Requires improvement: the published text
 *     does not cover it, and it is the only consistent reading)
 *   at least X Outstanding, all the others Good → Outstanding
 *   otherwise                                   → Good
 * The overall rating from the five key questions is its n = 5 case
 * (../shared/domain/cqc-saf.md §4 and §8).
 */
#pragma once

#include "asr-framework.h"
#include "asr-types.h"

G_BEGIN_DECLS

typedef struct
{
  AsrRating    rating;      /* NONE when there is nothing to combine */
  AsrPrinciple principle;   /* which step of the rule gave it */
  gboolean     inferred;
  guint        n;           /* ratings combined */
  guint        x;
  guint        from, to;    /* the range of n that X holds for */
  guint        counts[ASR_RATING_OUTSTANDING + 1];  /* by AsrRating; [NONE] unused */
} AsrAggregate;

/* Combines the ratings counted in @counts (indexed by AsrRating; the
 * NONE slot is ignored) by the rule with @framework's X. */
void   asr_aggregate_counts  (AsrFramework *framework,
                              const guint   counts[ASR_RATING_OUTSTANDING + 1],
                              AsrAggregate *out);
/* The same from a list of @n ratings (NONE entries are skipped). */
void   asr_aggregate_ratings (AsrFramework    *framework,
                              const AsrRating *ratings,
                              guint            n,
                              AsrAggregate    *out);

/* Which step of the rule gave the rating, with X and the counts, then
 * "From: " and @from (the ratings combined, as the caller names them). */
char  *asr_aggregate_explain (const AsrAggregate *aggregate,
                              const char         *from);

G_END_DECLS
