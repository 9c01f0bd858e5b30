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
 */
#define G_LOG_DOMAIN "asr-frame-slices"

#include "config.h"

#include "asr-frame-slices.h"

typedef struct
{
  AsrFrameSliceFunc slice;
  gpointer          data;
  gboolean          first_frame_gone;
} Slices;

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Slices *slices = user_data;

  if (!slices->first_frame_gone)
    {
      slices->first_frame_gone = TRUE;
      return G_SOURCE_CONTINUE;
    }
  return slices->slice (slices->data) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

guint
asr_frame_slices_start (GtkWidget         *widget,
                        AsrFrameSliceFunc  slice,
                        gpointer           data)
{
  Slices *slices = g_new0 (Slices, 1);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  slices->slice = slice;
  slices->data = data;
  return gtk_widget_add_tick_callback (widget, tick_cb, slices, g_free);
}

void
asr_frame_slices_stop (GtkWidget *widget,
                       guint     *id)
{
  if (*id != 0)
    gtk_widget_remove_tick_callback (widget, *id);
  *id = 0;
}
