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
#include "asr-paint-buffer.h"
#include "asr-window-private.h"
#include "bench.h"
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
      test_assert_width_at_any_height (widget, MAX (gtk_widget_get_height (widget), height));
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

/* The bars above the statement, hidden until there is something to say,
 * are not built for a document without problems or conflicts: nothing of
 * them is measured with the window (test-open-problems.c shows them). */
static void
test_bars (void)
{
  AsrWindow *window = open_sample ();

  g_assert_null (adw_bin_get_child (ADW_BIN (window->problems_bar)));
  g_assert_null (adw_bin_get_child (ADW_BIN (window->conflict_banner)));
  g_assert_cmpuint (check_widths (GTK_WIDGET (window->problems_bar), 40), ==, 0);
  g_assert_cmpuint (check_widths (GTK_WIDGET (window->conflict_banner), 40), ==, 0);

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

/* A frame is painted (after a document is opened, the document's). */
static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  AsrWindow *window = g_object_get_data (G_OBJECT (clock), "test-window");

  *painted = window == NULL || asr_window_get_file (window) != NULL;
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

/* Runs @repaint on @window; returns the page faults until it is painted. */
static long
faults_painting (GtkWidget *window,
                 void     (*repaint) (GtkWidget *window, gpointer data),
                 gpointer   data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  long before = bench_thread_minor_faults ();

  repaint (window, data);
  test_wait_for (is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
  return bench_thread_minor_faults () - before;
}

static void
queue_draw (GtkWidget *window,
            gpointer   data)
{
  gtk_widget_queue_draw (window);
}

static void
queue_draw_small (GtkWidget *window,
                  gpointer   data)
{
  gtk_widget_queue_draw (test_find_descendant (window, GTK_TYPE_BUTTON));
}

static void
set_document (GtkWidget *window,
              gpointer   file)
{
  asr_window_open_file (ASR_WINDOW (window), file);
}

/* With the cairo renderer on X11, a document's first frame (File → Open),
 * which repaints the whole window, reuses the pages of the shared buffer
 * frames are copied to the X server through: before, cairo let that buffer
 * go once no frame used it, and such a frame made a new one and touched
 * each of its pages, a page fault per 4 KB (687 at 990 × 710; when cairo
 * lets it go depends on when the X server's replies are read, so the
 * bench, build-aux/bench.sh --ui --open-only with BENCH_UI_DIAG, shows
 * it where this test may not). */
static void
test_document_frame_reuses_buffer (void)
{
  g_autoptr(GFile) file = g_file_new_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data",
                                                     "samples", "sample.assessment", NULL);
  AsrWindow *window = asr_window_new (NULL);
  GtkWidget *widget = GTK_WIDGET (window);
  long pages, faults;

  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  if (!asr_paint_buffer_applies (widget))
    {
      g_test_skip ("only the cairo renderer on X11 copies frames through a shared buffer");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  test_spin ();
  g_assert_true (asr_paint_buffer_is_kept (gtk_widget_get_display (widget)));
  pages = (long) gtk_widget_get_width (widget) * gtk_widget_get_height (widget) * 4 / 4096;
  /* The image a frame is painted in comes from the heap once it has
   * grown to hold one (glibc): a second whole frame before the document,
   * then small ones, as a caret or a hover makes. */
  faults_painting (widget, queue_draw, NULL);
  for (guint i = 0; i < 5; i++)
    faults_painting (widget, queue_draw_small, NULL);
  g_object_set_data (G_OBJECT (gtk_widget_get_frame_clock (widget)), "test-window", window);
  faults = faults_painting (widget, set_document, file);
  if (faults >= pages / 4)
    g_error ("the document's first frame at %d × %d took %ld page faults (a new buffer is %ld pages)",
             gtk_widget_get_width (widget), gtk_widget_get_height (widget), faults, pages);
  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add_func ("/opening/document-frame-reuses-buffer", test_document_frame_reuses_buffer);
  return g_test_run ();
}
