/* test-judgement-window.c: an assessment of a judgement framework opens in
 * the window, and every item, the Summary and the Compare page show
 * without a warning or a crash; the item page and the key question's
 * judgement page edit the model through their widgets, and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "asr-history.h"
#include "asr-rating-choice.h"
#include "asr-window-private.h"
#include "judgement-fixture.h"
#include "test-util.h"

static AsrApplication *application;

/* No label under @widget shows a percentage or a score out of 100. */
static void
assert_no_percentage (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    assert_no_percentage (child);
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      if (strchr (text, '%') != NULL || strstr (text, "out of 100") != NULL)
        g_error ("a percentage in a judgement framework: “%s”", text);
    }
}

static void
test_open (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  GListModel *kqs = asr_assessment_get_key_questions (assessment);

  g_assert_true (asr_window_get_assessment (window) == assessment);

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      GListModel *items = asr_key_question_get_statements (kq);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(AsrQualityStatement) item = g_list_model_get_item (items, j);

          asr_window_show_statement (window, item);
          test_spin ();
          g_assert_true (asr_window_get_statement (window) == item);
        }
    }
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  test_spin ();
  test_render_png (GTK_WIDGET (window), "judgement-summary.png");
  adw_view_stack_set_visible_child_name (window->view_stack, "compare");
  test_spin ();
  /* Sidebar, Summary and Compare: judged ratings, no percentage. */
  gtk_widget_set_visible (GTK_WIDGET (window->summary_view), TRUE);
  assert_no_percentage (GTK_WIDGET (window));
  test_render_png (GTK_WIDGET (window), "judgement-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static AsrWindow *
open_window (AsrAssessment *assessment,
             int            width)
{
  AsrWindow *window = asr_window_new (application);

  asr_window_set_document (window, assessment, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  return window;
}

static void
test_item_page (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  AsrWindow *window = open_window (assessment, 1100);
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, "safe");
  AsrQualityStatement *item = asr_key_question_lookup_statement (kq, "s2");
  GtkFlowBox *cards = asr_item_page_get_characteristics (window->item_page);
  AsrRating before = asr_quality_statement_get_rating (item);
  GtkWidget *first;
  guint n_checked = 0;

  asr_window_show_statement (window, item);
  test_spin ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "item");
  g_assert_true (asr_item_page_get_item (window->item_page) == item);

  /* CQC's order of judgement: Good first, then "could it be Outstanding?" */
  first = gtk_widget_get_first_child (GTK_WIDGET (gtk_flow_box_get_child_at_index (cards, 0)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (first))), ==, "Good");
  g_assert_nonnull (gtk_flow_box_get_child_at_index (cards, 3));
  g_assert_null (gtk_flow_box_get_child_at_index (cards, 4));

  /* Source, then an indicative rating, through the widgets; each undoes. */
  gtk_widget_activate (GTK_WIDGET (asr_item_page_get_source_button (window->item_page,
                                                                    ASR_SOURCE_NOT_APPLICABLE)));
  test_spin ();
  g_assert_cmpint (asr_quality_statement_get_source (item), ==, ASR_SOURCE_NOT_APPLICABLE);
  gtk_widget_activate (GTK_WIDGET (asr_item_page_get_source_button (window->item_page,
                                                                    ASR_SOURCE_ASSESSED)));
  test_spin ();
  g_assert_cmpint (asr_quality_statement_get_source (item), ==, ASR_SOURCE_ASSESSED);
  gtk_drop_down_set_selected (asr_item_page_get_rating_choice (window->item_page), 4);
  test_spin ();
  g_assert_cmpint (asr_quality_statement_get_rating (item), ==, ASR_RATING_INADEQUATE);
  g_assert_cmpint (before, !=, ASR_RATING_INADEQUATE);

  asr_history_undo (window->history);
  test_spin ();
  g_assert_cmpint (asr_quality_statement_get_rating (item), ==, before);
  g_assert_cmpint (asr_rating_choice_get_rating (asr_item_page_get_rating_choice (window->item_page)),
                   ==, before);
  asr_history_undo (window->history);
  test_spin ();
  g_assert_cmpint (asr_quality_statement_get_source (item), ==, ASR_SOURCE_NOT_APPLICABLE);
  g_assert_true (gtk_check_button_get_active (asr_item_page_get_source_button (window->item_page,
                                                                               ASR_SOURCE_NOT_APPLICABLE)));

  /* Notes typed on the item page reach the item, and undo. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (asr_item_page_get_notes_view (window->item_page));
    GtkTextIter end;

    asr_history_close_step (window->history);
    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, "Falls risk reviewed monthly.", -1);
    test_spin ();
    g_assert_cmpstr (asr_quality_statement_get_notes (item), ==, "Falls risk reviewed monthly.");
    asr_history_undo (window->history);
    test_spin ();
    g_assert_cmpstr (asr_quality_statement_get_notes (item), ==, "");
  }

  assert_no_percentage (GTK_WIDGET (window->editor_stack));
  test_check_accessible (GTK_WIDGET (window->item_page), &n_checked);
  g_assert_cmpuint (n_checked, >, 0);
  test_render_light_dark (GTK_WIDGET (window), "judgement-item-page");
  /* The whole page, below the fold too. */
  test_render_png (gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (
                     GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (window->item_page)))))),
                   "judgement-item-page-full.png");
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (assessment, 360);
  asr_window_show_statement (window, item);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "judgement-item-page-narrow.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
type_rationale (AsrWindow  *window,
                const char *text)
{
  GtkTextView *view = asr_judgement_page_get_rationale_view (window->judgement_page);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  test_spin ();
}

static void
test_judgement_page (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  AsrWindow *window = open_window (assessment, 1100);
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, "effective");
  GtkDropDown *choice;
  GtkLabel *problem;
  guint n_checked = 0;

  /* From the Summary card, as a user gets there. */
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  test_spin ();
  g_signal_emit_by_name (_asr_window_get_summary_view (window), "key-question-activated", kq);
  test_spin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "statement");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "judgement");
  g_assert_true (asr_judgement_page_get_key_question (window->judgement_page) == kq);
  g_assert_cmpuint (g_list_model_get_n_items (asr_key_question_get_statements (kq)), >, 0);
  g_assert_nonnull (gtk_list_box_get_row_at_index (asr_judgement_page_get_items_list (window->judgement_page), 0));
  choice = asr_judgement_page_get_rating_choice (window->judgement_page);
  problem = asr_judgement_page_get_problem_label (window->judgement_page);

  /* A rating without a rationale is a problem, and not in the model. */
  type_rationale (window, "");
  gtk_drop_down_set_selected (choice, 3);
  test_spin ();
  g_assert_cmpint (asr_key_question_get_judgement_rating (kq), ==, ASR_RATING_NONE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (problem)));
  test_render_light_dark (GTK_WIDGET (window), "judgement-page-problem");

  type_rationale (window, "Care plans follow national guidance throughout.");
  g_assert_cmpint (asr_key_question_get_judgement_rating (kq), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (asr_key_question_get_judgement_rationale (kq), ==,
                   "Care plans follow national guidance throughout.");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (problem)));
  g_assert_nonnull (strstr (gtk_label_get_label (asr_judgement_page_get_result_label (window->judgement_page)),
                            "Requires improvement"));

  /* Undo goes back through the window's history. */
  asr_history_close_step (window->history);
  gtk_drop_down_set_selected (choice, 2);
  test_spin ();
  g_assert_cmpint (asr_key_question_get_judgement_rating (kq), ==, ASR_RATING_GOOD);
  asr_history_undo (window->history);
  test_spin ();
  g_assert_cmpint (asr_key_question_get_judgement_rating (kq), ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_rating_choice_get_rating (choice), ==, ASR_RATING_REQUIRES_IMPROVEMENT);

  assert_no_percentage (GTK_WIDGET (window->editor_stack));
  test_check_accessible (GTK_WIDGET (window->judgement_page), &n_checked);
  g_assert_cmpuint (n_checked, >, 0);
  test_render_light_dark (GTK_WIDGET (window), "judgement-page");
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (assessment, 360);
  asr_window_show_judgement (window, kq);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "judgement-page-narrow.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a visible label under @widget reads @text. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* The sidebar and the Summary show judged ratings and items' indicative
 * ratings, and follow an edit; a key question header opens its
 * judgement page. */
static void
test_sidebar_summary (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  AsrWindow *window = open_window (assessment, 1100);
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, "caring");
  g_autoptr(AsrQualityStatement) item =
    g_list_model_get_item (asr_key_question_get_statements (kq), 0);
  g_autoptr(GError) error = NULL;

  asr_quality_statement_set_source (item, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_rating (item, ASR_RATING_REQUIRES_IMPROVEMENT);
  test_spin ();
  g_assert_true (has_label (GTK_WIDGET (window->sidebar), "Assessed · indicative Requires improvement"));
  g_assert_true (has_label (GTK_WIDGET (window->sidebar), "Not judged yet · 1 of 1 assessed"));

  g_assert_true (asr_key_question_set_judgement (kq, ASR_RATING_GOOD, "Kind staff.", &error));
  g_assert_no_error (error);
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  test_spin ();
  g_assert_true (has_label (GTK_WIDGET (window->sidebar), "Judged · 1 of 1 assessed"));
  g_assert_true (has_label (GTK_WIDGET (window->summary_view), "1 of 1 item assessed"));
  g_assert_false (has_label (GTK_WIDGET (window->summary_view), "Rating Override"));
  g_assert_true (has_label (GTK_WIDGET (window->summary_view),
                            "Judged Good in the round from the evidence, without a score."));

  g_action_group_activate_action (G_ACTION_GROUP (window), "judge", g_variant_new_string ("caring"));
  test_spin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "statement");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "judgement");
  g_assert_true (asr_judgement_page_get_key_question (window->judgement_page) == kq);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* The window that opens @path as the command line does; mapped. */
static AsrWindow *
open_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsrWindow *window;

  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (application)));
  asr_application_open_file (application, file);
  window = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  test_wait_for (is_visible, window);
  test_wait_for (test_is_mapped, window);
  return window;
}

/* The item and judgement pages serve judgement frameworks only: a window
 * opened on the SAF sample shows its first frame without building them
 * (issue 10: start-up). */
static void
test_saf_builds_no_judgement_pages (void)
{
  const char *root = g_getenv ("ASSESSOR_SOURCE_ROOT");
  g_autofree char *path = NULL;
  AsrWindow *window;

  if (root == NULL)
    {
      g_test_skip ("ASSESSOR_SOURCE_ROOT is not set");
      return;
    }
  path = g_build_filename (root, "data", "samples", "sample.assessment", NULL);
  window = open_file (path);
  g_assert_nonnull (asr_window_get_statement (window));
  g_assert_null (test_find_descendant (GTK_WIDGET (window), ASR_TYPE_ITEM_PAGE));
  g_assert_null (test_find_descendant (GTK_WIDGET (window), ASR_TYPE_JUDGEMENT_PAGE));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opened after start, a judgement framework's document builds the item
 * page for its first item, and the judgement page when a key question's
 * judgement is first asked for; each shows at once, filled. */
static void
test_pages_built_on_first_use (void)
{
  g_autofree char *path = g_build_filename (JUDGEMENT_DIR, "judged.assessment", NULL);
  AsrWindow *window;
  AsrQualityStatement *item;
  AsrKeyQuestion *kq;
  GtkWidget *page;

  judgement_fixture_framework ();   /* registered: the file names it */
  window = open_file (path);
  item = asr_window_get_statement (window);
  g_assert_nonnull (item);
  page = test_find_descendant (GTK_WIDGET (window), ASR_TYPE_ITEM_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (asr_item_page_get_item (ASR_ITEM_PAGE (page)) == item);
  g_assert_null (test_find_descendant (GTK_WIDGET (window), ASR_TYPE_JUDGEMENT_PAGE));

  kq = asr_quality_statement_get_key_question (item);
  g_action_group_activate_action (G_ACTION_GROUP (window), "judge",
                                  g_variant_new_string (asr_key_question_get_id (kq)));
  test_wait_for (is_visible, window);
  page = test_find_descendant (GTK_WIDGET (window), ASR_TYPE_JUDGEMENT_PAGE);
  g_assert_nonnull (page);
  test_wait_for (test_is_mapped, page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "judgement");
  g_assert_true (asr_judgement_page_get_key_question (ASR_JUDGEMENT_PAGE (page)) == kq);
  g_assert_nonnull (gtk_list_box_get_row_at_index (
                      asr_judgement_page_get_items_list (ASR_JUDGEMENT_PAGE (page)), 0));

  /* An item picked on the judgement page opens on the item page. */
  g_signal_emit_by_name (page, "item-activated", item);
  test_spin ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->editor_stack), ==, "item");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);
  g_test_add_func ("/judgement-window/open", test_open);
  g_test_add_func ("/judgement-window/item-page", test_item_page);
  g_test_add_func ("/judgement-window/judgement-page", test_judgement_page);
  g_test_add_func ("/judgement-window/sidebar-summary", test_sidebar_summary);
  g_test_add_func ("/judgement-window/saf-builds-no-judgement-pages",
                   test_saf_builds_no_judgement_pages);
  g_test_add_func ("/judgement-window/pages-built-on-first-use", test_pages_built_on_first_use);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
