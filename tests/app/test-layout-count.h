/* test-layout-count.h: how many times each text is laid out by Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only in a test executable built with export_dynamic: true (see
 * test-layout-count.c).
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Forgets what was counted, and counts from now on. */
void  test_layout_count_reset  (void);
/* How many times a layout of exactly @text was laid out since the reset. */
guint test_layout_count        (const char *text);
/* How many runs of text laying those out shaped (a line broken inside a
 * word shapes the rest of the text again). */
guint test_layout_count_shapes (const char *text);

G_END_DECLS
