/* asr-export-dialog-private.h: the dialog's widgets, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-export-dialog.h"

G_BEGIN_DECLS

struct _AsrExportDialog
{
  AdwWindow             parent_instance;

  AsrAssessment        *assessment;
  GCancellable         *cancellable;
  GPtrArray            *key_question_checks;   /* of GtkCheckButton, data "id" */
  gboolean              busy;                  /* an export is being written */
  GCancellable         *export_cancellable;    /* the export in flight; Cancel stops it */

  AdwComboRow          *format_row;
  AdwPreferencesGroup  *key_questions_group;
  GtkSwitch            *comparison_switch;
  GtkSwitch            *evidence_switch;
  GtkSwitch            *comments_switch;
  GtkButton            *export_button;
  GtkButton            *cancel_button;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
};

void _asr_export_dialog_update_sensitivity (AsrExportDialog *self);
/* Cancel: stops the export in flight (the dialog stays), else closes. */
void _asr_export_dialog_cancel             (AsrExportDialog *self);
void _asr_export_dialog_emit_exported      (AsrExportDialog *self,
                                            GFile           *file);
/* asr-export-dialog-save.c: asks where, with a file chooser, then exports. */
void _asr_export_dialog_choose_file        (AsrExportDialog *self);

G_END_DECLS
