/* asr-frame-slices.h: work done a slice a frame, from the second frame on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Does one slice of work; FALSE once there is no more. */
typedef gboolean (*AsrFrameSliceFunc) (gpointer data);

/* Calls @slice once a frame of @widget, from the frame after the next one
 * on, until it returns FALSE; returns an id for asr_frame_slices_stop(). */
guint asr_frame_slices_start (GtkWidget         *widget,
                              AsrFrameSliceFunc  slice,
                              gpointer           data);
/* Stops the slices of *@id (if any) and sets it to 0. */
void  asr_frame_slices_stop  (GtkWidget         *widget,
                              guint             *id);

G_END_DECLS
