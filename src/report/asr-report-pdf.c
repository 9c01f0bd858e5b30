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

/* cairo hands its output over in pieces of a few bytes: they are gathered
 * into STREAM_BUFFER bytes before each write to the file. */
#define STREAM_BUFFER (64 * 1024)

typedef struct
{
  AsrSafeFileWriter *writer;
  GByteArray        *buffer;
  GError            *error;   /* the first write error, kept for the caller */
} StreamTarget;

static gboolean
stream_flush (StreamTarget *target)
{
  gboolean ok = target->error == NULL &&
                asr_safe_file_writer_write (target->writer, target->buffer->data,
                                            target->buffer->len, &target->error);

  g_byte_array_set_size (target->buffer, 0);
  return ok;
}

static cairo_status_t
stream_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  StreamTarget *target = closure;

  if (target->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  g_byte_array_append (target->buffer, data, length);
  if (target->buffer->len >= STREAM_BUFFER && !stream_flush (target))
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

typedef struct
{
  AsrReportProgressFunc  func;
  gpointer               user_data;
  GCancellable          *cancellable;
} Progress;

static void
report_progress (const Progress *progress,
                 guint           done,
                 guint           total)
{
  if (progress != NULL && progress->func != NULL)
    progress->func (done, total, progress->user_data);
}

/* Draws the pages in order, laid out ahead on a worker when there is a
 * second processor to run it; stops between pages once @cancellable is
 * cancelled. */
static void
draw_pages (AsrReportLayout *layout,
            cairo_t         *cr,
            const Progress  *progress)
{
  GCancellable *cancellable = progress ? progress->cancellable : NULL;
  guint n_pages = asr_report_layout_get_n_pages (layout);
  ShapeAhead *ahead = _asr_report_layout_get_threads () > 1 ? _asr_report_ahead_new (layout) : NULL;

  report_progress (progress, 0, n_pages);
  for (guint page = 0; page < n_pages && !g_cancellable_is_cancelled (cancellable); page++)
    {
      GPtrArray *shaped;

      if (ahead != NULL)
        shaped = _asr_report_ahead_next (ahead);
      else
        shaped = _asr_report_layout_shape_page (layout, &layout->shaper, page);
      _asr_report_layout_draw_shaped (layout, cr, page, shaped);
      if (ahead != NULL)
        _asr_report_ahead_done (ahead, shaped);
      else
        g_ptr_array_unref (shaped);
      cairo_show_page (cr);
      report_progress (progress, page + 1, n_pages);
    }
  _asr_report_ahead_free (ahead);
}

/* Draws every page into a PDF stream handed to @write page by page;
 * stops between pages once @progress's cancellable is cancelled (the
 * document is then incomplete, and the caller must not keep it). */
static cairo_status_t
draw_document (const AsrReport    *report,
               cairo_write_func_t  write,
               void               *closure,
               const Progress     *progress)
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
  draw_pages (layout, cr, progress);
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

  status = draw_document (report, append_cb, bytes, NULL);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_cairo_error (status, error);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
asr_report_pdf_write (const AsrReport       *report,
                      AsrSafeFileWriter     *writer,
                      AsrReportProgressFunc  progress_func,
                      gpointer               user_data,
                      GCancellable          *cancellable,
                      GError               **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_sized_new (STREAM_BUFFER + 4096);
  StreamTarget target = { writer, buffer, NULL };
  Progress progress = { progress_func, user_data, cancellable };
  cairo_status_t status;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  status = draw_document (report, stream_cb, &target, &progress);
  if (target.error == NULL && buffer->len > 0)
    stream_flush (&target);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_error (&target.error);
      return FALSE;
    }
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
