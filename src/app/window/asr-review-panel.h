/* asr-review-panel.h: the review checks' findings beside the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A non-modal window listing what the review checks (asr-review.h) find in
 * the window's assessment, rerun after every change; activating a finding
 * shows its quality statement (or, for a key question, the Summary).  The
 * thresholds and the rules turned off are the GSettings keys review-*
 * and stale-threshold-years.
 */
#pragma once

#include "asr-window.h"

G_BEGIN_DECLS

#define ASR_TYPE_REVIEW_PANEL (asr_review_panel_get_type ())
G_DECLARE_FINAL_TYPE (AsrReviewPanel, asr_review_panel, ASR, REVIEW_PANEL, AdwWindow)

AsrReviewPanel *asr_review_panel_new       (AsrWindow      *window);
GtkListBox     *asr_review_panel_get_list  (AsrReviewPanel *self);
/* Reruns the checks now (they also rerun on their own after a change). */
void            asr_review_panel_refresh   (AsrReviewPanel *self);

G_END_DECLS
