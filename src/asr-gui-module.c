/* asr-gui-module.c: the window, as a module the executable opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The executable (main.c) handles the command line with the core and the
 * reports only, and opens this module only to show a window: an export or
 * a summary then starts without loading GTK and libadwaita.
 */
#include "config.h"

#include <gmodule.h>

#include "asr-application.h"

G_MODULE_EXPORT int asr_gui_main (int   argc,
                                  char *argv[]);

/* Runs the application on @argv, as main() would. */
G_MODULE_EXPORT int
asr_gui_main (int   argc,
              char *argv[])
{
  g_autoptr(AsrApplication) app = asr_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
