/* asr-report-layout-ahead.c: a worker lays pages out ahead of drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing a page into a PDF costs two things: laying out again the lines
 * whose glyphs measuring did not keep (asr-report-layout-keep.c: past its
 * memory bound, or lines it cannot keep) and cairo's writing of the page.
 * The first is done here on a worker thread, with its own Pango font map,
 * a few pages ahead of the thread that draws; the second stays on the
 * drawing thread, in page order.  At most MAX_AHEAD pages wait, so memory
 * does not grow with the report.
 *
 * The drawing thread only reads what the worker made: the lines' glyphs,
 * and the fonts' cairo faces, which the worker set up before it handed the
 * page over.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include "asr-report-layout-private.h"

#define MAX_AHEAD 8

struct _ShapeAhead
{
  AsrReportLayout *self;
  GThread         *thread;
  GMutex           mutex;
  GCond            cond;
  GQueue           pages;   /* of GPtrArray: shaped pages, in order */
  GPtrArray       *spent;   /* pages drawn, for the worker to free */
  gboolean         stop;
};

static GPtrArray *
new_spent (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

/* Waits for room in the queue, then frees the pages drawn meanwhile:
 * freeing a page's layouts is work the drawing thread need not do.  FALSE
 * once told to stop. */
static gboolean
wait_for_room (ShapeAhead *ahead)
{
  g_autoptr(GPtrArray) spent = NULL;
  gboolean go;

  g_mutex_lock (&ahead->mutex);
  while (!ahead->stop && ahead->pages.length >= MAX_AHEAD)
    g_cond_wait (&ahead->cond, &ahead->mutex);
  go = !ahead->stop;
  spent = g_steal_pointer (&ahead->spent);
  ahead->spent = new_spent ();
  g_mutex_unlock (&ahead->mutex);
  return go;
}

static gpointer
ahead_thread (gpointer data)
{
  ShapeAhead *ahead = data;
  guint n_pages = ahead->self->page_starts->len;
  Shaper shaper;

  _asr_report_shaper_init (&shaper);
  for (guint page = 0; page < n_pages && wait_for_room (ahead); page++)
    {
      GPtrArray *shaped = _asr_report_layout_shape_page (ahead->self, &shaper, page);

      g_mutex_lock (&ahead->mutex);
      g_queue_push_tail (&ahead->pages, shaped);
      g_cond_broadcast (&ahead->cond);
      g_mutex_unlock (&ahead->mutex);
    }
  _asr_report_shaper_clear (&shaper);
  return NULL;
}

/* Starts laying @self's pages out, from the first.  @self must not change
 * until the worker is freed. */
ShapeAhead *
_asr_report_ahead_new (AsrReportLayout *self)
{
  ShapeAhead *ahead = g_new0 (ShapeAhead, 1);

  ahead->self = self;
  g_mutex_init (&ahead->mutex);
  g_cond_init (&ahead->cond);
  g_queue_init (&ahead->pages);
  ahead->spent = new_spent ();
  ahead->thread = g_thread_new ("asr-report-ahead", ahead_thread, ahead);
  return ahead;
}

/* Hands back a page drawn, for the worker to free. */
void
_asr_report_ahead_done (ShapeAhead *ahead,
                        GPtrArray  *shaped)
{
  g_mutex_lock (&ahead->mutex);
  g_ptr_array_add (ahead->spent, shaped);
  g_mutex_unlock (&ahead->mutex);
}

GPtrArray *
_asr_report_ahead_next (ShapeAhead *ahead)
{
  GPtrArray *shaped;

  g_mutex_lock (&ahead->mutex);
  while (g_queue_is_empty (&ahead->pages))
    g_cond_wait (&ahead->cond, &ahead->mutex);
  shaped = g_queue_pop_head (&ahead->pages);
  g_cond_broadcast (&ahead->cond);
  g_mutex_unlock (&ahead->mutex);
  return shaped;
}

/* Stops the worker (between pages) and drops the pages not taken. */
void
_asr_report_ahead_free (ShapeAhead *ahead)
{
  if (ahead == NULL)
    return;

  g_mutex_lock (&ahead->mutex);
  ahead->stop = TRUE;
  g_cond_broadcast (&ahead->cond);
  g_mutex_unlock (&ahead->mutex);
  g_thread_join (ahead->thread);
  g_queue_clear_full (&ahead->pages, (GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_unref (ahead->spent);
  g_mutex_clear (&ahead->mutex);
  g_cond_clear (&ahead->cond);
  g_free (ahead);
}
