/* test-comparison-view.c: the Compare page, the imports of previous ratings
 * and the location picker, through the real window and widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "asr-comparison-view-private.h"
#include "asr-window-import.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "tests", "compare", name, NULL);
}

static AsrAssessment *
load_sample (GFile **file_out)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"),
                                            "data", "samples", "sample.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  if (file_out != NULL)
    *file_out = g_steal_pointer (&file);
  return assessment;
}

/* A window on the sample, shown on the Compare page. */
static AsrWindow *
new_window (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(AsrAssessment) assessment = load_sample (&file);
  AsrWindow *window = test_new_window (application, assessment, file);

  adw_view_stack_set_visible_child_name (window->view_stack, "compare");
  test_wait_for (test_is_mapped, window->comparison_view);
  return window;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static GtkWidget *
row_at (GtkListBox *list,
        guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static gboolean
source_is_api (gpointer window)
{
  AsrAssessment *assessment = asr_window_get_assessment (window);

  return g_str_has_prefix (asr_assessment_get_previous_source (assessment), "CQC API location");
}

static void
import_fixture (AsrWindow  *window,
                const char *name,
                gboolean    statements_only)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _asr_window_import_file (window, file, statements_only);
}

static void
test_templates (void)
{
  GtkWidget *view = g_object_ref_sink (asr_comparison_view_new ());

  g_assert_true (ASR_IS_COMPARISON_VIEW (view));
  g_object_unref (view);
}

/* A real import: the direction shows in words and in the accessible
 * description; one undo takes the whole import back. */
static void
test_import_api (void)
{
  AsrWindow *window = new_window ();
  AsrComparisonView *view = window->comparison_view;
  AsrAssessment *assessment = asr_window_get_assessment (window);
  GtkWidget *safe, *responsive;

  import_fixture (window, "location-1-101234567.json", FALSE);
  test_wait_for (source_is_api, window);
  test_spin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "compare");
  g_assert_cmpuint (count_rows (view->ratings_list), ==, 6);
  safe = row_at (view->ratings_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (safe)), ==, "Safe");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (safe)), ==,
                   "Good → Requires improvement · 66 out of 100");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (safe), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Safe: previously Good, now Requires improvement, 66 out of 100: declined");
  responsive = row_at (view->ratings_list, 3);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (responsive), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Responsive: previously Outstanding, now Good, 75 out of 100: declined");
  g_assert_cmpint (asr_key_question_get_previous_rating (asr_assessment_lookup_key_question (assessment, "caring")),
                   ==, ASR_RATING_NONE);

  asr_history_undo (asr_window_get_history (window));
  g_assert_cmpstr (asr_assessment_get_previous_source (assessment), ==,
                   "Typed in from the published report of 2 March 2023");
  g_assert_cmpint (asr_key_question_get_previous_rating (asr_assessment_lookup_key_question (assessment, "caring")),
                   ==, ASR_RATING_GOOD);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_baseline (gpointer view)
{
  return asr_comparison_get_baseline (ASR_COMPARISON_VIEW (view)->comparison) != NULL;
}

/* The view and `assessor --compare=previous.assessment sample.assessment`
 * give the same figure for each key question and list the same changed
 * statements with the same words (issue 11: the CLI re-based the file's
 * carried-forward scores on the previous assessment). */
static void
assert_same_as_cli (AsrComparisonView *view)
{
  g_autofree char *previous = fixture_path ("previous.assessment");
  g_autofree char *sample = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data", "samples",
                                              "sample.assessment", NULL);
  g_autofree char *option = g_strconcat ("--compare=", previous, NULL);
  const char *argv[] = { ASSESSOR_BIN, option, sample, NULL };
  const char *env[] = { "LC_ALL=C.UTF-8", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, (char **) env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    {
      GtkWidget *row = row_at (view->ratings_list, i);
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      const char *figure = strstr (subtitle, " · ");
      g_autofree char *start = NULL;
      g_autofree char *line = NULL;
      const char *found;

      g_assert_nonnull (figure);
      start = g_strdup_printf ("\n%s: previously ", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      found = strstr (out, start);
      g_assert_nonnull (found);
      line = g_strndup (found + 1, strcspn (found + 1, "\n"));
      /* "64 out of 100" in both, for the same key question */
      g_test_message ("view: %s; --compare: %s", subtitle, line);
      g_assert_nonnull (strstr (line, figure + strlen (" · ")));
    }
  for (guint i = 0; i < count_rows (view->statements_list); i++)
    {
      GtkWidget *row = row_at (view->statements_list, i);
      const char *subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
      g_auto(GStrv) parts = g_strsplit (subtitle, " · ", -1);
      g_autofree char *what = g_strjoinv ("; ", parts + 1);
      g_autofree char *line = g_strdup_printf ("  %s, %s: %s\n", parts[0],
                                               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), what);

      g_assert_nonnull (strstr (out, line));
    }
}

/* Statement by statement against a previous file, with the filter. */
static void
test_statements_filter (void)
{
  AsrWindow *window = new_window ();
  AsrComparisonView *view = window->comparison_view;
  GtkWidget *first;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->statements_list)));
  import_fixture (window, "previous.assessment", TRUE);
  test_wait_for (has_baseline, view);
  _asr_comparison_view_rebuild (view);
  g_assert_false (asr_window_get_modified (window));
  g_assert_true (gtk_switch_get_active (view->changed_only_switch));
  g_assert_cmpuint (count_rows (view->statements_list), ==, 6);
  g_assert_cmpstr (gtk_label_get_label (view->statements_hint), ==,
                   "28 unchanged quality statements hidden.");
  first = row_at (view->statements_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Learning culture");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (first)), ==,
                   "Safe · score 3, unchanged");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row_at (view->statements_list, 2))), ==,
                   "Safe · score 3 → 2, down");
  assert_same_as_cli (view);

  gtk_switch_set_active (view->changed_only_switch, FALSE);
  g_assert_cmpuint (count_rows (view->statements_list), ==, 34);
  gtk_switch_set_active (view->changed_only_switch, TRUE);

  /* an edit in the editor reaches the comparison */
  asr_quality_statement_set_score (asr_assessment_lookup_statement (asr_window_get_assessment (window),
                                                                    "safe", "safeguarding"), 1);
  test_spin ();
  g_assert_cmpuint (count_rows (view->statements_list), ==, 7);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *find_dialog (GtkWindow *parent);
static gboolean          has_dialog  (gpointer   window);

static char *
report_path (const char *name)
{
  return g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "tests", "reports", name, NULL);
}

/* Compare With Assessment… takes a published report's text as the
 * previous assessment: last time's score and text beside each statement. */
static void
test_compare_report (void)
{
  AsrWindow *window = new_window ();
  AsrComparisonView *view = window->comparison_view;
  g_autofree char *path = report_path ("seed-000-well-led.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsrAssessment *baseline;
  GtkWidget *row = NULL;

  _asr_window_import_file (window, file, TRUE);
  test_wait_for (has_baseline, view);
  baseline = asr_comparison_get_baseline (view->comparison);
  g_assert_cmpint (asr_quality_statement_get_score (asr_assessment_lookup_statement (baseline, "well-led",
                                                                                     "shared-direction-and-culture")),
                   ==, 3);
  g_assert_false (asr_window_get_modified (window));
  g_assert_null (find_dialog (GTK_WINDOW (window)));
  _asr_comparison_view_rebuild (view);
  gtk_switch_set_active (view->changed_only_switch, FALSE);
  for (guint i = 0; i < count_rows (view->statements_list); i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (view->statements_list, i))),
                   "Shared direction and culture") == 0)
      row = row_at (view->statements_list, i);
  g_assert_nonnull (row);
  g_test_message ("%s", adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                                   "Well-led · score 3 → "));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* CQC's API data has no statements: Compare refuses it, saying so. */
static void
test_compare_refuses_ratings (void)
{
  AsrWindow *window = new_window ();
  AdwMessageDialog *dialog;

  import_fixture (window, "location-1-101234567.json", TRUE);
  test_wait_for (has_dialog, window);
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "location-1-101234567.json: neither an Assessor assessment nor a published report"));
  g_assert_null (asr_comparison_get_baseline (window->comparison_view->comparison));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static AsrWindow *
find_other_window (AsrWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ASR_IS_WINDOW (toplevel) && toplevel != GTK_WINDOW (window))
        return ASR_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
has_other_window (gpointer window)
{
  AsrWindow *other = find_other_window (window);

  return other != NULL && find_dialog (GTK_WINDOW (other)) != NULL;
}

/* Import Published Report…: a new, unsaved window with the report's
 * figures, and a dialog with what the import checked. */
static void
test_import_report (void)
{
  AsrWindow *window = new_window ();
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *path = report_path ("seed-000-well-led.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsrWindow *imported;
  AsrAssessment *assessment;
  AsrKeyQuestion *well_led;
  AdwMessageDialog *dialog;
  const char *found;

  g_list_store_append (files, file);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import-report"));
  _asr_window_import_reports (window, G_LIST_MODEL (files));
  test_wait_for (has_other_window, window);
  imported = find_other_window (window);
  assessment = asr_window_get_assessment (imported);
  g_assert_cmpstr (asr_assessment_get_provider (assessment), ==, "Norfolk and Suffolk NHS Foundation Trust");
  well_led = asr_assessment_lookup_key_question (assessment, "well-led");
  g_assert_cmpint (asr_key_question_get_rating (well_led), ==, ASR_RATING_GOOD);
  g_assert_cmpint (asr_quality_statement_get_score (asr_assessment_lookup_statement (assessment, "well-led",
                                                                                     "shared-direction-and-culture")),
                   ==, 3);
  g_assert_null (asr_window_get_file (imported));
  g_assert_true (asr_window_get_modified (imported));
  dialog = find_dialog (GTK_WINDOW (imported));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The new assessment is not saved yet.");
  /* the scrolled window wraps the label in a viewport */
  found = gtk_label_get_text (GTK_LABEL (gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (
    GTK_SCROLLED_WINDOW (adw_message_dialog_get_extra_child (dialog)))))));
  g_test_message ("%s", found);
  g_assert_true (g_str_has_prefix (found, "Checks:\n• "));
  g_assert_nonnull (strstr (found, "the published 71 out of 100 matches its statements"));
  test_render_png (GTK_WIDGET (dialog), "import-report-dialog-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (dialog), "import-report-dialog-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (imported), 360, 720);
  test_spin ();
  test_render_png (GTK_WIDGET (dialog), "import-report-dialog-narrow.png");
  /* the window it came from is untouched */
  g_assert_false (asr_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (dialog));
  imported->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (imported));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Not a report: an error naming the file, and no window. */
static void
test_import_report_refused (void)
{
  AsrWindow *window = new_window ();
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autofree char *path = report_path ("news-not-a-report.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_list_store_append (files, file);
  _asr_window_import_reports (window, G_LIST_MODEL (files));
  test_wait_for (has_dialog, window);
  dialog = find_dialog (GTK_WINDOW (window));
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "news-not-a-report.txt"));
  g_assert_null (find_other_window (window));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_framework_notice (void)
{
  AsrWindow *window = new_window ();
  AsrComparisonView *view = window->comparison_view;
  g_autoptr(AsrAssessment) previous = test_new_assessment ("cqc-saf-2023");

  g_assert_false (gtk_widget_get_visible (view->framework_notice));
  asr_comparison_view_set_baseline (view, previous);
  test_spin ();
  g_assert_true (gtk_widget_get_visible (view->framework_notice));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (view->framework_notice_label),
                                   "The method changed: the previous assessment used SAF 2023 ("));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_narrow (gpointer window)
{
  return gtk_widget_get_width (GTK_WIDGET (window)) == 360;
}

/* Across frameworks (a KLOE 2017 previous assessment): the linked quality
 * statement's row shows both sides with their frameworks, unlinked ones
 * are not listed as changed, the notice says why. */
static void
test_across_frameworks (void)
{
  AsrWindow *window = new_window ();
  AsrComparisonView *view = window->comparison_view;
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data",
                                            "samples", "judgement.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) previous = asr_assessment_load_from_file (file, NULL, &error);
  const char *safeguarding = NULL;
  guint n_rows;

  g_assert_no_error (error);
  asr_comparison_view_set_baseline (view, previous);
  test_spin ();
  _asr_comparison_view_rebuild (view);
  n_rows = count_rows (view->statements_list);
  for (guint i = 0; i < n_rows; i++)
    {
      GtkWidget *row = row_at (view->statements_list, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      if (g_str_equal (title, "Safeguarding"))
        safeguarding = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
      /* no counterpart in KLOE 2017: compared at key question level only */
      g_assert_cmpstr (title, !=, "Environmental sustainability – sustainable development");
    }
  /* Each framework by its short name. */
  g_assert_cmpstr (safeguarding, ==, "Safe · Safeguarding from abuse, Good (KLOE 2017) → "
                                     "Safeguarding, score 3 (SAF 2024)");
  g_assert_nonnull (strstr (gtk_label_get_label (view->framework_notice_label),
                            "the rest are compared at key question level only, because the "
                            "other framework has no one-to-one topic for them."));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  test_render_light_dark (GTK_WIDGET (window), "compare-across");
  /* At 360 px, where the view switcher moves to the bottom bar: GTK 4.8
   * warned (fatal here) of a GtkBox allocated width 0 while the bar was
   * revealed inside the allocation that decided it. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  test_wait_for (is_narrow, window);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_wait_for_transitions ();
  test_render_light_dark (GTK_WIDGET (window), "compare-across-narrow");
  test_render_png (GTK_WIDGET (view->statements_list), "compare-across-narrow-statements.png");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, 360);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
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
has_dialog (gpointer window)
{
  return find_dialog (window) != NULL;
}

/* A broken sheet: a message naming file, line and column; nothing changes. */
static void
test_broken_import (void)
{
  AsrWindow *window = new_window ();
  g_autoptr(GBytes) before = asr_assessment_serialize (asr_window_get_assessment (window));
  g_autoptr(GBytes) after = NULL;
  AdwMessageDialog *dialog;

  import_fixture (window, "broken/csv-text-after-quote.csv", FALSE);
  test_wait_for (has_dialog, window);
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "csv-text-after-quote.csv:3:20: text after the closing quote (a quote inside "
                   "a quoted field is written twice: \"\")");
  after = asr_assessment_serialize (asr_window_get_assessment (window));
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (asr_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
chosen_cb (AsrLocationPicker *picker,
           const char        *id,
           char             **out)
{
  *out = g_strdup (id);
}

static AsrCqcRatings *
read_sheet (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *data = NULL;
  gsize length = 0;
  AsrCqcRatings *ratings;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (data, length);
  ratings = asr_cqc_ratings_parse (bytes, name, &error);
  g_assert_no_error (error);
  return ratings;
}

static void
test_location_picker (void)
{
  AsrWindow *window = new_window ();
  AsrLocationPicker *picker = _asr_window_pick_location (window, read_sheet ("latest-ratings.csv"),
                                                         "latest-ratings.csv");
  AsrAssessment *assessment = asr_window_get_assessment (window);
  g_autofree char *chosen = NULL;

  test_wait_for (test_is_mapped, picker);
  g_signal_connect (picker, "location-chosen", G_CALLBACK (chosen_cb), &chosen);
  g_assert_cmpuint (g_list_model_get_n_items (asr_location_picker_get_model (picker)), ==, 4);
  gtk_editable_set_text (asr_location_picker_get_search (picker), "WILLOWS");
  while (g_list_model_get_n_items (asr_location_picker_get_model (picker)) != 1)
    g_main_context_iteration (NULL, TRUE);
  asr_location_picker_choose (picker);
  g_assert_cmpstr (chosen, ==, "1-202345678");
  g_assert_cmpint (asr_key_question_get_previous_rating (asr_assessment_lookup_key_question (assessment, "well-led")),
                   ==, ASR_RATING_INADEQUATE);
  test_spin ();
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Thousands of locations: building the list and filtering stay quick. */
static void
test_location_picker_large (void)
{
  g_autoptr(GString) sheet = g_string_new ("Location ID,Location Name,Service / Population Group,"
                                           "Domain,Latest Rating,Publication Date\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AsrCqcRatings *ratings;
  AsrLocationPicker *picker;
  GListModel *model;
  gint64 start;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (sheet, "1-%09u,\"Care Home %u, Street %u\",Overall,Overall,Good,01/05/2024\r\n",
                            i, i, i % 97);
  bytes = g_string_free_to_bytes (g_steal_pointer (&sheet));
  start = g_get_monotonic_time ();
  ratings = asr_cqc_ratings_parse (bytes, "big.csv", &error);
  g_assert_no_error (error);
  picker = asr_location_picker_new (NULL, ratings, "big.csv");
  gtk_window_present (GTK_WINDOW (picker));
  test_wait_for (test_is_mapped, picker);
  model = asr_location_picker_get_model (picker);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 20000);
  gtk_editable_set_text (asr_location_picker_get_search (picker), "home 1999");
  while (g_list_model_get_n_items (model) != 11)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("20 000 locations: read, listed and filtered in %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  gtk_window_destroy (GTK_WINDOW (picker));
  asr_cqc_ratings_free (ratings);
}

static void
test_render (void)
{
  AsrWindow *window = new_window ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  AsrLocationPicker *picker;

  import_fixture (window, "previous.assessment", TRUE);
  test_wait_for (has_baseline, window->comparison_view);
  _asr_comparison_view_rebuild (window->comparison_view);
  gtk_switch_set_active (window->comparison_view->changed_only_switch, FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_at (window->comparison_view->statements_list, 0)), TRUE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "compare-light.png");
  test_render_png (GTK_WIDGET (window->comparison_view), "compare-view-light.png");
  test_render_png (GTK_WIDGET (window->comparison_view->statements_list), "compare-statements-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window->comparison_view), "compare-view-dark.png");
  test_render_png (GTK_WIDGET (window->comparison_view->statements_list), "compare-statements-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  picker = _asr_window_pick_location (window, read_sheet ("latest-ratings.csv"), "latest-ratings.csv");
  test_wait_for (test_is_mapped, picker);
  test_render_png (GTK_WIDGET (picker), "location-picker.png");
  gtk_window_destroy (GTK_WINDOW (picker));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  test_spin ();
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_wait_for_transitions ();
  test_render_png (GTK_WIDGET (window), "compare-narrow.png");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);

  g_test_add_func ("/comparison/templates", test_templates);
  g_test_add_func ("/comparison/import-api", test_import_api);
  g_test_add_func ("/comparison/statements-filter", test_statements_filter);
  g_test_add_func ("/comparison/framework-notice", test_framework_notice);
  g_test_add_func ("/comparison/across-frameworks", test_across_frameworks);
  g_test_add_func ("/comparison/compare-report", test_compare_report);
  g_test_add_func ("/comparison/compare-refuses-ratings", test_compare_refuses_ratings);
  g_test_add_func ("/comparison/import-report", test_import_report);
  g_test_add_func ("/comparison/import-report-refused", test_import_report_refused);
  g_test_add_func ("/comparison/broken-import", test_broken_import);
  g_test_add_func ("/comparison/location-picker", test_location_picker);
  g_test_add_func ("/comparison/location-picker-large", test_location_picker_large);
  g_test_add_func ("/comparison/render", test_render);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
