/* asr-print.h: printing the draft report, with a print preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "asr-core.h"

G_BEGIN_DECLS

/* A GtkPrintOperation that draws the report with the same layout as the
 * PDF export (AsrReportLayout), on whatever paper is chosen. */
GtkPrintOperation *asr_print_operation_new (AsrAssessment *assessment);
/* Shows the print dialog (with its Preview button) and prints; @parent may
 * be NULL.  FALSE with
 * @error when printing failed (cancelling is not an error). */
gboolean           asr_print_run           (GtkWindow     *parent,
                                            AsrAssessment *assessment,
                                            GError       **error);

G_END_DECLS
