/* asr-reveal.h: a revealer whose concealed child costs nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Keeps @revealer's child hidden while it is concealed (not revealed, and
 * not sliding in or out), shown otherwise. */
void asr_reveal_hide_concealed_child (GtkRevealer *revealer);

G_END_DECLS
