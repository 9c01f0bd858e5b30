/* test-recovery.c: autosave, kill -9, start again, restore every word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This binary is also the application that gets killed: run as
 * "test-recovery --edit-and-wait ORIGINAL", it edits two documents (a
 * saved file and a new one) through the window's widgets and the model,
 * waits until both autosaves on disk hold exactly those edits, says
 * "ready" and waits to be killed.  The test then starts the application
 * again in this process, restores through the dialog a user sees, and
 * compares every field of the model with the same edits made afresh.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "asr-autosave.h"
#include "asr-recovery.h"
#include "asr-score-picker.h"
#include "asr-test-render.h"
#include "asr-window-private.h"
#include "test-util.h"

#define NEW_SERVICE "Never Saved House"

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

static void
spin_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
  g_assert_true (done (data));
}

static void
use_short_delay (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_int (settings, "autosave-delay", 1);
}

static AsrQualityStatement *
statement (AsrAssessment *assessment,
           const char    *key_question_id,
           const char    *statement_id)
{
  return asr_assessment_lookup_statement (assessment, key_question_id, statement_id);
}

static void
set_evidence_notes (AsrQualityStatement *st,
                    guint                position,
                    const char          *notes)
{
  g_autoptr(AsrEvidence) evidence =
    g_list_model_get_item (asr_quality_statement_get_evidence (st), position);

  asr_evidence_set_notes (evidence, notes);
}

/* What the inspector did, by the model; apply_widget_edits() did the rest
 * through the widgets, expect_widget_edits() is its model equivalent. */
static void
apply_model_edits (AsrAssessment *a,
                   gboolean       saved_document)
{
  const char *assessors[] = { "A. Inspector", "Zoë “Specialist” Adviser", NULL };
  AsrKeyQuestion *well_led = asr_assessment_lookup_key_question (a, "well-led");
  AsrQualityStatement *st;

  if (!saved_document)
    asr_assessment_set_service_name (a, NEW_SERVICE);
  asr_assessment_set_provider (a, "Brookvale Care Ltd\nSecond line");
  asr_assessment_set_location (a, "Flat 2, 1 Mill Lane — Exampleton");
  asr_assessment_set_service_type (a, "Home care agency");
  asr_assessment_set_date (a, "2026-11-30");
  asr_assessment_set_assessors (a, assessors);
  asr_assessment_set_status (a, ASR_STATUS_FINAL);
  asr_assessment_set_breach_of_regulation (a, !saved_document);
  asr_assessment_set_advisory_limiters (a, TRUE);
  asr_assessment_set_previous_date (a, "2022-02-28");
  asr_assessment_set_previous_overall_rating (a, ASR_RATING_REQUIRES_IMPROVEMENT);
  asr_assessment_set_previous_source (a, "Typed in by hand");
  asr_key_question_set_previous_rating (well_led, ASR_RATING_INADEQUATE);
  asr_key_question_set_enforcement (well_led, ASR_ENFORCEMENT_WARNING_NOTICE);
  g_assert_true (asr_key_question_set_override (well_led, ASR_RATING_GOOD,
                                                "Judgement: \"tab\there\", ünïcödé ✓", NULL));
  st = statement (a, "caring", "kindness-compassion-and-dignity");
  asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (st, 1);
  set_evidence_notes (st, 0, "People said staff were kind.\n\nTwo paragraphs.");
  st = statement (a, "responsive", "equity-in-access");
  asr_quality_statement_set_source (st, ASR_SOURCE_NOT_APPLICABLE);
  st = statement (a, "effective", "assessing-needs");
  asr_quality_statement_set_source (st, ASR_SOURCE_CARRIED_FORWARD);
  asr_quality_statement_set_notes (st, "Carried forward from 2022.");
}

static const char typed_notes[] = "Typed in the notes field: 12 people, 3 wards.";

static void
expect_widget_edits (AsrAssessment *a)
{
  AsrQualityStatement *st = statement (a, "safe", "learning-culture");
  g_autofree char *notes = g_strconcat (typed_notes, asr_quality_statement_get_notes (st), NULL);

  asr_quality_statement_set_source (st, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (st, 4);
  asr_quality_statement_set_notes (st, notes);
}

static void
apply_widget_edits (AsrWindow *window)
{
  AsrScorePicker *picker = asr_statement_page_get_score_picker (window->statement_page);
  GtkTextView *view = asr_statement_page_get_notes_view (window->statement_page);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;

  asr_window_show_statement (window, statement (window->assessment, "safe", "learning-culture"));
  test_click (asr_score_picker_get_button (picker, 4));
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_text_buffer_insert_at_cursor (buffer, typed_notes, -1);
}

static gboolean
autosave_matches (gpointer data)
{
  AsrWindow *window = data;
  AsrAutosaveEntry *entry = asr_autosave_get_entry (asr_autosave_get (window));
  g_autoptr(GFile) file = asr_autosave_entry_get_file (entry);
  g_autoptr(GBytes) on_disk = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GBytes) expected = asr_assessment_serialize (window->assessment);
  g_autofree char *sidecar = g_strconcat (g_file_peek_path (file), NULL);

  strcpy (sidecar + strlen (sidecar) - strlen ("assessment"), "json");
  return on_disk != NULL && g_bytes_equal (on_disk, expected) &&
         g_file_test (sidecar, G_FILE_TEST_EXISTS);
}

static gboolean
has_file (gpointer window)
{
  return asr_window_get_file (window) != NULL;
}

static char *
make_tmp_dir (void)
{
  char *dir = g_dir_make_tmp ("assessor-recovery-XXXXXX", NULL);

  g_assert_nonnull (dir);
  g_ptr_array_add (tmp_dirs, g_strdup (dir));
  return dir;
}

/* The child: two documents edited, autosaved, then killed. */
static int
edit_and_wait (const char *original_path)
{
  g_autoptr(AsrApplication) application = NULL;
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  AsrWindow *saved, *unsaved;

  adw_init ();
  use_short_delay ();
  application = asr_application_new_for_test ();
  g_application_register (G_APPLICATION (application), NULL, NULL);

  saved = asr_window_new (application);
  gtk_window_present (GTK_WINDOW (saved));
  asr_window_open_file (saved, original);
  spin_until (has_file, saved);
  apply_widget_edits (saved);
  apply_model_edits (saved->assessment, TRUE);

  unsaved = asr_window_new (application);
  gtk_window_present (GTK_WINDOW (unsaved));
  apply_model_edits (unsaved->assessment, FALSE);
  apply_widget_edits (unsaved);

  spin_until (autosave_matches, saved);
  spin_until (autosave_matches, unsaved);
  g_print ("ready\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static char *
copy_sample (const char *dir)
{
  g_autofree char *sample = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data",
                                              "samples", "sample.assessment", NULL);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, "larchfield.assessment", NULL);
  gsize length;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

static void
run_and_kill_child (const char *original)
{
  const char *argv[] = { self_exe, "--edit-and-wait", original, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GError) error = NULL;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Every autosave file private, in a private directory; returns how many
 * autosaved assessments there are. */
static guint
check_autosave_dir (void)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (handle == NULL)
    return 0;
  g_assert_cmpuint (file_mode (dir), ==, 0700);
  while ((name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      /* The autosave is written on a worker: a temporary file (".NAME.XXXXXX")
       * listed here may be renamed over its target before it is looked at.
       * Anything else must still be there. */
      if (g_stat (path, &st) != 0)
        {
          int saved_errno = errno;

          g_assert_cmpint (saved_errno, ==, ENOENT);
          g_assert_true (name[0] == '.');
          continue;
        }
      g_assert_cmpuint (st.st_mode & 07777, ==, 0600);
      n += g_str_has_suffix (name, ".assessment");
    }
  return n;
}

/* A write under way when the autosave is removed may put its files back
 * for a moment; it removes them again when it finishes. */
static gboolean
autosave_count_is (gpointer n)
{
  return check_autosave_dir () == GPOINTER_TO_UINT (n);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static GtkWidget *
collect_rows (AdwMessageDialog *dialog,
              GPtrArray        *rows)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      g_ptr_array_add (rows, row);
  return list;
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  g_assert_true (g_strv_equal (a, b));
}

static void
assert_same_statement (AsrQualityStatement *a,
                       AsrQualityStatement *b)
{
  GListModel *ea = asr_quality_statement_get_evidence (a);
  GListModel *eb = asr_quality_statement_get_evidence (b);

  g_assert_cmpint (asr_quality_statement_get_source (a), ==, asr_quality_statement_get_source (b));
  /* A score is kept in memory when the source changes (for undo) but only
   * an assessed statement's score is a part of the document. */
  if (asr_quality_statement_get_source (a) == ASR_SOURCE_ASSESSED)
    g_assert_cmpint (asr_quality_statement_get_score (a), ==, asr_quality_statement_get_score (b));
  g_assert_cmpint (asr_quality_statement_get_effective_score (a), ==,
                   asr_quality_statement_get_effective_score (b));
  g_assert_cmpstr (asr_quality_statement_get_notes (a), ==, asr_quality_statement_get_notes (b));
  g_assert_cmpuint (g_list_model_get_n_items (ea), ==, g_list_model_get_n_items (eb));
  for (guint i = 0; i < g_list_model_get_n_items (ea); i++)
    {
      g_autoptr(AsrEvidence) x = g_list_model_get_item (ea, i);
      g_autoptr(AsrEvidence) y = g_list_model_get_item (eb, i);

      g_assert_cmpstr (asr_evidence_get_category_id (x), ==, asr_evidence_get_category_id (y));
      g_assert_cmpint (asr_evidence_get_score (x), ==, asr_evidence_get_score (y));
      g_assert_cmpstr (asr_evidence_get_notes (x), ==, asr_evidence_get_notes (y));
    }
}

static void
assert_same_key_question (AsrKeyQuestion *a,
                          AsrKeyQuestion *b)
{
  GListModel *sa = asr_key_question_get_statements (a);
  GListModel *sb = asr_key_question_get_statements (b);

  g_assert_cmpstr (asr_key_question_get_id (a), ==, asr_key_question_get_id (b));
  g_assert_cmpint (asr_key_question_get_previous_rating (a), ==, asr_key_question_get_previous_rating (b));
  g_assert_cmpint (asr_key_question_get_enforcement (a), ==, asr_key_question_get_enforcement (b));
  g_assert_cmpint (asr_key_question_get_override_rating (a), ==, asr_key_question_get_override_rating (b));
  g_assert_cmpstr (asr_key_question_get_override_reason (a), ==, asr_key_question_get_override_reason (b));
  g_assert_cmpint (asr_key_question_get_percentage (a), ==, asr_key_question_get_percentage (b));
  g_assert_cmpint (asr_key_question_get_rating (a), ==, asr_key_question_get_rating (b));
  g_assert_cmpuint (g_list_model_get_n_items (sa), ==, g_list_model_get_n_items (sb));
  for (guint i = 0; i < g_list_model_get_n_items (sa); i++)
    {
      g_autoptr(AsrQualityStatement) x = g_list_model_get_item (sa, i);
      g_autoptr(AsrQualityStatement) y = g_list_model_get_item (sb, i);

      g_assert_cmpstr (asr_quality_statement_get_id (x), ==, asr_quality_statement_get_id (y));
      assert_same_statement (x, y);
    }
}

static void
assert_same_assessment (AsrAssessment *a,
                        AsrAssessment *b)
{
  GListModel *ka = asr_assessment_get_key_questions (a);
  GListModel *kb = asr_assessment_get_key_questions (b);
  g_autoptr(GBytes) ba = asr_assessment_serialize (a);
  g_autoptr(GBytes) bb = asr_assessment_serialize (b);

  g_assert_cmpstr (asr_framework_get_id (asr_assessment_get_framework (a)), ==,
                   asr_framework_get_id (asr_assessment_get_framework (b)));
  g_assert_cmpstr (asr_assessment_get_provider (a), ==, asr_assessment_get_provider (b));
  g_assert_cmpstr (asr_assessment_get_location (a), ==, asr_assessment_get_location (b));
  g_assert_cmpstr (asr_assessment_get_service_name (a), ==, asr_assessment_get_service_name (b));
  g_assert_cmpstr (asr_assessment_get_service_type (a), ==, asr_assessment_get_service_type (b));
  g_assert_cmpstr (asr_assessment_get_date (a), ==, asr_assessment_get_date (b));
  assert_same_strv (asr_assessment_get_assessors (a), asr_assessment_get_assessors (b));
  g_assert_cmpint (asr_assessment_get_status (a), ==, asr_assessment_get_status (b));
  g_assert_cmpint (asr_assessment_get_breach_of_regulation (a), ==,
                   asr_assessment_get_breach_of_regulation (b));
  g_assert_cmpint (asr_assessment_get_advisory_limiters (a), ==,
                   asr_assessment_get_advisory_limiters (b));
  g_assert_cmpstr (asr_assessment_get_previous_date (a), ==, asr_assessment_get_previous_date (b));
  g_assert_cmpint (asr_assessment_get_previous_overall_rating (a), ==,
                   asr_assessment_get_previous_overall_rating (b));
  g_assert_cmpstr (asr_assessment_get_previous_source (a), ==, asr_assessment_get_previous_source (b));
  g_assert_cmpint (asr_assessment_get_overall_rating (a), ==, asr_assessment_get_overall_rating (b));
  g_assert_cmpuint (g_list_model_get_n_items (ka), ==, g_list_model_get_n_items (kb));
  for (guint i = 0; i < g_list_model_get_n_items (ka); i++)
    {
      g_autoptr(AsrKeyQuestion) x = g_list_model_get_item (ka, i);
      g_autoptr(AsrKeyQuestion) y = g_list_model_get_item (kb, i);

      assert_same_key_question (x, y);
    }
  g_assert_true (g_bytes_equal (ba, bb));
}

static AsrAssessment *
expected_saved (const char *original)
{
  g_autoptr(GFile) file = g_file_new_for_path (original);
  g_autoptr(GError) error = NULL;
  AsrAssessment *a = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  expect_widget_edits (a);
  apply_model_edits (a, TRUE);
  return a;
}

static AsrAssessment *
expected_unsaved (void)
{
  AsrAssessment *a = test_new_assessment ("cqc-saf-2024");

  apply_model_edits (a, FALSE);
  expect_widget_edits (a);
  return a;
}

static AsrWindow *
find_window (AsrApplication *application,
             gboolean        with_file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    if (ASR_IS_WINDOW (l->data) && asr_window_get_modified (l->data) &&
        (asr_window_get_file (l->data) != NULL) == with_file)
      return l->data;
  return NULL;
}

static gboolean
both_restored (gpointer application)
{
  return find_window (application, TRUE) && find_window (application, FALSE);
}

static gboolean
has_dialog (gpointer window)
{
  return find_dialog (window) != NULL;
}

static void
render_dialog (AdwMessageDialog *dialog)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GError) error = NULL;
  const struct { const char *name; AdwColorScheme scheme; int width; } shots[] = {
    { "recovery-dialog.png", ADW_COLOR_SCHEME_FORCE_LIGHT, -1 },
    { "recovery-dialog-dark.png", ADW_COLOR_SCHEME_FORCE_DARK, -1 },
    { "recovery-dialog-narrow.png", ADW_COLOR_SCHEME_FORCE_LIGHT, 360 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *path = g_build_filename (RENDER_DIR, shots[i].name, NULL);
      gint64 end = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

      adw_style_manager_set_color_scheme (style, shots[i].scheme);
      gtk_window_set_default_size (GTK_WINDOW (dialog), shots[i].width, -1);
      while (g_get_monotonic_time () < end)
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (1000);
      asr_test_render_widget_to_png (GTK_WIDGET (dialog), path, &error);
      g_assert_no_error (error);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static AsrApplication *the_application;

/* One registered application per process (its D-Bus path is taken); each
 * test is "a new start" as far as recovery goes. */
static AsrApplication *
start_application (void)
{
  g_autoptr(GError) error = NULL;

  if (the_application == NULL)
    {
      the_application = asr_application_new_for_test ();
      g_application_register (G_APPLICATION (the_application), NULL, &error);
      g_assert_no_error (error);
    }
  g_object_set_data (G_OBJECT (the_application), "asr-recovery-offered", NULL);
  return g_object_ref (the_application);
}

static void
destroy_windows (AsrApplication *application)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
}

static gboolean
is_saved (gpointer window)
{
  return !asr_window_get_modified (window);
}

static void
test_kill_and_restore (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *original = copy_sample (dir);
  g_autoptr(AsrApplication) application = NULL;
  g_autoptr(AsrAssessment) want_saved = expected_saved (original);
  g_autoptr(AsrAssessment) want_unsaved = expected_unsaved ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GFile) original_file = g_file_new_for_path (original);
  AdwMessageDialog *dialog;
  AsrWindow *first, *saved, *unsaved;
  g_autofree char *original_before = NULL;

  run_and_kill_child (original);
  g_assert_cmpuint (check_autosave_dir (), ==, 2);
  g_assert_true (g_file_get_contents (original, &original_before, NULL, NULL));

  /* Started again: the dialog lists both, with what and when. */
  application = start_application ();
  g_application_activate (G_APPLICATION (application));
  first = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  spin_until (has_dialog, first);
  dialog = find_dialog (GTK_WINDOW (first));
  collect_rows (dialog, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));
      const char *subtitle = adw_action_row_get_subtitle (g_ptr_array_index (rows, i));

      g_test_message ("Offered: %s — %s", title, subtitle);
      g_assert_nonnull (strstr (subtitle, "last changed today at "));
      if (g_str_equal (title, "larchfield.assessment"))
        g_assert_true (g_str_has_prefix (subtitle, "Larchfield House, "));
      else
        g_assert_true (g_str_equal (title, "New Assessment") &&
                       g_str_has_prefix (subtitle, NEW_SERVICE ", "));
    }
  render_dialog (dialog);

  adw_message_dialog_response (dialog, "restore");
  spin_until (both_restored, application);
  saved = find_window (application, TRUE);
  unsaved = find_window (application, FALSE);
  g_assert_true (saved == first || unsaved == first);   /* the empty window was used */

  /* Exactly what was edited, unsaved, with its own file as the target;
   * the file itself untouched until saved. */
  assert_same_assessment (saved->assessment, want_saved);
  assert_same_assessment (unsaved->assessment, want_unsaved);
  g_assert_true (g_file_equal (asr_window_get_file (saved), original_file));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (saved)), "• "));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (unsaved)), "• "));
  {
    g_autofree char *now = NULL;
    g_assert_true (g_file_get_contents (original, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, original_before);
  }
  /* The autosaves carry on under the restored windows. */
  g_assert_cmpuint (check_autosave_dir (), ==, 2);

  /* Saved: its autosave goes; the file holds the restored document. */
  _asr_window_save (saved, original_file, FALSE);
  spin_until (is_saved, saved);
  spin_until (autosave_count_is, GUINT_TO_POINTER (1));
  {
    g_autoptr(AsrAssessment) reloaded = asr_assessment_load_from_file (original_file, NULL, NULL);
    assert_same_assessment (reloaded, want_saved);
  }
  /* Closed, discarding: its autosave goes too. */
  unsaved->discard = TRUE;
  gtk_window_close (GTK_WINDOW (unsaved));
  spin_until (autosave_count_is, GUINT_TO_POINTER (0));

  destroy_windows (application);
}

static guint
count_windows_for (AsrApplication *application,
                   GFile          *file)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    n += ASR_IS_WINDOW (l->data) && asr_window_get_file (l->data) &&
         g_file_equal (asr_window_get_file (l->data), file);
  return n;
}

static gboolean
any_window_has_dialog (gpointer application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    if (ASR_IS_WINDOW (l->data) && find_dialog (l->data) != NULL)
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_undo_toast (gpointer window)
{
  return find_button_labelled (GTK_WIDGET (ASR_WINDOW (window)->toast_overlay), "_Undo") != NULL;
}

/* The file was opened from disk before the recovery dialog was answered:
 * its recovered version goes into that window (no second window with the
 * same title), unsaved, and the toast's Undo puts the disk version back. */
static void
test_restore_into_open_window (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *original = copy_sample (dir);
  g_autoptr(GFile) file = g_file_new_for_path (original);
  g_autoptr(AsrAssessment) want_saved = expected_saved (original);
  g_autoptr(AsrAssessment) on_disk = asr_assessment_load_from_file (file, NULL, NULL);
  g_autoptr(AsrApplication) application = NULL;
  AsrWindow *window = NULL;
  AdwMessageDialog *dialog;

  run_and_kill_child (original);
  application = start_application ();
  g_application_open (G_APPLICATION (application), &file, 1, "");
  spin_until (any_window_has_dialog, application);
  window = ASR_WINDOW (asr_application_find_window (application, file));
  g_assert_nonnull (window);
  g_assert_false (asr_window_get_modified (window));
  dialog = find_dialog (GTK_WINDOW (window));
  adw_message_dialog_response (dialog, "restore");
  spin_until (has_undo_toast, window);
  spin_until (both_restored, application);

  g_assert_cmpuint (count_windows_for (application, file), ==, 1);
  g_assert_true (find_window (application, TRUE) == window);
  assert_same_assessment (window->assessment, want_saved);
  g_assert_true (asr_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (window->toast_overlay), "_Undo"),
                         "clicked");
  g_assert_false (asr_window_get_modified (window));
  assert_same_assessment (window->assessment, on_disk);
  g_assert_true (g_file_equal (asr_window_get_file (window), file));
  g_assert_cmpuint (count_windows_for (application, file), ==, 1);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    ASR_WINDOW (l->data)->discard = TRUE;
  destroy_windows (application);
  spin_until (autosave_count_is, GUINT_TO_POINTER (0));
}

static void
test_discard (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *original = copy_sample (dir);
  g_autoptr(AsrApplication) application = NULL;
  AdwMessageDialog *dialog;
  AsrWindow *first;

  run_and_kill_child (original);
  g_assert_cmpuint (check_autosave_dir (), ==, 2);

  application = start_application ();
  g_application_activate (G_APPLICATION (application));
  first = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  spin_until (has_dialog, first);
  dialog = find_dialog (GTK_WINDOW (first));
  adw_message_dialog_response (dialog, "discard");
  g_assert_cmpuint (check_autosave_dir (), ==, 0);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, 1);
  g_assert_true (asr_window_is_empty (first));
  destroy_windows (application);
}

static gboolean
autosave_exists (gpointer window)
{
  return asr_autosave_entry_get_exists (asr_autosave_get_entry (asr_autosave_get (window))) &&
         check_autosave_dir () == 1;
}

static gboolean
has_confirm_dialog (gpointer window)
{
  return find_dialog (window) != NULL;
}

static gboolean
has_no_windows (gpointer application)
{
  return gtk_application_get_windows (GTK_APPLICATION (application)) == NULL;
}

/* A clean save, a clean close: nothing left behind.  While the window is
 * open its autosave is not offered to another start. */
static void
test_clean_save_and_close (void)
{
  g_autoptr(AsrApplication) application = start_application ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsrWindow *window = asr_window_new (application);
  g_autoptr(GPtrArray) offered = NULL;

  gtk_window_present (GTK_WINDOW (window));
  asr_assessment_set_service_name (window->assessment, "Autosaved");
  spin_until (autosave_exists, window);
  offered = asr_autosave_store_scan (NULL);
  g_assert_cmpuint (offered->len, ==, 0);

  _asr_window_save (window, file, FALSE);
  spin_until (is_saved, window);
  spin_until (autosave_count_is, GUINT_TO_POINTER (0));
  g_assert_cmpuint (file_mode (path), ==, 0600);

  asr_assessment_set_service_name (window->assessment, "Changed again");
  spin_until (autosave_exists, window);
  gtk_window_close (GTK_WINDOW (window));
  spin_until (has_confirm_dialog, window);
  adw_message_dialog_response (find_dialog (GTK_WINDOW (window)), "discard");
  spin_until (has_no_windows, application);
  spin_until (autosave_count_is, GUINT_TO_POINTER (0));
}

/* A dead entry in @dir: the sample as its autosave, and a description
 * naming it @title.  Returns the path of the autosave. */
static char *
plant_entry (const char *dir,
             const char *title)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *sample = copy_sample (dir);
  g_autofree char *json = g_strdup_printf ("%s/%s.json", dir, id);
  g_autofree char *description =
    g_strdup_printf ("{\"format\": \"assessor-autosave\", \"version\": 1, "
                     "\"original\": \"file:///tmp/chosen-by-someone.assessment\", "
                     "\"display_name\": \"%s\"}", title);
  char *path = g_strdup_printf ("%s/%s.assessment", dir, id);

  g_assert_cmpint (g_rename (sample, path), ==, 0);
  g_assert_true (g_file_set_contents (json, description, -1, NULL));
  return path;
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A planted entry (its autosave a link to a file elsewhere, or, as root,
 * another user's) is not offered; the genuine one beside it is. */
static void
test_planted_not_offered (void)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autofree char *elsewhere = make_tmp_dir ();
  g_autofree char *genuine = NULL, *target = NULL, *link = NULL, *owned = NULL;
  g_autoptr(AsrApplication) application = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AsrWindow *first;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  genuine = plant_entry (dir, "genuine.assessment");
  target = plant_entry (elsewhere, "Planted by a link");
  link = g_build_filename (dir, strrchr (target, '/') + 1, NULL);
  g_assert_cmpint (symlink (target, link), ==, 0);
  if (getuid () == 0)
    {
      owned = plant_entry (dir, "Planted by another user");
      g_assert_cmpint (chown (owned, 65534, 65534), ==, 0);
    }
  else
    g_test_message ("Not root: an entry of another user's is not tried");

  application = start_application ();
  g_application_activate (G_APPLICATION (application));
  first = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  spin_until (has_dialog, first);
  collect_rows (find_dialog (GTK_WINDOW (first)), rows);
  for (guint i = 0; i < rows->len; i++)
    g_test_message ("Offered: %s", adw_preferences_row_get_title (g_ptr_array_index (rows, i)));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "genuine.assessment");

  /* Discard All removes the genuine one and leaves the planted alone. */
  adw_message_dialog_response (find_dialog (GTK_WINDOW (first)), "discard");
  g_assert_false (g_file_test (genuine, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (owned == NULL || g_file_test (owned, G_FILE_TEST_EXISTS));
  destroy_windows (application);
  {
    const char *rm[] = { "rm", "-rf", dir, NULL };
    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
}

static gboolean
autosave_stopped (gpointer window)
{
  return asr_autosave_is_stopped (asr_autosave_get (window));
}

static gboolean
wrote_autosave (AsrWindow *window)
{
  AsrAutosaveEntry *entry = asr_autosave_get_entry (asr_autosave_get (window));
  g_autoptr(GFile) file = asr_autosave_entry_get_file (entry);

  return asr_autosave_entry_get_exists (entry) || g_file_query_exists (file, NULL);
}

/* The autosave directory is a link: nothing is offered from where it
 * points, autosave is off and each window says so, in a message that
 * stays; an edit writes nothing there. */
static void
test_symlinked_dir_refused (void)
{
  g_autofree char *dir = asr_autosave_store_dup_dir ();
  g_autofree char *elsewhere = make_tmp_dir ();
  g_autofree char *planted = plant_entry (elsewhere, "Planted through a link");
  g_autoptr(AsrApplication) application = NULL;
  AsrWindow *first, *second;
  GtkWidget *label;
  g_autofree char *parent = g_path_get_dirname (dir);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_cmpint (g_chmod (elsewhere, 0700), ==, 0);
  g_assert_cmpint (symlink (elsewhere, dir), ==, 0);

  application = start_application ();
  g_application_activate (G_APPLICATION (application));
  first = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_assert_true (autosave_stopped (first));
  label = find_label (GTK_WIDGET (first), "Autosave is off: ");
  g_assert_nonnull (label);
  g_test_message ("Shown: %s", gtk_label_get_text (GTK_LABEL (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "symbolic link"));
  g_assert_null (find_dialog (GTK_WINDOW (first)));

  /* Edits in the first window and in a new one: the new one finds out at
   * its first autosave, and says so too. */
  asr_assessment_set_service_name (first->assessment, "Edited");
  second = asr_window_new (application);
  gtk_window_present (GTK_WINDOW (second));
  asr_assessment_set_service_name (second->assessment, "Edited too");
  spin_until (autosave_stopped, second);
  g_assert_nonnull (find_label (GTK_WIDGET (second), "Autosave is off: "));
  g_assert_false (wrote_autosave (first));
  g_assert_false (wrote_autosave (second));
  g_assert_true (g_file_test (planted, G_FILE_TEST_EXISTS));

  destroy_windows (application);
  g_assert_cmpint (g_unlink (dir), ==, 0);
}

/* Assessor makes no network connection: nothing that could is even
 * loaded (the test links everything the application does, and has run
 * it by now). */
static void
test_no_network_libraries (void)
{
  static const char * const network[] = { "libsoup", "libcurl", "libnghttp", "libgnutls-dane" };
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  g_assert_nonnull (strstr (maps, "libgtk-4"));
  for (guint i = 0; i < G_N_ELEMENTS (network); i++)
    g_assert_null (strstr (maps, network[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int status;

  self_exe = argv[0];
  if (argc == 3 && g_str_equal (argv[1], "--edit-and-wait"))
    return edit_and_wait (argv[2]);

  /* Our own data directory (the child inherits it): no other test's
   * autosaves, and none of ours left for them. */
  tmp_dirs = g_ptr_array_new_with_free_func (g_free);
  home = make_tmp_dir ();
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  use_short_delay ();

  g_test_add_func ("/recovery/kill-and-restore", test_kill_and_restore);
  g_test_add_func ("/recovery/discard", test_discard);
  g_test_add_func ("/recovery/restore-into-open-window", test_restore_into_open_window);
  g_test_add_func ("/recovery/clean-save-and-close", test_clean_save_and_close);
  g_test_add_func ("/recovery/planted-not-offered", test_planted_not_offered);
  g_test_add_func ("/recovery/symlinked-dir-refused", test_symlinked_dir_refused);
  g_test_add_func ("/recovery/no-network-libraries", test_no_network_libraries);

  status = g_test_run ();
  g_clear_object (&the_application);
  remove_tmp_dirs ();
  return status;
}
