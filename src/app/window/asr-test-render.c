/* asr-test-render.c: render a widget to a PNG file (for tests and screenshots)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same steps as libadwaita 1.2's doc/tools/screenshot.c, with the
 * widget's own renderer so the picture is what the user sees.
 */
#define G_LOG_DOMAIN "asr-test-render"

#include "config.h"

#include "asr-test-render.h"

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until the widget's window has drawn a frame since now, so the
 * picture shows the widget's current state.  The wait is long because a
 * page built on first show (the Summary) can take seconds to lay out in a
 * sanitizer build; a normal build paints within a frame or two. */
static void
wait_for_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong handler;

  if (clock == NULL)
    return;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_signal_handler_disconnect (clock, handler);
}

/* A widget that is not a window draws no background of its own: paint the
 * window's, so the picture looks as it does on screen. */
static void
snapshot_background (GtkWidget   *widget,
                     GtkSnapshot *snapshot,
                     int          width,
                     int          height)
{
  GdkRGBA background;

  if (GTK_IS_NATIVE (widget))
    return;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                       "window_bg_color", &background))
    return;

  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget,
                 int        width,
                 int        height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  snapshot_background (widget, snapshot, width, height);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);

  return gtk_snapshot_free_to_node (snapshot);
}

gboolean
asr_test_render_widget_to_png (GtkWidget   *widget,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = NULL;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!gtk_widget_get_mapped (widget))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The widget to render is not mapped");
      return FALSE;
    }

  wait_for_drawn (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  if (gtk_widget_get_native (widget) != NULL)
    renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  if (width > 0 && height > 0 && renderer != NULL)
    node = snapshot_widget (widget, width, height);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The widget to render drew nothing");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}
