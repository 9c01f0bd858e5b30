/* asr-report-pdf.h: the report as an A4 PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-report.h"

G_BEGIN_DECLS

GBytes *asr_report_pdf_render (const AsrReport *report,
                               GError         **error);

G_END_DECLS
