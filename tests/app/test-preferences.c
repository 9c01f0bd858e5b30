/* test-preferences.c: the preferences window, through its real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "asr-preferences-window.h"
#include "asr-test-render.h"

static GtkSpinButton *
find_spin (GtkWidget  *root,
           const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSpinButton *found;

      /* Found by its accessible label: what a screen reader says is
       * what the test looks for. */
      if (GTK_IS_SPIN_BUTTON (child))
        {
          g_autofree char *mismatch =
            gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, label);
          if (mismatch == NULL)
            return GTK_SPIN_BUTTON (child);
        }
      found = find_spin (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/preferences/bound-both-ways", test_bound_both_ways);
  g_test_add_func ("/preferences/autosave-delay", test_autosave_delay);

  return g_test_run ();
}
