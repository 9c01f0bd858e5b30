/* bench-bare-window.c: the baseline of the start-up benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bare libadwaita window of Assessor's default size (a header bar and
 * one label).  build-aux/bench.sh --ui times it from exec to its first
 * painted frame, as it does Assessor and GNOME Text Editor: the library
 * tests/bench/bench-first-frame.c, preloaded, ends each on that frame.
 */
#include <adwaita.h>

static void
activate_cb (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("An empty window");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application =
    adw_application_new ("io.github.assessor.BareWindow", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
