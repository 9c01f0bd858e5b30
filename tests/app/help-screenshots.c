/* help-screenshots.c: the pictures of help/C/figures, from the bundled sample
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * help-screenshots OUT_DIR renders the main windows of Assessor on
 * data/samples/sample.assessment (under ASSESSOR_SOURCE_ROOT) to
 * PNG files in OUT_DIR: light style, no animations, fixed sizes and a fixed date,
 * so running it again gives the same pictures.  build-aux/help-screenshots.sh
 * runs it under Xvfb with the test suite's settings.  It renders with the
 * code the interface tests use (asr-test-render.c).
 */
#include "config.h"

#include <errno.h>

#include <adwaita.h>

#include "asr-export-dialog.h"
#include "asr-new-assessment-dialog.h"
#include "asr-review-panel.h"
#include "asr-test-render.h"
#include "asr-window-private.h"
#include "test-util.h"

#define WIDTH  1000
#define HEIGHT 700

static AsrApplication *application;
static const char     *out_dir;

static void
shoot (GtkWidget  *widget,
       const char *name)
{
  g_autofree char *path = g_build_filename (out_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  test_wait_for (test_is_mapped, widget);
  test_spin ();
  if (!asr_test_render_widget_to_png (widget, path, &error))
    g_error ("%s: %s", path, error->message);
  g_print ("%s\n", path);
}

static AsrWindow *
new_window (AsrAssessment *assessment)
{
  AsrWindow *window = asr_window_new (application);

  if (assessment != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data", "samples",
                                                "sample.assessment", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      asr_window_set_document (window, assessment, file);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  return window;
}

static void
close_window (AsrWindow *window)
{
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  test_spin ();
}

/* The statement page, the Summary and Compare (against the previous
 * ratings the sample holds). */
static void
shoot_document (AsrAssessment *assessment)
{
  AsrWindow *window = new_window (assessment);

  asr_window_show_statement (window, asr_assessment_lookup_statement (assessment, "safe", "safeguarding"));
  shoot (GTK_WIDGET (window), "statement-page.png");
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  shoot (GTK_WIDGET (window), "summary.png");
  adw_view_stack_set_visible_child_name (window->view_stack, "compare");
  shoot (GTK_WIDGET (window), "compare.png");
  close_window (window);
}

/* A dialog of @window at a fixed size; both closed afterwards. */
static void
shoot_dialog (AsrWindow  *window,
              GtkWindow  *dialog,
              const char *name)
{
  gtk_window_set_default_size (dialog, 640, HEIGHT);
  gtk_window_present (dialog);
  shoot (GTK_WIDGET (dialog), name);
  gtk_window_destroy (dialog);
  close_window (window);
}

static void
shoot_welcome (void)
{
  AsrWindow *window = new_window (NULL);

  shoot (GTK_WIDGET (window), "welcome.png");
  close_window (window);
}

static void
set_row (AsrNewAssessmentDialog *dialog,
         const char             *row,
         const char             *text)
{
  gtk_editable_set_text (GTK_EDITABLE (asr_new_assessment_dialog_get_row (dialog, row)), text);
}

/* Filled in as a user would, with a fixed date (the default is today). */
static void
shoot_new_assessment (void)
{
  AsrWindow *window = new_window (NULL);
  AsrNewAssessmentDialog *dialog = asr_new_assessment_dialog_new (GTK_WINDOW (window));

  set_row (dialog, "provider_row", "Larchfield Care Ltd");
  set_row (dialog, "location_row", "Larchfield House");
  set_row (dialog, "location_id_row", "1-101234567");
  set_row (dialog, "service_name_row", "Larchfield House");
  set_row (dialog, "date_row", "14/10/2026");
  shoot_dialog (window, GTK_WINDOW (dialog), "new-assessment.png");
}

static void
shoot_export (AsrAssessment *assessment)
{
  AsrWindow *window = new_window (assessment);
  AsrExportDialog *dialog = asr_export_dialog_new (GTK_WINDOW (window), assessment);

  shoot_dialog (window, GTK_WINDOW (dialog), "export.png");
}

static void
shoot_review (AsrAssessment *assessment)
{
  AsrWindow *window = new_window (assessment);
  GtkWidget *panel;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.review", NULL);
  panel = g_object_get_data (G_OBJECT (window), "asr-review-panel");
  if (panel == NULL)
    g_error ("win.review opened no review panel");
  shoot (panel, "review.png");
  gtk_window_destroy (GTK_WINDOW (panel));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUT_DIR\n", argv[0]);
      return 2;
    }
  out_dir = argv[1];
  if (g_mkdir_with_parents (out_dir, 0755) != 0)
    g_error ("%s: %s", out_dir, g_strerror (errno));
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  application = asr_application_new_for_test ();
  if (!g_application_register (G_APPLICATION (application), NULL, &error))
    g_error ("%s", error->message);

  shoot_welcome ();
  shoot_new_assessment ();
  assessment = test_load_sample ();
  shoot_document (assessment);
  g_clear_object (&assessment);
  assessment = test_load_sample ();
  shoot_export (assessment);
  shoot_review (assessment);
  g_object_unref (application);
  return 0;
}
