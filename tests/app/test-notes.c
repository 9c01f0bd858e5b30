/* test-notes.c: notes editors that grow with their text, then scroll
 * inside themselves, with a megabyte of notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A notes view sized to all its text had GTK lay out and draw every line
 * each frame: a megabyte of notes took most of a minute in a test.  These
 * tests use a megabyte and assert what a user sees: the whole note in the
 * editor, a box no taller than the page, typing at the end landing there
 * with the cursor in sight, the word count and undo; and the wheel over
 * the box, as real input from xdotool.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "asr-notes-view.h"
#include "asr-window-private.h"
#include "test-util.h"

#define LINE "People told us staff were kind and knew them well.\n"
#define LINE_WORDS 10
#define PAGE_MARGIN 96

static AsrApplication *application;

/* A window on a new assessment, at @width, showing its first quality
 * statement (@statement). */
static AsrWindow *
new_window (AsrQualityStatement **statement,
            int                   width)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (framework);
  AsrWindow *window = asr_window_new (application);

  asr_window_set_document (window, assessment, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  if (width < 400)
    adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  *statement = asr_window_get_statement (window);
  g_assert_nonnull (*statement);
  test_spin ();
  return window;
}

static char *
make_note (gsize size)
{
  GString *notes = g_string_new (NULL);

  while (notes->len < size)
    g_string_append (notes, LINE);
  return g_string_free (notes, FALSE);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_iter_get_slice (&start, &end);
}

static gboolean
filled (gpointer data)
{
  GtkTextView *view = data;
  g_autofree char *text = buffer_text (view);

  return g_strcmp0 (text, g_object_get_data (G_OBJECT (view), "test-notes")) == 0;
}

static GtkScrolledWindow *
own_scroller (GtkTextView *view)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (view));

  g_assert_true (GTK_IS_SCROLLED_WINDOW (parent));
  return GTK_SCROLLED_WINDOW (parent);
}

static GtkScrolledWindow *
page_scroller (GtkTextView *view)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (own_scroller (view)));

  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (box, GTK_TYPE_SCROLLED_WINDOW));
}

/* The page's visible height, once it has one. */
static int
page_height (GtkTextView *view)
{
  return (int) gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (page_scroller (view)));
}

/* The box has grown to most of the page's height: all but the margin
 * (asr-notes-view.c) that keeps some of the page in sight. */
static gboolean
grown (gpointer data)
{
  GtkTextView *view = data;

  return page_height (view) > PAGE_MARGIN &&
         gtk_widget_get_height (GTK_WIDGET (own_scroller (view))) == page_height (view) - PAGE_MARGIN;
}

/* The cursor's line is in the view's own box, and that part of the box
 * is on the page's screen. */
static gboolean
cursor_in_sight (gpointer data)
{
  GtkTextView *view = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkAdjustment *page = gtk_scrolled_window_get_vadjustment (page_scroller (view));
  GtkWidget *page_child = gtk_scrolled_window_get_child (page_scroller (view));
  GtkTextIter cursor;
  GdkRectangle rect;
  graphene_point_t point;
  double top, bottom;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (view, &cursor, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y,
                                         &rect.x, &rect.y);
  if (rect.y < 0 || rect.y + rect.height > gtk_widget_get_height (GTK_WIDGET (view)))
    return FALSE;
  if (!gtk_widget_compute_point (GTK_WIDGET (view), page_child,
                                 &GRAPHENE_POINT_INIT (0, rect.y), &point))
    return FALSE;
  top = gtk_adjustment_get_value (page);
  bottom = top + gtk_adjustment_get_page_size (page);
  return point.y >= top && point.y + rect.height <= bottom;
}

/* A megabyte of notes: all of it in the editor, in a box no taller than
 * the page; typing at its end lands there, in sight; the count and undo
 * follow. */
static void
test_long_note (void)
{
  g_autofree char *notes = make_note (1024 * 1024);
  g_autofree char *typed = g_strconcat (notes, "Seen at lunch.", NULL);
  guint lines = (guint) (strlen (notes) / strlen (LINE));
  AsrQualityStatement *statement;
  AsrWindow *window = new_window (&statement, 1000);
  GtkTextView *view = asr_statement_page_get_notes_view (window->statement_page);
  int box_height;

  g_object_set_data (G_OBJECT (view), "test-notes", notes);
  asr_quality_statement_set_notes (statement, notes);
  /* Set on the statement shown, it comes into the editor in chunks. */
  g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (view)), <, (int) strlen (notes));
  test_wait_for (filled, view);
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, lines * LINE_WORDS);

  /* Grown to most of the page, not to the megabyte's height. */
  test_wait_for (grown, view);
  box_height = gtk_widget_get_height (GTK_WIDGET (own_scroller (view)));
  g_assert_cmpint (box_height, <=, page_height (view));

  /* Ctrl+End and typing, as the key bindings do them. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_BUFFER_ENDS, 1, FALSE);
  g_signal_emit_by_name (view, "insert-at-cursor", "Seen at lunch.");
  test_wait_for (cursor_in_sight, view);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, typed);
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, lines * LINE_WORDS + 3);

  /* Undo in the field takes the typing back, and only that. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, notes);
  g_assert_true (filled (view));
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, lines * LINE_WORDS);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The whole text shows in the box, which scrolls nothing. */
static gboolean
fits (gpointer data)
{
  GtkScrolledWindow *box = own_scroller (data);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (box);

  return gtk_adjustment_get_upper (adjustment) <= gtk_widget_get_height (GTK_WIDGET (box)) &&
         gtk_widget_get_height (GTK_WIDGET (box)) > 160;
}

/* A short note's box is as tall as its text (at least its least height);
 * it grows line by line, and stops below the page's height. */
static void
test_grow_then_scroll (void)
{
  AsrQualityStatement *statement;
  AsrWindow *window = new_window (&statement, 1000);
  GtkTextView *view = asr_statement_page_get_notes_view (window->statement_page);
  GtkWidget *box = GTK_WIDGET (own_scroller (view));
  g_autofree char *some = make_note (12 * strlen (LINE));
  g_autofree char *many = make_note (400 * strlen (LINE));
  int some_height;

  g_assert_cmpint (gtk_widget_get_height (box), ==, 160);
  asr_quality_statement_set_notes (statement, some);
  test_wait_for (fits, view);
  some_height = gtk_widget_get_height (box);

  asr_quality_statement_set_notes (statement, many);
  g_object_set_data (G_OBJECT (view), "test-notes", many);
  test_wait_for (filled, view);
  test_wait_for (grown, view);
  g_assert_cmpint (gtk_widget_get_height (box), >, some_height);
  g_assert_false (fits (view));

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         from;
} Moved;

static gboolean
moved (gpointer data)
{
  Moved *moved = data;

  return gtk_adjustment_get_value (moved->adjustment) != moved->from;
}

/* One notch of the wheel (X button 4 up, 5 down) with the pointer in the
 * middle of @widget, as real input; waits until @adjustment moves. */
static void
wheel_over (GtkWidget     *widget,
            const char    *button,
            GtkAdjustment *adjustment)
{
  Moved moved_from = { adjustment, gtk_adjustment_get_value (adjustment) };

  test_move_pointer (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
  test_run_xdotool ("click", button, NULL);
  test_wait_for (moved, &moved_from);
}

/* All of @widget is inside its window, as laid out. */
static gboolean
in_sight (gpointer widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, window, &bounds) && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

/* Scrolls the page so that all of @box is in sight (it is shorter than
 * the page by asr-notes-view.c's margin), the pointer can then be over it. */
static void
show_whole (GtkWidget         *box,
            GtkScrolledWindow *page)
{
  graphene_point_t top;

  g_assert_true (gtk_widget_compute_point (box, gtk_scrolled_window_get_child (page),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (page), top.y - PAGE_MARGIN / 2);
  test_wait_for (in_sight, box);
}

/* The wheel over a long note's box scrolls the box; at the box's bottom
 * (top) it scrolls the page on, as nested scrolling does in GNOME's apps,
 * instead of stopping under the pointer. */
static void
test_wheel (void)
{
  g_autofree char *notes = make_note (400 * strlen (LINE));
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;
  GtkWidget *box;
  GtkAdjustment *inner, *page;
  double bottom, page_value;

  if (g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  window = new_window (&statement, 1000);
  view = asr_statement_page_get_notes_view (window->statement_page);
  box = GTK_WIDGET (own_scroller (view));
  inner = gtk_scrolled_window_get_vadjustment (own_scroller (view));
  page = gtk_scrolled_window_get_vadjustment (page_scroller (view));
  g_object_set_data (G_OBJECT (view), "test-notes", notes);
  asr_quality_statement_set_notes (statement, notes);
  test_wait_for (filled, view);
  test_wait_for (grown, view);
  show_whole (box, page_scroller (view));
  page_value = gtk_adjustment_get_value (page);

  /* Inside the note the box scrolls, the page stays. */
  wheel_over (box, "5", inner);
  g_assert_cmpfloat (gtk_adjustment_get_value (page), ==, page_value);

  /* At the box's bottom the page moves on; the box stays at its end. */
  bottom = gtk_adjustment_get_upper (inner) - gtk_adjustment_get_page_size (inner);
  gtk_adjustment_set_value (inner, bottom);
  wheel_over (box, "5", page);
  g_assert_cmpfloat (gtk_adjustment_get_value (page), >, page_value);
  page_value = gtk_adjustment_get_value (page);
  g_assert_cmpfloat (gtk_adjustment_get_value (inner), ==, bottom);

  /* At its top, up moves the page back. */
  gtk_adjustment_set_value (inner, 0);
  wheel_over (box, "4", page);
  g_assert_cmpfloat (gtk_adjustment_get_value (page), <, page_value);
  g_assert_cmpfloat (gtk_adjustment_get_value (inner), ==, 0);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long note as it shows, the cursor at its end (a smaller one than a
 * megabyte: it looks the same and renders three times). */
static void
render (const char *name,
        int         width,
        gboolean    dark)
{
  g_autofree char *notes = make_note (128 * 1024);
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = new_window (&statement, width);
  view = asr_statement_page_get_notes_view (window->statement_page);
  g_object_set_data (G_OBJECT (view), "test-notes", notes);
  asr_quality_statement_set_notes (statement, notes);
  test_wait_for (filled, view);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_signal_emit_by_name (view, "move-cursor", GTK_MOVEMENT_BUFFER_ENDS, 1, FALSE);
  test_wait_for (cursor_in_sight, view);
  test_spin ();
  test_render_png (GTK_WIDGET (window), name);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_render (void)
{
  render ("notes-long.png", 1000, FALSE);
  render ("notes-long-dark.png", 1000, TRUE);
  render ("notes-long-narrow.png", 360, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);
  g_test_add_func ("/notes/long-note", test_long_note);
  g_test_add_func ("/notes/grow-then-scroll", test_grow_then_scroll);
  g_test_add_func ("/notes/wheel", test_wheel);
  g_test_add_func ("/notes/render", test_render);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
