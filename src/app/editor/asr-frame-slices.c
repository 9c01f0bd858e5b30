/* asr-frame-slices.c: work done a slice a frame, from the second frame on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a view does not show in its first frame (sidebar rows below the
 * fold, evidence categories under the notes) is built after it, a slice a
 * frame, each well within one (issue 10).  A tick callback: a frame's
 * ticks come before its layout and paint, so the first tick, which comes
 * with the frame that first shows the view, is let go by; the slices come
 * on the frames after it.  Only while the widget is shown: a view built
 * hidden waits until it is shown, or until asked for all of it.
 *
 * How much the first frame needs is known only once it is laid out (a
 * sidebar's visible height, its rows' heights): a fill function, called
 * after each layout, builds what is missing from the view; GDK lays the
 * frame out again (up to four times) when the layout changed, so the
 * first frame paints what it shows, no row more.
 */
#define G_LOG_DOMAIN "asr-frame-slices"

#include "config.h"

#include "asr-frame-slices.h"

typedef struct
{
  AsrFrameSliceFunc slice;
  AsrFrameSliceFunc fill;
  gpointer          data;
  gboolean          first_frame_gone;
  GdkFrameClock    *clock;    /* while @fill is connected to its "layout" */
  gulong            layout_handler;
} Slices;

static void
layout_cb (GdkFrameClock *clock,
           Slices        *slices)
{
  slices->fill (slices->data);
}

static void
slices_free (gpointer data)
{
  Slices *slices = data;

  /* A clock disposed with its window has dropped its handlers already. */
  if (slices->clock != NULL &&
      g_signal_handler_is_connected (slices->clock, slices->layout_handler))
    g_signal_handler_disconnect (slices->clock, slices->layout_handler);
  g_clear_object (&slices->clock);
  g_free (slices);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Slices *slices = user_data;

  if (!slices->first_frame_gone)
    {
      slices->first_frame_gone = TRUE;
      /* Ticks come before the layout: this frame's layout is filled too. */
      if (slices->fill != NULL)
        {
          slices->clock = g_object_ref (clock);
          slices->layout_handler = g_signal_connect_after (clock, "layout",
                                                           G_CALLBACK (layout_cb), slices);
        }
      return G_SOURCE_CONTINUE;
    }
  return slices->slice (slices->data) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

guint
asr_frame_slices_start_filling (GtkWidget         *widget,
                                AsrFrameSliceFunc  slice,
                                AsrFrameSliceFunc  fill,
                                gpointer           data)
{
  Slices *slices = g_new0 (Slices, 1);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  slices->slice = slice;
  slices->fill = fill;
  slices->data = data;
  return gtk_widget_add_tick_callback (widget, tick_cb, slices, slices_free);
}

guint
asr_frame_slices_start (GtkWidget         *widget,
                        AsrFrameSliceFunc  slice,
                        gpointer           data)
{
  return asr_frame_slices_start_filling (widget, slice, NULL, data);
}

void
asr_frame_slices_stop (GtkWidget *widget,
                       guint     *id)
{
  if (*id != 0)
    gtk_widget_remove_tick_callback (widget, *id);
  *id = 0;
}
