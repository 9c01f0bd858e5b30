/* asr-paint-buffer.h: the X server's shared buffer for a frame, kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     asr_paint_buffer_keep    (GtkWidget  *window);
gboolean asr_paint_buffer_is_kept (GdkDisplay *display);
gboolean asr_paint_buffer_applies (GtkWidget  *window);

G_END_DECLS
