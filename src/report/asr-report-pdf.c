/* asr-report-pdf.c: the report as an A4 PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages come from AsrReportLayout, the same layout printing uses; this
 * file only gives it a PDF surface, the document's metadata and bookmarks.
 * The surface streams: cairo hands over each page's bytes as it finishes
 * it, into memory or straight into a safe writer's temporary file.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report-layout-private.h"
#include "asr-report-pdf.h"

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  AsrSafeFileWriter *writer;
  GError            *error;   /* the first write error, kept for the caller */
} StreamTarget;

static cairo_status_t
stream_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  StreamTarget *target = closure;

  if (target->error != NULL ||
      !asr_safe_file_writer_write (target->writer, data, length, &target->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              const AsrReport *report)
{
  g_autofree char *title = g_strdup_printf ("%s — %s", report->service_name, report->subtitle);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Assessor");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, report->subtitle);
}

/* Draws every page into a PDF stream handed to @write page by page. */
static cairo_status_t
draw_document (const AsrReport    *report,
               cairo_write_func_t  write,
               void               *closure)
{
  g_autoptr(AsrReportLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  layout = _asr_report_layout_new (report, ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT, FALSE);
  surface = cairo_pdf_surface_create_for_stream (write, closure,
                                                 ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT);
  set_metadata (surface, report);
  cr = cairo_create (surface);
  for (guint page = 0; page < asr_report_layout_get_n_pages (layout); page++)
    {
      asr_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  asr_report_layout_add_outline (layout, surface);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

static gboolean
set_cairo_error (cairo_status_t   status,
                 GError         **error)
{
  g_set_error (error, ASR_ERROR, ASR_ERROR_RULE,
               _("Could not make the PDF: %s"), cairo_status_to_string (status));
  return FALSE;
}

GBytes *
asr_report_pdf_render (const AsrReport *report,
                       GError         **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_status_t status;

  g_return_val_if_fail (report != NULL, NULL);

  status = draw_document (report, append_cb, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_cairo_error (status, error);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
asr_report_pdf_write (const AsrReport    *report,
                      AsrSafeFileWriter  *writer,
                      GError            **error)
{
  StreamTarget target = { writer, NULL };
  cairo_status_t status;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  status = draw_document (report, stream_cb, &target);
  /* A failed write is the writer's error (it names the file). */
  if (target.error != NULL)
    {
      g_propagate_error (error, target.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    return set_cairo_error (status, error);
  return TRUE;
}
