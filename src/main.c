/* main.c: the command line, or the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "asr-cli.h"
#include "asr-text.h"

#define GUI_MODULE "libassessor-gui.so"

typedef int (*GuiMain) (int argc, char *argv[]);

/* The window's module: beside the executable when run from the build tree
 * (tests, benchmarks), else where it is installed.  (transfer full) */
static char *
gui_module_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (exe != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (exe);
      char *path = g_build_filename (dir, GUI_MODULE, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return path;
      g_free (path);
    }
  return g_build_filename (PKGLIBDIR, GUI_MODULE, NULL);
}

/* Shows the window: GTK and libadwaita are loaded only now. */
static int
run_window (int   argc,
            char *argv[])
{
  g_autofree char *path = gui_module_path ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  GuiMain gui_main = NULL;

  if (module == NULL || !g_module_symbol (module, "asr_gui_main", (gpointer *) &gui_main))
    {
      g_printerr (_("Cannot open the window: %s\n"), g_module_error ());
      return 1;
    }
  g_module_make_resident (module);
  return gui_main (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  AsrCliOptions options = { 0, };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The command-line actions need no display, so they are handled here,
   * without GTK. */
  args = g_strdupv (argv);
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Draft a CQC care-quality assessment statement by statement.\n"
                                  "Without options, opens each FILE in a window."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 fine, 1 the file is invalid or has problems, 2 usage.\n"
                                      "Text from a file is printed and exported with control characters and\n"
                                      "bidirectional overrides escaped (\\u001b); errors quote at most 80 characters.\n"
                                      "Examples:\n"
                                      "  assessor --summary draft.assessment\n"
                                      "  assessor --summary --json draft.assessment\n"
                                      "  assessor --check draft.assessment\n"
                                      "  assessor --export=report.pdf draft.assessment\n"
                                      "  assessor --export=well-led.md --key-questions=well-led --evidence-notes draft.assessment\n"
                                      "  assessor --compare=last.assessment draft.assessment\n"
                                      "  assessor --compare=latest-ratings.csv --location=1-101 --json draft.assessment\n"
                                      "  assessor --compare=last-report.txt draft.assessment\n"
                                      "  assessor --import-report=last.assessment well-led.txt safe.txt\n"
                                      "  assessor --portfolio --json trust-assessments/"));
  g_option_context_set_main_group (context, asr_cli_option_group (&options));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_autofree char *shown = asr_text_neutralize (error->message);

      /* The message quotes the option as typed: no escape sequences. */
      g_printerr ("%s\n", shown);
      return 2;
    }
  if (asr_cli_wants_command (&options))
    {
      int status = asr_cli_run (&options);
      asr_cli_options_clear (&options);
      return status;
    }
  asr_cli_options_clear (&options);
  return run_window (argc, argv);
}
