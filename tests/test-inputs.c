/* test-inputs.c: the bounded reader every input goes through, and the
 * parts of the imports that must stay linear in the input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line's promises (a device, a FIFO, a folder, a huge file
 * refused; memory of a large CQC API import) are tested through the
 * program in test-cli-inputs.sh; this tests the pieces directly.
 */
#define G_LOG_DOMAIN "test-inputs"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "asr-core.h"
#include "asr-csv.h"
#include "asr-import-cqc.h"
#include "asr-read-file.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-inputs-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static GBytes *
read_path (const char *path,
           gsize       cap,
           GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return asr_read_file_bounded (file, cap, NULL, error);
}

static void
test_read_cap (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "ten.json", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_set_contents (path, "0123456789", 10, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));

  bytes = read_path (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "0123456789", 10);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = read_path (empty, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);

  g_assert_null (read_path (path, 9, &error));
  g_assert_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE);
  expected = g_strdup_printf ("%s: file is too large (10 bytes; the limit is 9)", path);
  g_assert_cmpstr (error->message, ==, expected);

  g_unlink (path);
  g_unlink (empty);
  g_rmdir (dir);
}

static void
assert_not_regular (const char *path,
                    const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: not a regular file (%s)", path, what);

  g_assert_null (read_path (path, 1024, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_read_not_regular (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.assessment", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.assessment", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.assessment", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  assert_not_regular ("/dev/zero", "a device");
  /* No writer: a plain open() would wait for one for ever. */
  assert_not_regular (fifo, "a pipe");
  assert_not_regular (folder, "a folder");

  g_assert_null (read_path (missing, 1024, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, missing));

  g_unlink (fifo);
  g_rmdir (folder);
  g_rmdir (dir);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(GBytes) bytes = asr_read_file_bounded_finish (G_FILE (source), result, error);

  g_assert_null (bytes);
}

/* The window's import reads in a thread: the same refusal comes back. */
static void
test_read_async (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  GError *error = NULL;

  asr_read_file_bounded_async (file, 1024, NULL, read_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "/dev/zero: not a regular file (a device)");
  g_clear_error (&error);
}

/* A header of the six columns CQC's sheet needs among @n_extra others,
 * and one row; @repeat, if not NULL, is added as the last column. */
static GString *
wide_sheet (guint       n_extra,
            const char *repeat)
{
  GString *csv = g_string_new ("Location ID,Location Name,Service / Population Group,"
                               "Domain,Latest Rating");

  for (guint i = 0; i < n_extra; i++)
    g_string_append_printf (csv, ",Extra %u", i);
  g_string_append (csv, ",Publication Date");
  if (repeat != NULL)
    g_string_append_printf (csv, ",%s", repeat);
  g_string_append (csv, "\n1-101,Larchfield House,Overall,Overall,Good");
  for (guint i = 0; i < n_extra; i++)
    g_string_append (csv, ",");
  g_string_append (csv, ",01/05/2024");
  if (repeat != NULL)
    g_string_append (csv, ",");
  g_string_append (csv, "\n");
  return csv;
}

static void
assert_sheet_error (GString    *csv,
                    const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrCqcRatings) ratings = asr_cqc_ratings_parse (bytes, "wide.csv", &error);

  g_assert_null (ratings);
  g_assert_cmpstr (error->message, ==, message);
}

/* 100 000 columns: every name is checked once against the others. */
static void
test_csv_wide_header (void)
{
  g_autoptr(GString) ok = wide_sheet (100000, NULL);
  g_autoptr(GString) twice = wide_sheet (100000, "Extra 99999");
  g_autoptr(GString) first_twice = wide_sheet (100000, "Location ID");
  g_autoptr(GString) no_domain = wide_sheet (100000, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (ok->str, ok->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrCqcRatings) ratings = asr_cqc_ratings_parse (bytes, "wide.csv", &error);
  g_autoptr(AsrBaseline) baseline = NULL;
  char *domain;

  g_assert_no_error (error);
  baseline = asr_cqc_ratings_get_baseline (ratings, "1-101", &error);
  g_assert_no_error (error);
  g_assert_cmpint (baseline->ratings[ASR_BASELINE_OVERALL], ==, ASR_RATING_GOOD);
  g_assert_cmpstr (baseline->date, ==, "2024-05-01");

  assert_sheet_error (twice, "wide.csv:1: the column “Extra 99999” appears twice in the header");
  assert_sheet_error (first_twice, "wide.csv:1: the column “Location ID” appears twice in the header");
  domain = strstr (no_domain->str, "Domain");
  memcpy (domain, "Dimain", 6);
  assert_sheet_error (no_domain, "wide.csv:1: no column “Domain”; a CQC Latest ratings sheet has the "
                      "columns Location ID, Location Name, Service / Population Group, Domain, "
                      "Latest Rating and Publication Date");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/inputs/read/cap", test_read_cap);
  g_test_add_func ("/inputs/read/not-regular", test_read_not_regular);
  g_test_add_func ("/inputs/read/async", test_read_async);
  g_test_add_func ("/inputs/csv/wide-header", test_csv_wide_header);
  return g_test_run ();
}
