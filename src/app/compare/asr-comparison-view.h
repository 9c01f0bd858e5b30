/* asr-comparison-view.h: previous ratings → now, carried-forward ages and,
 * against a previous assessment, each quality statement before and after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder compare/: the Compare page and the location picker for imports.
 * Depends on the core only.
 */
#pragma once

#include <adwaita.h>

#include "asr-comparison.h"

G_BEGIN_DECLS

#define ASR_TYPE_COMPARISON_VIEW (asr_comparison_view_get_type ())
G_DECLARE_FINAL_TYPE (AsrComparisonView, asr_comparison_view, ASR, COMPARISON_VIEW, AdwBin)

GtkWidget     *asr_comparison_view_new            (void);
/* Shows @assessment compared with its own previous ratings; drops the
 * previous assessment of the last document. */
void           asr_comparison_view_set_assessment (AsrComparisonView *self,
                                                   AsrAssessment     *assessment);
/* A previous assessment for the statement-level comparison, or NULL.  The
 * view holds it for as long as the window shows this document; it is not
 * saved in the file. */
void           asr_comparison_view_set_baseline   (AsrComparisonView *self,
                                                   AsrAssessment     *baseline);
AsrComparison *asr_comparison_view_get_comparison (AsrComparisonView *self);

G_END_DECLS
