/* asr-portfolio-window-load.c: reading the folder on a worker, and
 * following it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder is listed and each file summarised on a worker thread, one
 * document in memory at a time (the core's portfolio row), so the window
 * stays responsive.  Then GFileMonitors follow the folder and each
 * sub-folder that holds an assessment: a file that appears, changes or
 * goes is re-read alone and the aggregation is redone from the rows kept
 * (no other file is read again).
 */
#define G_LOG_DOMAIN "asr-portfolio-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-portfolio-window-private.h"

typedef struct
{
  GFile     *folder;   /* the whole folder, or … */
  GFile     *file;     /* … one file */
  GPtrArray *items;    /* of AsrPortfolioItem, read; for one file: none if it is gone */
  GPtrArray *errors;   /* folders that could not be listed */
  guint      serial;   /* for one file: which read of it this is */
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->folder);
  g_clear_object (&load->file);
  g_ptr_array_unref (load->items);
  g_ptr_array_unref (load->errors);
  g_free (load);
}

static Load *
load_new (void)
{
  Load *load = g_new0 (Load, 1);

  load->items = g_ptr_array_new_with_free_func (g_object_unref);
  load->errors = g_ptr_array_new_with_free_func (g_free);
  return load;
}

static void
read_file (Load  *load,
           GFile *file)
{
  g_ptr_array_add (load->items, asr_portfolio_item_new (file, asr_portfolio_row_new_for_file (file)));
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (load->file != NULL)
    {
      if (g_file_query_file_type (load->file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_REGULAR)
        read_file (load, load->file);
      g_task_return_boolean (task, TRUE);
      return;
    }
  asr_portfolio_list_folder (load->folder, paths, load->errors);
  for (guint i = 0; i < paths->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));

      read_file (load, file);
    }
  g_task_return_boolean (task, !g_cancellable_is_cancelled (cancellable));
}

/* The order of asr_portfolio_list_folder(): by name, folder by folder. */
static int
compare_paths (GFile *a,
               GFile *b)
{
  g_autofree char *pa = g_file_get_path (a);
  g_autofree char *pb = g_file_get_path (b);
  g_auto(GStrv) ca = g_strsplit (pa ? pa : "", G_DIR_SEPARATOR_S, -1);
  g_auto(GStrv) cb = g_strsplit (pb ? pb : "", G_DIR_SEPARATOR_S, -1);
  guint i;

  for (i = 0; ca[i] != NULL && cb[i] != NULL; i++)
    if (strcmp (ca[i], cb[i]) != 0)
      return strcmp (ca[i], cb[i]);
  return (ca[i] != NULL) - (cb[i] != NULL);
}

/* Puts @item where its file belongs, in place of the file's old row. */
static void
place_item (AsrPortfolioWindow *self,
            GFile              *file,
            AsrPortfolioItem   *item)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n = g_list_model_get_n_items (items);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(AsrPortfolioItem) old = g_list_model_get_item (items, i);
      int order = compare_paths (asr_portfolio_item_get_file (old), file);

      if (order == 0)
        {
          g_list_store_splice (self->items, i, 1, (gpointer *) &item, item != NULL);
          return;
        }
      if (order > 0)
        break;
    }
  if (item != NULL)
    g_list_store_insert (self->items, i, item);
}

static void folder_changed_cb (GFileMonitor       *monitor,
                               GFile              *file,
                               GFile              *other,
                               GFileMonitorEvent   event,
                               AsrPortfolioWindow *self);

/* Follows @dir, once. */
static void
follow (AsrPortfolioWindow *self,
        GFile              *dir)
{
  g_autoptr(GError) error = NULL;
  GFileMonitor *monitor;

  for (guint i = 0; i < self->monitors->len; i++)
    if (g_file_equal (g_object_get_data (g_ptr_array_index (self->monitors, i), "folder"), dir))
      return;
  monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_NONE, self->cancellable, &error);
  if (monitor == NULL)
    {
      g_free (self->follow_error);
      self->follow_error = g_strdup_printf (_("Changes to the folder are not followed: %s"), error->message);
      return;
    }
  g_object_set_data_full (G_OBJECT (monitor), "folder", g_object_ref (dir), g_object_unref);
  g_signal_connect (monitor, "changed", G_CALLBACK (folder_changed_cb), self);
  g_ptr_array_add (self->monitors, monitor);
}

/* The folder, and each sub-folder that holds an assessment. */
static void
follow_folders (AsrPortfolioWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  follow (self, self->folder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrPortfolioItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      g_autoptr(GFile) parent = g_file_get_parent (asr_portfolio_item_get_file (item));

      if (parent != NULL)
        follow (self, parent);
    }
}

/* Two reads of one file may end in either order: only the last begun
 * counts. */
static gboolean
is_latest (AsrPortfolioWindow *self,
           Load               *load)
{
  g_autofree char *uri = g_file_get_uri (load->file);

  if (GPOINTER_TO_UINT (g_hash_table_lookup (self->reads, uri)) != load->serial)
    return FALSE;
  g_hash_table_remove (self->reads, uri);
  return TRUE;
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsrPortfolioWindow *self = ASR_PORTFOLIO_WINDOW (source);
  Load *load = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;
  self->n_loading--;
  if (load->file != NULL && !is_latest (self, load))
    return;  /* a later read of the same file is on its way */
  if (load->file != NULL)
    place_item (self, load->file, load->items->len ? g_ptr_array_index (load->items, 0) : NULL);
  else
    {
      g_ptr_array_extend_and_steal (self->folder_errors, g_steal_pointer (&load->errors));
      load->errors = g_ptr_array_new ();
      g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                           load->items->pdata, load->items->len);
      follow_folders (self);
    }
  _asr_portfolio_window_aggregate (self);
}

static void
start (AsrPortfolioWindow *self,
       Load               *load)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, load_done_cb, NULL);

  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  self->n_loading++;
  g_task_run_in_thread (task, load_thread);
}

static void
folder_changed_cb (GFileMonitor       *monitor,
                   GFile              *file,
                   GFile              *other,
                   GFileMonitorEvent   event,
                   AsrPortfolioWindow *self)
{
  g_autofree char *name = g_file_get_basename (file);

  if (!g_str_has_suffix (name, ".assessment") || name[0] == '.')
    return;
  if (event == G_FILE_MONITOR_EVENT_CREATED || event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT ||
      event == G_FILE_MONITOR_EVENT_DELETED)
    _asr_portfolio_window_reload_file (self, file);
}

void
_asr_portfolio_window_reload_file (AsrPortfolioWindow *self,
                                   GFile              *file)
{
  Load *load = load_new ();

  g_return_if_fail (ASR_IS_PORTFOLIO_WINDOW (self));
  load->file = g_object_ref (file);
  load->serial = ++self->n_reads;
  g_hash_table_insert (self->reads, g_file_get_uri (file), GUINT_TO_POINTER (load->serial));
  start (self, load);
}

void
_asr_portfolio_window_load (AsrPortfolioWindow *self)
{
  Load *load = load_new ();

  load->folder = g_object_ref (self->folder);
  start (self, load);
}
