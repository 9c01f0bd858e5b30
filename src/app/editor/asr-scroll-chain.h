/* asr-scroll-chain.h: a scrolled window inside another hands wheel
 * scrolling on at its ends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Once @inner, a scrolled window inside another, is scrolled to its top
 * (bottom), scrolling further up (down) with the wheel or touchpad moves
 * the scrolled window around it, by the amount that one moves for the
 * same scroll, instead of stopping at @inner's end.  While @inner can
 * still scroll that way, it scrolls as usual; when it has nothing to
 * scroll, GTK passes the scroll on by itself. */
void asr_scroll_chain_attach (GtkScrolledWindow *inner);

G_END_DECLS
