/* asr-evidence-row.h: one evidence category, with its score and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"
#include "asr-score-picker.h"

G_BEGIN_DECLS

#define ASR_TYPE_EVIDENCE_ROW (asr_evidence_row_get_type ())
G_DECLARE_FINAL_TYPE (AsrEvidenceRow, asr_evidence_row, ASR, EVIDENCE_ROW, AdwExpanderRow)

GtkWidget      *asr_evidence_row_new          (AsrEvidence  *evidence,
                                               AsrFramework *framework,
                                               const char   *statement_name);
AsrEvidence    *asr_evidence_row_get_evidence (AsrEvidenceRow *self);
AsrScorePicker *asr_evidence_row_get_picker   (AsrEvidenceRow *self);
GtkTextView    *asr_evidence_row_get_notes_view (AsrEvidenceRow *self);

G_END_DECLS
