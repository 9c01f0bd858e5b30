/* asr-score-picker.h: four linked toggle buttons, 1–4, and a clear button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_SCORE_PICKER (asr_score_picker_get_type ())
G_DECLARE_FINAL_TYPE (AsrScorePicker, asr_score_picker, ASR, SCORE_PICKER, AdwBin)

GtkWidget    *asr_score_picker_new           (void);
int           asr_score_picker_get_score     (AsrScorePicker *self);
void          asr_score_picker_set_score     (AsrScorePicker *self,
                                              int             score);
const char   *asr_score_picker_get_subject   (AsrScorePicker *self);
void          asr_score_picker_set_subject   (AsrScorePicker *self,
                                              const char     *subject);
AsrFramework *asr_score_picker_get_framework (AsrScorePicker *self);
void          asr_score_picker_set_framework (AsrScorePicker *self,
                                              AsrFramework   *framework);
/* The toggle button for @score (1–4), for tests and mnemonics. */
GtkWidget    *asr_score_picker_get_button    (AsrScorePicker *self,
                                              int             score);
GtkWidget    *asr_score_picker_get_clear_button (AsrScorePicker *self);

G_END_DECLS
