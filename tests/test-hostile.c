/* test-hostile.c: hostile files give a clear error, never a crash or hang
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input goes through asr_assessment_load_from_file(), then through
 * the window's open path: the user sees the loader's message naming the
 * file and the place, and the document already open is left as it was.
 * What is not a regular file, or is too large, is refused before it is
 * read, by the open path and by the import of previous ratings.
 */
#include "config.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "asr-window-import.h"
#include "asr-window-private.h"

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;     /* -1: up to the NUL */
  const char *expected;   /* in the message, after the file name */
} Hostile;

static const char header[] = "{\"format\": \"assessor-assessment\", \"version\": 1, ";

static const Hostile cases[] = {
  { "invalid-utf8.assessment", "{\"format\": \"assessor\xff\"}", -1, ":1:" },
  { "nul-byte.assessment", "{\"format\":\0 1}", 14, ":1:" },
  { "1e400.assessment", "{\"version\": 1e400}", -1, ":1:" },
  { "past-64-bits.assessment", "{\"version\": 18446744073709551616}", -1, ":1:" },
  { "duplicate-keys.assessment", "{\"format\": \"a\", \"format\": \"b\"}", -1, ":1:" },
  { "two-values.assessment", "{}\n{}\n", -1, ":2:" },
  { "comments.assessment", "// a comment\n{}", -1, ":1:" },
  { "block-comment.assessment", "{ /* a comment */ }", -1, ":1:" },
};

/* Refused before a byte is read, with these words after the name. */
static const struct
{
  const char *name;
  const char *expected;
} refused[] = {
  { "huge.assessment", ": file is too large" },
  { "pipe.assessment", ": not a regular file (a pipe)" },
  { "folder.assessment", ": not a regular file (a folder)" },
  { "zero.assessment", ": not a regular file (a device)" },
};

static char *tmp_dir;

static GFile *
write_case (const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GFile *
write_nested (void)
{
  gsize n = 100000;
  g_autofree char *brackets = g_malloc (2 * n);

  memset (brackets, '[', n);
  memset (brackets + n, ']', n);
  return write_case ("nested.assessment", brackets, (gssize) (2 * n));
}

static GFile *
write_truncated (void)
{
  const char *root = g_getenv ("ASSESSOR_SOURCE_ROOT");
  g_autofree char *sample = g_build_filename (root, "data", "samples", "sample.assessment", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  return write_case ("truncated.assessment", contents, (gssize) (length / 2));
}

/* 2 GB that take no room: a sparse file. */
static GFile *
write_huge (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "huge.assessment", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, header, strlen (header)), ==, (gssize) strlen (header));
  g_assert_cmpint (ftruncate (fd, (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  close (fd);
  return g_file_new_for_path (path);
}

/* A FIFO no one writes to, a folder and a link to /dev/zero, all named
 * like assessments. */
static void
add_not_regular (GPtrArray *files)
{
  g_autofree char *pipe = g_build_filename (tmp_dir, "pipe.assessment", NULL);
  g_autofree char *folder = g_build_filename (tmp_dir, "folder.assessment", NULL);
  g_autofree char *zero = g_build_filename (tmp_dir, "zero.assessment", NULL);

  if (!g_file_test (pipe, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
      g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
      g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
    }
  g_ptr_array_add (files, g_file_new_for_path (pipe));
  g_ptr_array_add (files, g_file_new_for_path (folder));
  g_ptr_array_add (files, g_file_new_for_path (zero));
}

static GPtrArray *
all_files (void)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_ptr_array_add (files, write_case (cases[i].name, cases[i].contents, cases[i].length));
  g_ptr_array_add (files, write_nested ());
  g_ptr_array_add (files, write_truncated ());
  g_ptr_array_add (files, write_huge ());
  add_not_regular (files);
  return files;
}

static const char *
expected_for (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (g_str_equal (name, cases[i].name))
      return cases[i].expected;
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    if (g_str_equal (name, refused[i].name))
      return refused[i].expected;
  return ":";   /* a line:col follows */
}

static void
assert_names_place (const char *message,
                    GFile      *file)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *at = strstr (message, name);

  g_assert_nonnull (at);
  g_assert_nonnull (strstr (at + strlen (name), expected_for (file)));
  if (g_str_equal (expected_for (file), ":"))
    g_assert_true (g_regex_match_simple (".assessment:[0-9]+:[0-9]+: ", message, 0, 0));
}

static void
test_loader (void)
{
  g_autoptr(GPtrArray) files = all_files ();

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(AsrAssessment) assessment = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      assessment = asr_assessment_load_from_file (file, NULL, &error);
      g_assert_null (assessment);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      assert_names_place (error->message, file);
      /* Refused by size, or read once: no hang. */
      g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
    }
}

static gboolean
has_dialog (AsrWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return TRUE;
    }
  return FALSE;
}

static AdwMessageDialog *
wait_for_dialog (AsrWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!has_dialog (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_not_reached ();
}

/* Previous ratings come through the window's import: a FIFO, a folder,
 * /dev/zero or a huge file is refused the same way, and the previous
 * ratings already there stay as they were. */
static void
check_import_path (AsrWindow *window)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  AsrAssessment *assessment = asr_window_get_assessment (window);

  asr_assessment_set_previous_source (assessment, "Kept");
  add_not_regular (files);
  g_ptr_array_add (files, write_huge ());

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      AdwMessageDialog *dialog;

      _asr_window_import_file (window, file, FALSE);
      dialog = wait_for_dialog (window);
      assert_names_place (adw_message_dialog_get_body (dialog), file);
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_assert_cmpstr (asr_assessment_get_previous_source (assessment), ==, "Kept");
    }
}

static void
test_open_path (void)
{
  g_autoptr(AsrApplication) application = asr_application_new_for_test ();
  g_autoptr(GPtrArray) files = all_files ();
  g_autoptr(GError) error = NULL;
  AsrWindow *window;
  AsrAssessment *assessment;

  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);
  window = asr_window_new (application);
  gtk_window_present (GTK_WINDOW (window));
  assessment = asr_window_get_assessment (window);
  asr_assessment_set_service_name (assessment, "Work in progress");

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autofree char *name = g_file_get_basename (file);
      AdwMessageDialog *dialog;

      asr_window_open_file (window, file);
      dialog = wait_for_dialog (window);
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
      assert_names_place (adw_message_dialog_get_body (dialog), file);
      gtk_window_destroy (GTK_WINDOW (dialog));

      /* Nothing open changed, no other window appeared. */
      g_assert_true (asr_window_get_assessment (window) == assessment);
      g_assert_cmpstr (asr_assessment_get_service_name (assessment), ==, "Work in progress");
      g_assert_true (asr_window_get_modified (window));
      g_assert_null (asr_window_get_file (window));
      g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                        ==, 1);
    }
  check_import_path (window);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = g_dir_make_tmp ("assessor-hostile-XXXXXX", NULL);
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/hostile/loader", test_loader);
  g_test_add_func ("/hostile/open-path", test_open_path);

  status = g_test_run ();
  {
    const char *rm[] = { "rm", "-rf", tmp_dir, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (tmp_dir);
  return status;
}
