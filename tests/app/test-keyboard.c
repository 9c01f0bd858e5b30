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
#include "asr-notes-view.h"
#include "asr-score-picker.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

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
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 1);
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
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "caring", 0);
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
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *safe = test_statement_at (assessment, "safe", 1);
  AsrQualityStatement *led = test_statement_at (assessment, "well-led", 3);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  g_autofree char *expected = NULL;
  AsrEvidenceRow *row;

  asr_window_show_statement (window, safe);
  test_click (asr_score_picker_get_button (picker, 2));
  test_spin ();
  test_click (asr_score_picker_get_button (picker, 3));
  test_spin ();
  asr_window_show_statement (window, led);
  row = evidence_row (window, 0);
  test_click (asr_score_picker_get_button (asr_evidence_row_get_picker (row), 4));
  test_spin ();
  asr_window_show_statement (window, test_statement_at (assessment, "caring", 0));

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
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("assessor-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "draft.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkTextBuffer *notes = gtk_text_view_get_buffer (asr_statement_page_get_notes_view (window->statement_page));
  gboolean destroyed = FALSE;

  test_click (asr_score_picker_get_button (picker, 2));
  test_spin ();
  _asr_window_save (window, file, FALSE);
  test_wait_for (is_saved, window);

  /* Typing at once after the save is not merged into the step saved. */
  gtk_text_buffer_insert_at_cursor (notes, "Seen", -1);
  test_spin ();
  test_click (asr_score_picker_get_button (picker, 4));
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

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static guint
count_all (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return asr_notes_count_words (&start, &end);
}

static gboolean
filled (gpointer data)
{
  GtkTextView *view = data;
  g_autofree char *text = buffer_text (gtk_text_view_get_buffer (view));

  return g_strcmp0 (text, g_object_get_data (G_OBJECT (view), "test-notes")) == 0;
}

/* The count follows each edit as a count from scratch would, also while a
 * long note comes in chunk by chunk; the label says it. */
static void
test_notes_word_count (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "effective", 2);
  GtkTextView *view = asr_statement_page_get_notes_view (window->statement_page);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(GString) notes = g_string_new (NULL);
  GtkTextIter iter, end;

  asr_quality_statement_set_notes (statement, "Staff don't know the people's plans");
  asr_window_show_statement (window, statement);
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, 6);

  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, " today.\nSeen at lunch", -1);
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, 10);
  /* Joining two words into one, across a line. */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 5);
  gtk_text_buffer_get_iter_at_line (buffer, &end, 1);
  gtk_text_buffer_delete (buffer, &iter, &end);
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, count_all (buffer));
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, 3);

  while (notes->len < 200 * 1000)
    g_string_append (notes, "Staff knew the café’s fire plan; people felt safe.\n");
  asr_quality_statement_set_notes (statement, notes->str);
  asr_window_show_statement (window, test_statement_at (assessment, "effective", 0));
  asr_window_show_statement (window, statement);
  g_object_set_data (G_OBJECT (view), "test-notes", notes->str);
  test_wait_for (filled, view);
  g_assert_cmpuint (asr_notes_view_get_words (view), ==, count_all (buffer));
  g_assert_cmpuint (asr_notes_view_get_words (view), >, 30000);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Notes are no small box scrolling on its own: the view's own scrolled
 * window sits in the page's, and the view grows with its text (its box
 * with it, up to most of the page: test-notes.c). */
static void
test_notes_grow (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 4);
  GtkTextView *view = asr_statement_page_get_notes_view (window->statement_page);
  GtkWidget *own = gtk_widget_get_parent (GTK_WIDGET (view));
  GtkWidget *scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (own), GTK_TYPE_SCROLLED_WINDOW);
  g_autoptr(GString) notes = g_string_new (NULL);
  int short_height, long_height;

  asr_window_show_statement (window, statement);
  g_assert_true (GTK_IS_SCROLLED_WINDOW (own));
  g_assert_true (ADW_IS_CLAMP (gtk_widget_get_first_child (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)))));
  test_spin ();
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 400, NULL, &short_height, NULL, NULL);
  for (int i = 0; i < 60; i++)
    g_string_append (notes, "A line of what the evidence shows.\n");
  asr_quality_statement_set_notes (statement, notes->str);
  test_spin ();
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 400, NULL, &long_height, NULL, NULL);
  g_assert_cmpint (long_height, >, short_height + 500);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Z in a notes field undoes that field's typing, even after a change
 * elsewhere, and nothing else; with nothing left there, nothing at all. */
static void
test_notes_undo_per_field (void)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "responsive", 1);
  GtkTextView *view = asr_statement_page_get_notes_view (window->statement_page);
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  g_autofree char *expected = NULL;

  asr_window_show_statement (window, statement);
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), "Seen", -1);
  test_spin ();
  test_click (asr_score_picker_get_button (picker, 3));
  test_spin ();

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "");
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);
  expected = g_strdup_printf ("Undid: typing in the notes of %s", asr_quality_statement_get_name (statement));
  g_assert_cmpstr (toast_title (window), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);

  /* Outside the notes, undo goes on with the score; redo brings back both. */
  gtk_widget_grab_focus (asr_score_picker_get_button (picker, 3));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpint (asr_quality_statement_get_score (statement), ==, 3);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Seen");

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_folded (gpointer window)
{
  return adw_leaflet_get_folded (ASR_WINDOW (window)->leaflet);
}

/* The statement page with a long note and an open evidence category's
 * notes, light, dark and 360 px wide, scrolled to the notes. */
static void
test_render_notes (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  AsrWindow *window = test_new_window (application, assessment, NULL);
  AsrQualityStatement *statement = test_statement_at (assessment, "safe", 2);
  g_autoptr(GString) notes = g_string_new (NULL);
  AsrEvidenceRow *row;

  for (int i = 0; i < 12; i++)
    g_string_append (notes, "Staff knew the fire plan and people said they felt safe at night. ");
  g_string_append (notes, "\nWe did not recieve the training records before the visit.");
  asr_quality_statement_set_notes (statement, notes->str);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  asr_window_show_statement (window, statement);
  row = evidence_row (window, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  test_spin ();
  gtk_widget_grab_focus (GTK_WIDGET (asr_statement_page_get_notes_view (window->statement_page)));
  test_spin ();
  test_render_png (GTK_WIDGET (window), "notes-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "notes-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);

  window = asr_window_new (application);
  asr_window_set_document (window, assessment, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (is_folded, window);
  asr_window_show_statement (window, statement);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_spin ();
  gtk_widget_grab_focus (GTK_WIDGET (asr_statement_page_get_notes_view (window->statement_page)));
  test_spin ();
  test_render_png (GTK_WIDGET (window), "notes-narrow.png");

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add_func ("/keyboard/notes-word-count", test_notes_word_count);
  g_test_add_func ("/keyboard/notes-grow", test_notes_grow);
  g_test_add_func ("/keyboard/notes-undo-per-field", test_notes_undo_per_field);
  g_test_add_func ("/keyboard/render-notes", test_render_notes);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
