/* test-export-dialog.c: the Export Report dialog and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog is driven through its real widgets; printing is run through
 * GtkPrintOperation's export action, which draws every page with the same
 * layout as the PDF export, into a PDF we read back.
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "asr-export-dialog-private.h"
#include "asr-print.h"
#include "asr-report-layout.h"
#include "test-util.h"

static void
wait_for_task (GAsyncResult **result)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (*result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (*result);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static AsrExportDialog *
new_dialog (AsrAssessment *assessment)
{
  AsrExportDialog *dialog = asr_export_dialog_new (NULL, assessment);

  gtk_window_present (GTK_WINDOW (dialog));
  while (!gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    g_main_context_iteration (NULL, TRUE);
  return dialog;
}

static char *
export_to_string (AsrExportDialog *dialog,
                  const char      *name)
{
  g_autofree char *path = g_build_filename (RENDER_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  asr_export_dialog_export_async (dialog, file, NULL, store_result_cb, &result);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->export_button)));
  wait_for_task (&result);
  g_assert_true (asr_export_dialog_export_finish (dialog, result, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->export_button)));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_defaults (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrExportDialog *dialog = new_dialog (assessment);
  AsrReportOptions options;

  g_assert_true (asr_export_dialog_get_assessment (dialog) == assessment);
  g_assert_cmpint (asr_export_dialog_get_format (dialog), ==, ASR_REPORT_FORMAT_PDF);
  asr_export_dialog_get_options (dialog, &options);
  g_assert_true (options.comparison);
  g_assert_false (options.evidence_notes);
  g_assert_cmpuint (g_strv_length (options.key_questions), ==, 5);
  asr_report_options_clear (&options);

  /* Nothing ticked, nothing to export. */
  for (guint i = 0; i < dialog->key_question_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (dialog->key_question_checks, i), FALSE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dialog->export_button)));
  gtk_check_button_set_active (g_ptr_array_index (dialog->key_question_checks, 4), TRUE);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->export_button)));

  /* Cancel and Escape close it through "window.close". */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);
}

static void
test_accessibility (void)
{
  static const char * const names[] = { "Safe", "Effective", "Caring", "Responsive", "Well-led" };
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrExportDialog *dialog = new_dialog (assessment);

  g_assert_cmpuint (dialog->key_question_checks->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_test_accessible_assert_property (g_ptr_array_index (dialog->key_question_checks, i),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, names[i]);
  gtk_test_accessible_assert_property (dialog->comparison_switch, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Comparison with previous ratings");
  gtk_test_accessible_assert_property (dialog->evidence_switch, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Evidence category notes");
  gtk_test_accessible_assert_property (dialog->comments_switch, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Review comments");
  gtk_test_accessible_assert_role (dialog->comparison_switch, GTK_ACCESSIBLE_ROLE_SWITCH);
  gtk_test_accessible_assert_role (g_ptr_array_index (dialog->key_question_checks, 0),
                                   GTK_ACCESSIBLE_ROLE_CHECKBOX);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_export_markdown (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrExportDialog *dialog = new_dialog (assessment);
  g_autofree char *markdown = NULL;

  gtk_check_button_set_active (g_ptr_array_index (dialog->key_question_checks, 0), FALSE);
  gtk_switch_set_active (dialog->evidence_switch, TRUE);
  gtk_switch_set_active (dialog->comparison_switch, FALSE);
  asr_export_dialog_set_format (dialog, ASR_REPORT_FORMAT_MARKDOWN);
  g_assert_cmpuint (adw_combo_row_get_selected (dialog->format_row), ==, 2);
  markdown = export_to_string (dialog, "export-dialog.md");

  g_assert_true (g_str_has_prefix (markdown, "# Larchfield House\n"));
  g_assert_null (strstr (markdown, "\n## Safe\n"));
  g_assert_null (strstr (markdown, "\n## Overall rating\n"));
  g_assert_null (strstr (markdown, "At the previous assessment"));
  g_assert_nonnull (strstr (markdown, "\n## Caring\n"));
  /* An evidence category note of the sample, under its statement. */
  g_assert_nonnull (strstr (markdown, "#### People’s experience of health and care services\n\n"
                                      "Six people and four relatives praised staff’s kindness."));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Review comments are left out unless the switch is on. */
static void
test_export_comments (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrQualityStatement *statement = asr_assessment_lookup_statement (assessment, "safe", "safeguarding");
  g_autoptr(AsrComment) comment = asr_comment_new ("R. Reviewer", "2026-10-15", "Which audit?", FALSE);
  AsrExportDialog *dialog;
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;

  g_list_store_append (G_LIST_STORE (asr_quality_statement_get_comments (statement)), comment);
  dialog = new_dialog (assessment);
  asr_export_dialog_set_format (dialog, ASR_REPORT_FORMAT_MARKDOWN);
  g_assert_false (gtk_switch_get_active (dialog->comments_switch));
  without = export_to_string (dialog, "export-dialog-no-comments.md");
  g_assert_null (strstr (without, "Which audit?"));
  gtk_switch_set_active (dialog->comments_switch, TRUE);
  with = export_to_string (dialog, "export-dialog-comments.md");
  g_assert_nonnull (strstr (with, "Review comment by R. Reviewer, 15 October 2026 (open): Which audit?"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_export_pdf (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrExportDialog *dialog = new_dialog (assessment);
  g_autofree char *pdf = export_to_string (dialog, "export-dialog.pdf");

  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_print_same_layout (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autoptr(GtkPrintOperation) operation = asr_print_operation_new (assessment);
  g_autofree char *path = g_build_filename (RENDER_DIR, "print-export.pdf", NULL);
  g_autoptr(AsrReport) report = asr_report_new (assessment, NULL);
  g_autoptr(AsrReportLayout) layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH,
                                                             ASR_REPORT_A4_HEIGHT);
  g_autofree char *pages = g_strdup_printf ("^Pages: +%u$", asr_report_layout_get_n_pages (layout));
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  info = test_run_pdf_tool ("pdfinfo", path);
  text = test_run_pdf_tool ("pdftotext", path);
  g_assert_nonnull (strstr (info, "A4"));
  g_assert_true (g_regex_match_simple (pages, info, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (text, "Larchfield House"));
  g_assert_nonnull (strstr (text, "This service scored 66 (out of 100) for this area."));
  g_assert_nonnull (strstr (text, "DRAFT"));
}

static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static void
test_render (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  AsrExportDialog *dialog = new_dialog (assessment);

  settle ();
  test_render_png (GTK_WIDGET (dialog), "export-dialog-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle ();
  test_render_png (GTK_WIDGET (dialog), "export-dialog-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = new_dialog (assessment);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 400);
  test_render_png (GTK_WIDGET (dialog), "export-dialog-narrow.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/export-dialog/defaults", test_defaults);
  g_test_add_func ("/export-dialog/accessibility", test_accessibility);
  g_test_add_func ("/export-dialog/export-markdown", test_export_markdown);
  g_test_add_func ("/export-dialog/export-pdf", test_export_pdf);
  g_test_add_func ("/export-dialog/comments", test_export_comments);
  g_test_add_func ("/print/same-layout", test_print_same_layout);
  g_test_add_func ("/export-dialog/render", test_render);

  return g_test_run ();
}
