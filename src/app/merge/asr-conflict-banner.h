/* asr-conflict-banner.h: "N merge conflicts" above the editor, with a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_CONFLICT_BANNER (asr_conflict_banner_get_type ())
G_DECLARE_FINAL_TYPE (AsrConflictBanner, asr_conflict_banner, ASR, CONFLICT_BANNER, AdwBin)

/* Shown while @assessment has conflicts; the signal "statement-activated"
 * (AsrQualityStatement) tells which statement a chosen conflict is on. */
void asr_conflict_banner_set_assessment (AsrConflictBanner *self,
                                         AsrAssessment     *assessment);

G_END_DECLS
