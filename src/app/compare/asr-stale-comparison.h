/* asr-stale-comparison.h: a comparison that follows the app's staleness rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-comparison.h"

G_BEGIN_DECLS

/* A new AsrComparison of @assessment (no baseline) whose carried-forward
 * scores are stale by the rule every view shows: older than the
 * "stale-threshold-years" setting (the default when the schema is not
 * installed), counted to the assessment's date, or today without one; it
 * follows changes of either. */
AsrComparison *asr_stale_comparison_new (AsrAssessment *assessment);
/* Drops *@slot (disconnecting @owner's handlers from it) and, unless
 * @assessment is NULL, puts a new stale comparison of it there, calling
 * @changed_cb (swapped: @owner first) when it changes. */
void           asr_stale_comparison_replace (AsrComparison **slot,
                                             AsrAssessment  *assessment,
                                             GCallback       changed_cb,
                                             gpointer        owner);

G_END_DECLS
