/* test-framework-registry.c: framework files installed by a user or the
 * system: good ones are offered, broken ones and repeated ids are reported
 * with their path and skipped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-framework-registry"

#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "asr-core.h"

typedef struct
{
  char *root;
  char *user;     /* DATA_HOME */
  char *system;   /* one of DATA_DIRS */
} Dirs;

/* A valid framework file with @id and @name, from the built-in 2024 one. */
static char *
framework_text (const char *id,
                const char *name)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/assessor/Assessor/frameworks/cqc-saf-2024.json", 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *quoted_id = g_strdup_printf ("\"id\": \"%s\"", id);
  g_autofree char *quoted_name = g_strdup_printf ("\"name\": \"%s\"", name);
  g_auto(GStrv) parts = NULL;

  if (bytes == NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data", "frameworks", "cqc-saf-2024.json", NULL);

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    }
  else
    text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  parts = g_strsplit (text, "\"id\": \"cqc-saf-2024\"", 2);
  g_free (text);
  text = g_strjoinv (quoted_id, parts);
  g_strfreev (parts);
  parts = g_strsplit (text, "\"name\": \"CQC single assessment framework (2024)\"", 2);
  return g_strjoinv (quoted_name, parts);
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
dirs_init (Dirs *dirs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *user_frameworks = NULL;
  g_autofree char *system_frameworks = NULL;

  dirs->root = g_dir_make_tmp ("test-registry-XXXXXX", &error);
  g_assert_no_error (error);
  dirs->user = g_build_filename (dirs->root, "home", NULL);
  dirs->system = g_build_filename (dirs->root, "system", NULL);
  user_frameworks = g_build_filename (dirs->user, "assessor", "frameworks", NULL);
  system_frameworks = g_build_filename (dirs->system, "assessor", "frameworks", NULL);
  g_assert_cmpint (g_mkdir_with_parents (user_frameworks, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (system_frameworks, 0700), ==, 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
dirs_clear (Dirs *dirs)
{
  remove_tree (dirs->root);
  g_free (dirs->root);
  g_free (dirs->user);
  g_free (dirs->system);
}

static char *
frameworks_dir (const char *data_dir)
{
  return g_build_filename (data_dir, "assessor", "frameworks", NULL);
}

static AsrFrameworkRegistry *
registry_for (Dirs *dirs)
{
  const char * const data_dirs[] = { dirs->user, dirs->system, NULL };

  return asr_framework_registry_new (data_dirs);
}

/* The problem that contains @needle, or NULL. */
static const char *
find_problem (AsrFrameworkRegistry *registry,
              const char           *needle)
{
  GPtrArray *problems = asr_framework_registry_get_problems (registry);

  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), needle) != NULL)
      return g_ptr_array_index (problems, i);
  return NULL;
}

static void
test_no_files (void)
{
  Dirs dirs;
  g_autoptr(AsrFrameworkRegistry) registry = NULL;

  dirs_init (&dirs);
  registry = registry_for (&dirs);
  /* The built-ins: SAF 2024, SAF 2023 and the KLOE framework of 2017. */
  g_assert_cmpuint (g_list_model_get_n_items (asr_framework_registry_get_frameworks (registry)), ==, 3);
  g_assert_cmpuint (asr_framework_registry_get_problems (registry)->len, ==, 0);
  dirs_clear (&dirs);
}

static void
test_good_file (void)
{
  Dirs dirs;
  g_autoptr(AsrFrameworkRegistry) registry = NULL;
  g_autoptr(AsrFramework) framework = NULL;
  g_autoptr(AsrFramework) third = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *text = framework_text ("local-2026", "Local framework (2026)");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  dirs_init (&dirs);
  dir = frameworks_dir (dirs.user);
  write_file (dir, "local.json", text);
  write_file (dir, "notes.txt", "not a framework: not read");
  registry = registry_for (&dirs);

  framework = asr_framework_registry_find (registry, "local-2026", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (asr_framework_get_name (framework), ==, "Local framework (2026)");
  path = g_build_filename (dir, "local.json", NULL);
  g_assert_cmpstr (asr_framework_registry_get_path (registry, framework), ==, path);
  /* After the built-ins, which have no path. */
  third = g_list_model_get_item (asr_framework_registry_get_frameworks (registry), 3);
  g_assert_true (third == framework);
  {
    g_autoptr(AsrFramework) builtin = asr_framework_registry_find (registry, "cqc-saf-2024", NULL);
    g_assert_null (asr_framework_registry_get_path (registry, builtin));
  }
  g_assert_cmpuint (asr_framework_registry_get_problems (registry)->len, ==, 0);
  dirs_clear (&dirs);
}

static void
test_broken_files (void)
{
  Dirs dirs;
  g_autoptr(AsrFrameworkRegistry) registry = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *fifo = NULL;
  g_autofree char *good = framework_text ("after-broken", "After the broken ones");
  g_autofree char *no_source = NULL;
  const char *problem;

  dirs_init (&dirs);
  dir = frameworks_dir (dirs.user);
  write_file (dir, "a-syntax.json", "{\n  \"format\": \"assessor-framework\",\n  \"version\": 1,,\n}");
  no_source = framework_text ("no-source", "No source");
  {
    char *source = strstr (no_source, "\"source\"");

    g_assert_nonnull (source);
    memcpy (source, "\"sauce\"", strlen ("\"sauce\""));
    source[strlen ("\"sauce\"")] = ' ';
  }
  write_file (dir, "b-value.json", no_source);
  fifo = g_build_filename (dir, "c-fifo.json", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  write_file (dir, "d-good.json", good);

  registry = registry_for (&dirs);

  problem = find_problem (registry, "a-syntax.json:3:");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, dir));
  g_assert_nonnull (find_problem (registry, "b-value.json: /"));
  /* Refused before a byte is read: a FIFO without a writer never blocks. */
  g_assert_nonnull (find_problem (registry, "c-fifo.json"));
  g_assert_cmpuint (asr_framework_registry_get_problems (registry)->len, ==, 3);
  /* The good file after them is still loaded. */
  g_assert_cmpuint (g_list_model_get_n_items (asr_framework_registry_get_frameworks (registry)), ==, 4);
  g_assert_nonnull (asr_framework_registry_find (registry, "after-broken", NULL));
  g_object_unref (asr_framework_registry_find (registry, "after-broken", NULL));
  dirs_clear (&dirs);
}

static void
test_duplicate_ids (void)
{
  Dirs dirs;
  g_autoptr(AsrFrameworkRegistry) registry = NULL;
  g_autoptr(AsrFramework) framework = NULL;
  g_autofree char *user_dir = NULL;
  g_autofree char *system_dir = NULL;
  g_autofree char *user_path = NULL;
  g_autofree char *user_text = framework_text ("shared", "User's edition");
  g_autofree char *system_text = framework_text ("shared", "System's edition");
  g_autofree char *builtin_text = framework_text ("cqc-saf-2024", "A changed SAF 2024");
  const char *problem;

  dirs_init (&dirs);
  user_dir = frameworks_dir (dirs.user);
  system_dir = frameworks_dir (dirs.system);
  write_file (user_dir, "shared.json", user_text);
  write_file (system_dir, "shared.json", system_text);
  write_file (user_dir, "saf.json", builtin_text);
  registry = registry_for (&dirs);

  /* The user's file comes first and wins. */
  framework = asr_framework_registry_find (registry, "shared", NULL);
  g_assert_cmpstr (asr_framework_get_name (framework), ==, "User's edition");
  user_path = g_build_filename (user_dir, "shared.json", NULL);
  problem = find_problem (registry, "already installed");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, system_dir));
  g_assert_nonnull (strstr (problem, user_path));

  /* A file never replaces a built-in. */
  problem = find_problem (registry, "saf.json: /id");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "built in"));
  {
    g_autoptr(AsrFramework) saf = asr_framework_registry_find (registry, "cqc-saf-2024", NULL);
    g_assert_cmpstr (asr_framework_get_name (saf), ==, "CQC single assessment framework (2024)");
  }
  g_assert_cmpuint (asr_framework_registry_get_problems (registry)->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (asr_framework_registry_get_frameworks (registry)), ==, 4);
  dirs_clear (&dirs);
}

/* The program's registry reads $XDG_DATA_HOME (the test's own), and an
 * assessment of a framework installed there opens. */
static void
test_default_user_framework (void)
{
  g_autofree char *dir = frameworks_dir (g_get_user_data_dir ());
  g_autofree char *text = framework_text ("from-data-home", "From the data home");
  g_autofree char *path = g_build_filename (dir, "from-data-home.json", NULL);
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  const char *document = "{\"format\": \"assessor-assessment\", \"version\": 1, \"framework\": \"from-data-home\"}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, strlen (document));

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  write_file (dir, "from-data-home.json", text);
  assessment = asr_assessment_load_from_bytes (bytes, "t.assessment", &error);
  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpstr (asr_framework_get_id (asr_assessment_get_framework (assessment)), ==, "from-data-home");
}

int
main (int   argc,
      char *argv[])
{
  /* A data home of its own, set before GLib reads it: parallel tests
   * must not see the file installed here. */
  g_autofree char *data_home = g_dir_make_tmp ("test-registry-home-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework-registry/no-files", test_no_files);
  g_test_add_func ("/framework-registry/good-file", test_good_file);
  g_test_add_func ("/framework-registry/broken-files", test_broken_files);
  g_test_add_func ("/framework-registry/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/framework-registry/default-user-framework", test_default_user_framework);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
