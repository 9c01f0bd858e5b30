/* bench-first-frame.c: ends any GTK 4 program on its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The start-up benchmark (tests/bench/bench-startup.sh) times Assessor,
 * a bare libadwaita window and GNOME Text Editor from exec to exit; this
 * library, loaded into each with LD_PRELOAD, makes them exit the same way:
 * when the first window mapped has painted its first frame, it prints
 * "first frame" and ends the process at once.  No program needs a hook of
 * its own, so all three are measured alike.
 *
 * With BENCH_FIRST_FRAME_TEXT set, the frame counted is the first one in
 * which a text view of that window holds text: a text editor maps its
 * window first and loads the file into it afterwards, and its start-up is
 * not over until the file shows.
 *
 * How it gets in: the programs call g_application_run() from their own
 * main(), so this library's g_application_run() runs first; it hooks the
 * application's "startup" (after GTK is initialised there) and passes on
 * to GLib's.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>
#include <gtk/gtk.h>

int g_application_run (GApplication *application, int argc, char **argv);

static GtkWidget *first_window;

static gboolean
shows_text (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_TEXT_VIEW (widget) &&
      gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget))) > 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child))
      return TRUE;
  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (g_getenv ("BENCH_FIRST_FRAME_TEXT") != NULL && !shows_text (first_window))
    return;
  g_print ("first frame\n");
  _exit (0);
}

/* An emission hook runs before the class handler: the window being mapped
 * is realized already, and has its frame clock. */
static gboolean
map_hook_cb (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (first_window != NULL || !GTK_IS_WINDOW (widget))
    return TRUE;
  first_window = widget;
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  return FALSE;
}

static void
startup_cb (GApplication *application,
            gpointer      user_data)
{
  /* A signal is known once its class is: GtkWidget's may not be yet. */
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                              map_hook_cb, NULL, NULL);
}

int
g_application_run (GApplication  *application,
                   int            argc,
                   char         **argv)
{
  int (*run) (GApplication *, int, char **) = dlsym (RTLD_NEXT, "g_application_run");

  g_signal_connect_after (application, "startup", G_CALLBACK (startup_cb), NULL);
  return run (application, argc, argv);
}
