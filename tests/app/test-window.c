/* test-window.c: the editor window, through its real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "asr-evidence-row.h"
#include "asr-score-picker.h"
#include "asr-sidebar-rows.h"
#include "asr-summary-view-private.h"
#include "asr-window-private.h"
#include "test-util.h"

#define OVERALL G_MAXUINT

static AsrApplication *application;

/* Scores a key question's statements in order; 0 leaves one not started. */
static void
score_key_question (AsrAssessment *assessment,
                    const char    *key_question_id,
                    const int     *scores,
                    guint          n_scores)
{
  for (guint i = 0; i < n_scores; i++)
    {
      AsrQualityStatement *statement = test_statement_at (assessment, key_question_id, i);

      if (scores[i] == 0)
        continue;
      asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
      asr_quality_statement_set_score (statement, scores[i]);
    }
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s|", gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/* Everything the sidebar's header of @key_question_id says. */
static char *
sidebar_header_text (AsrWindow  *window,
                     const char *key_question_id)
{
  AsrQualityStatement *first = test_statement_at (window->assessment, key_question_id, 0);
  GtkListBoxRow *row = asr_sidebar_get_row (window->sidebar, first);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (row);
  g_assert_nonnull (gtk_list_box_row_get_header (row));
  collect_text (gtk_list_box_row_get_header (row), text);
  return g_string_free (text, FALSE);
}

static char *
sidebar_row_text (AsrWindow           *window,
                  AsrQualityStatement *statement)
{
  GtkListBoxRow *row = asr_sidebar_get_row (window->sidebar, statement);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (row);
  collect_text (GTK_WIDGET (row), text);
  return g_string_free (text, FALSE);
}

static const char *
summary_label (AsrWindow      *window,
               guint           position,
               AsrSummaryPart  part)
{
  GtkWidget *label = asr_summary_view_get_part (_asr_window_get_summary_view (window), position, part);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static GtkWidget *
find_message_dialog (AsrWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

static gboolean
has_message_dialog (gpointer window)
{
  return find_message_dialog (window) != NULL;
}

static void
test_templates (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 0);
  g_autoptr(AsrEvidence) evidence =
    g_list_model_get_item (asr_quality_statement_get_evidence (statement), 0);
  GtkWidget *sidebar = asr_sidebar_new ();
  GtkWidget *page = asr_statement_page_new ();
  GtkWidget *shortcuts;
  AsrWindow *main_window;

  asr_sidebar_set_assessment (ASR_SIDEBAR (sidebar), assessment);
  asr_statement_page_set_statement (ASR_STATEMENT_PAGE (page), statement);
  gtk_list_box_append (GTK_LIST_BOX (list),
                       asr_evidence_row_new (evidence, asr_assessment_get_framework (assessment),
                                             asr_quality_statement_get_name (statement)));
  gtk_box_append (GTK_BOX (box), sidebar);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), asr_score_picker_new ());
  gtk_box_append (GTK_BOX (box), list);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, page);
  gtk_window_destroy (GTK_WINDOW (window));

  main_window = test_new_window (application, NULL, NULL);
  g_assert_nonnull (asr_window_get_statement (main_window));
  /* The Keyboard Shortcuts window is built when first asked for, and
   * shown again (not built again) after closing. */
  g_assert_null (main_window->help_overlay);
  g_action_group_activate_action (G_ACTION_GROUP (main_window), "show-help-overlay", NULL);
  shortcuts = GTK_WIDGET (main_window->help_overlay);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  test_wait_for (test_is_mapped, shortcuts);
  gtk_window_close (GTK_WINDOW (shortcuts));
  test_spin ();
  g_assert_false (gtk_widget_get_mapped (shortcuts));
  g_action_group_activate_action (G_ACTION_GROUP (main_window), "show-help-overlay", NULL);
  g_assert_true (GTK_WIDGET (main_window->help_overlay) == shortcuts);
  test_wait_for (test_is_mapped, shortcuts);

  gtk_window_destroy (GTK_WINDOW (main_window));
}

static void
test_about (void)
{
  AsrWindow *window = test_new_window (application, NULL, NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);
  test_spin ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && !about; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }
  g_assert_nonnull (about);
  test_wait_for (test_is_mapped, about);
  gtk_window_destroy (about);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Safe: 2,2,2,2,2,3,3 and one not started = 16/28 = 57, Requires
 * improvement; with Responsive also Requires improvement the overall is
 * Requires improvement.  Scoring the last Safe statement 4 gives 20/32 =
 * 62.5 → 63 (half up), Good, and the overall becomes Good. */
static AsrAssessment *
new_scored_assessment (void)
{
  AsrAssessment *assessment = test_new_assessment ("cqc-saf-2024");
  const int safe[] = { 2, 2, 2, 2, 2, 3, 3, 0 };
  const int good[] = { 3, 3, 3, 3, 3, 3, 3, 3 };
  const int ri[] = { 2, 2, 2, 2, 2, 2, 2 };

  score_key_question (assessment, "safe", safe, G_N_ELEMENTS (safe));
  score_key_question (assessment, "effective", good, 6);
  score_key_question (assessment, "caring", good, 5);
  score_key_question (assessment, "responsive", ri, 7);
  score_key_question (assessment, "well-led", good, 8);
  return assessment;
}

static void
test_score_updates_views (void)
{
  g_autoptr(AsrAssessment) assessment = new_scored_assessment ();
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 7);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *row = NULL;

  asr_window_show_statement (window, statement);
  test_spin ();
  before = sidebar_header_text (window, "safe");
  g_assert_nonnull (strstr (before, "57 out of 100"));
  g_assert_nonnull (strstr (before, "Requires improvement"));
  g_assert_cmpstr (summary_label (window, 0, ASR_SUMMARY_PART_PERCENTAGE), ==, "57 out of 100");
  g_assert_cmpstr (summary_label (window, OVERALL, ASR_SUMMARY_PART_RATING), ==,
                   "Requires improvement");

  test_click (asr_score_picker_get_button (picker, 4));

  /* The same main-loop iteration: no copy to bring up to date. */
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 4);
  g_assert_cmpint (asr_quality_statement_get_source (statement), ==, ASR_SOURCE_ASSESSED);
  after = sidebar_header_text (window, "safe");
  g_assert_nonnull (strstr (after, "63 out of 100 · 8 of 8 scored"));
  g_assert_nonnull (strstr (after, "Good"));
  row = sidebar_row_text (window, statement);
  g_assert_nonnull (strstr (row, "Assessed|4|"));
  g_assert_cmpstr (summary_label (window, 0, ASR_SUMMARY_PART_PERCENTAGE), ==, "63 out of 100");
  g_assert_cmpstr (summary_label (window, 0, ASR_SUMMARY_PART_RATING), ==, "Good");
  g_assert_cmpstr (summary_label (window, OVERALL, ASR_SUMMARY_PART_RATING), ==, "Good");
  g_assert_true (asr_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_carried_forward (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *safe = test_statement_at (assessment, "safe", 0);
  AsrQualityStatement *effective = test_statement_at (assessment, "effective", 0);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  GtkLabel *score_label = asr_statement_page_get_score_label (window->statement_page);
  g_autofree char *row = NULL;

  asr_key_question_set_previous_rating (asr_assessment_lookup_key_question (assessment, "safe"),
                                        ASR_RATING_GOOD);
  asr_window_show_statement (window, safe);
  gtk_widget_activate (GTK_WIDGET (asr_statement_page_get_source_button (window->statement_page,
                                                                        ASR_SOURCE_CARRIED_FORWARD)));

  g_assert_cmpint (asr_quality_statement_get_source (safe), ==, ASR_SOURCE_CARRIED_FORWARD);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (asr_score_picker_get_button (picker, 3))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (picker)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (score_label),
                                   "3 — evidence shows a good standard, carried forward"));
  row = sidebar_row_text (window, safe);
  g_assert_nonnull (strstr (row, "Carried forward|3|"));

  /* No previous rating: a warning, not a silent zero. */
  asr_window_show_statement (window, effective);
  gtk_widget_activate (GTK_WIDGET (asr_statement_page_get_source_button (window->statement_page,
                                                                        ASR_SOURCE_CARRIED_FORWARD)));
  g_assert_nonnull (strstr (gtk_label_get_label (score_label), "Effective has no previous rating"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (score_label), "warning"));
  for (int score = 1; score <= 4; score++)
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (asr_score_picker_get_button (picker, score))));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the legacy framework the evidence categories drive the score. */
static void
test_legacy (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2023");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "caring", 0);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  AdwPreferencesGroup *group = asr_statement_page_get_evidence_group (window->statement_page);
  AsrEvidenceRow *row;

  asr_window_show_statement (window, statement);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (picker)));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "drive"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 3);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 0);

  gtk_widget_activate (GTK_WIDGET (asr_statement_page_get_source_button (window->statement_page,
                                                                        ASR_SOURCE_ASSESSED)));
  row = ASR_EVIDENCE_ROW (test_find_descendant (GTK_WIDGET (group), ASR_TYPE_EVIDENCE_ROW));
  test_click (asr_score_picker_get_button (asr_evidence_row_get_picker (row), 2));
  g_assert_cmpint (asr_evidence_get_score (asr_evidence_row_get_evidence (row)), ==, 2);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 2);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (asr_score_picker_get_button (picker, 2))));
  g_assert_nonnull (strstr (gtk_label_get_label (asr_statement_page_get_score_label (window->statement_page)),
                            "computed from the evidence categories (50 out of 100)"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GFile *
write_temp_file (const char *name,
                 const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("assessor-test-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_broken_file (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "caring", 2);
  g_autoptr(GFile) file = write_temp_file ("broken.assessment",
                                           "{\n  \"format\": \"assessor-assessment\",\n"
                                           "  \"version\": 1,\n  oops\n}\n");
  g_autofree char *title = NULL;
  guint n_windows;
  GtkWidget *dialog;
  const char *body;

  asr_window_show_statement (window, statement);
  test_click (asr_score_picker_get_button (asr_statement_page_get_score_picker (window->statement_page), 3));
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (application)));

  asr_window_open_file (window, file);
  test_wait_for (has_message_dialog, window);

  dialog = find_message_dialog (window);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("The loader says: %s", body);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                            "broken.assessment"));
  g_assert_nonnull (strstr (body, "broken.assessment:4:"));

  g_assert_true (window->assessment == assessment);
  g_assert_null (asr_window_get_file (window));
  g_assert_true (asr_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_true (asr_window_get_statement (window) == statement);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, n_windows);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_file (gpointer window)
{
  return asr_window_get_file (window) != NULL;
}

static GFile *
sample_file (void)
{
  const char *root = g_getenv ("ASSESSOR_SOURCE_ROOT");

  if (root == NULL)
    return NULL;
  return g_file_new_build_filename (root, "data", "samples", "sample.assessment", NULL);
}

static void
test_open_file (void)
{
  g_autoptr(GFile) file = sample_file ();
  AsrWindow *window;

  if (file == NULL)
    {
      g_test_skip ("ASSESSOR_SOURCE_ROOT is not set");
      return;
    }

  /* An empty window takes the file. */
  window = test_new_window (application, NULL, NULL);
  g_assert_true (asr_window_is_empty (window));
  asr_window_open_file (window, file);
  g_assert_false (asr_window_is_empty (window));
  test_wait_for (has_file, window);
  /* The document replaces the welcome page at once: a crossfade would paint
   * both pages, with alpha, for a dozen frames after opening (issue 10). */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "document");
  g_assert_false (gtk_stack_get_transition_running (window->main_stack));
  g_assert_false (asr_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "sample.assessment");
  g_assert_cmpstr (asr_assessment_get_service_name (window->assessment), ==, "Larchfield House");

  /* Opened again through the application: the same window comes up. */
  asr_application_open_file (application, file);
  test_spin ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* Opened from the command line, a window is first shown with its document:
 * never built, measured and painted empty, then rebuilt. */
static void
test_open_shows_document_first (void)
{
  g_autoptr(GFile) file = sample_file ();
  AsrWindow *window;

  if (file == NULL)
    {
      g_test_skip ("ASSESSOR_SOURCE_ROOT is not set");
      return;
    }

  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (application)));
  asr_application_open_file (application, file);
  window = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  /* Nothing is built for the empty assessment the window starts with. */
  g_assert_null (asr_sidebar_get_assessment (window->sidebar));
  g_assert_null (asr_statement_page_get_statement (window->statement_page));
  test_wait_for (is_visible, window);
  g_assert_true (g_file_equal (asr_window_get_file (window), file));
  g_assert_true (asr_sidebar_get_assessment (window->sidebar) == window->assessment);
  g_assert_nonnull (asr_statement_page_get_statement (window->statement_page));
  test_wait_for (test_is_mapped, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An evidence category's picker and notes are built when its row is first
 * expanded: a statement shows six collapsed rows, and showing one (or
 * opening a document with long notes) does not build, fill and measure
 * twelve widgets nobody opened. */
static void
test_evidence_rows_built_when_expanded (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 1);
  AsrEvidence *evidence = g_list_model_get_item (asr_quality_statement_get_evidence (statement), 0);
  AdwPreferencesGroup *group = asr_statement_page_get_evidence_group (window->statement_page);
  AsrEvidenceRow *row;
  GtkTextView *view;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_object_unref (evidence);   /* the statement keeps it */
  asr_evidence_set_notes (evidence, "Two residents said staff knock first.");
  asr_window_show_statement (window, statement);
  test_spin ();
  g_assert_null (test_find_descendant (GTK_WIDGET (group), ASR_TYPE_SCORE_PICKER));
  g_assert_null (test_find_descendant (GTK_WIDGET (group), GTK_TYPE_TEXT_VIEW));

  row = ASR_EVIDENCE_ROW (test_find_descendant (GTK_WIDGET (group), ASR_TYPE_EVIDENCE_ROW));
  g_assert_true (asr_evidence_row_get_evidence (row) == evidence);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  test_spin ();
  view = GTK_TEXT_VIEW (test_find_descendant (GTK_WIDGET (row), GTK_TYPE_TEXT_VIEW));
  g_assert_true (view == asr_evidence_row_get_notes_view (row));
  g_assert_nonnull (test_find_descendant (GTK_WIDGET (row), ASR_TYPE_SCORE_PICKER));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (text, ==, "Two residents said staff knock first.");
  /* Still bound both ways. */
  test_click (asr_score_picker_get_button (asr_evidence_row_get_picker (row), 3));
  g_assert_cmpint (asr_evidence_get_score (evidence), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Summary and Compare pages are built when first shown, and hidden
 * (not measured) while another page is. */
static void
test_pages_built_when_shown (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  g_autoptr(AsrAssessment) other = test_new_assessment ("cqc-saf-2024");
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 1);

  g_assert_null (window->summary_view);
  g_assert_null (window->comparison_view);

  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  g_assert_nonnull (window->summary_view);
  g_assert_null (window->comparison_view);
  test_wait_for (test_is_mapped, window->summary_view);
  g_assert_true (asr_summary_view_get_assessment (window->summary_view) == assessment);

  adw_view_stack_set_visible_child_name (window->view_stack, "compare");
  g_assert_nonnull (window->comparison_view);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->summary_view)));
  test_wait_for (test_is_mapped, window->comparison_view);

  /* Built once, they still follow the document and lead to statements. */
  asr_window_show_statement (window, statement);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->comparison_view)));
  g_signal_emit_by_name (window->summary_view, "statement-activated", statement);
  g_assert_true (asr_window_get_statement (window) == statement);
  asr_window_set_document (window, other, NULL);
  g_assert_true (asr_summary_view_get_assessment (window->summary_view) == other);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_saved (gpointer window)
{
  return !asr_window_get_modified (window);
}

static gboolean
has_recent_menu (gpointer data)
{
  return g_menu_model_get_n_items (asr_application_get_recent_menu (application)) > 0;
}

static void
test_save (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  g_autoptr(GFile) file = write_temp_file ("draft.assessment", "");
  g_autoptr(AsrAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);

  asr_assessment_set_service_name (assessment, "Larchfield House");
  test_click (asr_score_picker_get_button (asr_statement_page_get_score_picker (window->statement_page), 3));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  _asr_window_save (window, file, FALSE);
  test_wait_for (is_saved, window);
  g_assert_true (g_file_equal (asr_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "draft.assessment");
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  test_wait_for (has_recent_menu, NULL);

  reloaded = asr_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (asr_assessment_get_service_name (reloaded), ==, "Larchfield House");
  g_assert_cmpint (asr_quality_statement_get_score (test_statement_at (reloaded, "safe", 0)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static gboolean
has_two_windows (gpointer data)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))) == 2;
}

/* A file dropped on a window with a document of its own opens beside it. */
static void
test_drop (void)
{
  g_autoptr(GFile) file = sample_file ();
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window;
  AsrWindow *other = NULL;
  GtkDropTarget *target;
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  if (file == NULL)
    {
      g_test_skip ("ASSESSOR_SOURCE_ROOT is not set");
      return;
    }

  window = test_new_window (application, assessment, NULL);
  asr_assessment_set_provider (assessment, "Brookvale Care Ltd");
  target = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (target);

  files = g_slist_prepend (files, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);

  test_wait_for (has_two_windows, NULL);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    if (l->data != window)
      other = l->data;
  g_assert_true (g_file_equal (asr_window_get_file (other), file));
  g_assert_true (window->assessment == assessment);
  g_assert_null (asr_window_get_file (window));

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "well-led", 1);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  GActionGroup *actions = G_ACTION_GROUP (window);
  g_autofree char *row = NULL;

  g_assert_false (g_action_group_get_action_enabled (actions, "undo"));
  asr_window_show_statement (window, statement);
  test_click (asr_score_picker_get_button (picker, 2));
  test_spin ();
  test_click (asr_score_picker_get_button (picker, 4));
  test_spin ();
  g_assert_true (g_action_group_get_action_enabled (actions, "undo"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 2);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (asr_score_picker_get_button (picker, 2))));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 0);
  g_assert_cmpint (asr_quality_statement_get_source (statement), ==, ASR_SOURCE_NOT_STARTED);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (asr_score_picker_get_button (picker, 2))));
  row = sidebar_row_text (window, statement);
  g_assert_nonnull (strstr (row, "Not started|"));
  g_assert_false (g_action_group_get_action_enabled (actions, "undo"));
  g_assert_true (g_action_group_get_action_enabled (actions, "redo"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 2);

  /* Notes typed in the page are undone the same way. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (asr_statement_page_get_notes_view (window->statement_page)),
                            "Leaders know the risks", -1);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Leaders know the risks");
  test_spin ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_edit_cb (GObject    *statement,
               guint       offset,
               const char *removed,
               const char *inserted,
               GString    *log)
{
  g_string_append_printf (log, "%u-%s+%s|", offset, removed, inserted);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Keystrokes in the notes reach the model as the edits they are (not as a
 * new copy of the text), and undo and redo take them back and forth in
 * the model and in the page alike. */
static void
test_typing_edits_notes (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 2);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (asr_statement_page_get_notes_view (window->statement_page));
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *typed = NULL;
  GtkTextIter iter;

  asr_quality_statement_set_notes (statement, "Staff knew café rules");
  asr_window_show_statement (window, statement);
  asr_history_clear (asr_window_get_history (window));
  g_signal_connect (statement, "notes-edited", G_CALLBACK (count_edit_cb), log);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 11);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "the ", -1, TRUE);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 19);
  gtk_text_buffer_backspace (buffer, &iter, TRUE, TRUE);
  gtk_text_buffer_insert (buffer, &iter, "é", -1);
  g_assert_cmpstr (log->str, ==, "11-+the |18-é+|18-+é|");
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Staff knew the café rules");
  typed = buffer_text (buffer);
  g_assert_cmpstr (typed, ==, "Staff knew the café rules");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Staff knew café rules");
  g_free (typed);
  typed = buffer_text (buffer);
  g_assert_cmpstr (typed, ==, "Staff knew café rules");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Staff knew the café rules");
  g_free (typed);
  typed = buffer_text (buffer);
  g_assert_cmpstr (typed, ==, "Staff knew the café rules");

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
buffer_holds_notes (gpointer data)
{
  GtkTextBuffer *buffer = data;
  g_autofree char *text = buffer_text (buffer);

  return g_strcmp0 (text, g_object_get_data (G_OBJECT (buffer), "test-notes")) == 0;
}

/* Long notes come into the page a chunk at a time, after the first frame:
 * editing the start meanwhile, or undoing, keeps both sides the same. */
static void
test_long_notes_filled_in_chunks (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "caring", 1);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (asr_statement_page_get_notes_view (window->statement_page));
  g_autoptr(GString) notes = g_string_new (NULL);
  GtkTextIter start;

  while (notes->len < 400 * 1000)
    g_string_append (notes, "Staff knew the café’s fire plan; 😀 people felt safe.\n");
  asr_quality_statement_set_notes (statement, notes->str);
  asr_history_clear (asr_window_get_history (window));
  asr_window_show_statement (window, statement);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), <, g_utf8_strlen (notes->str, -1));

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_insert (buffer, &start, "Seen: ", -1);
  g_string_prepend (notes, "Seen: ");
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, notes->str);
  g_object_set_data (G_OBJECT (buffer), "test-notes", notes->str);
  test_wait_for (buffer_holds_notes, buffer);

  /* Undo while the buffer fills: the rest comes in first. */
  asr_window_show_statement (window, test_statement_at (assessment, "caring", 0));
  asr_window_show_statement (window, statement);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), <, g_utf8_strlen (notes->str, -1));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_string_erase (notes, 0, strlen ("Seen: "));
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, notes->str);
  g_assert_true (buffer_holds_notes (buffer));

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_actions (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *last_safe = test_statement_at (assessment, "safe", 7);
  AsrQualityStatement *first_effective = test_statement_at (assessment, "effective", 0);

  asr_window_show_statement (window, last_safe);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 3);
  g_assert_cmpint (asr_quality_statement_get_score (last_safe), ==, 3);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 0);
  g_assert_cmpint (asr_quality_statement_get_score (last_safe), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-statement", NULL);
  g_assert_true (asr_window_get_statement (window) == first_effective);
  g_assert_true (asr_sidebar_get_statement (window->sidebar) == first_effective);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-statement", NULL);
  g_assert_true (asr_window_get_statement (window) == last_safe);

  /* On the summary, the number keys score nothing. */
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 2);
  g_assert_cmpint (asr_quality_statement_get_score (last_safe), ==, 0);

  /* Search filters the sidebar; choosing a statement elsewhere clears it. */
  gtk_editable_set_text (asr_sidebar_get_search_entry (window->sidebar), "staff");
  g_signal_emit_by_name (asr_sidebar_get_search_entry (window->sidebar), "search-changed");
  g_assert_nonnull (asr_sidebar_get_row (window->sidebar, test_statement_at (assessment, "safe", 5)));
  g_assert_null (asr_sidebar_get_row (window->sidebar, last_safe));
  asr_window_show_statement (window, first_effective);
  g_assert_nonnull (asr_sidebar_get_row (window->sidebar, last_safe));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_size_kept (void)
{
  AsrWindow *window = asr_window_new (application);
  g_autoptr(GSettings) settings = NULL;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  gtk_window_close (GTK_WINDOW (window));
  test_spin ();

  window = asr_window_new (application);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);
  gtk_window_destroy (GTK_WINDOW (window));

  settings = g_settings_new (APP_ID);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_close_asks (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  GtkWidget *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  asr_assessment_set_provider (assessment, "Brookvale Care Ltd");
  gtk_window_close (GTK_WINDOW (window));
  test_wait_for (has_message_dialog, window);
  dialog = find_message_dialog (window);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "discard"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  test_spin ();
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  gtk_window_close (GTK_WINDOW (window));
  test_wait_for (has_message_dialog, window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (find_message_dialog (window)), "discard");
  test_spin ();
  g_assert_null (window);
}

static void
test_accessibility (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 2);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  const char *name = asr_quality_statement_get_name (statement);
  g_autofree char *score_label = g_strdup_printf ("%s: 4 — evidence shows an exceptional standard",
                                                  name);
  g_autofree char *clear_label = g_strdup_printf ("Clear the score of %s", name);
  g_autofree char *notes_label = g_strdup_printf ("Evidence notes for %s", name);
  GtkWidget *row = NULL;
  guint n_checked = 0;

  asr_window_show_statement (window, statement);
  gtk_test_accessible_assert_property (asr_score_picker_get_button (picker, 4),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, score_label);
  gtk_test_accessible_assert_property (asr_score_picker_get_clear_button (picker),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label);
  gtk_test_accessible_assert_property (asr_statement_page_get_notes_view (window->statement_page),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, notes_label);

  /* An evidence category's controls name the category and the statement. */
  row = test_find_descendant (GTK_WIDGET (asr_statement_page_get_evidence_group (window->statement_page)),
                         ASR_TYPE_EVIDENCE_ROW);
  g_assert_nonnull (row);
  {
    AsrEvidenceRow *evidence_row = ASR_EVIDENCE_ROW (row);
    const char *category = asr_evidence_get_name (asr_evidence_row_get_evidence (evidence_row));
    g_autofree char *expected = g_strdup_printf ("%s for %s: 1 — evidence shows significant "
                                                 "shortfalls", category, name);
    g_autofree char *expected_notes = g_strdup_printf ("Notes on %s for %s", category, name);

    gtk_test_accessible_assert_property (asr_score_picker_get_button (asr_evidence_row_get_picker (evidence_row), 1),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
    gtk_test_accessible_assert_property (asr_evidence_row_get_notes_view (evidence_row),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, expected_notes);
  }

  /* Every evidence category open: its controls are built when expanded. */
  for (row = gtk_widget_get_first_child (gtk_widget_get_parent (row)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ASR_IS_EVIDENCE_ROW (row))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  test_check_accessible (GTK_WIDGET (window), &n_checked);
  g_test_message ("%u controls have accessible labels", n_checked);
  g_assert_cmpuint (n_checked, >, 40);

  gtk_window_destroy (GTK_WINDOW (window));
}

static AsrAssessment *
load_sample (void)
{
  g_autoptr(GFile) file = sample_file ();
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment;

  if (file == NULL)
    return new_scored_assessment ();
  assessment = asr_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  return assessment;
}

static gboolean
is_folded (gpointer window)
{
  return adw_leaflet_get_folded (ASR_WINDOW (window)->leaflet);
}

static gboolean
is_label_shown (GtkWidget  *widget,
                const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return gtk_widget_get_mapped (widget) && gtk_widget_get_height (widget) > 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_label_shown (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
shows_last_menu_item (gpointer popover)
{
  return is_label_shown (popover, "_About Assessor");
}

static void
test_render (void)
{
  g_autoptr(AsrAssessment) assessment = load_sample ();
  g_autoptr(GFile) file = sample_file ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  AsrWindow *window = test_new_window (application, assessment, file);
  int width;

  asr_window_show_statement (window, test_statement_at (assessment, "safe", 2));
  test_render_png (GTK_WIDGET (window), "window-light.png");
  /* The render shows the row open, not a frame of its opening. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (test_find_descendant (GTK_WIDGET (window->statement_page),
                                                                    ASR_TYPE_EVIDENCE_ROW)),
                                 TRUE);
  test_spin ();
  test_render_png (test_find_descendant (gtk_stack_get_visible_child (GTK_STACK (adw_bin_get_child (ADW_BIN (window->statement_page)))),
                           ADW_TYPE_CLAMP),
          "statement-page-full.png");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "window-dark.png");
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  test_render_png (GTK_WIDGET (window), "window-summary-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "window-summary-light.png");
  {
    GtkMenuButton *button = window->primary_menu_button;
    GtkPopover *popover;

    /* The popover is built on this first opening: rendered once its
     * items are laid out. */
    gtk_menu_button_popup (button);
    popover = gtk_menu_button_get_popover (button);
    test_wait_for (test_is_mapped, popover);
    test_wait_for (shows_last_menu_item, popover);
    test_render_png (GTK_WIDGET (popover), "primary-menu.png");
    gtk_menu_button_popdown (button);
  }
  gtk_window_destroy (GTK_WINDOW (window));

  window = asr_window_new (application);
  asr_window_set_document (window, assessment, file);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (is_folded, window);
  test_wait_for_transitions ();
  width = gtk_widget_get_width (GTK_WIDGET (window));
  test_render_png (GTK_WIDGET (window), "window-narrow-sidebar.png");
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_wait_for_transitions ();
  test_render_png (GTK_WIDGET (window), "window-narrow.png");
  gtk_window_destroy (GTK_WINDOW (window));

  /* Every page must fit a phone: a wider minimum makes the window wider. */
  g_assert_cmpint (width, ==, 360);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);

  g_test_add_func ("/window/templates", test_templates);
  g_test_add_func ("/window/about", test_about);
  g_test_add_func ("/window/score-updates-views", test_score_updates_views);
  g_test_add_func ("/window/carried-forward", test_carried_forward);
  g_test_add_func ("/window/legacy", test_legacy);
  g_test_add_func ("/window/broken-file", test_broken_file);
  g_test_add_func ("/window/open-file", test_open_file);
  g_test_add_func ("/window/open-shows-document-first", test_open_shows_document_first);
  g_test_add_func ("/window/pages-built-when-shown", test_pages_built_when_shown);
  g_test_add_func ("/window/evidence-rows-built-when-expanded", test_evidence_rows_built_when_expanded);
  g_test_add_func ("/window/save", test_save);
  g_test_add_func ("/window/drop", test_drop);
  g_test_add_func ("/window/undo", test_undo);
  g_test_add_func ("/window/typing-edits-notes", test_typing_edits_notes);
  g_test_add_func ("/window/long-notes-filled-in-chunks", test_long_notes_filled_in_chunks);
  g_test_add_func ("/window/keyboard-actions", test_keyboard_actions);
  g_test_add_func ("/window/close-asks", test_close_asks);
  g_test_add_func ("/window/size-kept", test_window_size_kept);
  g_test_add_func ("/window/accessibility", test_accessibility);
  g_test_add_func ("/window/render", test_render);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
