/* test-safe-save.c: saving never tears a file, and keeps it private
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The torn-file test runs this binary as a child ("--save-loop FILE A B")
 * that saves two large assessments in turn, over and over, and kills it
 * with SIGKILL at random moments: the file must always be one of the two,
 * whole.
 */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>
#include <glib/gstdio.h>

#include "asr-core.h"
#include "asr-safe-file.h"
#include "bench/bench.h"

#define N_KILLS 40

static char *self_exe;

/* Temporary directories made by the tests, removed at the end. */
static GPtrArray *tmp_dirs;

static void
remove_tmp_dirs (void)
{
  for (guint i = 0; tmp_dirs != NULL && i < tmp_dirs->len; i++)
    {
      const char *argv[] = { "rm", "-rf", g_ptr_array_index (tmp_dirs, i), NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                    NULL, NULL, NULL, NULL);
    }
  g_clear_pointer (&tmp_dirs, g_ptr_array_unref);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("assessor-safe-XXXXXX", &error);

  g_assert_no_error (error);
  g_ptr_array_add (tmp_dirs, g_strdup (dir));
  return dir;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static guint
count_entries (const char *dirname)
{
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir))
    n++;
  return n;
}

static AsrAssessment *
new_assessment (const char *service)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  AsrAssessment *assessment = asr_assessment_new (framework);

  asr_assessment_set_service_name (assessment, service);
  return assessment;
}

static void
test_new_file_private (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AsrAssessment) assessment = new_assessment ("Larchfield House");
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (0);   /* the most permissive: still 0600 */

  asr_assessment_save_to_file (assessment, file, NULL, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (count_entries (dir), ==, 1);   /* no temporary file left */
}

static void
test_replaced_file_keeps_mode (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "shared.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AsrAssessment) assessment = new_assessment ("Larchfield House");
  g_autoptr(AsrAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  asr_assessment_save_to_file (assessment, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (path), ==, 0640);
  reloaded = asr_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (asr_assessment_get_service_name (reloaded), ==, "Larchfield House");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* And the odd one out: a file others may write keeps that too. */
  g_assert_cmpint (g_chmod (path, 0664), ==, 0);
  asr_assessment_save_to_file (assessment, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (path), ==, 0664);
}

static void
test_symlink_followed (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.assessment", NULL);
  g_autofree char *link = g_build_filename (dir, "link.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(AsrAssessment) assessment = new_assessment ("Through a link");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_file_set_contents (target, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink ("real.assessment", link), ==, 0);

  asr_assessment_save_to_file (assessment, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Through a link"));
}

static void
test_error_names_file (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing-dir", "x.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AsrAssessment) assessment = new_assessment ("");
  g_autoptr(GError) error = NULL;

  g_assert_false (asr_assessment_save_to_file (assessment, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "x.assessment"));
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  asr_assessment_save_finish (ASR_ASSESSMENT (source), result, error);
  *(gboolean *) g_object_get_data (source, "done") = TRUE;
}

static void
test_async (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "async.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AsrAssessment) assessment = new_assessment ("Async");
  g_autoptr(GBytes) expected = asr_assessment_serialize (assessment);
  g_autoptr(GBytes) written = NULL;
  GError *error = NULL;
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (assessment), "done", &done);
  asr_assessment_save_async (assessment, file, NULL, save_done_cb, &error);
  /* Later edits do not reach the file being written. */
  asr_assessment_set_service_name (assessment, "Changed meanwhile");
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  written = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (written, expected));
  g_assert_cmpuint (file_mode (path), ==, 0600);
}

/* A writer dropped before its commit (a failed export) leaves the old
 * file byte-identical and no temporary file. */
static void
test_writer_abandoned (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  AsrSafeFileWriter *writer;

  g_assert_true (g_file_set_contents (path, "old report", -1, NULL));
  writer = asr_safe_file_writer_new (file, &error);
  g_assert_no_error (error);
  g_assert_true (asr_safe_file_writer_write (writer, "%PDF-half a page", 16, &error));
  g_assert_cmpuint (count_entries (dir), ==, 2);
  asr_safe_file_writer_free (writer);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old report");
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

static char *
write_leftover (const char *dir,
                const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, "leftover", -1, NULL));
  times.actime = times.modtime = time (NULL) - 2 * ASR_SAFE_FILE_STALE_SECONDS;
  g_assert_cmpint (utime (path, &times), ==, 0);
  return path;
}

/* An old temporary file that someone holds locked is in use: kept. */
static void
test_stale_locked_kept (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AsrAssessment) assessment = new_assessment ("Locked");
  g_autofree char *locked = write_leftover (dir, ".x.assessment.Lock42");
  g_autofree char *stale = write_leftover (dir, ".x.assessment.Stale1");
  g_autoptr(GError) error = NULL;
  int fd = open (locked, O_RDONLY | O_CLOEXEC);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);
  asr_assessment_save_to_file (assessment, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (locked, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  close (fd);
}

/* A dangling link's target is created; the link stays a link. */
static void
test_dangling_link (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.assessment", NULL);
  g_autofree char *link = g_build_filename (dir, "link.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(AsrAssessment) assessment = new_assessment ("Dangling");
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (symlink ("real.assessment", link), ==, 0);
  asr_assessment_save_to_file (assessment, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (file_mode (target), ==, 0600);
}

/* The child: saves A and B in turn until killed. */
static int
save_loop (const char *path,
           const char *a_path,
           const char *b_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) a_file = g_file_new_for_path (a_path);
  g_autoptr(GFile) b_file = g_file_new_for_path (b_path);
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  g_autoptr(GError) error = NULL;

  if (!(a = g_file_load_bytes (a_file, NULL, NULL, &error)) ||
      !(b = g_file_load_bytes (b_file, NULL, NULL, &error)))
    g_error ("%s", error->message);
  g_print ("saving\n");
  for (guint i = 0;; i++)
    if (!asr_safe_file_replace (file, i % 2 ? b : a, NULL, &error))
      g_error ("%s", error->message);
  return 0;
}

static GBytes *
write_large (const char *dir,
             const char *name,
             const char *service)
{
  gsize skeleton;
  g_autoptr(AsrAssessment) assessment = bench_build_assessment_of_size ("cqc-saf-2024",
                                                                        1024 * 1024, &skeleton);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  asr_assessment_set_service_name (assessment, service);
  bytes = asr_assessment_serialize (assessment);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return g_steal_pointer (&bytes);
}

static void
kill_child_during_save (const char *dir,
                        const char *path,
                        guint       delay_us)
{
  g_autofree char *a_path = g_build_filename (dir, "a.src", NULL);
  g_autofree char *b_path = g_build_filename (dir, "b.src", NULL);
  const char *argv[] = { self_exe, "--save-loop", path, a_path, b_path, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "saving");
  g_usleep (delay_us);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (child));
}

static void
test_kill_during_save (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "draft.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) a = write_large (dir, "a.src", "Version A");
  g_autoptr(GBytes) b = write_large (dir, "b.src", "Version B");
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  guint n_a = 0, n_b = 0;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (a, NULL), g_bytes_get_size (a), NULL));
  g_assert_true (g_bytes_get_size (a) > 1000 * 1000);
  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr(GBytes) found = NULL;
      g_autoptr(AsrAssessment) loaded = NULL;
      g_autoptr(GError) error = NULL;

      kill_child_during_save (dir, path, g_rand_int_range (rand, 0, 300 * 1000));
      found = g_file_load_bytes (file, NULL, NULL, &error);
      g_assert_no_error (error);
      if (g_bytes_equal (found, a))
        n_a++;
      else if (g_bytes_equal (found, b))
        n_b++;
      else
        g_error ("Kill %u left a torn file of %" G_GSIZE_FORMAT " bytes", i, g_bytes_get_size (found));
      loaded = asr_assessment_load_from_bytes (found, path, &error);
      g_assert_no_error (error);
    }
  g_test_message ("%u kills: version A found %u times, B %u times", N_KILLS, n_a, n_b);
  /* The kills land at different moments: both versions were seen. */
  g_assert_cmpuint (n_a, >, 0);
  g_assert_cmpuint (n_b, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 5 && g_str_equal (argv[1], "--save-loop"))
    return save_loop (argv[2], argv[3], argv[4]);

  self_exe = argv[0];
  tmp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-save/new-file-private", test_new_file_private);
  g_test_add_func ("/safe-save/replaced-file-keeps-mode", test_replaced_file_keeps_mode);
  g_test_add_func ("/safe-save/symlink-followed", test_symlink_followed);
  g_test_add_func ("/safe-save/error-names-file", test_error_names_file);
  g_test_add_func ("/safe-save/async", test_async);
  g_test_add_func ("/safe-save/writer-abandoned", test_writer_abandoned);
  g_test_add_func ("/safe-save/stale-locked-kept", test_stale_locked_kept);
  g_test_add_func ("/safe-save/dangling-link", test_dangling_link);
  g_test_add_func ("/safe-save/kill-during-save", test_kill_during_save);

  status = g_test_run ();
  remove_tmp_dirs ();
  return status;
}
