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
/* Runs @operation (made by asr_print_operation_new()) with @action.  When
 * the settings chosen are Print to File, the file is not written by GTK
 * but by Assessor's PDF renderer through the safe writer, as Export does
 * (same A4 pages; a failure leaves an existing file byte-identical): then
 * APPLY when written, ERROR with @error (naming the file) when not. */
GtkPrintOperationResult asr_print_operation_run (GtkPrintOperation        *operation,
                                                 GtkPrintOperationAction   action,
                                                 GtkWindow                *parent,
                                                 GError                  **error);
/* Print to File then suggests @name with the format's suffix
 * ("Larchfield House.pdf"), not GTK's "output.pdf". */
void               asr_print_operation_set_document_name (GtkPrintOperation *operation,
                                                          const char        *name);
/* Shows the print dialog (with its Preview button) and prints, Print to
 * File suggesting @document_name (may be NULL); @parent may be NULL.
 * FALSE with @error when printing failed (cancelling is not an error). */
gboolean           asr_print_run           (GtkWindow     *parent,
                                            AsrAssessment *assessment,
                                            const char    *document_name,
                                            GError       **error);

G_END_DECLS
