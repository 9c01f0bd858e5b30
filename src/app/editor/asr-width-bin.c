/* asr-width-bin.c: a bin whose width is the same at any height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 asks a widget for its width at a given height in two places
 * where the answer does not matter to height-for-width content: a
 * horizontal GtkBox measured for its height tries heights for its
 * children, and gtk_widget_allocate() measures a widget centred
 * vertically (valign other than fill) for its height.  A wrapping
 * GtkLabel answers each such question with a search over widths, a Pango
 * layout (a shaping of its whole text) per guess, about 20 of them: the
 * sidebar's 34 quality statement names spent most of the 50 ms stall
 * after opening a document on it (issue 10).  In an AsrWidthBin the child
 * is asked for its width at any height instead (measured once, then
 * cached by GTK); everything else passes through, so what is allocated
 * and drawn stays the same.
 */
#define G_LOG_DOMAIN "asr-width-bin"

#include "config.h"

#include "asr-width-bin.h"

static GtkSizeRequestMode
request_mode_cb (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
measure_cb (GtkWidget      *widget,
            GtkOrientation  orientation,
            int             for_size,
            int            *minimum,
            int            *natural,
            int            *minimum_baseline,
            int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
allocate_cb (GtkWidget *widget,
             int        width,
             int        height,
             int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static GtkLayoutManager *
width_layout_new (void)
{
  return gtk_custom_layout_new (request_mode_cb, measure_cb, allocate_cb);
}

struct _AsrWidthBin
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (AsrWidthBin, asr_width_bin, ADW_TYPE_BIN)

static void
asr_width_bin_class_init (AsrWidthBinClass *klass)
{
}

static void
asr_width_bin_init (AsrWidthBin *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self), width_layout_new ());
}

GtkWidget *
asr_width_bin_new (GtkWidget *child)
{
  GtkWidget *bin = g_object_new (ASR_TYPE_WIDTH_BIN, NULL);

  adw_bin_set_child (ADW_BIN (bin), child);
  return bin;
}
