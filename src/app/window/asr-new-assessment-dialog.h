/* asr-new-assessment-dialog.h: what identifies a new draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_NEW_ASSESSMENT_DIALOG (asr_new_assessment_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsrNewAssessmentDialog, asr_new_assessment_dialog, ASR, NEW_ASSESSMENT_DIALOG, AdwWindow)

/* Asks for the provider, location (and its CQC location ID), service name
 * and type, assessment date (today unless changed), framework and
 * assessors.  Create emits "created" (AsrAssessment *, gboolean: import
 * previous ratings next) and closes; a date that is not one is refused
 * with a message and nothing is created. */
AsrNewAssessmentDialog *asr_new_assessment_dialog_new        (GtkWindow              *parent);
/* What Create does; FALSE when a field is wrong (the dialog says so). */
gboolean                asr_new_assessment_dialog_create     (AsrNewAssessmentDialog *self);
/* A row of the template by its id ("date_row", "framework_row" …). */
GtkWidget              *asr_new_assessment_dialog_get_row    (AsrNewAssessmentDialog *self,
                                                              const char             *name);

G_END_DECLS
