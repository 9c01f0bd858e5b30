/* asr-portfolio-window.c: a folder of assessments as one portfolio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-portfolio-window"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-portfolio-window-private.h"
#include "asr-safe-file.h"
#include "asr-window.h"

G_DEFINE_FINAL_TYPE (AsrPortfolioWindow, asr_portfolio_window, ADW_TYPE_WINDOW)

/* Columns */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column)
{
  AsrPortfolioItem *entry = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = asr_portfolio_item_dup_text (entry, GPOINTER_TO_INT (column));
  g_autofree char *tooltip = asr_portfolio_item_dup_tooltip (entry, GPOINTER_TO_INT (column));

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, tooltip);
  if (asr_portfolio_item_get_row (entry)->error != NULL)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      column)
{
  return asr_portfolio_item_compare ((AsrPortfolioItem *) a, (AsrPortfolioItem *) b,
                                     GPOINTER_TO_INT (column));
}

/* Wide enough for "Requires improvement · 50 out of 100" without ellipsis; the
 * user may resize them. */
static int
column_width (AsrPortfolioColumn column)
{
  switch (column)
    {
    case ASR_PORTFOLIO_COLUMN_SERVICE:
    case ASR_PORTFOLIO_COLUMN_LOCATION:
      return 200;
    case ASR_PORTFOLIO_COLUMN_PROGRESS:
      return 90;
    case ASR_PORTFOLIO_COLUMN_DATE:
      return 150;
    case ASR_PORTFOLIO_COLUMN_STALE:
      return 70;
    case ASR_PORTFOLIO_COLUMN_PREVIOUS:
      return 260;
    default:
      return 270;
    }
}

static void
add_columns (AsrPortfolioWindow *self)
{
  for (AsrPortfolioColumn c = 0; c < ASR_PORTFOLIO_N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (c), NULL));

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (asr_portfolio_column_title (c), factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, column_width (c));
      gtk_column_view_append_column (self->column_view, column);
    }
}

/* The search */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  AsrPortfolioWindow *self = user_data;

  return self->words == NULL || asr_portfolio_item_matches (item, self->words);
}

static void
search_changed_cb (AsrPortfolioWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_free (self->words);
  self->words = *text ? g_utf8_casefold (text, -1) : NULL;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
setup_model (AsrPortfolioWindow *self)
{
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  self->items = g_list_store_new (ASR_TYPE_PORTFOLIO_ITEM);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* Activating a service opens it in its window. */
static void
activate_cb (AsrPortfolioWindow *self,
             guint               position)
{
  g_autoptr(AsrPortfolioItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (item == NULL || asr_portfolio_item_get_row (item)->error != NULL || application == NULL)
    return;
  asr_window_open_file (asr_window_new (ASR_APPLICATION (application)),
                        asr_portfolio_item_get_file (item));
}

/* The aggregated levels */

static GtkWidget *
level_row (const AsrPortfolioLevel *level)
{
  static const char * const kq_titles[ASR_PORTFOLIO_N_KQ] = {
    N_("Safe"), N_("Effective"), N_("Caring"), N_("Responsive"), N_("Well-led")
  };
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = level->id == NULL
    ? g_strdup_printf (_("Provider %s"), level->name ? level->name : "")
    : *level->id ? g_strdup_printf (_("%s (Location ID %s)"), level->name, level->id)
                 : g_strdup (level->name);
  g_autofree char *subtitle = g_strdup_printf (_("Overall: %s"), asr_rating_to_label (level->overall.rating));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, level->overall_explanation);
  for (guint k = 0; k <= ASR_PORTFOLIO_N_KQ; k++)
    {
      GtkWidget *child = adw_action_row_new ();
      AsrRating rating = k < ASR_PORTFOLIO_N_KQ ? level->key_questions[k].rating : level->overall.rating;
      g_autofree char *child_title = g_strdup_printf ("%s: %s", k < ASR_PORTFOLIO_N_KQ ? _(kq_titles[k]) : _("Overall"),
                                                      asr_rating_to_label (rating));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), child_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (child), k < ASR_PORTFOLIO_N_KQ ? level->explanations[k]
                                                                                  : level->overall_explanation);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
    }
  return row;
}

static void
show_levels (AsrPortfolioWindow *self)
{
  GPtrArray *notices = asr_portfolio_get_notices (self->portfolio);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->levels_list))) != NULL)
    gtk_list_box_remove (self->levels_list, child);
  for (guint i = 0; i < asr_portfolio_get_n_locations (self->portfolio); i++)
    gtk_list_box_append (self->levels_list, level_row (asr_portfolio_get_location (self->portfolio, i)));
  gtk_list_box_append (self->levels_list, level_row (asr_portfolio_get_provider (self->portfolio)));
  for (guint i = 0; i < notices->len; i++)
    g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (notices, i));
  gtk_label_set_text (self->notices_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notices_label), text->len > 0);
}

static void
show_status (AsrPortfolioWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint n_failed = self->folder_errors->len;
  g_autoptr(GString) status = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrPortfolioItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      n_failed += asr_portfolio_item_get_row (item)->error != NULL;
    }
  g_string_printf (status, g_dngettext (GETTEXT_PACKAGE, "%u assessment", "%u assessments", n), n);
  if (n_failed > 0)
    g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, ", %u could not be read",
                                                 ", %u could not be read", n_failed), n_failed);
  for (guint i = 0; i < self->folder_errors->len; i++)
    g_string_append_printf (status, "\n%s", (char *) g_ptr_array_index (self->folder_errors, i));
  if (self->follow_error != NULL)
    g_string_append_printf (status, "\n%s", self->follow_error);
  if (self->n_loading > 0)
    g_string_append (status, _(" · reading…"));
  gtk_label_set_text (self->status_label, status->str);
}

/* Aggregates @items afresh (no file is read: the rows are kept). */
void
_asr_portfolio_window_aggregate (AsrPortfolioWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  g_clear_pointer (&self->portfolio, asr_portfolio_free);
  self->portfolio = asr_portfolio_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrPortfolioItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      asr_portfolio_add_row (self->portfolio, asr_portfolio_item_get_row (item));
    }
  asr_portfolio_finish (self->portfolio);
  show_levels (self);
  show_status (self);
}

/* The class */

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  AsrPortfolioWindow *self = ASR_PORTFOLIO_WINDOW (widget);
  const char *format = g_variant_get_string (param, NULL);

  _asr_portfolio_window_choose_export (self, g_str_equal (format, "json") ? ASR_PORTFOLIO_JSON
                                                                          : ASR_PORTFOLIO_CSV);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _asr_portfolio_window_focus_search (ASR_PORTFOLIO_WINDOW (widget));
}

static void
asr_portfolio_window_dispose (GObject *object)
{
  AsrPortfolioWindow *self = ASR_PORTFOLIO_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  for (guint i = 0; self->monitors != NULL && i < self->monitors->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->monitors, i), self);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_pointer (&self->reads, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  g_clear_pointer (&self->portfolio, asr_portfolio_free);
  g_clear_pointer (&self->folder_errors, g_ptr_array_unref);
  g_clear_object (&self->folder);
  g_clear_pointer (&self->words, g_free);
  g_clear_pointer (&self->follow_error, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_PORTFOLIO_WINDOW);
  G_OBJECT_CLASS (asr_portfolio_window_parent_class)->dispose (object);
}

static void
asr_portfolio_window_class_init (AsrPortfolioWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = asr_portfolio_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-portfolio-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, levels_list);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, notices_label);
  gtk_widget_class_bind_template_child (widget_class, AsrPortfolioWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_install_action (widget_class, "portfolio.export", "s", export_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "portfolio.search", NULL);
  gtk_widget_class_install_action (widget_class, "portfolio.search", NULL, search_action_cb);
}

static void
asr_portfolio_window_init (AsrPortfolioWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->folder_errors = g_ptr_array_new_with_free_func (g_free);
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  self->reads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_columns (self);
  setup_model (self);
}

AsrPortfolioWindow *
asr_portfolio_window_new (GtkApplication *application,
                          GFile          *folder)
{
  AsrPortfolioWindow *self;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (ASR_TYPE_PORTFOLIO_WINDOW, "application", application, NULL);
  self->folder = g_object_ref (folder);
  name = g_file_get_basename (folder);
  path = g_file_get_parse_name (folder);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, path);
  gtk_window_set_title (GTK_WINDOW (self), name);
  _asr_portfolio_window_load (self);
  return self;
}

GFile *
asr_portfolio_window_get_folder (AsrPortfolioWindow *self)
{
  g_return_val_if_fail (ASR_IS_PORTFOLIO_WINDOW (self), NULL);
  return self->folder;
}

static void
folder_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  GtkWindow       *parent)
{
  g_autoptr(GFile) folder = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    gtk_window_present (GTK_WINDOW (asr_portfolio_window_new (gtk_window_get_application (parent), folder)));
  g_object_unref (chooser);
}

void
asr_portfolio_window_choose_folder (GtkWindow *parent)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Open Folder as Portfolio"), parent,
                                 GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Open"), NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (folder_chosen_cb), parent, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
