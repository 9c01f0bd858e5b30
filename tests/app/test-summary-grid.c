/* test-summary-grid.c: the Summary's one-screen grid of key questions and
 * their quality statements, through the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cells per key question, a cell following its statement in the model,
 * opening a statement by click and by keyboard (real key events from
 * xdotool, as a user types them), one screen at the default size, no
 * scores in a judgement framework, and the pictures.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "asr-summary-cell.h"
#include "asr-summary-grid.h"
#include "asr-summary-view-private.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

/* The window at its default size (or @width wide) on its Summary page. */
static AsrWindow *
open_summary (AsrAssessment *assessment,
              int            width)
{
  AsrWindow *window = asr_window_new (application);

  asr_window_set_document (window, assessment, NULL);
  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  adw_leaflet_set_visible_child_name (window->leaflet, "content");
  test_wait_for (test_is_mapped, _asr_window_get_summary_view (window));
  return window;
}

static AsrSummaryGrid *
get_grid (AsrWindow *window)
{
  AsrSummaryView *view = _asr_window_get_summary_view (window);

  return ASR_SUMMARY_GRID (asr_summary_view_get_part (view, G_MAXUINT, ASR_SUMMARY_PART_GRID));
}

static AsrSummaryCell *
cell_at (AsrWindow *window,
         guint      key_question,
         guint      position)
{
  GtkWidget *cell = asr_summary_grid_get_cell (get_grid (window), key_question, position);

  g_assert_true (ASR_IS_SUMMARY_CELL (cell));
  return ASR_SUMMARY_CELL (cell);
}

#define assert_label(widget, label) \
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), \
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label)

static void
assert_cells_match_framework (const char *framework_id,
                              guint       expected_total)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment (framework_id);
  AsrWindow *window = open_summary (assessment, 0);
  GListModel *kqs = asr_assessment_get_key_questions (assessment);
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      guint n = asr_key_question_get_n_statements (kq);

      g_assert_cmpuint (asr_summary_grid_get_n_cells (get_grid (window), i), ==, n);
      for (guint j = 0; j < n; j++)
        g_assert_true (asr_summary_cell_get_statement (cell_at (window, i, j)) ==
                       test_statement_at (assessment, asr_key_question_get_id (kq), j));
      total += n;
    }
  g_assert_cmpuint (total, ==, expected_total);
  g_assert_cmpuint (asr_summary_grid_get_n_cells (get_grid (window), g_list_model_get_n_items (kqs)),
                    ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cells (void)
{
  assert_cells_match_framework ("cqc-saf-2024", 34);
  assert_cells_match_framework ("cqc-kloe-asc-2017", 24);
}

/* Every change is checked straight after the model's, without a main
 * loop iteration: the cell reads its statement, it keeps no copy. */
static void
test_live (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = open_summary (assessment, 0);
  AsrQualityStatement *safeguarding = test_statement_at (assessment, "safe", 2);
  AsrSummaryCell *cell = cell_at (window, 0, 2);
  AsrKeyQuestion *safe = asr_quality_statement_get_key_question (safeguarding);

  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "–");
  assert_label (cell, "Safeguarding, not started");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "not-started"));

  asr_quality_statement_set_source (safeguarding, ASR_SOURCE_ASSESSED);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "?");
  assert_label (cell, "Safeguarding, assessed, no score yet, no notes");
  asr_quality_statement_set_score (safeguarding, 3);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "3");
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "");
  assert_label (cell, "Safeguarding, score 3, no notes");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-good"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "not-started"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==,
                   "Safeguarding\nScore 3: evidence shows a good standard");

  asr_quality_statement_set_notes (safeguarding, "Staff knew the procedure.");
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "✎");
  assert_label (cell, "Safeguarding, score 3, with notes");
  asr_quality_statement_set_score (safeguarding, 1);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "1");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-inadequate"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-good"));

  /* Carried forward: the score comes from the key question's previous rating. */
  asr_quality_statement_set_source (safeguarding, ASR_SOURCE_CARRIED_FORWARD);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "?");
  assert_label (cell, "Safeguarding, carried forward, no previous rating, with notes");
  asr_key_question_set_previous_rating (safe, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "2");
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "↻ ✎");
  assert_label (cell, "Safeguarding, score 2, carried forward, with notes");

  asr_quality_statement_set_notes (safeguarding, "");
  asr_quality_statement_set_source (safeguarding, ASR_SOURCE_NOT_APPLICABLE);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "N/A");
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "");
  assert_label (cell, "Safeguarding, not applicable");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "not-applicable"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
cell_not_stale (gpointer cell)
{
  return strstr (asr_summary_cell_get_marks (cell), "⚠") == NULL;
}

static gboolean
cell_stale (gpointer cell)
{
  return !cell_not_stale (cell);
}

/* A cell whose score is carried forward from a rating older than the
 * threshold is marked stale as the sidebar marks it: ⚠ beside ↻, in its
 * accessible name and tooltip, explained by the legend.  The threshold in
 * Preferences and the assessment's date move it. */
static void
test_stale (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();   /* rated 2 March 2023, dated 14 October 2026 */
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AsrWindow *window = open_summary (assessment, 0);
  AsrSummaryCell *cell = cell_at (window, 0, 4);
  AsrSummaryCell *assessed = cell_at (window, 0, 0);

  g_assert_cmpstr (asr_quality_statement_get_id (asr_summary_cell_get_statement (cell)), ==,
                   "safe-environments");
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "↻ ⚠");
  assert_label (cell, "Safe environments, score 3, carried forward, stale, no notes");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==,
                   "Safe environments\nCarried forward: score 3 from the previous rating · stale");
  g_assert_true (cell_not_stale (assessed));
  g_assert_nonnull (strstr (gtk_label_get_label (asr_summary_grid_get_legend (get_grid (window))),
                            "⚠\u00a0stale previous rating"));

  g_settings_set_int (settings, "stale-threshold-years", 5);
  test_wait_for (cell_not_stale, cell);
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "↻");
  assert_label (cell, "Safe environments, score 3, carried forward, no notes");
  g_settings_reset (settings, "stale-threshold-years");
  test_wait_for (cell_stale, cell);

  asr_assessment_set_date (assessment, "2024-03-01");
  test_wait_for (cell_not_stale, cell);
  asr_assessment_set_date (assessment, "2026-10-14");
  test_wait_for (cell_stale, cell);
  /* Assessed now: no longer carried forward, so not stale either. */
  asr_quality_statement_set_source (asr_summary_cell_get_statement (cell), ASR_SOURCE_ASSESSED);
  test_wait_for (cell_not_stale, cell);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The statement page shows @statement, in front. */
static void
assert_statement_shown (AsrWindow           *window,
                        AsrQualityStatement *statement)
{
  g_assert_true (asr_window_get_statement (window) == statement);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "statement");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "statement");
  g_assert_true (asr_statement_page_get_statement (window->statement_page) == statement);
}

static void
test_click_opens (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = open_summary (assessment, 0);

  g_signal_emit_by_name (cell_at (window, 4, 5), "clicked");
  test_spin ();
  assert_statement_shown (window, test_statement_at (assessment, "well-led", 5));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Real key events: xdotool gives the window the X focus and presses @key. */
static void
press (AsrWindow  *window,
       const char *key)
{
  g_autofree char *xid = test_dup_xid (GTK_WINDOW (window));

  test_run_xdotool ("windowfocus", "--sync", xid, "key", key, NULL);
}

typedef struct
{
  AsrWindow *window;
  GtkWidget *widget;
} Expect;

static GtkWidget *
focus_of (AsrWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_is (gpointer data)
{
  Expect *expect = data;

  return focus_of (expect->window) == expect->widget;
}

static gboolean
focus_is_not (gpointer data)
{
  return !focus_is (data);
}

/* Presses @key and waits until the focus is on the cell there. */
static void
press_to (AsrWindow  *window,
          const char *key,
          guint       key_question,
          guint       position)
{
  Expect expect = { window, GTK_WIDGET (cell_at (window, key_question, position)) };

  press (window, key);
  test_wait_for (focus_is, &expect);
}

static gboolean
in_grid (AsrWindow *window)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (get_grid (window)));
}

static gboolean
statement_page_shown (gpointer data)
{
  Expect *expect = data;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (expect->window->view_stack),
                    "statement") == 0;
}

/* Tab into the grid lands on its first cell; arrows, Home and End move;
 * Tab leaves in one step and Shift+Tab comes back to the same cell;
 * Enter opens it. */
static void
test_keyboard (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = open_summary (assessment, 0);
  Expect expect = { window, NULL };
  guint n_tabs = 0;

  if (g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_skip ("xdotool is not installed");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  /* The pointer off the cells: the line under the grid follows the focus. */
  test_move_pointer (GTK_WIDGET (window), 1, 1);
  while (!in_grid (window) && n_tabs++ < 40)
    {
      expect.widget = focus_of (window);
      press (window, "Tab");
      test_wait_for (focus_is_not, &expect);
    }
  g_assert_true (focus_of (window) == GTK_WIDGET (cell_at (window, 0, 0)));
  g_test_message ("%u Tabs to the grid", n_tabs);

  press_to (window, "Right", 0, 1);
  press_to (window, "Down", 1, 1);
  press_to (window, "End", 4, 7);
  press_to (window, "Home", 0, 0);
  press_to (window, "Left", 0, 0);
  press_to (window, "Up", 0, 0);
  press_to (window, "Right", 0, 1);
  press_to (window, "Down", 1, 1);
  press_to (window, "Down", 2, 1);
  press_to (window, "Up", 1, 1);
  /* Up from Well-led's eighth: Responsive's seventh, its last; Right
   * from there goes on to Well-led's first. */
  press_to (window, "End", 4, 7);
  press_to (window, "Up", 3, 6);
  press_to (window, "Right", 4, 0);
  /* The line under the grid names the cell in focus, and follows it. */
  g_assert_cmpstr (gtk_label_get_label (asr_summary_grid_get_detail (get_grid (window))), ==,
                   "Shared direction and culture\nNot started");
  asr_quality_statement_set_source (test_statement_at (assessment, "well-led", 0), ASR_SOURCE_NOT_APPLICABLE);
  g_assert_cmpstr (gtk_label_get_label (asr_summary_grid_get_detail (get_grid (window))), ==,
                   "Shared direction and culture\nNot applicable");
  test_render_png (GTK_WIDGET (window), "summary-grid-keyboard.png");

  expect.widget = focus_of (window);
  press (window, "Tab");
  test_wait_for (focus_is_not, &expect);
  g_assert_false (in_grid (window));
  press_to (window, "shift+Tab", 4, 0);

  press (window, "Return");
  test_wait_for (statement_page_shown, &expect);
  assert_statement_shown (window, test_statement_at (assessment, "well-led", 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
scroller_of (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (scroller);
  return scroller;
}

/* Every cell of the grid lies inside what @scroller shows. */
static void
assert_cells_in_view (AsrWindow *window,
                      GtkWidget *scroller)
{
  AsrSummaryGrid *grid = get_grid (window);
  int width = gtk_widget_get_width (scroller);
  int height = gtk_widget_get_height (scroller);

  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < asr_summary_grid_get_n_cells (grid, i); j++)
      {
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (cell_at (window, i, j)), scroller,
                                                  &bounds));
        g_assert_cmpfloat (bounds.origin.x, >=, 0);
        g_assert_cmpfloat (bounds.origin.y, >=, 0);
        g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
        g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, height);
      }
}

/* At the window's default size the whole grid is on screen as the
 * Summary opens: SAF 2024's 34 cells and KLOE 2017's 24, no scrolling. */
static void
assert_one_screen (AsrAssessment *assessment)
{
  AsrWindow *window = open_summary (assessment, 0);
  GtkWidget *scroller = scroller_of (GTK_WIDGET (get_grid (window)));
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 720);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, height);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  assert_cells_in_view (window, scroller);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_one_screen (void)
{
  g_autoptr(AsrAssessment) sample = test_load_sample ();
  g_autoptr(AsrAssessment) kloe = test_new_assessment ("cqc-kloe-asc-2017");

  assert_one_screen (sample);
  assert_one_screen (kloe);
}

static void
assert_not_ellipsized (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    assert_not_ellipsized (child);
  if (GTK_IS_LABEL (widget))
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))));
}

/* 360 px: the key questions' cells wrap onto more lines, none reaches
 * past the edge, no text is cut short. */
static void
test_narrow (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = open_summary (assessment, 360);
  AsrSummaryGrid *grid = get_grid (window);
  graphene_rect_t first, last;

  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  g_assert_true (gtk_widget_compute_bounds (asr_summary_grid_get_cell (grid, 0, 0),
                                            GTK_WIDGET (grid), &first));
  g_assert_true (gtk_widget_compute_bounds (asr_summary_grid_get_cell (grid, 0, 7),
                                            GTK_WIDGET (grid), &last));
  g_assert_cmpfloat (last.origin.y, >, first.origin.y);
  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < asr_summary_grid_get_n_cells (grid, i); j++)
      {
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (asr_summary_grid_get_cell (grid, i, j),
                                                  GTK_WIDGET (grid), &bounds));
        g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                           gtk_widget_get_width (GTK_WIDGET (grid)));
      }
  assert_not_ellipsized (GTK_WIDGET (grid));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* No visible label under @widget shows a percentage or a digit. */
static void
assert_no_figures (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    assert_no_figures (child);
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      if (strpbrk (text, "%0123456789") != NULL)
        g_error ("a figure in a judgement framework's grid: “%s”", text);
    }
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_assert_null (strpbrk (gtk_widget_get_tooltip_text (widget), "%0123456789"));
}

/* KLOE 2017 is judged: cells show indicative ratings, never a score. */
static void
test_judgement (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-kloe-asc-2017");
  AsrQualityStatement *rated = test_statement_at (assessment, "safe", 0);
  AsrQualityStatement *assessed = test_statement_at (assessment, "safe", 1);
  AsrWindow *window;
  AsrSummaryCell *cell;

  asr_quality_statement_set_source (rated, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_rating (rated, ASR_RATING_GOOD);
  asr_quality_statement_set_notes (rated, "Seen on 3 visits in 2017; 100% of staff trained");
  asr_quality_statement_set_source (assessed, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_source (test_statement_at (assessment, "effective", 0), ASR_SOURCE_NOT_APPLICABLE);
  window = open_summary (assessment, 0);

  cell = cell_at (window, 0, 0);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "G");
  g_assert_cmpstr (asr_summary_cell_get_marks (cell), ==, "✎");
  assert_label (cell, "Safeguarding from abuse, indicative Good, with notes");
  assert_label (cell_at (window, 0, 1), "Risks assessed and managed, assessed, no indicative "
                                        "rating yet, no notes");
  asr_quality_statement_set_rating (rated, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (asr_summary_cell_get_value (cell), ==, "RI");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-requires-improvement"));

  gtk_widget_grab_focus (GTK_WIDGET (cell));
  test_spin ();
  g_assert_nonnull (strstr (gtk_label_get_label (asr_summary_grid_get_detail (get_grid (window))),
                            "Safeguarding from abuse"));
  assert_no_figures (GTK_WIDGET (get_grid (window)));
  test_render_png (GTK_WIDGET (window), "summary-grid-judgement.png");

  g_signal_emit_by_name (cell, "clicked");
  test_spin ();
  g_assert_true (asr_window_get_statement (window) == rated);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "item");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_accessible (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = open_summary (assessment, 0);
  AsrSummaryGrid *grid = get_grid (window);
  guint n_checked = 0;

  test_check_accessible (GTK_WIDGET (grid), &n_checked);
  g_assert_cmpuint (n_checked, ==, 34);
  assert_label (gtk_widget_get_parent (gtk_widget_get_parent (asr_summary_grid_get_cell (grid, 4, 0))),
                "Well-led");
  assert_label (cell_at (window, 4, 0), "Shared direction and culture, not started");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The sample draft, light and dark, at the default size and at 360 px,
 * with a cell in focus. */
static void
test_render (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = open_summary (assessment, 0);

  gtk_widget_grab_focus (GTK_WIDGET (cell_at (window, 0, 2)));
  test_render_light_dark (GTK_WIDGET (window), "summary-grid");
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_summary (assessment, 360);
  test_render_light_dark (GTK_WIDGET (window), "summary-grid-narrow");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/summary-grid/cells", test_cells);
  g_test_add_func ("/summary-grid/live", test_live);
  g_test_add_func ("/summary-grid/stale", test_stale);
  g_test_add_func ("/summary-grid/click-opens", test_click_opens);
  g_test_add_func ("/summary-grid/keyboard", test_keyboard);
  g_test_add_func ("/summary-grid/one-screen", test_one_screen);
  g_test_add_func ("/summary-grid/narrow", test_narrow);
  g_test_add_func ("/summary-grid/judgement", test_judgement);
  g_test_add_func ("/summary-grid/accessible", test_accessible);
  g_test_add_func ("/summary-grid/render", test_render);

  return g_test_run ();
}
