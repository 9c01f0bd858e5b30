/* asr-framework-registry.c: the built-in frameworks and installed files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loaded once and never changed afterwards, so a loader on a worker
 * thread may look a framework up while the window lists them.
 */
#define G_LOG_DOMAIN "asr-framework"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-core-resources.h"
#include "asr-error.h"
#include "asr-framework-registry.h"
#include "asr-read-file.h"
#include "asr-text.h"

#define RESOURCE_PATH "/io/github/assessor/Assessor/frameworks/"

struct _AsrFrameworkRegistry
{
  GObject     parent_instance;
  GListStore *frameworks;  /* AsrFramework, in order */
  GHashTable *by_id;       /* id → AsrFramework (owned by frameworks) */
  GHashTable *paths;       /* AsrFramework → its file's path; none for a built-in */
  GPtrArray  *problems;    /* char * */
};

G_DEFINE_FINAL_TYPE (AsrFrameworkRegistry, asr_framework_registry, G_TYPE_OBJECT)

static void
asr_framework_registry_finalize (GObject *object)
{
  AsrFrameworkRegistry *self = ASR_FRAMEWORK_REGISTRY (object);

  g_hash_table_unref (self->paths);
  g_hash_table_unref (self->by_id);
  g_object_unref (self->frameworks);
  g_ptr_array_unref (self->problems);

  G_OBJECT_CLASS (asr_framework_registry_parent_class)->finalize (object);
}

static void
asr_framework_registry_class_init (AsrFrameworkRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = asr_framework_registry_finalize;
}

static void
asr_framework_registry_init (AsrFrameworkRegistry *self)
{
  self->frameworks = g_list_store_new (ASR_TYPE_FRAMEWORK);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->paths = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

static void
add_framework (AsrFrameworkRegistry *self,
               AsrFramework         *framework,
               const char           *path)
{
  g_list_store_append (self->frameworks, framework);
  g_hash_table_insert (self->by_id, (gpointer) asr_framework_get_id (framework), framework);
  if (path != NULL)
    g_hash_table_insert (self->paths, framework, g_strdup (path));
}

/* Newest first, so the first built-in is the one a new assessment uses. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  AsrFramework *fa = *(AsrFramework **) a, *fb = *(AsrFramework **) b;

  return strcmp (asr_framework_get_valid_from (fb), asr_framework_get_valid_from (fa));
}

/* Every framework in the program's resources: adding one to
 * asr-core.gresource.xml is all it takes to build it in. */
static void
load_builtins (AsrFrameworkRegistry *self)
{
  g_autoptr(GPtrArray) builtins = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) names = g_resource_enumerate_children (asr_core_get_resource (), RESOURCE_PATH, 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resource_lookup_data (asr_core_get_resource (), path, 0, NULL);
      g_autoptr(GError) error = NULL;
      AsrFramework *framework = asr_framework_new_from_bytes (bytes, path, &error);

      /* The built-ins are tested: only a broken build gets here. */
      if (framework == NULL)
        g_ptr_array_add (self->problems, g_strdup (error->message));
      else
        g_ptr_array_add (builtins, framework);
    }
  g_ptr_array_sort (builtins, compare_newest_first);
  for (guint i = 0; i < builtins->len; i++)
    add_framework (self, g_ptr_array_index (builtins, i), NULL);
}

AsrFramework *
asr_framework_load_file (GFile   *file,
                         GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = asr_read_file_bounded (file, ASR_FRAMEWORK_MAX_SIZE, NULL, error);
  if (bytes == NULL)
    return NULL;
  name = g_file_get_parse_name (file);
  return asr_framework_new_from_bytes (bytes, name, error);
}

static void
add_problem (AsrFrameworkRegistry *self,
             const char           *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (AsrFrameworkRegistry *self,
             const char           *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
load_one_file (AsrFrameworkRegistry *self,
               const char           *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_load_file (file, &error);
  AsrFramework *first;
  const char *first_path;

  if (framework == NULL)
    {
      add_problem (self, _("%s (skipped)"), error->message);
      return;
    }
  first = g_hash_table_lookup (self->by_id, asr_framework_get_id (framework));
  if (first == NULL)
    {
      add_framework (self, framework, path);
      return;
    }
  first_path = g_hash_table_lookup (self->paths, first);
  if (first_path == NULL)
    add_problem (self, _("%s: /id: the framework “%s” is built in; a file cannot replace it (skipped)"),
                 path, asr_framework_get_id (framework));
  else
    add_problem (self, _("%s: /id: the framework “%s” is already installed from %s (skipped)"),
                 path, asr_framework_get_id (framework), first_path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* DIR/assessor/frameworks/\*.json by name; a missing folder is no problem. */
static void
load_directory (AsrFrameworkRegistry *self,
                const char           *data_dir)
{
  g_autofree char *folder = g_build_filename (data_dir, "assessor", "frameworks", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  const char *name;

  if (dir == NULL)
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) &&
          !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
        add_problem (self, "%s: %s", folder, error->message);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      load_one_file (self, path);
    }
}

AsrFrameworkRegistry *
asr_framework_registry_new (const char * const *data_dirs)
{
  AsrFrameworkRegistry *self = g_object_new (ASR_TYPE_FRAMEWORK_REGISTRY, NULL);

  load_builtins (self);
  for (guint i = 0; data_dirs != NULL && data_dirs[i] != NULL; i++)
    load_directory (self, data_dirs[i]);
  return self;
}

AsrFrameworkRegistry *
asr_framework_registry_get_default (void)
{
  static AsrFrameworkRegistry *registry;

  if (g_once_init_enter (&registry))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) dirs = NULL;

      g_strv_builder_add (builder, g_get_user_data_dir ());
      g_strv_builder_addv (builder, (const char **) g_get_system_data_dirs ());
      dirs = g_strv_builder_end (builder);
      g_once_init_leave (&registry, asr_framework_registry_new ((const char * const *) dirs));
    }
  return registry;
}

char *
asr_framework_registry_dup_ids (AsrFrameworkRegistry *self)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->frameworks));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrFramework) framework = g_list_model_get_item (G_LIST_MODEL (self->frameworks), i);

      g_string_append_printf (ids, i == 0 ? "%s" : ", %s", asr_framework_get_id (framework));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

AsrFramework *
asr_framework_registry_find (AsrFrameworkRegistry *self,
                             const char           *id,
                             GError              **error)
{
  AsrFramework *framework;

  g_return_val_if_fail (ASR_IS_FRAMEWORK_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  framework = g_hash_table_lookup (self->by_id, id);
  if (framework == NULL)
    {
      g_autofree char *shown = asr_text_quote (id);
      g_autofree char *installed = asr_framework_registry_dup_ids (self);

      g_set_error (error, ASR_ERROR, ASR_ERROR_FRAMEWORK_MISSING,
                   _("the framework “%s” is not installed (installed: %s)"), shown, installed);
      return NULL;
    }
  return g_object_ref (framework);
}

GListModel *
asr_framework_registry_get_frameworks (AsrFrameworkRegistry *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK_REGISTRY (self), NULL);
  return G_LIST_MODEL (self->frameworks);
}

const char *
asr_framework_registry_get_path (AsrFrameworkRegistry *self,
                                 AsrFramework         *framework)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK_REGISTRY (self), NULL);
  g_return_val_if_fail (ASR_IS_FRAMEWORK (framework), NULL);
  return g_hash_table_lookup (self->paths, framework);
}

GPtrArray *
asr_framework_registry_get_problems (AsrFrameworkRegistry *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK_REGISTRY (self), NULL);
  return self->problems;
}

gboolean
asr_framework_registry_add (AsrFrameworkRegistry *self,
                            AsrFramework         *framework,
                            GError              **error)
{
  const char *id;

  g_return_val_if_fail (ASR_IS_FRAMEWORK_REGISTRY (self), FALSE);
  g_return_val_if_fail (ASR_IS_FRAMEWORK (framework), FALSE);

  id = asr_framework_get_id (framework);
  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("the framework id “%s” is already known"), id);
      return FALSE;
    }
  add_framework (self, framework, NULL);
  return TRUE;
}

AsrFramework *
asr_framework_registry_lookup (const char  *id,
                               GError     **error)
{
  return asr_framework_registry_find (asr_framework_registry_get_default (), id, error);
}

GListModel *
asr_framework_registry_list (void)
{
  return asr_framework_registry_get_frameworks (asr_framework_registry_get_default ());
}
