/* asr-window.h: one window per assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder window/: the application, the window and its actions, documents,
 * autosave and recovery, preferences. May use every other folder of app/,
 * the report library and the core.
 */
#pragma once

#include <adwaita.h>

#include "asr-application.h"
#include "asr-core.h"
#include "asr-history.h"

G_BEGIN_DECLS

#define ASR_TYPE_WINDOW (asr_window_get_type ())
G_DECLARE_FINAL_TYPE (AsrWindow, asr_window, ASR, WINDOW, AdwApplicationWindow)

/* A window on a new, empty assessment. */
AsrWindow           *asr_window_new            (AsrApplication      *application);
AsrAssessment       *asr_window_get_assessment (AsrWindow           *self);
GFile               *asr_window_get_file       (AsrWindow           *self);
gboolean             asr_window_get_modified   (AsrWindow           *self);
AsrHistory          *asr_window_get_history    (AsrWindow           *self);
/* A new, untouched document with nothing loading into it: the place to
 * open a file. */
gboolean             asr_window_is_empty       (AsrWindow           *self);
/* Shows @assessment, read from @file (NULL for a new one), unmodified. */
void                 asr_window_set_document   (AsrWindow           *self,
                                                AsrAssessment       *assessment,
                                                GFile               *file);
/* Shows @assessment not saved yet (recovered from an autosave, or just
 * made by New Assessment): unsaved, @file (NULL if it was never saved)
 * the place to save it. */
void                 asr_window_restore_document (AsrWindow         *self,
                                                  AsrAssessment     *assessment,
                                                  GFile             *file);
/* Loads @file: into this window if it is empty, else into a new window.
 * If loading fails, shows the loader's message and changes nothing.  A
 * file with invalid values opens "with problems": they are listed
 * (asr_window_get_problems()) and left out, the document is unsaved and
 * Save asks for a new name. */
void                 asr_window_open_file      (AsrWindow           *self,
                                                GFile               *file);
/* The problems the document was opened with (GtkStringObjects). */
GListModel          *asr_window_get_problems   (AsrWindow           *self);
/* Shows the judgement page of @key_question (judgement method only). */
void                 asr_window_show_judgement (AsrWindow           *self,
                                                AsrKeyQuestion      *key_question);
/* The quality statement being edited. */
AsrQualityStatement *asr_window_get_statement  (AsrWindow           *self);
void                 asr_window_show_statement (AsrWindow           *self,
                                                AsrQualityStatement *statement);

G_END_DECLS
