/* test-spelling.c: spell checking in notes, from the word rules to the
 * window's context menu and the setting that turns it off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HOME and XDG_CONFIG_HOME point at a new temporary folder before GLib
 * reads them, so "Add to Dictionary" writes there, never to the user's
 * personal dictionary.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "asr-spell-checker.h"
#include "asr-spell-view.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;
static char *config_home;

#define NOTES "We recieve visitors; the organisation's staff don't mind."

static gboolean
skip_without_dictionary (void)
{
  if (asr_spell_checker_has_language ("en_GB"))
    return FALSE;
  g_test_skip ("No en_GB spelling dictionary installed (Debian: hunspell-en-gb)");
  return TRUE;
}

static void
collect_word (const char *word,
              gsize       offset,
              gsize       length,
              gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strndup (word, length));
}

/* Apostrophes inside a word keep it one word; numbers, acronyms and
 * addresses are not words to check. */
static void
test_words (void)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  const char *expected[] = { "Don't", "visit", "people’s", "well", "led", "KLOEs", "quoted", NULL };

  asr_spell_foreach_word ("Don't visit people’s well-led CQC KLOEs 2024 3rd "
                          "https://www.cqc.org.uk/about www.example.org info@cqc.org.uk 'quoted'",
                          -1, collect_word, words);
  g_ptr_array_add (words, NULL);
  g_assert_cmpstrv ((char **) words->pdata, expected);
}

static void
test_checker (void)
{
  g_autoptr(AsrSpellChecker) checker = NULL;
  g_auto(GStrv) suggestions = NULL;

  if (skip_without_dictionary ())
    return;
  checker = asr_spell_checker_new ("en_GB");
  g_assert_true (asr_spell_checker_get_ready (checker));
  g_assert_true (asr_spell_checker_check_word (checker, "organisation", -1));
  g_assert_true (asr_spell_checker_check_word (checker, "don't", -1));
  g_assert_true (asr_spell_checker_check_word (checker, "people’s", -1));
  g_assert_false (asr_spell_checker_check_word (checker, "recieve", -1));
  suggestions = asr_spell_checker_suggest (checker, "recieve", 5);
  g_assert_true (g_strv_contains ((const char * const *) suggestions, "receive"));

  /* Off, nothing is misspelt. */
  asr_spell_checker_set_enabled (checker, FALSE);
  g_assert_true (asr_spell_checker_check_word (checker, "recieve", -1));
  /* A language with no dictionary checks nothing, and says so. */
  asr_spell_checker_set_enabled (checker, TRUE);
  asr_spell_checker_set_language (checker, "xx_NONE");
  g_assert_false (asr_spell_checker_get_ready (checker));
  g_assert_true (asr_spell_checker_check_word (checker, "recieve", -1));
}

static void
count_cb (guint *n)
{
  (*n)++;
}

static gboolean
is_ready (gpointer checker)
{
  return asr_spell_checker_get_ready (checker);
}

/* The application's checker opens its dictionary (about 100 ms) on a
 * worker thread, and only when a word is first to be checked: never on
 * the way to a window's first frame. */
static void
test_opened_in_background (void)
{
  AsrSpellChecker *checker;
  guint changed = 0;

  if (skip_without_dictionary ())
    return;
  checker = asr_spell_checker_get_default ();
  g_assert_false (asr_spell_checker_get_ready (checker));
  g_assert_false (asr_spell_checker_get_loading (checker));
  g_signal_connect_swapped (checker, "changed", G_CALLBACK (count_cb), &changed);

  /* Asked, it says "not yet" and does not block. */
  g_assert_false (asr_spell_checker_prepare (checker));
  g_assert_true (asr_spell_checker_get_loading (checker));
  g_assert_true (asr_spell_checker_check_word (checker, "recieve", -1));
  test_wait_for (is_ready, checker);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (asr_spell_checker_get_loading (checker));
  g_assert_true (asr_spell_checker_prepare (checker));
  g_assert_false (asr_spell_checker_check_word (checker, "recieve", -1));
  g_signal_handlers_disconnect_by_data (checker, &changed);
}

static gboolean is_checked (gpointer view);
static gboolean underlined_at (GtkTextView *view,
                               int          offset);

/* Nothing is checked, and so no dictionary opened, until the window of a
 * notes editor has painted: a window opened on a document shows its first
 * frame without a worker thread parsing a word list beside it (issue 10:
 * start-up). Then the underlines come. */
static void
test_checked_after_first_frame (void)
{
  GtkWidget *window;
  GtkWidget *view;

  if (skip_without_dictionary ())
    return;
  window = gtk_window_new ();
  view = gtk_text_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "I recieve it.", -1);
  gtk_widget_realize (window);
  asr_spell_view_attach (GTK_TEXT_VIEW (view), asr_spell_checker_get_default ());
  test_spin ();
  g_assert_cmpuint (asr_spell_view_get_checked (GTK_TEXT_VIEW (view)), ==, 0);
  g_assert_true (asr_spell_view_is_pending (GTK_TEXT_VIEW (view)));

  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (is_checked, view);
  g_assert_cmpuint (asr_spell_view_get_checked (GTK_TEXT_VIEW (view)), >, 0);
  g_assert_true (underlined_at (GTK_TEXT_VIEW (view), 2));
  gtk_window_destroy (GTK_WINDOW (window));
}

static AsrWindow *
new_window (AsrQualityStatement **statement)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  AsrWindow *window = test_new_window (application, assessment, NULL);

  *statement = test_statement_at (assessment, "safe", 0);
  asr_window_show_statement (window, *statement);
  test_spin ();
  return window;
}

/* Where @word starts in NOTES (ASCII: bytes are characters). */
static int
at (const char *word)
{
  return (int) (strstr (NOTES, word) - NOTES);
}

static gboolean
is_checked (gpointer view)
{
  return !asr_spell_view_is_pending (view);
}

/* Whether the character @offset characters into @view's text is underlined. */
static gboolean
underlined_at (GtkTextView *view,
               int          offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, offset);
  return gtk_text_iter_has_tag (&iter, asr_spell_view_get_error_tag (view));
}

static gboolean
any_underline (GtkTextView *view)
{
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &iter);
  return gtk_text_iter_has_tag (&iter, asr_spell_view_get_error_tag (view)) ||
         gtk_text_iter_forward_to_tag_toggle (&iter, asr_spell_view_get_error_tag (view));
}

static void
type_notes (GtkTextView *view,
            const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), text, -1);
  test_wait_for (is_checked, view);
}

static void
place_cursor (GtkTextView *view,
              int          offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

/* The label of each item of the spelling sections of @view's menu, and
 * the target of "spelling.correct" items. */
static char *
menu_items (GtkTextView *view)
{
  GMenuModel *menu = gtk_text_view_get_extra_menu (view);
  g_autoptr(GString) out = g_string_new ("");

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *label = NULL, *action = NULL;

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_string_append_printf (out, "%s=%s|", action, label);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A misspelling in a notes field is underlined, only it; its menu offers
 * "receive"; choosing it changes that word alone, and Ctrl+Z (win.undo in
 * the notes) puts it back in one step. */
static void
test_underline_and_correct (void)
{
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;
  g_autofree char *items = NULL;

  if (skip_without_dictionary ())
    return;
  window = new_window (&statement);
  view = asr_statement_page_get_notes_view (window->statement_page);
  type_notes (view, NOTES);

  g_assert_true (underlined_at (view, at ("recieve")));
  g_assert_true (underlined_at (view, at ("recieve") + 6));
  g_assert_false (underlined_at (view, at ("recieve") - 1));
  g_assert_false (underlined_at (view, at ("recieve") + 7));
  g_assert_false (underlined_at (view, at ("organisation's")));
  g_assert_false (underlined_at (view, at ("'s staff")));
  g_assert_false (underlined_at (view, at ("don't")));

  /* Away from a misspelling the menu has nothing of ours. */
  place_cursor (view, at ("organisation"));
  asr_spell_view_prepare_menu (view);
  g_assert_cmpint (g_menu_model_get_n_items (gtk_text_view_get_extra_menu (view)), ==, 0);

  place_cursor (view, 5);
  asr_spell_view_prepare_menu (view);
  items = menu_items (view);
  g_assert_nonnull (strstr (items, "spelling.correct=receive|"));
  g_assert_nonnull (strstr (items, "spelling.add=_Add “recieve” to Dictionary|"));

  gtk_widget_activate_action (GTK_WIDGET (view), "spelling.correct", "s", "receive");
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==,
                   "We receive visitors; the organisation's staff don't mind.");
  test_wait_for (is_checked, view);
  g_assert_false (any_underline (view));

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, NOTES);
  test_wait_for (is_checked, view);
  g_assert_true (underlined_at (view, 3));

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Add to Dictionary" takes the underline away and writes the word to the
 * personal dictionary in this test's own configuration folder. */
static void
test_add_to_dictionary (void)
{
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;
  g_autofree char *path = g_build_filename (config_home, "enchant", "en_GB.dic", NULL);
  g_autofree char *contents = NULL;

  if (skip_without_dictionary ())
    return;
  window = new_window (&statement);
  view = asr_statement_page_get_notes_view (window->statement_page);
  type_notes (view, "Visited Zorblewick House.");
  g_assert_true (underlined_at (view, 9));

  place_cursor (view, 9);
  asr_spell_view_prepare_menu (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "spelling.add", NULL);
  test_wait_for (is_checked, view);
  g_assert_false (any_underline (view));
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, "Visited Zorblewick House.");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Zorblewick"));

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Spell checking off in Preferences' setting takes every underline away;
 * on again, they come back. */
static void
test_setting_off (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;

  if (skip_without_dictionary ())
    return;
  window = new_window (&statement);
  view = asr_statement_page_get_notes_view (window->statement_page);
  type_notes (view, NOTES);
  g_assert_true (any_underline (view));

  g_settings_set_boolean (settings, "spell-checking", FALSE);
  test_wait_for (is_checked, view);
  g_assert_false (any_underline (view));
  type_notes (view, " Anothr.");
  g_assert_false (any_underline (view));

  g_settings_set_boolean (settings, "spell-checking", TRUE);
  test_wait_for (is_checked, view);
  g_assert_true (underlined_at (view, at ("recieve")));
  g_assert_true (underlined_at (view, (int) strlen (NOTES) + 2));
  g_assert_cmpstr (asr_quality_statement_get_notes (statement), ==, NOTES " Anothr.");

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long note of a megabyte, filled in chunks, is checked to its end; a
 * keystroke then checks the words around it, not the note.  (It was a
 * quarter of a megabyte while the notes view drew every line each frame.) */
static void
test_long_note (void)
{
  g_autoptr(GString) notes = g_string_new ("");
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;
  GtkTextIter end;
  guint64 before;

  if (skip_without_dictionary ())
    return;
  window = new_window (&statement);
  view = asr_statement_page_get_notes_view (window->statement_page);
  while (notes->len < 1024 * 1024)
    g_string_append (notes, "People told us staff were kind and knew them well.\n");
  g_string_append (notes, "Last line: recieve.");
  asr_quality_statement_set_notes (statement, notes->str);
  test_wait_for (is_checked, view);
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, (int) notes->len);
  g_assert_true (underlined_at (view, (int) notes->len - 5));
  g_assert_false (underlined_at (view, 3));

  before = asr_spell_view_get_checked (view);
  place_cursor (view, 7);
  type_notes (view, "s");
  g_assert_cmpuint (asr_spell_view_get_checked (view) - before, <, 100);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* The context menu of a misspelling, opened as the Menu key opens it. */
static void
render_menu (GtkTextView *view,
             const char  *name)
{
  GtkWidget *popover = NULL;

  place_cursor (view, at ("recieve") + 2);
  gtk_widget_activate_action (GTK_WIDGET (view), "menu.popup", NULL);
  asr_spell_view_prepare_menu (view);
  test_spin ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      popover = child;
  g_assert_nonnull (popover);
  test_wait_for (test_is_mapped, popover);
  test_render_png (popover, name);
  gtk_popover_popdown (GTK_POPOVER (popover));
  /* Closed, its surface gone, before the window is: GTK 4.8 otherwise may
   * ask a destroyed surface for the pointer. */
  test_wait_for (is_unmapped, popover);
}

static void
render (const char *name,
        const char *menu_name,
        int         width,
        gboolean    dark)
{
  AsrQualityStatement *statement;
  AsrWindow *window;
  GtkTextView *view;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = new_window (&statement);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  if (width < 400)
    adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  view = asr_statement_page_get_notes_view (window->statement_page);
  type_notes (view, NOTES);
  test_spin ();
  test_render_png (GTK_WIDGET (window), name);
  if (menu_name != NULL)
    render_menu (view, menu_name);
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_render (void)
{
  if (skip_without_dictionary ())
    return;
  render ("spelling.png", "spelling-menu.png", 1000, FALSE);
  render ("spelling-dark.png", "spelling-menu-dark.png", 1000, TRUE);
  render ("spelling-narrow.png", NULL, 360, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads them: never the user's personal dictionary. */
  config_home = g_dir_make_tmp ("assessor-spelling-XXXXXX", NULL);
  g_assert_nonnull (config_home);
  g_setenv ("HOME", config_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  application = test_init_application (&argc, &argv);

  g_test_add_func ("/spelling/words", test_words);
  g_test_add_func ("/spelling/checker", test_checker);
  g_test_add_func ("/spelling/opened-in-background", test_opened_in_background);
  g_test_add_func ("/spelling/checked-after-first-frame", test_checked_after_first_frame);
  g_test_add_func ("/spelling/underline-and-correct", test_underline_and_correct);
  g_test_add_func ("/spelling/add-to-dictionary", test_add_to_dictionary);
  g_test_add_func ("/spelling/setting-off", test_setting_off);
  g_test_add_func ("/spelling/long-note", test_long_note);
  g_test_add_func ("/spelling/render", test_render);

  status = g_test_run ();
  g_clear_object (&application);
  {
    const char *rm[] = { "rm", "-rf", config_home, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (config_home);
  return status;
}
