/* asr-progress-label.h: the overall progress of an assessment, always in view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-assessment.h"

G_BEGIN_DECLS

#define ASR_TYPE_PROGRESS_LABEL (asr_progress_label_get_type ())

G_DECLARE_FINAL_TYPE (AsrProgressLabel, asr_progress_label, ASR, PROGRESS_LABEL, AdwBin)

GtkWidget  *asr_progress_label_new            (void);
/* Follows @assessment (NULL: none) until another is set. */
void        asr_progress_label_set_assessment (AsrProgressLabel *self,
                                               AsrAssessment    *assessment);
const char *asr_progress_label_get_text       (AsrProgressLabel *self);
/* "27 of 34 statements scored · 3 without notes · 1 not started"; the
 * parts with nothing to count are left out. */
char       *asr_progress_describe             (AsrAssessment    *assessment);

G_END_DECLS
