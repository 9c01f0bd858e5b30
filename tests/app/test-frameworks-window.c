/* test-frameworks-window.c: installed frameworks in the window: skipped
 * framework files told once, every framework offered in the Details
 * dialog, and an assessment of a framework that is not installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-frameworks-window"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "asr-details-dialog-private.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;
static char *data_home;

/* The built-in SAF 2024 file as another framework. */
static void
install_framework (const char *file_name,
                   const char *id,
                   const char *name)
{
  g_autofree char *source = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data", "frameworks", "cqc-saf-2024.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (data_home, "assessor", "frameworks", file_name, NULL);
  g_autoptr(GString) changed = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  changed = g_string_new (text);
  g_assert_cmpuint (g_string_replace (changed, "\"id\": \"cqc-saf-2024\"", id, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "\"name\": \"CQC single assessment framework (2024)\"", name, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "\"framework_version\": \"2024-12-02\"", "\"framework_version\": \"2026-03\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, changed->str, -1, NULL));
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
has_message_dialog (gpointer window)
{
  return find_message_dialog (window) != NULL;
}

static AsrDetailsDialog *
find_details (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ASR_IS_DETAILS_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ASR_DETAILS_DIALOG (toplevel);
    }
  return NULL;
}

/* The first window tells once, without a dialog in the way, and its
 * Details button names each skipped file. */
static void
test_skipped_files_toast (void)
{
  AsrWindow *window = test_new_window (application, NULL, NULL);
  AsrWindow *second;
  AdwMessageDialog *dialog;

  g_assert_true (find_label (GTK_WIDGET (window), "A framework file was skipped"));
  g_assert_null (find_message_dialog (GTK_WINDOW (window)));

  g_action_group_activate_action (G_ACTION_GROUP (window), "framework-problems", NULL);
  test_wait_for (has_message_dialog, window);
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.json:2:"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  second = asr_window_new (application);
  gtk_window_present (GTK_WINDOW (second));
  test_wait_for (test_is_mapped, second);
  g_assert_false (find_label (GTK_WIDGET (second), "A framework file was skipped"));
  second->discard = window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
framework_is_local (gpointer window)
{
  return strcmp (asr_framework_get_id (asr_assessment_get_framework (asr_window_get_assessment (window))),
                 "local-2026") == 0 && find_details (window) != NULL;
}

static void
render_details (AsrDetailsDialog *dialog)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  test_render_png (GTK_WIDGET (dialog), "details-frameworks-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (dialog), "details-frameworks-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 720);
  test_spin ();
  test_render_png (GTK_WIDGET (dialog), "details-frameworks-narrow.png");
}

/* Every installed framework, by name and edition; a draft with nothing
 * started moves to the one chosen, keeping its details. */
static void
test_details_offers_frameworks (void)
{
  AsrWindow *window = test_new_window (application, NULL, NULL);
  AsrDetailsDialog *dialog;
  AdwComboRow *row;
  GListModel *labels;
  guint n_checked = 0;

  asr_assessment_set_service_name (asr_window_get_assessment (window), "Rose House");
  dialog = _asr_window_show_details (window);
  test_wait_for (test_is_mapped, dialog);
  row = ADW_COMBO_ROW (asr_details_dialog_get_row (dialog, "framework_row"));
  labels = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==,
                   "CQC single assessment framework (2024), edition 2024-12-02");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 2), ==,
                   "CQC adult social care key lines of enquiry (2017–2023), edition 2017-11-06");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 3), ==,
                   "Local framework (2026), edition 2026-03");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  test_check_accessible (GTK_WIDGET (dialog), &n_checked);
  render_details (dialog);

  adw_combo_row_set_selected (row, 3);
  test_wait_for (framework_is_local, window);
  g_assert_cmpstr (asr_assessment_get_service_name (asr_window_get_assessment (window)), ==, "Rose House");
  g_assert_true (asr_window_get_modified (window));
  dialog = find_details (GTK_WINDOW (window));
  row = ADW_COMBO_ROW (asr_details_dialog_get_row (dialog, "framework_row"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Once a statement is started its framework is fixed: scores belong to it. */
static void
test_details_framework_fixed (void)
{
  g_autoptr(AsrAssessment) sample = test_load_sample ();
  AsrWindow *window = asr_window_new (application);
  AsrDetailsDialog *dialog;
  GtkWidget *row;

  asr_window_set_document (window, sample, NULL);
  gtk_window_present (GTK_WINDOW (window));
  dialog = _asr_window_show_details (window);
  row = asr_details_dialog_get_row (dialog, "framework_row");
  g_assert_false (gtk_widget_get_sensitive (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Framework (fixed once a quality statement is started)");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "CQC single assessment framework (2024), edition 2024-12-02");
  test_render_png (GTK_WIDGET (dialog), "details-frameworks-fixed.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The framework and its edition are named; the open document and the
 * file stay as they were. */
static void
test_open_missing_framework (void)
{
  static const char text[] =
    "{\"format\": \"assessor-assessment\", \"version\": 1, \"framework\": \"kloe-test\","
    " \"framework_version\": \"2017-11-06\", \"service\": {\"name\": \"Rose House\"}}\n";
  g_autofree char *path = g_build_filename (data_home, "kloe.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  AsrWindow *window = asr_window_new (application);
  AsrAssessment *assessment = asr_window_get_assessment (window);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  asr_window_open_file (window, file);
  test_wait_for (has_message_dialog, window);
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "“kloe.assessment” Needs a Framework That Is Not Installed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“kloe-test”, version “2017-11-06”"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (asr_window_get_assessment (window) == assessment);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *frameworks = NULL;
  int status;

  /* A data home of its own, set before anything reads it: parallel
   * tests must not see these files. */
  data_home = g_dir_make_tmp ("test-frameworks-window-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  frameworks = g_build_filename (data_home, "assessor", "frameworks", NULL);
  g_assert_cmpint (g_mkdir_with_parents (frameworks, 0700), ==, 0);
  install_framework ("local.json", "\"id\": \"local-2026\"", "\"name\": \"Local framework (2026)\"");
  {
    g_autofree char *broken = g_build_filename (frameworks, "broken.json", NULL);
    g_assert_true (g_file_set_contents (broken, "{\n  \"format\": 1,,\n}\n", -1, NULL));
  }

  application = test_init_application (&argc, &argv);
  g_test_add_func ("/frameworks-window/skipped-files-toast", test_skipped_files_toast);
  g_test_add_func ("/frameworks-window/details-offers-frameworks", test_details_offers_frameworks);
  g_test_add_func ("/frameworks-window/details-framework-fixed", test_details_framework_fixed);
  g_test_add_func ("/frameworks-window/open-missing-framework", test_open_missing_framework);
  status = g_test_run ();
  g_object_unref (application);
  return status;
}
