/* test-sidebar-filters.c: the sidebar's filters and search in notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each filter of the table through the window's sidebar (the way a user
 * chooses it: the radio button in the menu beside the search field), the
 * stale mark from the comparison's rule, "changed" only with a previous
 * assessment, and a search that matches notes and shows where.
 */
#include "config.h"

#include <adwaita.h>

#include "asr-window-private.h"
#include "asr-sidebar-filters.h"
#include "asr-sidebar-rows.h"
#include "test-util.h"

static AsrApplication *application;

static guint
n_rows (AsrWindow *window)
{
  GtkListBox *list = asr_sidebar_get_list_box (window->sidebar);
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static gboolean
shows (AsrWindow  *window,
       const char *key_question_id,
       const char *statement_id)
{
  AsrAssessment *assessment = asr_window_get_assessment (window);

  return asr_sidebar_get_row (window->sidebar,
                              asr_assessment_lookup_statement (assessment, key_question_id,
                                                               statement_id)) != NULL;
}

static gboolean
shows_one (gpointer window)
{
  return n_rows (window) == 1;
}

/* Chooses @id as a user does: the radio button of the filter menu. */
static void
choose (AsrWindow  *window,
        const char *id)
{
  GtkWidget *toggle = asr_sidebar_get_filter_toggle (window->sidebar, id);

  g_assert_nonnull (toggle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (toggle), TRUE);
  test_spin ();
  g_assert_cmpstr (asr_sidebar_get_filter (window->sidebar), ==, id);
}

static AsrWindow *
open_sample (AsrAssessment *assessment,
             int            width)
{
  AsrWindow *window = asr_window_new (application);

  asr_window_set_document (window, assessment, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  return window;
}

static void
test_filters_predicates (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = open_sample (assessment, 1000);
  GtkListBoxRow *row;

  g_assert_cmpuint (n_rows (window), ==, 34);

  choose (window, "not-started");
  g_assert_cmpuint (n_rows (window), ==, 1);
  g_assert_true (shows (window, "effective", "monitoring-and-improving-outcomes"));

  /* The progress line's "9 without notes": 4 carried forward, 5 assessed. */
  choose (window, "no-notes");
  g_assert_cmpuint (n_rows (window), ==, 9);
  g_assert_true (shows (window, "responsive", "equity-in-experiences-and-outcomes"));
  g_assert_false (shows (window, "responsive", "equity-in-access"));  /* not applicable */

  /* The previous ratings (2 March 2023) are over 2 years before the
   * assessment (14 October 2026): stale, and the row says so. */
  choose (window, "carried-forward");
  g_assert_cmpuint (n_rows (window), ==, 4);
  row = gtk_list_box_get_row_at_index (asr_sidebar_get_list_box (window->sidebar), 0);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Score 3, Carried forward · stale");
  asr_assessment_set_previous_date (assessment, "2025-03-02");
  test_spin ();
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Score 3, Carried forward");
  asr_assessment_set_previous_date (assessment, "2023-03-02");
  test_spin ();
  /* The assessment's own date moves it too, as in the Summary grid. */
  asr_assessment_set_date (assessment, "2024-03-01");
  test_spin ();
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Score 3, Carried forward");
  asr_assessment_set_date (assessment, "2026-10-14");
  test_spin ();
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Score 3, Carried forward · stale");

  /* Open comments: a statement with a comment not resolved. */
  {
    AsrQualityStatement *commented = asr_assessment_lookup_statement (assessment, "caring", "kindness-compassion-and-dignity");
    g_autoptr(AsrComment) comment = asr_comment_new ("R. Reviewer", "2026-10-15", "Which observation?", FALSE);

    g_assert_nonnull (commented);
    g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (commented)), comment);
    choose (window, "open-comments");
    g_assert_cmpuint (n_rows (window), ==, 1);
    g_assert_true (shows (window, "caring", "kindness-compassion-and-dignity"));
    asr_comment_set_resolved (comment, TRUE);
    choose (window, "carried-forward");
    choose (window, "open-comments");
    g_assert_cmpuint (n_rows (window), ==, 0);
    choose (window, "carried-forward");
  }

  test_render_png (GTK_WIDGET (window), "sidebar-filter-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "sidebar-filter-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Opening a statement the filter hides shows every statement again. */
  asr_window_show_statement (window, asr_assessment_lookup_statement (assessment, "safe",
                                                                      "learning-culture"));
  test_spin ();
  g_assert_cmpstr (asr_sidebar_get_filter (window->sidebar), ==, "all");
  g_assert_cmpuint (n_rows (window), ==, 34);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a previous assessment "changed" is off and says why. */
static void
test_filter_changed (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autoptr(AsrAssessment) previous = asr_assessment_snapshot (assessment);
  AsrWindow *window = open_sample (assessment, 1000);
  GtkWidget *toggle = asr_sidebar_get_filter_toggle (window->sidebar, "changed");
  g_autofree char *tooltip = NULL;

  g_assert_false (gtk_widget_get_sensitive (toggle));
  tooltip = g_strdup (gtk_widget_get_tooltip_text (toggle));
  g_assert_nonnull (strstr (tooltip, "Compare With Assessment"));
  g_assert_false (asr_sidebar_set_filter (window->sidebar, "changed"));
  g_assert_cmpstr (asr_sidebar_get_filter (window->sidebar), ==, "all");

  asr_sidebar_set_baseline (window->sidebar, previous);
  g_assert_true (gtk_widget_get_sensitive (toggle));
  g_assert_null (gtk_widget_get_tooltip_text (toggle));
  choose (window, "changed");
  g_assert_cmpuint (n_rows (window), ==, 0);

  asr_quality_statement_set_score (asr_assessment_lookup_statement (assessment, "safe",
                                                                    "learning-culture"), 1);
  choose (window, "all");
  choose (window, "changed");
  g_assert_cmpuint (n_rows (window), ==, 1);
  g_assert_true (shows (window, "safe", "learning-culture"));

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The search matches notes and shows the matching words under the name. */
static void
test_search_notes (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = open_sample (assessment, 360);
  GtkEditable *entry = asr_sidebar_get_search_entry (window->sidebar);
  GtkListBoxRow *row;
  guint n_checked = 0;

  gtk_editable_set_text (entry, "ELECTRONIC system");
  test_wait_for (shows_one, window);
  row = asr_sidebar_get_row (window->sidebar,
                             asr_assessment_lookup_statement (assessment, "safe",
                                                              "learning-culture"));
  g_assert_nonnull (row);
  g_assert_cmpstr (asr_sidebar_row_get_snippet (row), ==,
                   "…incidents through the electronic system and knew how to use it. Managers…");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Score 3, Assessed. Notes: …incidents through the "
                                       "electronic system and knew how to use it. Managers…");

  /* A filter and a search together: both must hold. */
  choose (window, "not-started");
  g_assert_cmpuint (n_rows (window), ==, 0);
  choose (window, "all");

  test_render_png (GTK_WIDGET (window), "sidebar-search-narrow.png");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);

  /* A match in the name needs no snippet. */
  gtk_editable_set_text (entry, "learning culture");
  test_wait_for (shows_one, window);
  row = asr_sidebar_get_row (window->sidebar,
                             asr_assessment_lookup_statement (assessment, "safe",
                                                              "learning-culture"));
  g_assert_nonnull (row);
  g_assert_null (asr_sidebar_row_get_snippet (row));

  test_check_accessible (GTK_WIDGET (window->sidebar), &n_checked);
  g_assert_cmpuint (n_checked, ==, 2);  /* the search field and the filter button */
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The filter choice is reachable by keyboard: Shift+Tab from the search
 * field reaches the menu button (Tab goes on to the list, as before),
 * activating it opens the radio buttons. */
static void
test_filter_keyboard (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = open_sample (assessment, 1000);
  GtkWidget *button = GTK_WIDGET (asr_sidebar_get_filter_button (window->sidebar));
  GtkPopover *popover;

  asr_sidebar_focus_search (window->sidebar);
  test_spin ();
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  g_assert_true (gtk_widget_is_focus (button) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), button));
  gtk_widget_activate (button);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  test_wait_for (test_is_mapped, popover);
  gtk_widget_activate (asr_sidebar_get_filter_toggle (window->sidebar, "not-started"));
  test_spin ();
  g_assert_cmpstr (asr_sidebar_get_filter (window->sidebar), ==, "not-started");
  gtk_popover_popdown (popover);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Unit level: the snippet keeps whole words and escapes markup. */
static void
test_snippet (void)
{
  g_autofree char *q = asr_sidebar_fold ("ÉTÉ");
  g_autofree char *s = asr_sidebar_notes_snippet ("Un été <chaud> & sec", q);
  g_autofree char *none = asr_sidebar_notes_snippet ("nothing here", q);

  g_assert_cmpstr (s, ==, "Un <b>été</b> &lt;chaud&gt; &amp; sec");
  g_assert_null (none);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/sidebar/snippet", test_snippet);
  g_test_add_func ("/sidebar/filters", test_filters_predicates);
  g_test_add_func ("/sidebar/changed", test_filter_changed);
  g_test_add_func ("/sidebar/search-notes", test_search_notes);
  g_test_add_func ("/sidebar/keyboard", test_filter_keyboard);
  return g_test_run ();
}
