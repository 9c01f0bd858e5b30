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
#include <glib/gstdio.h>

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
  g_assert_null (strstr (markdown, "\n## Overall Rating\n"));
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
set_long_notes_cb (AsrKeyQuestion      *key_question,
                   AsrQualityStatement *statement,
                   gpointer             user_data)
{
  asr_quality_statement_set_notes (statement, user_data);
}

/* The sample with every statement's narrative some pages long: a PDF of
 * well over a hundred pages, long enough to be cancelled half-way. */
static AsrAssessment *
load_long_sample (void)
{
  AsrAssessment *assessment = test_load_sample ();
  g_autoptr(GString) notes = g_string_new (NULL);

  for (guint i = 0; i < 120; i++)
    g_string_append (notes, "Observed practice on the ward, recorded paragraph by paragraph "
                            "so that the narrative runs over several pages of the report.\n\n");
  asr_assessment_foreach_statement (assessment, set_long_notes_cb, notes->str);
  return assessment;
}

typedef struct
{
  double max_fraction;
  guint  n_updates;
  char  *page_text;   /* a "Page N of M" seen */
} Seen;

static void
fraction_cb (GtkProgressBar *bar,
             GParamSpec     *pspec,
             Seen           *seen)
{
  const char *text = gtk_progress_bar_get_text (bar);

  seen->max_fraction = MAX (seen->max_fraction, gtk_progress_bar_get_fraction (bar));
  seen->n_updates++;
  if (seen->page_text == NULL && text != NULL && g_str_has_prefix (text, "Page "))
    seen->page_text = g_strdup (text);
}

static void
test_export_progress (void)
{
  g_autoptr(AsrAssessment) assessment = load_long_sample ();
  AsrExportDialog *dialog = new_dialog (assessment);
  g_autofree char *path = g_build_filename (RENDER_DIR, "export-progress.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, NULL };

  g_signal_connect (dialog->progress_bar, "notify::fraction", G_CALLBACK (fraction_cb), &seen);
  asr_export_dialog_export_async (dialog, file, NULL, store_result_cb, &result);
  g_assert_true (gtk_revealer_get_reveal_child (dialog->progress_revealer));
  wait_for_task (&result);
  g_assert_true (asr_export_dialog_export_finish (dialog, result, &error));
  g_assert_no_error (error);

  g_test_message ("%u progress updates, one said “%s”", seen.n_updates, seen.page_text);
  g_assert_cmpuint (seen.n_updates, >, 10);
  g_assert_cmpfloat (seen.max_fraction, ==, 1.0);
  g_assert_nonnull (seen.page_text);
  g_assert_true (g_regex_match_simple ("^Page [0-9]+ of [0-9]{3,}$", seen.page_text, 0, 0));
  g_assert_false (gtk_revealer_get_reveal_child (dialog->progress_revealer));
  g_free (seen.page_text);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Cancel during an export stops the worker: the file that was there is
 * left byte-identical, no temporary file stays, the dialog stays open. */
static void
test_export_cancel (void)
{
  g_autoptr(AsrAssessment) assessment = load_long_sample ();
  AsrExportDialog *dialog = new_dialog (assessment);
  g_autofree char *dir = g_dir_make_tmp ("assessor-cancel-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Larchfield House report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) listing = NULL;
  GtkWidget *cancel;

  g_assert_true (g_file_set_contents (path, "the report exported last week", -1, NULL));
  asr_export_dialog_export_async (dialog, file, NULL, store_result_cb, &result);
  cancel = GTK_WIDGET (dialog->cancel_button);
  test_click (cancel);
  wait_for_task (&result);
  g_assert_false (asr_export_dialog_export_finish (dialog, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the report exported last week");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "Larchfield House report.pdf");
  g_assert_null (g_dir_read_name (listing));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->export_button)));
  g_assert_false (gtk_revealer_get_reveal_child (dialog->progress_revealer));

  /* Not exporting, Cancel closes the dialog. */
  test_click (cancel);
  while (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    g_main_context_iteration (NULL, TRUE);
  g_unlink (path);
  g_rmdir (dir);
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
  /* How an export in progress looks (the state set by hand: a real one
   * would finish while the picture is taken). */
  dialog->busy = TRUE;
  _asr_export_dialog_update_sensitivity (dialog);
  gtk_progress_bar_set_fraction (dialog->progress_bar, 12.0 / 30);
  gtk_progress_bar_set_text (dialog->progress_bar, "Page 12 of 30");
  settle ();
  test_render_png (GTK_WIDGET (dialog), "export-progress-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  settle ();
  test_render_png (GTK_WIDGET (dialog), "export-progress-light.png");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  settle ();
  test_render_png (GTK_WIDGET (dialog), "export-progress-narrow.png");
  dialog->busy = FALSE;
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
  g_test_add_func ("/export-dialog/export-progress", test_export_progress);
  g_test_add_func ("/export-dialog/export-cancel", test_export_cancel);
  g_test_add_func ("/export-dialog/comments", test_export_comments);
  g_test_add_func ("/print/same-layout", test_print_same_layout);
  g_test_add_func ("/export-dialog/render", test_render);

  return g_test_run ();
}
