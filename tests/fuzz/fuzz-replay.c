/* fuzz-replay.c: runs a fuzz target over its seed corpus, as a TAP test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with each target in every build (libFuzzer brings its own main()
 * in the fuzzing build): "fuzz-assessment-replay DIR…" feeds every file of
 * each DIR to LLVMFuzzerTestOneInput() once.  A crash, an abort or a
 * sanitizer report fails the test and names the file.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static guint n_run;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      printf ("not ok %u - %s: %s\n", ++n_run, path, error->message);
      exit (1);
    }
  /* Printed first: if the target crashes, the log names the input. */
  printf ("# %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  printf ("ok %u - %s\n", ++n_run, path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
replay_dir (const char *dirname)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, &error);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      printf ("Bail out! %s\n", error->message);
      exit (1);
    }
  while ((name = g_dir_read_name (dir)))
    {
      char *path = g_build_filename (dirname, name, NULL);

      /* Subdirectories are corpora of their own, named separately. */
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
  g_ptr_array_sort (paths, compare_names);
  for (guint i = 0; i < paths->len; i++)
    replay_file (g_ptr_array_index (paths, i));
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      g_printerr ("Usage: %s CORPUS-DIR…\n", argv[0]);
      return 2;
    }
  printf ("TAP version 13\n");
  for (int i = 1; i < argc; i++)
    replay_dir (argv[i]);
  if (n_run == 0)
    {
      printf ("Bail out! The corpus is empty\n");
      return 1;
    }
  printf ("1..%u\n", n_run);
  return 0;
}
