/* asr-cli-frameworks.c: assessor --frameworks [--json] and
 * assessor --check-framework FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --frameworks lists the program's registry: the built-ins, then the
 * files of $XDG_DATA_HOME and $XDG_DATA_DIRS; the files it skipped are
 * reported on stderr with their paths (the listing itself succeeded, so
 * the exit status stays 0).  --check-framework reads one file the way the
 * registry would, through the bounded reader.
 */
#define G_LOG_DOMAIN "asr-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-cli-frameworks.h"
#include "asr-core.h"
#include "asr-json-writer.h"

gboolean
asr_cli_frameworks_wanted (const AsrCliOptions *options)
{
  return options->frameworks || options->check_framework != NULL;
}

/* The words of the command line: one method, one word each. */
static const char *
method_word (AsrFramework *framework)
{
  const char *id = asr_scoring_method_to_id (asr_framework_get_scoring_method (framework));

  return strcmp (id, "evidence-categories") == 0 ? "evidence-category" : id;
}

static void
print_text (AsrFrameworkRegistry *registry,
            GListModel           *frameworks)
{
  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(AsrFramework) framework = g_list_model_get_item (frameworks, i);
      const char *path = asr_framework_registry_get_path (registry, framework);

      g_print ("%s %s: %s\n", asr_framework_get_id (framework),
               asr_framework_get_version (framework), asr_framework_get_name (framework));
      g_print (_("  method: %s\n"), method_word (framework));
      g_print (_("  source: %s\n"), path != NULL ? path : "built-in");
      g_print (_("  text from: %s, %s <%s>\n"), asr_framework_get_source_publisher (framework),
               asr_framework_get_source_title (framework), asr_framework_get_source_url (framework));
    }
}

static void
write_framework (AsrJsonWriter        *w,
                 AsrFrameworkRegistry *registry,
                 AsrFramework         *framework)
{
  const char *path = asr_framework_registry_get_path (registry, framework);

  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "id");
  asr_json_writer_string (w, asr_framework_get_id (framework));
  asr_json_writer_key (w, "version");
  asr_json_writer_string (w, asr_framework_get_version (framework));
  asr_json_writer_key (w, "name");
  asr_json_writer_string (w, asr_framework_get_name (framework));
  asr_json_writer_key (w, "short_name");
  asr_json_writer_string (w, asr_framework_get_short_name (framework));
  asr_json_writer_key (w, "method");
  asr_json_writer_string (w, method_word (framework));
  asr_json_writer_key (w, "source");
  asr_json_writer_string (w, path != NULL ? path : "built-in");
  asr_json_writer_key (w, "text_source");
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "publisher");
  asr_json_writer_string (w, asr_framework_get_source_publisher (framework));
  asr_json_writer_key (w, "title");
  asr_json_writer_string (w, asr_framework_get_source_title (framework));
  asr_json_writer_key (w, "url");
  asr_json_writer_string (w, asr_framework_get_source_url (framework));
  asr_json_writer_end_object (w);
  asr_json_writer_key (w, "valid_from");
  asr_json_writer_string (w, asr_framework_get_valid_from (framework));
  asr_json_writer_key (w, "valid_to");
  asr_json_writer_string (w, asr_framework_get_valid_to (framework));
  asr_json_writer_end_object (w);
}

static void
print_json (AsrFrameworkRegistry *registry,
            GListModel           *frameworks)
{
  g_autoptr(GString) out = g_string_new (NULL);
  AsrJsonWriter w;

  asr_json_writer_init (&w, out);
  asr_json_writer_begin_array (&w);
  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(AsrFramework) framework = g_list_model_get_item (frameworks, i);

      write_framework (&w, registry, framework);
    }
  asr_json_writer_end_array (&w);
  asr_json_writer_finish (&w);
  g_print ("%s", out->str);
}

static int
run_list (gboolean json)
{
  AsrFrameworkRegistry *registry = asr_framework_registry_get_default ();
  GListModel *frameworks = asr_framework_registry_get_frameworks (registry);
  GPtrArray *problems = asr_framework_registry_get_problems (registry);

  if (json)
    print_json (registry, frameworks);
  else
    print_text (registry, frameworks);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  return ASR_CLI_EXIT_OK;
}

static int
run_check (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_load_file (file, &error);
  g_autoptr(AsrFramework) installed = NULL;

  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      return ASR_CLI_EXIT_INVALID;
    }
  g_print (_("%s: valid: framework “%s”, version “%s” (%s)\n"), path,
           asr_framework_get_id (framework), asr_framework_get_version (framework),
           asr_framework_get_name (framework));
  installed = asr_framework_registry_lookup (asr_framework_get_id (framework), NULL);
  if (installed != NULL)
    {
      const char *from = asr_framework_registry_get_path (asr_framework_registry_get_default (), installed);

      g_printerr (from == NULL ? _("Note: “%s” is a built-in framework’s id; installed, this file would be skipped\n")
                               : _("Note: a framework “%s” is already installed from %s\n"),
                  asr_framework_get_id (framework), from);
    }
  return ASR_CLI_EXIT_OK;
}

static gboolean
check_usage (const AsrCliOptions *options)
{
  guint n_files = options->files != NULL ? g_strv_length (options->files) : 0;

  if (options->frameworks && options->check_framework != NULL)
    g_printerr (_("Use one of --frameworks or --check-framework; see --help\n"));
  else if (options->summary || options->check || options->compare != NULL ||
           options->export_path != NULL || options->location != NULL ||
           options->import_report != NULL || options->portfolio || options->csv)
    g_printerr (_("--frameworks and --check-framework cannot be combined with other commands; see --help\n"));
  else if (options->check_framework != NULL && options->json)
    g_printerr (_("--json goes with --frameworks, not --check-framework; see --help\n"));
  else if (n_files > 0)
    g_printerr (options->frameworks ? _("--frameworks takes no FILE; see --help\n")
                                    : _("--check-framework takes one FILE; see --help\n"));
  else
    return TRUE;
  return FALSE;
}

int
asr_cli_frameworks_run (const AsrCliOptions *options)
{
  if (!check_usage (options))
    return ASR_CLI_EXIT_USAGE;
  if (options->frameworks)
    return run_list (options->json);
  return run_check (options->check_framework);
}
