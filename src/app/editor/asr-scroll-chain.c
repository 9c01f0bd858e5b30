/* asr-scroll-chain.c: a scrolled window inside another hands wheel
 * scrolling on at its ends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's scrolled window takes every vertical scroll while its content
 * is taller than it, even at its end, so the page around a long note's
 * box stopped under the pointer.  A controller on the inner window, in the
 * capture phase (before the inner window's own), sees the scroll first:
 * at the end it is heading to, it moves the outer window and stops the
 * event; otherwise it lets the inner window have it.  The amount is
 * GTK's: a wheel notch moves page_size^(2/3) pixels, a touchpad's delta is
 * in pixels.
 */
#define G_LOG_DOMAIN "asr-scroll-chain"

#include "config.h"

#include <math.h>

#include "asr-scroll-chain.h"

/* Half a pixel: adjustments hold fractions after smooth scrolling. */
#define AT_END 0.5

static gboolean
at_end (GtkAdjustment *adjustment,
        double         dy)
{
  double value = gtk_adjustment_get_value (adjustment);

  if (dy < 0)
    return value <= gtk_adjustment_get_lower (adjustment) + AT_END;
  return value + gtk_adjustment_get_page_size (adjustment) >=
         gtk_adjustment_get_upper (adjustment) - AT_END;
}

static gboolean
can_scroll (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment) >
         gtk_adjustment_get_page_size (adjustment) + AT_END;
}

static void
scroll_outer (GtkScrolledWindow        *outer,
              GtkEventControllerScroll *controller,
              double                    dy)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (outer);

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    dy *= pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           GtkScrolledWindow        *inner)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (inner);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (inner));
  GtkWidget *outer = parent != NULL ? gtk_widget_get_ancestor (parent, GTK_TYPE_SCROLLED_WINDOW) : NULL;

  /* Shift turns the wheel sideways, which GTK handles. */
  if (outer == NULL || dy == 0 || (state & GDK_SHIFT_MASK) != 0 ||
      !can_scroll (adjustment) || !at_end (adjustment, dy))
    return GDK_EVENT_PROPAGATE;
  scroll_outer (GTK_SCROLLED_WINDOW (outer), controller, dy);
  return GDK_EVENT_STOP;
}

void
asr_scroll_chain_attach (GtkScrolledWindow *inner)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (inner));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), inner);
  gtk_widget_add_controller (GTK_WIDGET (inner), controller);
}
