/* asr-summary-view.h: one card per key question and the overall rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder summary/: the Summary page and its cards. Depends on the core and
 * window/asr-bind.h only.
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_SUMMARY_VIEW (asr_summary_view_get_type ())
G_DECLARE_FINAL_TYPE (AsrSummaryView, asr_summary_view, ASR, SUMMARY_VIEW, AdwBin)

GtkWidget     *asr_summary_view_new            (void);
AsrAssessment *asr_summary_view_get_assessment (AsrSummaryView *self);
void           asr_summary_view_set_assessment (AsrSummaryView *self,
                                                AsrAssessment  *assessment);

G_END_DECLS
