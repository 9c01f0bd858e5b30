/* asr-export-dialog.h: the Export Report dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder export/: the Export dialog and printing. Depends on the report
 * library and the core.
 *
 * Format, key questions, what to include, then where (a file chooser).
 * Defaults follow the published report.  The signal "exported" (GFile)
 * is emitted once the file is written; the dialog then closes.
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"
#include "asr-report.h"

G_BEGIN_DECLS

#define ASR_TYPE_EXPORT_DIALOG (asr_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AsrExportDialog, asr_export_dialog, ASR, EXPORT_DIALOG, AdwWindow)

AsrExportDialog *asr_export_dialog_new           (GtkWindow        *parent,
                                                  AsrAssessment    *assessment);
AsrAssessment   *asr_export_dialog_get_assessment (AsrExportDialog *self);
AsrReportFormat  asr_export_dialog_get_format    (AsrExportDialog  *self);
void             asr_export_dialog_set_format    (AsrExportDialog  *self,
                                                  AsrReportFormat   format);
/* The options as the dialog shows them; clear with asr_report_options_clear(). */
void             asr_export_dialog_get_options   (AsrExportDialog  *self,
                                                  AsrReportOptions *options);
/* Writes the report to @file (what the file chooser's answer starts). */
void             asr_export_dialog_export_async  (AsrExportDialog    *self,
                                                  GFile              *file,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
gboolean         asr_export_dialog_export_finish (AsrExportDialog  *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);

G_END_DECLS
