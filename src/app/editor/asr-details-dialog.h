/* asr-details-dialog.h: the assessment's details and previous ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_DETAILS_DIALOG (asr_details_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsrDetailsDialog, asr_details_dialog, ASR, DETAILS_DIALOG, AdwWindow)

GtkWidget     *asr_details_dialog_new            (GtkWindow     *parent,
                                                  AsrAssessment *assessment);
AsrAssessment *asr_details_dialog_get_assessment (AsrDetailsDialog *self);

G_END_DECLS
