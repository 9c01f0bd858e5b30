/* test-autosave-store.c: autosaves on disk, private, found after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "asr-autosave-store.h"
#include "asr-core.h"
#include "asr-private-dir.h"

#define NOBODY_UID 65534

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static char *
entry_path (AsrAutosaveEntry *entry,
            const char       *suffix)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autofree char *name = g_strconcat (asr_autosave_entry_get_id (entry), suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static void
remove_tree (const char *path)
{
  const char *argv[] = { "rm", "-rf", path, NULL };

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, NULL, NULL));
}

/* Each test starts without an autosave directory. */
static void
reset_dir (void)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();

  remove_tree (dir);
}

/* An empty autosave directory of the user's own. */
static char *
fresh_dir (void)
{
  char *dir = asr_autosave_store_dup_dir ();

  reset_dir ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

/* Files of another user's (uid 65534) can only be made as root. */
static gboolean
can_give_away (void)
{
  if (getuid () == 0)
    return TRUE;
  g_test_skip ("Needs root to give files to another user");
  return FALSE;
}

static void
write_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  asr_autosave_entry_write_finish (ASR_AUTOSAVE_ENTRY (source), result, error);
  g_object_set_data (source, "written", GINT_TO_POINTER (TRUE));
}

static void
write_and_wait (AsrAutosaveEntry *entry,
                GBytes           *bytes)
{
  GError *error = NULL;

  g_object_set_data (G_OBJECT (entry), "written", NULL);
  asr_autosave_entry_write_async (entry, bytes, NULL, write_cb, &error);
  while (!g_object_get_data (G_OBJECT (entry), "written"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
}

/* The write's error, which must be the refusal of the directory. */
static void
write_refused (AsrAutosaveEntry *entry,
               GBytes           *bytes)
{
  g_autoptr(GError) error = NULL;

  asr_autosave_entry_write_async (entry, bytes, NULL, write_cb, &error);
  while (!g_object_get_data (G_OBJECT (entry), "written"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, ASR_PRIVATE_DIR_ERROR, ASR_PRIVATE_DIR_ERROR_UNTRUSTED);
  g_test_message ("Refused: %s", error->message);
}

static void
wait_for_finalize (gpointer object)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (object, &object);
  g_object_unref (object);
  while (object != NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_null (object);
}

static GBytes *
serialize_new (const char *service)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (framework);

  asr_assessment_set_service_name (assessment, service);
  return asr_assessment_serialize (assessment);
}

static void
remove_all (void)
{
  g_autoptr(GPtrArray) entries = asr_autosave_store_scan (NULL);

  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    asr_autosave_entry_remove (g_ptr_array_index (entries, i));
}

static void
test_private (void)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autoptr(AsrAutosaveEntry) entry = asr_autosave_entry_new ();
  g_autoptr(GBytes) bytes = serialize_new ("Larchfield House");
  g_autofree char *assessment = entry_path (entry, ".assessment");
  g_autofree char *sidecar = entry_path (entry, ".json");
  mode_t old_umask;

  /* Made by the store: private whatever the umask. */
  reset_dir ();
  old_umask = umask (0);
  write_and_wait (entry, bytes);
  umask (old_umask);

  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (assessment), ==, 0600);
  g_assert_cmpuint (file_mode (sidecar), ==, 0600);
  g_assert_true (asr_autosave_entry_get_exists (entry));
  asr_autosave_entry_remove (entry);
  g_assert_false (g_file_test (assessment, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
}

/* A directory of the user's that others cannot change is used as it is:
 * the store never chmods a directory it did not make. */
static void
test_existing_dir_kept (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autoptr(AsrAutosaveEntry) entry = asr_autosave_entry_new ();
  g_autoptr(GBytes) bytes = serialize_new ("Larchfield House");
  g_autofree char *assessment = entry_path (entry, ".assessment");

  g_assert_cmpint (g_chmod (dir, 0750), ==, 0);
  write_and_wait (entry, bytes);
  g_assert_cmpuint (file_mode (dir), ==, 0750);
  g_assert_cmpuint (file_mode (assessment), ==, 0600);
  asr_autosave_entry_remove (entry);
}

/* Refused: no write, no chmod, no scan, nothing removed from it. */
static void
assert_dir_refused (const char *seen_through,
                    const char *planted_id)
{
  g_autoptr(AsrAutosaveEntry) entry = asr_autosave_entry_new ();
  g_autoptr(GBytes) bytes = serialize_new ("Not here");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *planted = g_strdup_printf ("%s/%s.assessment", seen_through, planted_id);
  g_autofree char *lock = g_strdup_printf ("%s/%s.lock", seen_through,
                                           asr_autosave_entry_get_id (entry));
  guint mode_before = file_mode (seen_through);

  write_refused (entry, bytes);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_false (asr_autosave_entry_get_exists (entry));
  g_assert_cmpuint (file_mode (seen_through), ==, mode_before);
  entries = asr_autosave_store_scan (&error);
  g_assert_null (entries);
  g_assert_error (error, ASR_PRIVATE_DIR_ERROR, ASR_PRIVATE_DIR_ERROR_UNTRUSTED);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));   /* not even a lock */
  asr_autosave_entry_remove (entry);
  g_assert_true (g_file_test (planted, G_FILE_TEST_EXISTS));  /* nothing removed */
}

/* Plants a dead entry (an autosave and its description) in @dir. */
static char *
plant_entry (const char *dir,
             const char *display_name)
{
  g_autoptr(GBytes) bytes = serialize_new ("Planted");
  char *id = g_uuid_string_random ();
  g_autofree char *assessment = g_strdup_printf ("%s/%s.assessment", dir, id);
  g_autofree char *sidecar = g_strdup_printf ("%s/%s.json", dir, id);
  g_autofree char *description =
    g_strdup_printf ("{\"format\": \"assessor-autosave\", \"version\": 1, "
                     "\"original\": \"file:///tmp/chosen.assessment\", "
                     "\"display_name\": \"%s\"}", display_name);

  g_assert_true (g_file_set_contents (assessment, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  g_assert_true (g_file_set_contents (sidecar, description, -1, NULL));
  return id;
}

static void
test_refuse_symlinked_dir (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autofree char *elsewhere = g_dir_make_tmp ("assessor-elsewhere-XXXXXX", NULL);
  g_autofree char *id = NULL;

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_cmpint (g_chmod (elsewhere, 0700), ==, 0);
  g_assert_cmpint (symlink (elsewhere, dir), ==, 0);
  id = plant_entry (elsewhere, "Planted through a link");
  assert_dir_refused (elsewhere, id);
  reset_dir ();
  remove_tree (elsewhere);
}

static void
test_refuse_dir_writable_by_others (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autofree char *id = NULL;

  g_assert_cmpint (g_chmod (dir, 0777), ==, 0);
  id = plant_entry (dir, "Planted by anyone");
  assert_dir_refused (dir, id);
  reset_dir ();
}

static void
test_refuse_dir_of_another_user (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *id = NULL;

  if (!can_give_away ())
    return;
  dir = fresh_dir ();
  id = plant_entry (dir, "Planted by another user");
  g_assert_cmpint (chown (dir, NOBODY_UID, NOBODY_UID), ==, 0);
  assert_dir_refused (dir, id);
  reset_dir ();
}

/* Plants in the real directory: an entry whose autosave is a link to a
 * file elsewhere, one whose description is a link, one whose lock is a
 * dangling link (which must not be created), one whose autosave is a
 * FIFO (which must not hang the scan); only the genuine one is offered. */
static void
test_scan_skips_links_and_special_files (void)
{
  g_autofree char *dir = fresh_dir ();
  g_autofree char *elsewhere = g_dir_make_tmp ("assessor-elsewhere-XXXXXX", NULL);
  g_autofree char *genuine = NULL, *linked = NULL, *linked_json = NULL;
  g_autofree char *linked_lock = NULL, *fifo = NULL;
  g_autofree char *path = NULL, *target = NULL, *lock_target = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  genuine = plant_entry (dir, "Genuine");

  linked = plant_entry (elsewhere, "Linked autosave");
  path = g_strdup_printf ("%s/%s.assessment", dir, linked);
  target = g_strdup_printf ("%s/%s.assessment", elsewhere, linked);
  g_assert_cmpint (symlink (target, path), ==, 0);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s/%s.json", dir, linked);
  g_clear_pointer (&target, g_free);
  target = g_strdup_printf ("%s/%s.json", elsewhere, linked);
  g_assert_cmpint (symlink (target, path), ==, 0);

  linked_json = plant_entry (dir, "Linked description");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s/%s.json", dir, linked_json);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (symlink (target, path), ==, 0);

  linked_lock = plant_entry (dir, "Linked lock");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s/%s.lock", dir, linked_lock);
  lock_target = g_build_filename (elsewhere, "created-through-a-link", NULL);
  g_assert_cmpint (symlink (lock_target, path), ==, 0);

  fifo = plant_entry (dir, "FIFO");
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("%s/%s.assessment", dir, fifo);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);

  entries = asr_autosave_store_scan (NULL);
  g_assert_nonnull (entries);
  for (guint i = 0; i < entries->len; i++)
    g_test_message ("Offered: %s",
                    asr_autosave_entry_get_display_name (g_ptr_array_index (entries, i)));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (asr_autosave_entry_get_id (g_ptr_array_index (entries, 0)), ==, genuine);
  g_assert_false (g_file_test (lock_target, G_FILE_TEST_EXISTS));
  g_clear_pointer (&entries, g_ptr_array_unref);
  reset_dir ();
  remove_tree (elsewhere);
}

/* An entry of another user's, in the user's own directory, is skipped. */
static void
test_scan_skips_other_owner (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *genuine = NULL, *planted = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const char *suffixes[] = { ".assessment", ".json" };

  if (!can_give_away ())
    return;
  dir = fresh_dir ();
  genuine = plant_entry (dir, "Genuine");
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = NULL;

      g_free (planted);
      planted = plant_entry (dir, "Another user's");
      path = g_strdup_printf ("%s/%s%s", dir, planted, suffixes[i]);
      g_assert_cmpint (chown (path, NOBODY_UID, NOBODY_UID), ==, 0);
    }

  entries = asr_autosave_store_scan (NULL);
  g_assert_nonnull (entries);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (asr_autosave_entry_get_id (g_ptr_array_index (entries, 0)), ==, genuine);
  g_clear_pointer (&entries, g_ptr_array_unref);
  reset_dir ();
}

static void
test_scan (void)
{
  g_autoptr(AsrAutosaveEntry) live = asr_autosave_entry_new ();
  g_autoptr(AsrAutosaveEntry) dead = asr_autosave_entry_new ();
  g_autoptr(GFile) original = g_file_new_for_path ("/srv/inspections/larchfield.assessment");
  g_autoptr(GBytes) live_bytes = serialize_new ("Live");
  g_autoptr(GBytes) dead_bytes = serialize_new ("Dead");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GBytes) found = NULL;
  g_autoptr(GFile) found_file = NULL;
  g_autofree char *dead_id = NULL;
  g_autofree char *leftover = NULL;
  g_autofree char *dir = NULL;
  AsrAutosaveEntry *entry;
  gint64 changed = (gint64) 1760000000 * G_USEC_PER_SEC;

  asr_autosave_entry_set_document (dead, original, "larchfield.assessment", "Dead", changed);
  write_and_wait (live, live_bytes);
  write_and_wait (dead, dead_bytes);
  dead_id = g_strdup (asr_autosave_entry_get_id (dead));
  dir = asr_autosave_store_dup_dir ();
  leftover = g_strdup_printf ("%s/.%s.assessment.AbC123", dir, dead_id);
  g_assert_true (g_file_set_contents (leftover, "half a write", -1, NULL));
  /* "dead" ends like a killed process: its lock goes, its files stay.
   * (The worker thread may still hold the entry for a moment.) */
  wait_for_finalize (g_steal_pointer (&dead));

  entries = asr_autosave_store_scan (NULL);
  g_assert_nonnull (entries);
  g_assert_cmpuint (entries->len, ==, 1);   /* "live" is held by its process */
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (asr_autosave_entry_get_id (entry), ==, dead_id);
  g_assert_cmpstr (asr_autosave_entry_get_display_name (entry), ==, "larchfield.assessment");
  g_assert_cmpstr (asr_autosave_entry_get_service_name (entry), ==, "Dead");
  g_assert_cmpint (asr_autosave_entry_get_changed (entry), ==, changed);
  g_assert_true (g_file_equal (asr_autosave_entry_get_original (entry), original));
  found_file = asr_autosave_entry_get_file (entry);
  found = g_file_load_bytes (found_file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (found, dead_bytes));
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));

  /* Claimed by this scan: a second one does not offer it again. */
  {
    g_autoptr(GPtrArray) again = asr_autosave_store_scan (NULL);
    g_assert_cmpuint (again->len, ==, 0);
  }

  asr_autosave_entry_remove (entry);
  asr_autosave_entry_remove (live);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = asr_autosave_store_scan (NULL);
  g_assert_cmpuint (entries->len, ==, 0);
}

/* A damaged description: the autosave is still offered, by what the file
 * itself says.  A description that is a FIFO (or anything else not a
 * regular file) is never read, so a scan at start-up cannot block on it;
 * such an entry was tampered with and is skipped, and left where it is. */
static void
test_damaged_description (gconstpointer fifo)
{
  g_autoptr(AsrAutosaveEntry) entry = asr_autosave_entry_new ();
  g_autoptr(GBytes) bytes = serialize_new ("Kept");
  g_autofree char *sidecar = entry_path (entry, ".json");
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  AsrAutosaveEntry *found;

  write_and_wait (entry, bytes);
  id = g_strdup (asr_autosave_entry_get_id (entry));
  if (fifo)
    {
      g_assert_cmpint (g_unlink (sidecar), ==, 0);
      g_assert_cmpint (mkfifo (sidecar, 0600), ==, 0);
    }
  else
    g_assert_true (g_file_set_contents (sidecar, "{\"format\": \"assessor-autosave\", oops", -1, NULL));
  wait_for_finalize (g_steal_pointer (&entry));

  entries = asr_autosave_store_scan (NULL);
  if (fifo)
    {
      g_assert_cmpuint (entries->len, ==, 0);
      g_assert_true (g_file_test (sidecar, G_FILE_TEST_EXISTS));
      remove_all ();
      g_unlink (sidecar);
      return;
    }
  g_assert_cmpuint (entries->len, ==, 1);
  found = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (asr_autosave_entry_get_id (found), ==, id);
  g_assert_cmpstr (asr_autosave_entry_get_display_name (found), ==, "");
  g_assert_null (asr_autosave_entry_get_original (found));
  g_assert_cmpint (asr_autosave_entry_get_changed (found), >, 0);   /* the file's time */
  remove_all ();
  asr_autosave_entry_remove (found);
  g_unlink (sidecar);
}

static void
test_removed_while_writing (void)
{
  g_autoptr(AsrAutosaveEntry) entry = asr_autosave_entry_new ();
  g_autoptr(GBytes) bytes = serialize_new ("Saved meanwhile");
  g_autofree char *assessment = entry_path (entry, ".assessment");
  GError *error = NULL;

  /* The document is saved while its autosave is being written: the
   * autosave must not come back once the write ends. */
  asr_autosave_entry_write_async (entry, bytes, NULL, write_cb, &error);
  asr_autosave_entry_remove (entry);
  while (!g_object_get_data (G_OBJECT (entry), "written"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  g_assert_false (g_file_test (assessment, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("assessor-autosave-XXXXXX", NULL);
  int status;

  /* A data directory of our own: no other test's autosaves. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autosave-store/private", test_private);
  g_test_add_func ("/autosave-store/existing-dir-kept", test_existing_dir_kept);
  g_test_add_func ("/autosave-store/refuse-symlinked-dir", test_refuse_symlinked_dir);
  g_test_add_func ("/autosave-store/refuse-dir-writable-by-others",
                   test_refuse_dir_writable_by_others);
  g_test_add_func ("/autosave-store/refuse-dir-of-another-user", test_refuse_dir_of_another_user);
  g_test_add_func ("/autosave-store/scan-skips-links-and-special-files",
                   test_scan_skips_links_and_special_files);
  g_test_add_func ("/autosave-store/scan-skips-other-owner", test_scan_skips_other_owner);
  g_test_add_func ("/autosave-store/scan", test_scan);
  g_test_add_data_func ("/autosave-store/damaged-description", GINT_TO_POINTER (FALSE),
                        test_damaged_description);
  g_test_add_data_func ("/autosave-store/fifo-description", GINT_TO_POINTER (TRUE),
                        test_damaged_description);
  g_test_add_func ("/autosave-store/removed-while-writing", test_removed_while_writing);

  status = g_test_run ();
  {
    const char *rm[] = { "rm", "-rf", home, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return status;
}
