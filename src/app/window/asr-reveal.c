/* asr-reveal.c: a revealer whose concealed child costs nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's GtkRevealer measures its child, and the child's wrapping
 * labels, even while nothing of it shows: the window's problems bar and
 * merge-conflict banner cost a hundred text layouts in each window's
 * first frame (issue 10: start-up).  A hidden child is not measured.
 */
#define G_LOG_DOMAIN "asr-reveal"

#include "config.h"

#include "asr-reveal.h"

static void
sync_child_cb (GtkRevealer *revealer)
{
  GtkWidget *child = gtk_revealer_get_child (revealer);

  if (child != NULL)
    gtk_widget_set_visible (child, gtk_revealer_get_reveal_child (revealer) ||
                                   gtk_revealer_get_child_revealed (revealer));
}

void
asr_reveal_hide_concealed_child (GtkRevealer *revealer)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));

  g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (sync_child_cb), NULL);
  g_signal_connect (revealer, "notify::child-revealed", G_CALLBACK (sync_child_cb), NULL);
  g_signal_connect (revealer, "notify::child", G_CALLBACK (sync_child_cb), NULL);
  sync_child_cb (revealer);
}
