/* test-export-writes.c: the window's writers go through the safe writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Export Report dialog's save path (asr_export_dialog_export_async(),
 * what its file chooser calls), the window's Export JSON, and Print to File
 * (GtkPrintOperation with the "Print to File" printer, no dialog): a full
 * disk leaves the old file byte-identical with no temporary file; a new
 * file is 0600 whatever the umask; a replaced file keeps its mode and
 * group; a link is written through; our stale temporary files go.
 *
 * A full disk without root: the soft RLIMIT_FSIZE is lowered around the
 * export, with SIGXFSZ ignored, so that writes past it fail with EFBIG.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "asr-application.h"
#include "asr-export-dialog-private.h"
#include "asr-print.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;
static char *work_dir;

static const AsrReportFormat all_formats[] = {
  ASR_REPORT_FORMAT_PDF, ASR_REPORT_FORMAT_HTML, ASR_REPORT_FORMAT_MARKDOWN,
  ASR_REPORT_FORMAT_TEXT, ASR_REPORT_FORMAT_JSON,
};

/* A fresh directory under the build directory for each test. */
static char *
new_dir (const char *name)
{
  char *dir = g_build_filename (work_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

/* An earlier report, larger than the 1 KiB limit of the full-disk tests. */
static GBytes *
write_old (const char *path,
           guint       mode)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (text, "Earlier report, line %u\n", i);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
assert_unchanged (const char *path,
                  GBytes     *old)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (old, NULL), g_bytes_get_size (old));
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Only @expected is left in @dir: no temporary file. */
static void
assert_entries (const char         *dirname,
                const char * const *expected)
{
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_strv_contains (expected, name))
      g_error ("%s: unexpected entry %s", dirname, name);
}

static struct rlimit saved_limit;

/* Writes past @bytes now fail with EFBIG (SIGXFSZ ignored). */
static void
limit_file_size (rlim_t bytes)
{
  struct rlimit limit;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  limit = saved_limit;
  limit.rlim_cur = bytes;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
unlimit_file_size (void)
{
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
result_arrived (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static AsrExportDialog *
new_dialog (AsrAssessment  *assessment,
            AsrReportFormat format)
{
  AsrExportDialog *dialog = asr_export_dialog_new (NULL, assessment);

  asr_export_dialog_set_format (dialog, format);
  gtk_window_present (GTK_WINDOW (dialog));
  test_wait_for (test_is_mapped, dialog);
  return dialog;
}

/* The dialog's save path, as its file chooser's response takes it. */
static gboolean
dialog_export (AsrExportDialog *dialog,
               const char      *path,
               GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  asr_export_dialog_export_async (dialog, file, NULL, store_result_cb, &result);
  test_wait_for (result_arrived, &result);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dialog->export_button)));
  return asr_export_dialog_export_finish (dialog, result, error);
}

static void
test_dialog_disk_full (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();

  for (guint i = 0; i < G_N_ELEMENTS (all_formats); i++)
    {
      const char *extension = asr_report_format_to_extension (all_formats[i]);
      g_autofree char *name = g_strdup_printf ("report.%s", extension);
      g_autofree char *dir = new_dir (name);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *expected[] = { name, NULL };
      g_autoptr(GBytes) old = write_old (path, 0640);
      AsrExportDialog *dialog = new_dialog (assessment, all_formats[i]);
      g_autoptr(GError) error = NULL;
      gboolean written;

      limit_file_size (1024);
      written = dialog_export (dialog, path, &error);
      unlimit_file_size ();
      g_assert_false (written);
      g_assert_error (error, G_IO_ERROR, (int) g_io_error_from_errno (EFBIG));
      g_assert_nonnull (strstr (error->message, path));
      assert_unchanged (path, old);
      g_assert_cmpuint (file_mode (path), ==, 0640);
      assert_entries (dir, expected);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static void
test_dialog_modes (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autofree char *dir = new_dir ("dialog-modes");
  const AsrReportFormat formats[] = { ASR_REPORT_FORMAT_PDF, ASR_REPORT_FORMAT_JSON };
  gid_t group = geteuid () == 0 ? 4242 : getegid ();

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *extension = asr_report_format_to_extension (formats[i]);
      g_autofree char *fresh = g_strdup_printf ("%s/new.%s", dir, extension);
      g_autofree char *shared = g_strdup_printf ("%s/shared.%s", dir, extension);
      g_autoptr(GBytes) old = write_old (shared, 0640);
      AsrExportDialog *dialog = new_dialog (assessment, formats[i]);
      g_autoptr(GError) error = NULL;
      mode_t old_umask = umask (022);
      GStatBuf st;

      g_assert_true (dialog_export (dialog, fresh, &error));
      umask (old_umask);
      g_assert_no_error (error);
      g_assert_cmpuint (file_mode (fresh), ==, 0600);

      g_assert_cmpint (chown (shared, (uid_t) -1, group), ==, 0);
      g_assert_true (dialog_export (dialog, shared, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (shared, &st), ==, 0);
      g_assert_cmpuint (st.st_mode & 07777, ==, 0640);
      g_assert_cmpuint (st.st_gid, ==, group);
      g_assert_cmpuint (st.st_size, !=, g_bytes_get_size (old));
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static void
test_dialog_symlink (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autofree char *dir = new_dir ("dialog-link");
  g_autofree char *target = g_build_filename (dir, "real.pdf", NULL);
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autoptr(GBytes) old = write_old (target, 0640);
  AsrExportDialog *dialog = new_dialog (assessment, ASR_REPORT_FORMAT_PDF);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *expected[] = { "real.pdf", "link.pdf", NULL };
  GStatBuf st;

  g_assert_cmpint (symlink ("real.pdf", link), ==, 0);
  g_assert_true (dialog_export (dialog, link, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (file_mode (target), ==, 0640);
  assert_entries (dir, expected);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
write_leftover (const char *dir,
                const char *name,
                gboolean    old)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, "leftover", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  if (!old)
    return;
  times.actime = times.modtime = time (NULL) - 5 * 60;
  g_assert_cmpint (utime (path, &times), ==, 0);
}

static void
test_dialog_stale (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autofree char *dir = new_dir ("dialog-stale");
  g_autofree char *path = g_build_filename (dir, "report.md", NULL);
  g_autoptr(GBytes) old = write_old (path, 0600);
  AsrExportDialog *dialog = new_dialog (assessment, ASR_REPORT_FORMAT_MARKDOWN);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "report.md", ".report.md.Fresh1", ".report.md.AbC12",
                             "report.md.AbC123", ".other.md.AbC123", NULL };

  write_leftover (dir, ".report.md.AbC123", TRUE);
  write_leftover (dir, ".report.md.Fresh1", FALSE);
  for (guint i = 2; expected[i] != NULL; i++)
    write_leftover (dir, expected[i], TRUE);
  g_assert_true (dialog_export (dialog, path, &error));
  g_assert_no_error (error);
  assert_entries (dir, expected);
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autofree char *kept = g_build_filename (dir, expected[i], NULL);

      g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWindow *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static gboolean
error_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* The file is an assessment: the rename is atomic, so it is whole. */
static gboolean
json_written (gpointer path)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) &&
         g_str_has_prefix (contents, "{\n  \"format\": \"assessor-assessment\"");
}

/* Export JSON, once its file chooser has answered. */
static void
test_window_json (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autofree char *dir = new_dir ("window-json");
  g_autofree char *fresh = g_build_filename (dir, "new.json", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.json", NULL);
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  g_autoptr(GFile) shared_file = g_file_new_for_path (shared);
  g_autoptr(GBytes) old = write_old (shared, 0640);
  const char *expected[] = { "new.json", "shared.json", NULL };
  AsrWindow *window = test_new_window (application, assessment, NULL);
  mode_t old_umask;

  old_umask = umask (022);
  _asr_window_export_to (window, fresh_file);
  test_wait_for (json_written, fresh);
  umask (old_umask);
  g_assert_cmpuint (file_mode (fresh), ==, 0600);

  limit_file_size (1024);
  _asr_window_export_to (window, shared_file);
  test_wait_for (error_shown, NULL);
  unlimit_file_size ();
  gtk_window_destroy (find_message_dialog ());
  assert_unchanged (shared, old);
  assert_entries (dir, expected);

  _asr_window_export_to (window, shared_file);
  test_wait_for (json_written, shared);
  g_assert_cmpuint (file_mode (shared), ==, 0640);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Answers the print dialog with Print (OK) once its printer (the one the
 * settings name) is selected, then its "Replace?" question with Replace,
 * as a user would.  @data: an Answer. */
typedef struct
{
  gboolean printed;
  rlim_t   limit;     /* when not 0: the disk is "full" from Print on */
} Answer;

/* Responding may run a nested main loop (the "Replace?" question): it
 * happens in an idle of its own, so that this timeout can answer that. */
static gboolean
respond_idle_cb (gpointer data)
{
  g_autoptr(GObject) dialog = data;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GPOINTER_TO_INT (g_object_get_data (dialog, "answer")));
  G_GNUC_END_IGNORE_DEPRECATIONS
  return G_SOURCE_REMOVE;
}

static void
respond (GObject *dialog,
         int      response)
{
  g_object_set_data (dialog, "answer", GINT_TO_POINTER (response));
  g_idle_add (respond_idle_cb, g_object_ref (dialog));
}

static gboolean
answer_print_dialog_cb (gpointer data)
{
  Answer *answer = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      GtkWidget *print;

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_object_get_data (window, "answer") == NULL)
        {
          respond (window, GTK_RESPONSE_ACCEPT);
          return G_SOURCE_CONTINUE;
        }
      if (answer->printed || !g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog"))
        continue;
      print = gtk_dialog_get_widget_for_response (GTK_DIALOG (window), GTK_RESPONSE_OK);
      if (print != NULL && gtk_widget_is_sensitive (print))
        {
          answer->printed = TRUE;
          if (answer->limit != 0)
            limit_file_size (answer->limit);
          respond (window, GTK_RESPONSE_OK);
        }
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  return G_SOURCE_CONTINUE;
}

/* Print, choosing the "Print to File" printer and @path in the print
 * dialog: the path a user takes. */
static GtkPrintOperationResult
print_to_file (AsrAssessment  *assessment,
               const char     *path,
               rlim_t          limit,
               GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = asr_print_operation_new (assessment);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GtkPrintOperationResult result;
  Answer answer = { FALSE, limit };
  guint source;

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);
  source = g_timeout_add (50, answer_print_dialog_cb, &answer);
  result = asr_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, error);
  if (limit != 0)
    unlimit_file_size ();
  g_source_remove (source);
  g_assert_true (answer.printed);
  return result;
}

static void
test_print_to_file (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  g_autofree char *dir = new_dir ("print-to-file");
  g_autofree char *fresh = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *target = g_build_filename (dir, "real.pdf", NULL);
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autoptr(GBytes) old = write_old (target, 0640);
  const char *expected[] = { "new.pdf", "real.pdf", "link.pdf", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  mode_t old_umask = umask (022);
  GtkPrintOperationResult result;
  GStatBuf st;

  g_assert_cmpint (print_to_file (assessment, fresh, 0, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (fresh), ==, 0600);
  text = test_run_pdf_tool ("pdftotext", fresh);
  g_assert_nonnull (strstr (text, "Larchfield House"));

  g_assert_cmpint (symlink ("real.pdf", link), ==, 0);
  result = print_to_file (assessment, link, 1024, &error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_assert_error (error, G_IO_ERROR, (int) g_io_error_from_errno (EFBIG));
  g_assert_nonnull (strstr (error->message, "link.pdf"));
  g_clear_error (&error);
  assert_unchanged (target, old);
  assert_entries (dir, expected);

  g_assert_cmpint (print_to_file (assessment, link, 0, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (file_mode (target), ==, 0640);
  g_free (text);
  text = test_run_pdf_tool ("pdftotext", target);
  g_assert_nonnull (strstr (text, "scored 66 (out of 100)"));
  assert_entries (dir, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *argv_rm[] = { "rm", "-rf", NULL, NULL };
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Only the file printer: no CUPS server is waited for. */
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  work_dir = g_build_filename (RENDER_DIR, "export-writes", NULL);
  argv_rm[2] = work_dir;
  g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, NULL, NULL);

  application = asr_application_new_for_test ();
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/export-writes/dialog-disk-full", test_dialog_disk_full);
  g_test_add_func ("/export-writes/dialog-modes", test_dialog_modes);
  g_test_add_func ("/export-writes/dialog-symlink", test_dialog_symlink);
  g_test_add_func ("/export-writes/dialog-stale", test_dialog_stale);
  g_test_add_func ("/export-writes/window-json", test_window_json);
  g_test_add_func ("/export-writes/print-to-file", test_print_to_file);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
