/* asr-test-render.h: render a widget to a PNG file (for tests and screenshots)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean asr_test_render_widget_to_png (GtkWidget   *widget,
                                        const char  *path,
                                        GError     **error);

G_END_DECLS
