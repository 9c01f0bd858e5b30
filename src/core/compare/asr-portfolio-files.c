/* asr-portfolio-files.c: the assessments of a folder, in the order both
 * the command line and the window read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-portfolio"

#include "config.h"

#include "asr-portfolio.h"

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* Past the one-letter kind: files and folders by name alone. */
  return g_strcmp0 (*(const char * const *) a + 1, *(const char * const *) b + 1);
}

void
asr_portfolio_list_folder (GFile     *dir,
                           GPtrArray *paths,
                           GPtrArray *errors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  if (children == NULL)
    {
      g_ptr_array_add (errors, g_strdup (error->message));
      return;
    }
  while ((info = g_file_enumerator_next_file (children, NULL, &error)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      GFileType type = g_file_info_get_file_type (info);

      if (type == G_FILE_TYPE_DIRECTORY || g_str_has_suffix (name, ".assessment"))
        g_ptr_array_add (names, g_strdup_printf ("%c%s", type == G_FILE_TYPE_DIRECTORY ? 'd' : 'f', name));
      g_object_unref (info);
    }
  if (error != NULL)
    g_ptr_array_add (errors, g_strdup (error->message));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autoptr(GFile) child = g_file_get_child (dir, entry + 1);

      if (entry[0] == 'd')
        asr_portfolio_list_folder (child, paths, errors);
      else
        g_ptr_array_add (paths, g_file_get_path (child));
    }
}
