/* test-keyboard.c: keyboard and focus in the editor, undo that shows its
 * change, and the unsaved marker after undoing back to the saved state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real key events come from outside the process (tests/app/test-e2e.py);
 * here the same paths are driven through the window's actions and focus.
 */
#include "config.h"

#include <adwaita.h>

#include "asr-evidence-row.h"
#include "asr-score-picker.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
}

static AsrAssessment *
new_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_get_builtin ("cqc-saf-2024", &error);

  g_assert_no_error (error);
  return asr_assessment_new (framework);
}

static AsrQualityStatement *
statement_at (AsrAssessment *assessment,
              const char    *key_question_id,
              guint          position)
{
  AsrKeyQuestion *key_question = asr_assessment_lookup_key_question (assessment, key_question_id);
  g_autoptr(AsrQualityStatement) statement =
    g_list_model_get_item (asr_key_question_get_statements (key_question), position);

  return statement;   /* owned by the assessment */
}

static AsrWindow *
new_window (AsrAssessment *assessment)
{
  AsrWindow *window = asr_window_new (application);

  asr_window_set_document (window, assessment, NULL);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  return window;
}

static AsrEvidenceRow *
find_evidence_row (GtkWidget *widget,
                   guint     *skip)
{
  if (ASR_IS_EVIDENCE_ROW (widget) && (*skip)-- == 0)
    return ASR_EVIDENCE_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AsrEvidenceRow *row = find_evidence_row (child, skip);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* The @index-th evidence category's row on the statement page. */
static AsrEvidenceRow *
evidence_row (AsrWindow *window,
              guint      index)
{
  AsrEvidenceRow *row = find_evidence_row (GTK_WIDGET (window->statement_page), &index);

  g_assert_nonnull (row);
  return row;
}

static gboolean
focus_within (AsrWindow *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* With the focus on an evidence category's score buttons, a score key
 * scores that category and leaves the statement alone. */
static void
test_score_key_on_evidence_picker (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  AsrWindow *window = new_window (assessment);
  AsrQualityStatement *statement = statement_at (assessment, "safe", 1);
  AsrEvidenceRow *row;
  AsrScorePicker *picker;

  asr_window_show_statement (window, statement);
  row = evidence_row (window, 2);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  test_spin ();
  picker = asr_evidence_row_get_picker (row);
  g_assert_true (gtk_widget_grab_focus (asr_score_picker_get_button (picker, 1)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 4);
  g_assert_cmpint (asr_evidence_get_score (asr_evidence_row_get_evidence (row)), ==, 4);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 0);
  g_assert_cmpint (asr_quality_statement_get_source (statement), ==, ASR_SOURCE_NOT_STARTED);

  /* 0 clears it, still in the category. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 0);
  g_assert_cmpint (asr_evidence_get_score (asr_evidence_row_get_evidence (row)), ==, 0);

  /* With the focus elsewhere on the page the statement is scored. */
  gtk_widget_grab_focus (GTK_WIDGET (asr_statement_page_get_source_button (window->statement_page,
                                                                            ASR_SOURCE_NOT_STARTED)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-score", "i", 2);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 2);
  g_assert_cmpint (asr_evidence_get_score (asr_evidence_row_get_evidence (row)), ==, 0);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab from the sidebar's list goes to the statement page, to the score
 * (the title is no Tab stop), and the four scores are one stop. */
static void
test_tab_regions (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  AsrWindow *window = new_window (assessment);
  AsrQualityStatement *statement = statement_at (assessment, "caring", 0);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  GtkListBoxRow *row;
  gboolean handled = FALSE;

  asr_window_show_statement (window, statement);
  row = asr_sidebar_get_row (window->sidebar, statement);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));

  g_signal_emit_by_name (window->sidebar, "leave-forward", &handled);
  g_assert_true (handled);
  g_assert_true (gtk_widget_has_focus (asr_score_picker_get_button (picker, 1)));
  g_assert_true (asr_window_get_statement (window) == statement);

  /* Tab on: the clear button (when there is a score), then the source. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_false (focus_within (window, GTK_WIDGET (picker)));
  asr_statement_page_pick_score (window->statement_page, 3);
  g_assert_true (gtk_widget_grab_focus (asr_score_picker_get_button (picker, 3)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (asr_score_picker_get_clear_button (picker)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_has_focus (asr_score_picker_get_button (picker, 3)));

  /* Left and Right move between the scores without picking one. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_LEFT));
  g_assert_true (gtk_widget_has_focus (asr_score_picker_get_button (picker, 2)));
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
toast_title (AsrWindow *window)
{
  g_assert_nonnull (window->history_toast);
  return adw_toast_get_title (window->history_toast);
}

/* Undo shows the statement it changes, focuses the field, and says what
 * it undid; the next undo, in another key question, does the same. */
static void
test_undo_reveals (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  AsrWindow *window = new_window (assessment);
  AsrQualityStatement *safe = statement_at (assessment, "safe", 1);
  AsrQualityStatement *led = statement_at (assessment, "well-led", 3);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  g_autofree char *expected = NULL;
  AsrEvidenceRow *row;

  asr_window_show_statement (window, safe);
  click (asr_score_picker_get_button (picker, 2));
  test_spin ();
  click (asr_score_picker_get_button (picker, 3));
  test_spin ();
  asr_window_show_statement (window, led);
  row = evidence_row (window, 0);
  click (asr_score_picker_get_button (asr_evidence_row_get_picker (row), 4));
  test_spin ();
  asr_window_show_statement (window, statement_at (assessment, "caring", 0));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (asr_window_get_statement (window) == led);
  row = evidence_row (window, 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (focus_within (window, GTK_WIDGET (asr_evidence_row_get_picker (row))));
  expected = g_strdup_printf ("Undid: %s for %s score 4 → none",
                              asr_evidence_get_name (asr_evidence_row_get_evidence (row)),
                              asr_quality_statement_get_name (led));
  g_assert_cmpstr (toast_title (window), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (asr_window_get_statement (window) == safe);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "statement");
  g_assert_true (focus_within (window, GTK_WIDGET (picker)));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Undid: %s score 3 → 2", asr_quality_statement_get_name (safe));
  g_assert_cmpstr (toast_title (window), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Redid: %s score 2 → 3", asr_quality_statement_get_name (safe));
  g_assert_cmpstr (toast_title (window), ==, expected);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_saved (gpointer window)
{
  return !asr_window_get_modified (window);
}

static void
window_destroyed_cb (gpointer  data,
                     GObject  *where)
{
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Undoing back to what was saved clears the unsaved marker; closing then
 * asks nothing. */
static void
test_undo_to_saved (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  AsrWindow *window = new_window (assessment);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("assessor-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "draft.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkTextBuffer *notes = gtk_text_view_get_buffer (asr_statement_page_get_notes_view (window->statement_page));
  gboolean destroyed = FALSE;

  click (asr_score_picker_get_button (picker, 2));
  test_spin ();
  _asr_window_save (window, file, FALSE);
  test_wait_for (is_saved, window);

  /* Typing at once after the save is not merged into the step saved. */
  gtk_text_buffer_insert_at_cursor (notes, "Seen", -1);
  test_spin ();
  click (asr_score_picker_get_button (picker, 4));
  test_spin ();
  g_assert_true (asr_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (asr_window_get_modified (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (asr_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "draft.assessment");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (asr_window_get_modified (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (asr_window_get_modified (window));

  g_object_weak_ref (G_OBJECT (window), window_destroyed_cb, &destroyed);
  gtk_window_close (GTK_WINDOW (window));
  test_wait_for (is_true, &destroyed);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);

  g_test_add_func ("/keyboard/score-key-on-evidence-picker", test_score_key_on_evidence_picker);
  g_test_add_func ("/keyboard/tab-regions", test_tab_regions);
  g_test_add_func ("/keyboard/undo-reveals", test_undo_reveals);
  g_test_add_func ("/keyboard/undo-to-saved", test_undo_to_saved);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
