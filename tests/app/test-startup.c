/* test-startup.c: what the window builds for its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cold start is measured against a bare libadwaita window (issue 10;
 * the time itself is tests/bench/bench-startup.sh).  What the first frame
 * does not show is built when first shown, and works then: the statement
 * page's "No Quality Statement Selected" status page (its SVG icon loads
 * librsvg), the view switcher bar of a narrow window, the problems bar
 * (test-open-problems.c) and the undo history of a new window's empty
 * document, which opening a file replaces unseen.  The Source rows
 * the first frame does show answer GTK 4.8's question for their width at
 * a height without a search over widths (asr-check-row.c).
 */
#include "config.h"

#include <adwaita.h>

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

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_status_page_built_when_shown (void)
{
  AsrWindow *window = open_sample ();
  GtkWidget *page = GTK_WIDGET (window->statement_page);
  GtkWidget *status;

  g_assert_nonnull (asr_statement_page_get_statement (window->statement_page));
  g_assert_null (test_find_descendant (page, ADW_TYPE_STATUS_PAGE));

  asr_statement_page_set_statement (window->statement_page, NULL);
  test_wait_for (test_is_mapped, page);
  status = test_find_descendant (page, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  test_wait_for (test_is_mapped, status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "No Quality Statement Selected");
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status)), ==,
                   "document-edit-symbolic");
  test_render_light_dark (page, "statement-page-empty");

  /* Built once: shown again, it is the same page. */
  asr_statement_page_set_statement (window->statement_page,
                                    test_statement_at (window->assessment, "safe", 0));
  asr_statement_page_set_statement (window->statement_page, NULL);
  test_spin ();
  g_assert_true (test_find_descendant (page, ADW_TYPE_STATUS_PAGE) == status);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
bar_revealed (gpointer data)
{
  AsrWindow *window = data;

  return window->switcher_bar != NULL && adw_view_switcher_bar_get_reveal (window->switcher_bar) &&
         test_is_mapped (window->switcher_bar);
}

static gboolean
bar_concealed (gpointer data)
{
  return !adw_view_switcher_bar_get_reveal (ASR_WINDOW (data)->switcher_bar);
}

static void
test_switcher_bar_built_when_narrow (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = test_new_window (application, assessment, NULL);
  GtkWidget *button;

  test_wait_for (test_is_mapped, window);
  test_spin ();
  g_assert_null (window->switcher_bar);
  g_assert_null (test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  gtk_window_destroy (GTK_WINDOW (window));

  window = asr_window_new (application);
  asr_window_set_document (window, assessment, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (bar_revealed, window);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_wait_for_transitions ();
  test_render_light_dark (GTK_WIDGET (window), "window-narrow-switcher-bar");

  /* It switches the views. */
  button = test_find_descendant (GTK_WIDGET (window->switcher_bar), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (button);
  button = gtk_widget_get_next_sibling (button);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  test_click (button);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "summary");

  /* Wide again, the bar hides. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  test_wait_for (bar_concealed, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_file (gpointer window)
{
  return asr_window_get_file (window) != NULL;
}

/* A window opened for a file never makes an undo history for the empty
 * document it starts with (the file's document replaces it unseen); a
 * window shown empty, or whose document is handed out, has one, and it
 * records the first edit. */
static void
test_history_made_when_shown (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"),
                                            "data", "samples", "sample.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsrWindow *window = asr_window_new (application);
  AsrAssessment *assessment;

  g_assert_null (window->history);
  asr_window_open_file (window, file);
  test_wait_for (has_file, window);
  g_assert_nonnull (window->history);
  g_assert_false (asr_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));

  window = test_new_window (application, NULL, NULL);
  g_assert_nonnull (window->history);
  gtk_window_destroy (GTK_WINDOW (window));

  window = asr_window_new (application);
  assessment = asr_window_get_assessment (window);
  g_assert_nonnull (window->history);
  asr_quality_statement_set_score (test_statement_at (assessment, "safe", 0), 3);
  g_assert_true (asr_window_get_modified (window));
  g_assert_true (asr_history_get_can_undo (window->history));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each label of the Source rows, centred or in a horizontal box: asked
 * its width at a height, it answers with its width at any height. */
static void
test_source_rows (void)
{
  AsrWindow *window = open_sample ();
  GtkWidget *not_started = GTK_WIDGET (asr_statement_page_get_source_button (window->statement_page,
                                                                            ASR_SOURCE_NOT_STARTED));
  GtkWidget *row = gtk_widget_get_ancestor (not_started, GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *list = gtk_widget_get_parent (row);
  guint n_rows = 0;

  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *header;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      /* Styled as libadwaita's rows: hovered, it shows it can be clicked. */
      g_assert_true (gtk_widget_has_css_class (row, "activatable"));
      g_assert_true (gtk_widget_has_css_class (header, "header"));

      test_assert_width_at_any_height (header, 40);
      for (GtkWidget *child = gtk_widget_get_first_child (header);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        test_assert_width_at_any_height (child, 40);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 4);

  /* Clicking a row picks its source, as the check button does. */
  row = gtk_widget_get_ancestor (not_started, GTK_TYPE_LIST_BOX_ROW);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpint (asr_quality_statement_get_source (asr_window_get_statement (window)), ==,
                   ASR_SOURCE_NOT_STARTED);
  row = gtk_widget_get_ancestor (GTK_WIDGET (asr_statement_page_get_source_button (window->statement_page,
                                                                                 ASR_SOURCE_NOT_APPLICABLE)),
                                 GTK_TYPE_LIST_BOX_ROW);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpint (asr_quality_statement_get_source (asr_window_get_statement (window)), ==,
                   ASR_SOURCE_NOT_APPLICABLE);
  g_assert_nonnull (find_label (row, "Does not apply to this service: left out of the score of Safe"));
  test_render_light_dark (gtk_widget_get_ancestor (list, ADW_TYPE_PREFERENCES_GROUP), "source-rows");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/startup/status-page-built-when-shown", test_status_page_built_when_shown);
  g_test_add_func ("/startup/switcher-bar-built-when-narrow", test_switcher_bar_built_when_narrow);
  g_test_add_func ("/startup/source-rows", test_source_rows);
  g_test_add_func ("/startup/history-made-when-shown", test_history_made_when_shown);
  return g_test_run ();
}
