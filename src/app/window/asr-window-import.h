/* asr-window-import.h: the window's imports of previous ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-import-cqc.h"
#include "asr-location-picker.h"
#include "asr-window.h"

G_BEGIN_DECLS

/* Adds win.import-previous and win.compare-with. */
void               _asr_window_import_actions_init (AsrWindow     *self);
/* Reads @file and imports it (as the file chooser does); with
 * @statements_only, keeps it as the statement-level baseline only. */
void               _asr_window_import_file         (AsrWindow     *self,
                                                    GFile         *file,
                                                    gboolean       statements_only);
/* Applies a checked baseline as one undo step; @previous (or NULL) becomes
 * the statement-level baseline. */
void               _asr_window_apply_baseline      (AsrWindow     *self,
                                                    AsrBaseline   *baseline,
                                                    AsrAssessment *previous);
/* Adds win.import-report (asr-window-import-report.c). */
void               _asr_window_import_report_actions_init (AsrWindow  *self);
/* Imports the published report texts @files (of GFile) into a new
 * assessment shown in a new window, with what the import found. */
void               _asr_window_import_reports      (AsrWindow     *self,
                                                    GListModel    *files);
/* Shows the location picker for a sheet; takes @ratings. */
AsrLocationPicker *_asr_window_pick_location       (AsrWindow     *self,
                                                    AsrCqcRatings *ratings,
                                                    const char    *display_name);

G_END_DECLS
