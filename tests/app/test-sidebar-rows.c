/* test-sidebar-rows.c: the sidebar's first rows, as many as the window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document's sidebar rows come in slices (asr-sidebar.c): the first
 * frame shows the rows that fill the list's visible height, no more, in
 * any window height; the rest come a slice a frame after it.  Counts of
 * built rows, never times.
 */
#include "config.h"

#include <adwaita.h>

#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

typedef struct
{
  AsrWindow *window;
  gboolean   painted;
  guint      n_rows;      /* built when the first frame was painted */
  int        bottom;      /* where the last built row ended then */
  int        shown;       /* the list's visible height then */
} FirstFrame;

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

/* The sidebar's list as it is (asr_sidebar_get_list_box() completes it). */
static GtkListBox *
sidebar_list (AsrWindow *window)
{
  return GTK_LIST_BOX (test_find_descendant (GTK_WIDGET (window->sidebar), GTK_TYPE_LIST_BOX));
}

static GtkAdjustment *
sidebar_adjustment (AsrWindow *window)
{
  GtkWidget *list = GTK_WIDGET (sidebar_list (window));
  GtkWidget *scroller = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* Where the list's last row ends (the list itself fills the view). */
static int
last_row_bottom (GtkListBox *list)
{
  guint n = count_rows (list);
  graphene_rect_t bounds;

  g_assert_cmpuint (n, >, 0);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (gtk_list_box_get_row_at_index (list, (int) n - 1)),
                                            GTK_WIDGET (list), &bounds));
  return (int) (bounds.origin.y + bounds.size.height);
}

static void
after_paint_cb (GdkFrameClock *clock,
                FirstFrame    *first)
{
  GtkListBox *list = sidebar_list (first->window);

  if (first->painted)
    return;
  first->painted = TRUE;
  first->n_rows = count_rows (list);
  first->bottom = last_row_bottom (list);
  first->shown = (int) gtk_adjustment_get_page_size (sidebar_adjustment (first->window));
}

static gboolean
has_painted (gpointer data)
{
  return ((FirstFrame *) data)->painted;
}

static gboolean
all_rows_built (gpointer window)
{
  return count_rows (sidebar_list (window)) == 34;
}

/* The sample opened in a window @height px high (after the window is
 * shown, as File → Open does); what its first frame built. */
static void
open_sample_at (int         height,
                FirstFrame *first)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  GdkFrameClock *clock;

  first->window = asr_window_new (application);
  gtk_window_set_default_size (GTK_WINDOW (first->window), 1000, height);
  gtk_window_present (GTK_WINDOW (first->window));
  test_wait_for (test_is_mapped, first->window);
  test_spin ();

  asr_window_set_document (first->window, assessment, NULL);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (first->window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), first);
  test_wait_for (has_painted, first);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, first);
}

/* At the default 720 px the first frame builds the rows it shows (the
 * list is taller than its visible part) but not 16 of them; at 1400 px
 * the taller list is filled in its first frame all the same.  The rest
 * come after it, the scrolling untouched. */
static void
test_first_rows_fill_the_height (void)
{
  const int heights[] = { 720, 1400, 480 };

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      FirstFrame first = { NULL, FALSE, 0, 0, 0 };
      g_autofree char *name = g_strdup_printf ("sidebar-rows-%d", heights[i]);

      open_sample_at (heights[i], &first);
      g_test_message ("%d px: %u rows built, %d px of rows for %d px shown",
                      heights[i], first.n_rows, first.bottom, first.shown);
      g_assert_cmpint (first.shown, >, 0);
      g_assert_cmpint (first.bottom, >=, first.shown);
      if (heights[i] == 720)
        test_render_light_dark (GTK_WIDGET (first.window), name);
      if (heights[i] == 720)
        g_assert_cmpuint (first.n_rows, <, 16);
      if (heights[i] == 480)
        g_assert_cmpuint (first.n_rows, <, 10);

      test_wait_for (all_rows_built, first.window);
      g_assert_cmpfloat (gtk_adjustment_get_value (sidebar_adjustment (first.window)), ==, 0);
      gtk_window_destroy (GTK_WINDOW (first.window));
    }
}

/* Narrowed to 360 px after the first frame, the sidebar still gets all
 * its rows, and looks as before. */
static void
test_narrow (void)
{
  FirstFrame first = { NULL, FALSE, 0, 0, 0 };

  open_sample_at (720, &first);
  gtk_window_set_default_size (GTK_WINDOW (first.window), 360, 720);
  test_wait_for (all_rows_built, first.window);
  test_wait_for_transitions ();
  test_render_light_dark (GTK_WIDGET (first.window), "sidebar-rows-360");
  gtk_window_destroy (GTK_WINDOW (first.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/sidebar-rows/first-rows-fill-the-height", test_first_rows_fill_the_height);
  g_test_add_func ("/sidebar-rows/narrow", test_narrow);
  return g_test_run ();
}
