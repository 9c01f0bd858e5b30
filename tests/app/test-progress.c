/* test-progress.c: the overall progress line under the sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "27 of 34 statements scored · 3 without notes · 1 not started", counted
 * from the model: a score, a note or a source changed anywhere shows at
 * once, with no code between the editor and the line.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static void
test_progress_follows_model (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = asr_window_new (application);
  AsrQualityStatement *staffing = asr_assessment_lookup_statement (assessment, "safe",
                                                                   "safe-and-effective-staffing");
  AsrQualityStatement *outcomes = asr_assessment_lookup_statement (assessment, "effective",
                                                                   "monitoring-and-improving-outcomes");
  guint n_checked = 0;

  asr_window_set_document (window, assessment, NULL);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->progress_label)));
  g_assert_cmpstr (asr_progress_label_get_text (window->progress_label), ==,
                   "31 of 34 statements scored · 9 without notes · 1 not started");

  asr_quality_statement_set_notes (staffing, "");
  g_assert_cmpstr (asr_progress_label_get_text (window->progress_label), ==,
                   "31 of 34 statements scored · 10 without notes · 1 not started");
  asr_quality_statement_set_source (outcomes, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (outcomes, 2);
  g_assert_cmpstr (asr_progress_label_get_text (window->progress_label), ==,
                   "32 of 34 statements scored · 10 without notes");

  /* Undo (the edits were one step) goes through the same model. */
  asr_history_undo (asr_window_get_history (window));
  asr_history_undo (asr_window_get_history (window));
  test_spin ();
  g_test_message ("after two undos: %s", asr_progress_label_get_text (window->progress_label));
  g_assert_cmpstr (asr_progress_label_get_text (window->progress_label), ==,
                   "31 of 34 statements scored · 9 without notes · 1 not started");

  test_render_png (GTK_WIDGET (window), "window-progress-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "window-progress-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_test_accessible_assert_property (test_find_descendant (GTK_WIDGET (window->progress_label), GTK_TYPE_LABEL),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Overall progress of the assessment");
  test_check_accessible (GTK_WIDGET (window->progress_label), &n_checked);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_folded (gpointer window)
{
  return adw_leaflet_get_folded (ASR_WINDOW (window)->leaflet);
}

/* The progress line the user sees under @widget: a mapped AsrProgressLabel
 * with its full height inside the window. */
static AsrProgressLabel *
find_shown_progress (GtkWidget *widget,
                     GtkWidget *window,
                     gpointer   exclude)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (ASR_IS_PROGRESS_LABEL (widget) && widget != exclude)
    {
      if (gtk_widget_compute_bounds (widget, window, &bounds) && bounds.size.height > 0 &&
          bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window) &&
          bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window))
        return ASR_PROGRESS_LABEL (widget);
      return NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AsrProgressLabel *found = find_shown_progress (child, window, exclude);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Shown, and not the one under the sidebar (off screen once the leaflet
 * has moved to the page). */
static gboolean
page_progress_shown (gpointer window)
{
  return find_shown_progress (GTK_WIDGET (window), GTK_WIDGET (window),
                              ASR_WINDOW (window)->progress_label) != NULL &&
         find_shown_progress (GTK_WIDGET (window), GTK_WIDGET (window), NULL) !=
         ASR_WINDOW (window)->progress_label;
}

/* At 360 px overall progress stays in view on both leaflet pages: under
 * the sidebar, and under the statement page while one is open, following
 * the model there too. */
static void
test_progress_narrow (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window = asr_window_new (application);
  AsrQualityStatement *outcomes = asr_assessment_lookup_statement (assessment, "effective",
                                                                   "monitoring-and-improving-outcomes");
  AsrProgressLabel *shown;

  asr_window_set_document (window, assessment, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  test_wait_for (is_folded, window);
  test_spin ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->progress_label)));
  test_render_png (GTK_WIDGET (window), "window-progress-narrow.png");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);

  /* A statement open: the sidebar's page is off screen. Without the
   * leaflet's slide, so no frame has both pages half in view (under load the
   * wait could end on such a frame). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  asr_window_show_statement (window, outcomes);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  test_wait_for (page_progress_shown, window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), !=, "sidebar");
  shown = find_shown_progress (GTK_WIDGET (window), GTK_WIDGET (window), NULL);
  g_assert_true (shown != window->progress_label);
  g_assert_cmpstr (asr_progress_label_get_text (shown), ==,
                   "31 of 34 statements scored · 9 without notes · 1 not started");
  asr_quality_statement_set_source (outcomes, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (outcomes, 2);
  g_assert_cmpstr (asr_progress_label_get_text (shown), ==,
                   "32 of 34 statements scored · 9 without notes");
  test_render_png (GTK_WIDGET (window), "window-progress-narrow-statement.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "window-progress-narrow-statement-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A judgement framework has items assessed, not statements scored. */
static void
test_progress_judgement (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data", "samples",
                                            "judgement.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_from_file (file, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = asr_progress_describe (assessment);
  g_test_message ("%s", text);
  /* The sample: 17 of its 24 items assessed (one not applicable), 6 not started. */
  g_assert_cmpstr (text, ==, "17 of 24 items assessed · 6 not started");
}

int
main (int   argc,
      char *argv[])
{
  application = test_init_application (&argc, &argv);

  g_test_add_func ("/progress/follows-model", test_progress_follows_model);
  g_test_add_func ("/progress/narrow", test_progress_narrow);
  g_test_add_func ("/progress/judgement", test_progress_judgement);
  return g_test_run ();
}
