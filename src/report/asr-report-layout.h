/* asr-report-layout.h: the report laid out on pages, for PDF and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layout engine serves the PDF export and GtkPrintOperation, so the
 * printed page and the PDF look alike.  Sizes are in points (1/72 inch);
 * the layout uses its own unhinted Pango context at 72 dpi, so it does not
 * depend on the surface it is drawn on.  Drawing a page onto any cairo
 * context whose user space is in points gives the same page.
 */
#pragma once

#include <cairo.h>

#include "asr-report.h"

G_BEGIN_DECLS

#define ASR_REPORT_A4_WIDTH  595.2756   /* 210 mm */
#define ASR_REPORT_A4_HEIGHT 841.8898   /* 297 mm */

typedef struct _AsrReportLayout AsrReportLayout;

AsrReportLayout *asr_report_layout_new          (const AsrReport *report,
                                                 double           page_width,
                                                 double           page_height);
void             asr_report_layout_free         (AsrReportLayout *self);
guint            asr_report_layout_get_n_pages  (AsrReportLayout *self);
/* Draws page @page (0-based) at the origin of @cr. */
void             asr_report_layout_draw_page    (AsrReportLayout *self,
                                                 cairo_t         *cr,
                                                 guint            page);
/* Adds the key questions to a PDF surface's outline (bookmarks). */
void             asr_report_layout_add_outline  (AsrReportLayout *self,
                                                 cairo_surface_t *pdf_surface);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrReportLayout, asr_report_layout_free)

G_END_DECLS
