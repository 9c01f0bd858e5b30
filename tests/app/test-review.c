/* test-review.c: review comments on the statement page and the Review panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "asr-review-panel.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Adding a comment on the page: by the name in Preferences, dated today;
 * resolving with its button; both undone by the window's Undo. */
static void
test_comment_thread (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AsrQualityStatement *statement = asr_assessment_lookup_statement (assessment, "safe", "safeguarding");
  GListModel *comments = asr_quality_statement_get_comments (statement);
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrCommentThread *thread;
  GtkListBox *list;
  g_autoptr(AsrComment) comment = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint n_checked = 0;

  g_settings_set_string (settings, "assessor-name", "R. Reviewer");
  asr_window_show_statement (window, statement);
  thread = asr_statement_page_get_comment_thread (window->statement_page);
  list = asr_comment_thread_get_list (thread);
  g_assert_cmpuint (count_rows (list), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (asr_comment_thread_get_entry (thread)), "Which audit?");
  g_signal_emit_by_name (asr_comment_thread_get_entry (thread), "activate");
  test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 1);
  comment = g_list_model_get_item (comments, 0);
  g_assert_cmpstr (asr_comment_get_author (comment), ==, "R. Reviewer");
  g_assert_cmpstr (asr_comment_get_date (comment), ==, today);
  g_assert_cmpstr (asr_comment_get_text (comment), ==, "Which audit?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (asr_comment_thread_get_entry (thread))), ==, "");
  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_true (asr_quality_statement_has_open_comments (statement));

  test_click (find_button (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
  test_spin ();
  g_assert_true (asr_comment_get_resolved (comment));
  g_assert_cmpuint (asr_assessment_count_open_comments (assessment), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (asr_comment_get_resolved (comment));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (comments), ==, 0);
  g_assert_cmpuint (count_rows (list), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  test_spin ();
  g_assert_cmpuint (count_rows (list), ==, 1);

  test_check_accessible (GTK_WIDGET (thread), &n_checked);
  g_assert_cmpuint (n_checked, >=, 1);
  gtk_test_accessible_assert_property (asr_comment_thread_get_entry (thread),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "New review comment");
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Review comments");
  g_settings_reset (settings, "assessor-name");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_threads (GtkWidget *widget,
                 GPtrArray *out)
{
  if (ASR_IS_COMMENT_THREAD (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_threads (child, out);
}

/* Each key question's Summary card has the thread of the key question. */
static void
test_key_question_thread (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = test_new_window (application, assessment, NULL);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  GListModel *caring = asr_key_question_get_comments (asr_assessment_lookup_key_question (assessment, "caring"));
  g_autoptr(AsrComment) comment = NULL;

  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  test_spin ();
  collect_threads (GTK_WIDGET (_asr_window_get_summary_view (window)), threads);
  g_assert_cmpuint (threads->len, ==, 5);
  /* Cards are in CQC order: Caring is the third. */
  gtk_editable_set_text (GTK_EDITABLE (asr_comment_thread_get_entry (g_ptr_array_index (threads, 2))),
                         "Is Good right here?");
  g_signal_emit_by_name (asr_comment_thread_get_entry (g_ptr_array_index (threads, 2)), "activate");
  g_assert_cmpuint (g_list_model_get_n_items (caring), ==, 1);
  comment = g_list_model_get_item (caring, 0);
  g_assert_cmpstr (asr_comment_get_text (comment), ==, "Is Good right here?");
  g_assert_cmpuint (asr_assessment_count_open_comments (assessment), ==, 1);
  test_render_png (GTK_WIDGET (window), "summary-comments.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (caring), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static AsrReviewPanel *
open_panel (AsrWindow *window)
{
  AsrReviewPanel *panel;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL);
  panel = g_object_get_data (G_OBJECT (window), "asr-review-panel");
  g_assert_nonnull (panel);
  test_wait_for (test_is_mapped, panel);
  return panel;
}

typedef struct
{
  GtkListBox *list;
  guint       n;
} RowCount;

static gboolean
has_rows (gpointer data)
{
  RowCount *count = data;

  return count_rows (count->list) == count->n;
}

/* The panel lists the sample's findings, follows a change, and a finding
 * shows its statement when activated. */
static void
test_review_panel (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrReviewPanel *panel = open_panel (window);
  GtkListBox *list = asr_review_panel_get_list (panel);
  AsrReviewSettings settings;
  g_autoptr(GPtrArray) findings = NULL;
  AsrQualityStatement *statement = asr_assessment_lookup_statement (assessment, "safe", "safeguarding");
  RowCount count = { list, 0 };
  guint n_checked = 0;

  asr_review_settings_init (&settings);
  findings = asr_review_run (assessment, &settings);
  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (count_rows (list), ==, findings->len);

  /* A change reruns the checks: notes emptied under a score. */
  asr_quality_statement_set_notes (statement, "");
  count.n = findings->len + 1;
  test_wait_for (has_rows, &count);

  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (asr_window_get_statement (window) ==
                 asr_assessment_lookup_statement (assessment, "safe", "safeguarding"));

  test_check_accessible (GTK_WIDGET (panel), &n_checked);
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Review findings");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_render (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  AsrQualityStatement *statement = asr_assessment_lookup_statement (assessment, "caring", "treating-people-as-individuals");
  g_autoptr(AsrComment) open = asr_comment_new ("R. Reviewer", "2026-10-15", "Which feedback survey is this from? Please name it and its date.", FALSE);
  g_autoptr(AsrComment) done = asr_comment_new ("A. Inspector", "2026-10-16", "Added: the March 2026 relatives' survey.", TRUE);
  AsrWindow *window;
  AsrReviewPanel *panel;
  GtkWidget *page;

  g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (statement)), open);
  g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (statement)), done);
  window = test_new_window (application, assessment, NULL);
  asr_window_show_statement (window, statement);
  test_spin ();
  page = GTK_WIDGET (asr_statement_page_get_comment_thread (window->statement_page));
  test_render_png (page, "comment-thread-light.png");
  panel = open_panel (window);
  test_render_png (GTK_WIDGET (panel), "review-panel-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (page, "comment-thread-dark.png");
  test_render_png (GTK_WIDGET (panel), "review-panel-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (panel), 360, 640);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  test_spin ();
  test_render_png (GTK_WIDGET (panel), "review-panel-360.png");
  test_render_png (GTK_WIDGET (window), "comment-thread-360.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);

  g_test_add_func ("/review/comment-thread", test_comment_thread);
  g_test_add_func ("/review/key-question-thread", test_key_question_thread);
  g_test_add_func ("/review/panel", test_review_panel);
  g_test_add_func ("/review/render", test_render);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
