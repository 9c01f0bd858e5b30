/* test-open-problems.c: a file with invalid values opens "with problems"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Through the window, as a user opens a file: the valid parts load, each
 * invalid value is listed with its place, the document is unsaved, Save
 * asks for a new name and the original's bytes stay as they were.
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static const char damaged[] =
  "{\n"
  "  \"format\": \"assessor-assessment\",\n"
  "  \"version\": 1,\n"
  "  \"framework\": \"cqc-saf-2024\",\n"
  "  \"service\": { \"name\": \"Larchfield House\" },\n"
  "  \"assessment\": { \"date\": \"14/10/2026\" },\n"
  "  \"key_questions\": {\n"
  "    \"safe\": {\n"
  "      \"statements\": {\n"
  "        \"learning-culture\": { \"source\": \"assessed\", \"score\": 3 },\n"
  "        \"safeguarding\": { \"source\": \"assessed\", \"score\": 7, \"notes\": \"Kept.\" }\n"
  "      }\n"
  "    }\n"
  "  }\n"
  "}\n";

static GFile *
write_damaged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("assessor-test-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "damaged.assessment", NULL);
  g_file_set_contents (path, damaged, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
has_file (gpointer window)
{
  return asr_window_get_file (window) != NULL;
}

static gboolean
is_saved (gpointer window)
{
  return !asr_window_get_modified (window);
}

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static gboolean
has_file_chooser (gpointer data)
{
  return find_file_chooser () != NULL;
}

static gboolean
problems_bar_mapped (gpointer window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (ASR_WINDOW (window)->problems_bar));
}

static gboolean
is_folded (gpointer window)
{
  return adw_leaflet_get_folded (ASR_WINDOW (window)->leaflet);
}

static gboolean
content_shown (gpointer window)
{
  AdwLeaflet *leaflet = ASR_WINDOW (window)->leaflet;

  return !adw_leaflet_get_child_transition_running (leaflet) &&
         gtk_widget_get_mapped (GTK_WIDGET (ASR_WINDOW (window)->view_stack)) &&
         !gtk_widget_get_mapped (GTK_WIDGET (ASR_WINDOW (window)->sidebar));
}

static void
assert_original_unchanged (GFile *file)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, damaged, strlen (damaged));
}

static AsrWindow *
open_damaged (GFile *file)
{
  AsrWindow *window = test_new_window (application, NULL, NULL);

  asr_window_open_file (window, file);
  test_wait_for (has_file, window);
  return window;
}

static void
test_open_with_problems (void)
{
  g_autoptr(GFile) file = write_damaged ();
  AsrWindow *window = open_damaged (file);
  GListModel *problems = asr_window_get_problems (window);
  AsrKeyQuestion *safe = asr_assessment_lookup_key_question (window->assessment, "safe");
  g_autoptr(GtkStringObject) first = NULL;
  g_autoptr(GtkStringObject) second = NULL;

  g_assert_true (g_file_equal (asr_window_get_file (window), file));
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 2);
  first = g_list_model_get_item (problems, 0);
  second = g_list_model_get_item (problems, 1);
  /* Each from its place: the heading names the file. */
  g_assert_cmpstr (gtk_string_object_get_string (first), ==,
                   "/assessment/date: expected a date as YYYY-MM-DD, got “14/10/2026”");
  g_assert_cmpstr (gtk_string_object_get_string (second), ==,
                   "/key_questions/safe/statements/safeguarding/score: expected an integer 1–4, got 7");

  /* The valid parts loaded; the invalid score was left out. */
  g_assert_cmpstr (asr_assessment_get_service_name (window->assessment), ==, "Larchfield House");
  g_assert_cmpint (asr_quality_statement_get_score (asr_key_question_lookup_statement (safe, "learning-culture")), ==, 3);
  g_assert_cmpint (asr_quality_statement_get_score (asr_key_question_lookup_statement (safe, "safeguarding")), ==, 0);
  g_assert_cmpstr (asr_quality_statement_get_notes (asr_key_question_lookup_statement (safe, "safeguarding")), ==, "Kept.");

  g_assert_true (asr_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  test_wait_for (problems_bar_mapped, window);
  test_render_png (GTK_WIDGET (window), "window-problems-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "window-problems-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save (Ctrl+S) asks for a new name, never writes over the original. */
static void
test_save_asks_new_name (void)
{
  g_autoptr(GFile) file = write_damaged ();
  AsrWindow *window = open_damaged (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) corrected = g_file_get_child (parent, "corrected.assessment");
  g_autoptr(AsrAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  test_wait_for (has_file_chooser, NULL);
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_cmpstr (name, ==, "damaged (corrected).assessment");
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  test_spin ();
  assert_original_unchanged (file);
  g_assert_true (asr_window_get_modified (window));

  /* Saved under the new name: the original is still untouched, and the
   * new file holds what loaded. */
  _asr_window_save (window, corrected, FALSE);
  test_wait_for (is_saved, window);
  g_assert_true (g_file_equal (asr_window_get_file (window), corrected));
  assert_original_unchanged (file);
  reloaded = asr_assessment_load_from_file (corrected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (asr_assessment_get_service_name (reloaded), ==, "Larchfield House");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The problems list at 360 px and its accessible label. */
static void
test_narrow_and_accessible (void)
{
  g_autoptr(GFile) file = write_damaged ();
  AsrWindow *window = asr_window_new (application);
  guint n_checked = 0;

  /* Without animations from the start: a leaflet still folding shows the
   * sidebar beside the content, whatever its visible child. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  asr_window_open_file (window, file);
  test_wait_for (has_file, window);
  /* Going forward means something only once the leaflet has folded. */
  test_wait_for (is_folded, window);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_wait_for (content_shown, window);
  test_render_png (GTK_WIDGET (window), "window-problems-narrow.png");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  test_check_accessible (GTK_WIDGET (window->problems_bar), &n_checked);
  gtk_test_accessible_assert_property (gtk_widget_get_first_child (gtk_widget_get_last_child (gtk_revealer_get_child (GTK_REVEALER (adw_bin_get_child (ADW_BIN (window->problems_bar)))))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Problems found in the file");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
concealed_child (gpointer bar)
{
  return gtk_revealer_get_child (GTK_REVEALER (adw_bin_get_child (ADW_BIN (bar))));
}

static gboolean
bar_child_hidden (gpointer window)
{
  return !gtk_widget_get_visible (concealed_child (ASR_WINDOW (window)->problems_bar));
}

/* A window's problems bar and merge-conflict banner are built when the
 * first problems or conflicts come, and hide their contents while nothing
 * shows: GTK 4.8's revealer would measure their wrapping labels for every
 * frame of every window (issue 10: start-up). Shown, the problems are
 * there; hidden again, they go. */
static void
test_concealed_bars_not_measured (void)
{
  g_autoptr(GFile) file = write_damaged ();
  AsrWindow *window = test_new_window (application, NULL, NULL);
  GtkWidget *hide;

  g_assert_null (adw_bin_get_child (ADW_BIN (window->problems_bar)));
  g_assert_null (adw_bin_get_child (ADW_BIN (window->conflict_banner)));

  asr_window_open_file (window, file);
  test_wait_for (has_file, window);
  test_wait_for (problems_bar_mapped, window);
  g_assert_true (gtk_widget_get_visible (concealed_child (window->problems_bar)));
  test_wait_for (test_is_mapped, concealed_child (window->problems_bar));
  g_assert_null (adw_bin_get_child (ADW_BIN (window->conflict_banner)));

  hide = gtk_widget_get_last_child (gtk_widget_get_first_child (concealed_child (window->problems_bar)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (hide)), ==, "_Hide Problems");
  test_click (hide);
  test_wait_for (bar_child_hidden, window);
  g_assert_false (gtk_revealer_get_child_revealed (GTK_REVEALER (adw_bin_get_child (ADW_BIN (window->problems_bar)))));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  application = test_init_application (&argc, &argv);

  g_test_add_func ("/open-problems/open", test_open_with_problems);
  g_test_add_func ("/open-problems/save-asks-new-name", test_save_asks_new_name);
  g_test_add_func ("/open-problems/narrow-and-accessible", test_narrow_and_accessible);
  g_test_add_func ("/open-problems/concealed-bars-not-measured", test_concealed_bars_not_measured);
  return g_test_run ();
}
