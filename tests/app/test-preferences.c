/* test-preferences.c: the preferences window, through its real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "asr-preferences-window.h"
#include "asr-test-render.h"

static GtkWidget *
find_labelled (GtkWidget  *root,
               GType       type,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      /* Found by its accessible label: what a screen reader says is
       * what the test looks for. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          g_autofree char *mismatch =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, label);
          if (mismatch == NULL)
            return child;
        }
      found = find_labelled (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkSpinButton *
find_spin (GtkWidget  *root,
           const char *label)
{
  return (GtkSpinButton *) find_labelled (root, GTK_TYPE_SPIN_BUTTON, label);
}

static void
wait_for_frame (GtkWidget *widget)
{
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_mapped (widget));
}

static GSettings *
new_settings (void)
{
  GSettings *settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "stale-threshold-years");
  g_settings_reset (settings, "autosave-delay");
  g_settings_reset (settings, "spell-checking");
  g_settings_reset (settings, "spell-checking-language");
  return settings;
}

static void
test_bound_both_ways (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window = asr_preferences_window_new (NULL, settings);
  GtkSpinButton *stale;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window);

  stale = find_spin (window, "Years after which a carried-forward rating is stale");
  g_assert_nonnull (stale);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (stale), ==, 2);

  /* The widget writes the setting … */
  gtk_spin_button_set_value (stale, 5);
  g_assert_cmpint (g_settings_get_int (settings, "stale-threshold-years"), ==, 5);
  /* … follows it … */
  g_settings_set_int (settings, "stale-threshold-years", 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (stale), ==, 3);
  /* … and cannot leave the schema's range. */
  gtk_spin_button_set_value (stale, 99);
  g_assert_cmpint (g_settings_get_int (settings, "stale-threshold-years"), ==, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_autosave_delay (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window = asr_preferences_window_new (NULL, settings);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkSpinButton *delay;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window);

  delay = find_spin (window, "Seconds after the last change before the autosave copy is written");
  g_assert_nonnull (delay);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (delay), ==, 2);
  gtk_spin_button_set_value (delay, 7);
  g_assert_cmpint (g_settings_get_int (settings, "autosave-delay"), ==, 7);
  gtk_spin_button_set_value (delay, 0);
  g_assert_cmpint (g_settings_get_int (settings, "autosave-delay"), ==, 1);

  path = g_build_filename (RENDER_DIR, "preferences.png", NULL);
  g_assert_true (asr_test_render_widget_to_png (window, path, &error));
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Spell checking on/off and its language, found by their accessible
 * labels (test_check_accessible() would stop at the hidden search entry
 * inside GtkDropDown's popover, which is GTK's), write the settings the notes editors follow. */
static void
test_spelling (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window = asr_preferences_window_new (NULL, settings);
  GtkSwitch *check;
  GtkDropDown *language;
  GListModel *languages;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window);

  check = (GtkSwitch *) find_labelled (window, GTK_TYPE_SWITCH, "Check spelling in notes");
  language = (GtkDropDown *) find_labelled (window, GTK_TYPE_DROP_DOWN, "Spelling language");
  g_assert_nonnull (check);
  g_assert_nonnull (language);
  g_assert_true (gtk_switch_get_active (check));
  languages = gtk_drop_down_get_model (language);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (languages),
                                               gtk_drop_down_get_selected (language)), ==, "en_GB");

  gtk_switch_set_active (check, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "spell-checking"));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (language),
                                                                     ADW_TYPE_ACTION_ROW)));
  g_settings_set_boolean (settings, "spell-checking", TRUE);
  g_assert_true (gtk_switch_get_active (check));

  /* Choosing another language writes it. */
  if (g_list_model_get_n_items (languages) > 1)
    {
      guint other = gtk_drop_down_get_selected (language) == 0 ? 1 : 0;
      g_autofree char *chosen = NULL;

      gtk_drop_down_set_selected (language, other);
      chosen = g_settings_get_string (settings, "spell-checking-language");
      g_assert_cmpstr (chosen, ==,
                       gtk_string_list_get_string (GTK_STRING_LIST (languages), other));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/preferences/bound-both-ways", test_bound_both_ways);
  g_test_add_func ("/preferences/autosave-delay", test_autosave_delay);
  g_test_add_func ("/preferences/spelling", test_spelling);

  return g_test_run ();
}
