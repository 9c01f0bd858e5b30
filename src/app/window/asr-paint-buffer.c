/* asr-paint-buffer.c: the X server's shared buffer for a frame, kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With GTK 4.8's cairo renderer on X11, each frame is painted into an image
 * and copied to the window through a MIT-SHM segment that cairo takes from
 * a pool of its own (cairo-xlib, per display).  GDK makes a new cairo
 * surface for the window every frame and destroys it after, and cairo
 * destroys a pool as soon as nothing in it is in use: so every frame that
 * repaints the whole window (the first frame of a document) made a new
 * segment (shmget, attach, a round trip to the server) and touched each of
 * its pages for the first time, one page fault per 4 KB: 687 faults and
 * 31-49% of that frame at 990 × 710 (issue 10; perf, load 5-9).
 *
 * A small image kept in a pool big enough for a frame as large as the
 * largest monitor keeps that pool: the frames then reuse its pages, which
 * stay mapped and touched after the first frame.  It costs one segment of
 * address space (cairo sizes a pool at eight times the largest block), of
 * which only the pages a frame used are resident.  Only for the cairo
 * renderer on X11; nothing anywhere else.
 *
 * The pool is made when the main loop is idle after the window's first
 * frame, not before it: the first frame cannot reuse its pages (cairo
 * holds a freed block until the X server has caught up), so made at
 * realize it only delayed that frame, by 1,276 page faults on a
 * 1280 × 1024 screen (about 15 ms here; issue 10).
 */
#define G_LOG_DOMAIN "Assessor"

#include "config.h"

#include "asr-paint-buffer.h"

#if defined (GDK_WINDOWING_X11) && defined (CAIRO_HAS_XLIB_SURFACE)
#define ASR_PAINT_BUFFER_X11 1
#include <gdk/x11/gdkx.h>
#include <cairo-xlib.h>
#endif

#define KEEP_KEY "asr-paint-buffer"

gboolean
asr_paint_buffer_is_kept (GdkDisplay *display)
{
  return g_object_get_data (G_OBJECT (display), KEEP_KEY) != NULL;
}

/* Whether @window's frames go through cairo's shared buffer: the cairo
 * renderer on X11.  @window must be realized (it has a renderer then). */
gboolean
asr_paint_buffer_applies (GtkWidget *window)
{
#ifdef ASR_PAINT_BUFFER_X11
  return GDK_IS_X11_DISPLAY (gtk_widget_get_display (window)) &&
         GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window)));
#else
  return FALSE;
#endif
}

#ifdef ASR_PAINT_BUFFER_X11
/* The largest monitor's size in device pixels: no frame is larger. */
static void
largest_monitor (GdkDisplay *display,
                 int        *width,
                 int        *height)
{
  GListModel *monitors = gdk_display_get_monitors (display);

  *width = *height = 1;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;
      int scale = gdk_monitor_get_scale_factor (monitor);

      gdk_monitor_get_geometry (monitor, &geometry);
      if ((gint64) geometry.width * geometry.height * scale * scale > (gint64) *width * *height)
        {
          *width = geometry.width * scale;
          *height = geometry.height * scale;
        }
    }
}

/* A frame-sized image in a new pool, then a small one beside it: the small
 * one keeps the pool once the large one is gone.  Nothing is drawn, but
 * cairo clears the new image, so its pages are touched here (about 5 M
 * instructions and 1,280 page faults for a 1280 × 1024 monitor), while
 * the main loop is idle, rather than in the first frame of a document
 * opened later. */
static cairo_surface_t *
keep_pool (GdkDisplay *display)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  int screen = DefaultScreen (xdisplay);
  cairo_surface_t *root, *frame, *kept;
  int width, height;

  largest_monitor (display, &width, &height);
  root = cairo_xlib_surface_create (xdisplay, RootWindow (xdisplay, screen),
                                    DefaultVisual (xdisplay, screen), 1, 1);
  frame = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, width, height);
  kept = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 32, 32);
  cairo_surface_destroy (frame);
  cairo_surface_destroy (root);
  return kept;
}

static gboolean
keep_when_idle (gpointer data)
{
  GdkDisplay *display = data;

  if (!gdk_display_is_closed (display) && !asr_paint_buffer_is_kept (display))
    g_object_set_data_full (G_OBJECT (display), KEEP_KEY, keep_pool (display),
                            (GDestroyNotify) cairo_surface_destroy);
  return G_SOURCE_REMOVE;
}

static void
after_first_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_paint_cb, window);
  g_idle_add_full (G_PRIORITY_LOW, keep_when_idle,
                   g_object_ref (gtk_widget_get_display (window)), g_object_unref);
}
#endif

/* Keeps the shared buffer @window's frames are copied through, once per
 * display, when the main loop is idle after @window's first frame; call
 * when @window is realized. */
void
asr_paint_buffer_keep (GtkWidget *window)
{
#ifdef ASR_PAINT_BUFFER_X11
  if (!asr_paint_buffer_applies (window) || asr_paint_buffer_is_kept (gtk_widget_get_display (window)))
    return;
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_first_paint_cb), window, 0);
#endif
}
