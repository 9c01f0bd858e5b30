/* asr-report-pdf.h: the report as an A4 PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-report.h"
#include "asr-safe-file.h"

G_BEGIN_DECLS

GBytes *asr_report_pdf_render (const AsrReport *report,
                               GError         **error);
/* Streams the PDF into @writer page by page, calling @progress_func after
 * each page; does not commit it.  A write error is the writer's (it names
 * the file); once @cancellable is cancelled it stops between pages and
 * fails with G_IO_ERROR_CANCELLED. */
gboolean asr_report_pdf_write (const AsrReport       *report,
                               AsrSafeFileWriter     *writer,
                               AsrReportProgressFunc  progress_func,
                               gpointer               user_data,
                               GCancellable          *cancellable,
                               GError               **error);

G_END_DECLS
