/* asr-summary-grid-keys.c: the Summary grid as one Tab stop, arrows inside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tab into the grid lands on the cell last visited (else the first) and
 * Tab inside it leaves, so the 34 cells cost one Tab, not 34 (the
 * sidebar's lesson).  Left and Right go through the cells in reading
 * order, across key questions; Up and Down to the nearest cell on the
 * line above or below; Home and End to the first and last.  Enter and
 * Space are the cells' own: they are buttons.
 */
#define G_LOG_DOMAIN "asr-summary-grid"

#include "config.h"

#include "asr-summary-cell.h"
#include "asr-summary-grid-private.h"

/* The nearest cell on the next line up or down, the closest across. */
static GtkWidget *
find_vertical (AsrSummaryGrid *self,
               GPtrArray      *cells,
               GtkWidget      *from,
               int             step)
{
  graphene_rect_t origin, bounds;
  GtkWidget *best = NULL;
  float best_dy = G_MAXFLOAT, best_dx = G_MAXFLOAT;

  if (!gtk_widget_compute_bounds (from, GTK_WIDGET (self), &origin))
    return NULL;

  for (guint i = 0; i < cells->len; i++)
    {
      float dy, dx;

      if (!gtk_widget_compute_bounds (cells->pdata[i], GTK_WIDGET (self), &bounds))
        continue;
      dy = (bounds.origin.y - origin.origin.y) * step;
      dx = ABS ((bounds.origin.x + bounds.size.width / 2) - (origin.origin.x + origin.size.width / 2));
      if (dy < 1 || dy > best_dy + 0.5f || (dy > best_dy - 0.5f && dx >= best_dx))
        continue;
      best = cells->pdata[i];
      best_dy = dy;
      best_dx = dx;
    }

  return best;
}

static GtkWidget *
find_target (AsrSummaryGrid *self,
             GtkWidget      *from,
             guint           keyval)
{
  g_autoptr(GPtrArray) cells = _asr_summary_grid_collect_cells (self);
  guint index;

  if (!g_ptr_array_find (cells, from, &index))
    return NULL;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      return index > 0 ? cells->pdata[index - 1] : from;
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      return index + 1 < cells->len ? cells->pdata[index + 1] : from;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      return find_vertical (self, cells, from, -1) ?: from;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      return find_vertical (self, cells, from, 1) ?: from;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      return cells->pdata[0];
    case GDK_KEY_End: case GDK_KEY_KP_End:
      return cells->pdata[cells->len - 1];
    default:
      return NULL;
    }
}

/* Runs before the flow boxes' own arrow bindings, which would stop at the
 * edge of a key question. */
static gboolean
key_pressed_cb (AsrSummaryGrid  *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *from = focus != NULL ? gtk_widget_get_ancestor (focus, ASR_TYPE_SUMMARY_CELL) : NULL;
  GtkWidget *target;

  if (from == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  target = find_target (self, from, keyval);
  if (target == NULL)
    return FALSE;
  gtk_widget_grab_focus (target);
  return TRUE;
}

/* One Tab stop: moving in lands on the cell last visited; Tab inside the
 * grid leaves it. */
gboolean
_asr_summary_grid_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  AsrSummaryGrid *self = ASR_SUMMARY_GRID (widget);
  GtkWidget *target = _asr_summary_grid_get_current (self);

  if (gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;
  if (target == NULL || !gtk_widget_is_ancestor (target, widget))
    target = asr_summary_grid_get_cell (self, 0, 0);

  return target != NULL && gtk_widget_grab_focus (target);
}

GtkEventController *
_asr_summary_grid_keys_new (AsrSummaryGrid *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  return keys;
}
