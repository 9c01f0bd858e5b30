/* test-opening.c: what opening a document costs the window's layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first second after opening a document must not stall (issue 10;
 * the time itself is build-aux/bench.sh --ui --open-only).  GTK 4.8 asks
 * for a widget's width at a given height where the answer makes no
 * difference to height-for-width content: a horizontal box measured for
 * its height, and gtk_widget_allocate() for a widget centred vertically.
 * A wrapping label answers that with a search over widths, a Pango layout
 * per guess: about 20 for each quality statement's name in the sidebar.
 * These tests hold the widgets GTK asks to answering with their width at
 * any height (asr-width-bin.c), which costs nothing once measured; and
 * what is not in the first screenful to coming after the first frame.
 */
#include "config.h"

#include <adwaita.h>

#include "asr-evidence-row.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static AsrWindow *
open_sample (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = test_new_window (application, assessment, NULL);

  test_spin ();
  return window;
}

/* @widget's width for @height is its width for any height. */
static void
assert_width_at_any_height (GtkWidget *widget,
                            int        height)
{
  int min_any, nat_any, min_at, nat_at;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_any, &nat_any, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, height, &min_at, &nat_at, NULL, NULL);
  if (min_at != min_any || nat_at != nat_any)
    g_error ("%s: width %d/%d at height %d, %d/%d at any height",
             G_OBJECT_TYPE_NAME (widget), min_at, nat_at, height, min_any, nat_any);
}

/* Whether GTK 4.8 asks @widget for its width at a height: centred
 * vertically (gtk_widget_allocate()), or in a horizontal box (measured
 * for its height); only height-for-width content pays for it. */
static gboolean
asked_at_height (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (gtk_widget_get_request_mode (widget) != GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH)
    return FALSE;
  return gtk_widget_get_valign (widget) != GTK_ALIGN_FILL ||
         (GTK_IS_BOX (parent) &&
          gtk_orientable_get_orientation (GTK_ORIENTABLE (parent)) == GTK_ORIENTATION_HORIZONTAL);
}

/* Checks every such widget under @widget (not yet allocated: at @height). */
static guint
check_widths (GtkWidget *widget,
              int        height)
{
  guint n = 0;

  if (asked_at_height (widget))
    {
      assert_width_at_any_height (widget, MAX (gtk_widget_get_height (widget), height));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_widths (child, height);
  return n;
}

static void
test_sidebar_rows (void)
{
  AsrWindow *window = open_sample ();
  GtkListBox *list = asr_sidebar_get_list_box (window->sidebar);
  guint n_rows = 0, n_checked = 0;
  GtkListBoxRow *row;

  for (; (row = gtk_list_box_get_row_at_index (list, n_rows)) != NULL; n_rows++)
    n_checked += check_widths (GTK_WIDGET (row), 40);
  g_assert_cmpuint (n_rows, ==, 34);
  /* Each row's name and source, beside the score. */
  g_assert_cmpuint (n_checked, >=, n_rows);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The bars above the statement, hidden until there is something to say
 * but measured with the window all the same. */
static void
test_bars (void)
{
  AsrWindow *window = open_sample ();

  g_assert_cmpuint (check_widths (GTK_WIDGET (window->problems_bar), 40), >=, 1);
  g_assert_cmpuint (check_widths (GTK_WIDGET (window->conflict_banner), 40), >=, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_descendants (child, type);
  return n;
}

typedef struct
{
  AsrWindow *window;
  guint      n_evidence;
} Opened;

static gboolean
all_built (gpointer data)
{
  Opened *opened = data;

  return count_descendants (GTK_WIDGET (opened->window->sidebar), GTK_TYPE_LIST_BOX_ROW) == 34 &&
         count_descendants (GTK_WIDGET (opened->window->statement_page),
                            ASR_TYPE_EVIDENCE_ROW) == opened->n_evidence;
}

/* Opening builds the first screenful of the sidebar and of the statement
 * page; the rest comes after the first frame, a slice a frame. */
static void
test_built_after_first_frame (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  Opened opened = { test_new_window (application, NULL, NULL), 0 };
  AsrQualityStatement *first = test_statement_at (assessment, "safe", 0);
  guint n_rows;

  opened.n_evidence = g_list_model_get_n_items (asr_quality_statement_get_evidence (first));
  g_assert_cmpuint (opened.n_evidence, >, 0);
  test_spin ();

  /* As File → Open does once the file is read. */
  asr_window_set_document (opened.window, assessment, NULL);
  n_rows = count_descendants (GTK_WIDGET (opened.window->sidebar), GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpuint (n_rows, >=, 14);
  g_assert_cmpuint (n_rows, <=, 16);
  g_assert_cmpuint (count_descendants (GTK_WIDGET (opened.window->statement_page),
                                       ASR_TYPE_EVIDENCE_ROW), ==, 0);
  g_assert_true (asr_window_get_statement (opened.window) == first);
  g_assert_nonnull (gtk_list_box_get_selected_row (GTK_LIST_BOX (test_find_descendant (GTK_WIDGET (opened.window->sidebar),
                                                                                     GTK_TYPE_LIST_BOX))));

  test_wait_for (all_built, &opened);
  gtk_window_destroy (GTK_WINDOW (opened.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/opening/sidebar-rows", test_sidebar_rows);
  g_test_add_func ("/opening/bars", test_bars);
  g_test_add_func ("/opening/built-after-first-frame", test_built_after_first_frame);
  return g_test_run ();
}
