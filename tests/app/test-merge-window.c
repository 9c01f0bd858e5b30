/* test-merge-window.c: Merge Draft…, the conflicts banner and list, and
 * resolving conflicts in the window, one undo step each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "asr-comparison-view-private.h"
#include "asr-details-dialog-private.h"
#include "asr-window-merge.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static AsrQualityStatement *
safeguarding (AsrAssessment *assessment)
{
  return asr_assessment_lookup_statement (assessment, "safe", "safeguarding");
}

/* Theirs: the sample with safeguarding scored 1 and new notes. */
static GFile *
write_theirs (const char *dir)
{
  g_autoptr(AsrAssessment) theirs = test_load_sample ();
  g_autofree char *path = g_build_filename (dir, "theirs.assessment", NULL);
  GFile *file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  asr_quality_statement_set_score (safeguarding (theirs), 1);
  asr_quality_statement_set_notes (safeguarding (theirs), "Theirs: training out of date.");
  asr_quality_statement_set_changed_by (safeguarding (theirs), "B. Adviser");
  asr_quality_statement_set_changed_at (safeguarding (theirs), "2026-10-15T09:00:00Z");
  g_assert_true (asr_assessment_save_to_file (theirs, file, NULL, &error));
  g_assert_no_error (error);
  return file;
}

static gboolean
has_conflicts (gpointer data)
{
  return asr_assessment_get_n_conflicts (data) > 0;
}

typedef struct
{
  AsrWindow     *window;
  AsrAssessment *mine;
  GFile         *theirs;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("merge-XXXXXX", &error);
  g_assert_no_error (error);
  f->theirs = write_theirs (f->dir);
  f->mine = test_load_sample ();
  asr_quality_statement_set_score (safeguarding (f->mine), 4);
  asr_quality_statement_set_changed_by (safeguarding (f->mine), "A. Inspector");
  asr_quality_statement_set_changed_at (safeguarding (f->mine), "2026-10-14T10:22:00Z");
  f->window = asr_window_new (application);
  asr_window_set_document (f->window, f->mine, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  test_wait_for (test_is_mapped, f->window);
  /* Two-way: the score and the notes differ. */
  _asr_window_merge_files (f->window, f->theirs, NULL);
  test_wait_for (has_conflicts, f->mine);
  test_spin ();
}

static void
fixture_tear_down (Fixture *f)
{
  g_autofree char *path = g_file_get_path (f->theirs);

  gtk_window_destroy (GTK_WINDOW (f->window));
  g_remove (path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->theirs);
  g_clear_object (&f->mine);
}

static void
test_merge_and_resolve (void)
{
  Fixture f = { 0 };
  GtkWidget *take;

  fixture_set_up (&f);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 2);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (adw_bin_get_child (ADW_BIN (f.window->conflict_banner)))));

  /* The banner's list jumps to the statement; its conflicts are shown
   * side by side, named by who changed them. */
  asr_window_show_statement (f.window, asr_assessment_lookup_statement (f.mine, "safe", "learning-culture"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f.window->conflict_view)));
  g_signal_emit_by_name (f.window->conflict_banner, "statement-activated", safeguarding (f.mine));
  g_assert_true (asr_window_get_statement (f.window) == safeguarding (f.mine));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f.window->conflict_view)));
  g_assert_nonnull (find_button (GTK_WIDGET (f.window->conflict_view), "Keep _Both"));

  /* Take Theirs: one undo step brings the conflict and mine back. */
  take = find_button (GTK_WIDGET (f.window->conflict_view), "Take _Theirs");
  g_assert_nonnull (take);
  test_click (take);
  test_spin ();
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (f.mine)), ==, 1);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 1);
  asr_history_undo (f.window->history);
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (f.mine)), ==, 4);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 2);
  asr_history_redo (f.window->history);
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (f.mine)), ==, 1);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 1);

  /* Keep Both joins the notes, each part under its author's name. */
  test_spin ();
  test_click (find_button (GTK_WIDGET (f.window->conflict_view), "Keep _Both"));
  test_spin ();
  g_assert_nonnull (strstr (asr_quality_statement_get_notes (safeguarding (f.mine)),
                            "B. Adviser wrote:\n\nTheirs: training out of date."));
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (adw_bin_get_child (ADW_BIN (f.window->conflict_banner)))));

  /* Undo back past the merge: the draft as it was. */
  asr_history_undo (f.window->history);
  asr_history_undo (f.window->history);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 2);
  asr_history_undo (f.window->history);
  g_assert_cmpuint (asr_assessment_get_n_conflicts (f.mine), ==, 0);
  g_assert_cmpint (asr_quality_statement_get_score (safeguarding (f.mine)), ==, 4);
  g_assert_cmpstr (asr_quality_statement_get_changed_by (safeguarding (f.mine)), ==, "A. Inspector");
  fixture_tear_down (&f);
}

/* A broken file changes nothing and says which file and where. */
static void
test_broken_draft (void)
{
  g_autoptr(AsrAssessment) mine = test_load_sample ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) b1 = asr_assessment_serialize (mine);
  g_autoptr(GBytes) b2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("merge-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsrWindow *window = asr_window_new (application);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"assessor-assessment\", \"version\": 1, \"framework\": \"cqc-saf-2024\", \"key_questions\": 3}", -1, NULL));
  asr_window_set_document (window, mine, NULL);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  _asr_window_merge_files (window, file, NULL);
  for (int i = 0; i < 50; i++)
    test_spin ();
  b2 = asr_assessment_serialize (mine);
  g_assert_true (g_bytes_equal (b1, b2));
  g_assert_false (asr_history_get_can_undo (window->history));
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_final_refused (void)
{
  Fixture f = { 0 };
  AdwComboRow *row;
  GtkWidget *dialog;

  fixture_set_up (&f);
  dialog = GTK_WIDGET (asr_details_dialog_new (GTK_WINDOW (f.window), f.mine));
  gtk_window_present (GTK_WINDOW (dialog));
  test_spin ();
  row = ADW_COMBO_ROW (asr_details_dialog_get_row (ASR_DETAILS_DIALOG (dialog), "status_row"));
  g_assert_nonnull (row);
  adw_combo_row_set_selected (row, ASR_STATUS_FINAL);
  test_spin ();
  g_assert_cmpint (asr_assessment_get_status (f.mine), ==, ASR_STATUS_DRAFT);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, ASR_STATUS_DRAFT);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "cannot be final while 2 merge conflicts remain (/key_questions/safe/statements/safeguarding/score"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  fixture_tear_down (&f);
}

/* The name in Preferences is recorded with each change. */
static void
test_author_from_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(AsrAssessment) mine = test_load_sample ();
  AsrWindow *window = asr_window_new (application);

  g_settings_set_string (settings, "assessor-name", "C. Expert");
  asr_window_set_document (window, mine, NULL);
  asr_quality_statement_set_score (safeguarding (mine), 2);
  g_assert_cmpstr (asr_quality_statement_get_changed_by (safeguarding (mine)), ==, "C. Expert");
  g_settings_set_string (settings, "assessor-name", "D. Reviewer");
  asr_quality_statement_set_score (safeguarding (mine), 1);
  g_assert_cmpstr (asr_quality_statement_get_changed_by (safeguarding (mine)), ==, "D. Reviewer");
  g_settings_reset (settings, "assessor-name");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_render_and_accessibility (void)
{
  Fixture f = { 0 };
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *banner_button;
  GtkPopover *popover;
  guint n_checked = 0;

  fixture_set_up (&f);
  asr_window_show_statement (f.window, safeguarding (f.mine));
  test_spin ();
  /* What this branch adds (the toast's own close button is libadwaita's). */
  test_check_accessible (GTK_WIDGET (f.window->conflict_banner), &n_checked);
  test_check_accessible (GTK_WIDGET (f.window->conflict_view), &n_checked);
  g_assert_cmpuint (n_checked, ==, 0);
  {
    GtkWidget *buttons[] = { find_button (GTK_WIDGET (f.window->conflict_view), "Keep _Mine"),
                             find_button (GTK_WIDGET (f.window->conflict_view), "Take _Theirs"),
                             find_button (GTK_WIDGET (f.window->conflict_view), "Keep _Both") };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        g_assert_nonnull (buttons[i]);
        gtk_test_accessible_assert_property (buttons[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                             i == 0 ? "Keep the value in your draft"
                                             : i == 1 ? "Take the value in the other draft"
                                             : "Join both notes, each part under the name of who wrote it");
      }
    gtk_test_accessible_assert_property (gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_first_child (adw_bin_get_child (ADW_BIN (f.window->conflict_view)))) ? adw_bin_get_child (ADW_BIN (f.window->conflict_view)) : NULL),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, "Merge conflict: Score");
  }
  test_render_png (GTK_WIDGET (f.window), "merge-conflicts-light.png");
  banner_button = GTK_WIDGET (gtk_widget_get_last_child (gtk_revealer_get_child (GTK_REVEALER (adw_bin_get_child (ADW_BIN (f.window->conflict_banner))))));
  gtk_menu_button_popup (GTK_MENU_BUTTON (banner_button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (banner_button));
  test_wait_for (test_is_mapped, popover);
  test_render_png (GTK_WIDGET (popover), "merge-conflicts-list.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (banner_button));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (f.window), "merge-conflicts-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 360, 720);
  for (int i = 0; i < 30; i++)
    test_spin ();
  adw_leaflet_navigate (f.window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  for (int i = 0; i < 60; i++)
    {
      test_spin ();
      g_usleep (10000);
    }
  test_render_png (GTK_WIDGET (f.window), "merge-conflicts-narrow.png");
  /* The conflict cards fit a phone: their buttons wrap. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f.window)), ==, 360);
  fixture_tear_down (&f);
}

/* The Compare view says who changed a statement since the previous
 * assessment, and when, as the files record it. */
static void
test_compare_says_who (void)
{
  g_autoptr(AsrAssessment) previous = test_load_sample ();
  g_autoptr(AsrAssessment) draft = asr_assessment_snapshot (previous);
  AsrQualityStatement *statement = asr_assessment_lookup_statement (draft, "safe", "safeguarding");
  AsrWindow *window = asr_window_new (application);
  AsrComparisonView *view;
  const char *name = asr_quality_statement_get_name (statement);
  gboolean found = FALSE;

  asr_quality_statement_set_notes (statement, "Seen again in October: referrals were prompt.");
  asr_quality_statement_set_changed_by (statement, "B. Specialist adviser");
  asr_quality_statement_set_changed_at (statement, "2026-10-14T10:22:00Z");
  asr_window_set_document (window, draft, NULL);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  adw_view_stack_set_visible_child_name (window->view_stack, "compare");
  view = _asr_window_get_comparison_view (window);
  test_wait_for (test_is_mapped, view);
  asr_comparison_view_set_baseline (view, previous);
  test_spin ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (view->statements_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
      {
        const char *subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));

        g_test_message ("%s: %s", name, subtitle);
        g_assert_nonnull (strstr (subtitle, " · changed by B. Specialist adviser, 14 October 2026"));
        found = TRUE;
      }
  g_assert_true (found);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);
  g_test_add_func ("/merge-window/merge-and-resolve", test_merge_and_resolve);
  g_test_add_func ("/merge-window/broken-draft", test_broken_draft);
  g_test_add_func ("/merge-window/final-refused", test_final_refused);
  g_test_add_func ("/merge-window/author-from-preferences", test_author_from_preferences);
  g_test_add_func ("/merge-window/render-and-accessibility", test_render_and_accessibility);
  g_test_add_func ("/merge-window/compare-says-who", test_compare_says_who);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
