/* asr-location-picker.c: choose one location of a CQC Latest ratings sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sheet lists tens of thousands of locations: the list is a GtkListView
 * (only the visible rows exist) over an incremental GtkFilterListModel, so
 * typing in the search stays quick.
 */
#define G_LOG_DOMAIN "asr-location-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-location-picker.h"

/* One location: what the list shows and what the search matches. */
#define ASR_TYPE_LOCATION_ITEM (asr_location_item_get_type ())
G_DECLARE_FINAL_TYPE (AsrLocationItem, asr_location_item, ASR, LOCATION_ITEM, GObject)

struct _AsrLocationItem
{
  GObject  parent_instance;
  char    *id;
  char    *name;
  char    *search;   /* "name id", matched ignoring case */
};

enum { ITEM_PROP_0, ITEM_PROP_SEARCH, ITEM_N_PROPS };
static GParamSpec *item_properties[ITEM_N_PROPS];

G_DEFINE_FINAL_TYPE (AsrLocationItem, asr_location_item, G_TYPE_OBJECT)

static void
asr_location_item_finalize (GObject *object)
{
  AsrLocationItem *self = ASR_LOCATION_ITEM (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->search);
  G_OBJECT_CLASS (asr_location_item_parent_class)->finalize (object);
}

static void
asr_location_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  if (prop_id == ITEM_PROP_SEARCH)
    g_value_set_string (value, ASR_LOCATION_ITEM (object)->search);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
asr_location_item_class_init (AsrLocationItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = asr_location_item_finalize;
  object_class->get_property = asr_location_item_get_property;
  item_properties[ITEM_PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
asr_location_item_init (AsrLocationItem *self)
{
}

static AsrLocationItem *
asr_location_item_new (const char *id,
                       const char *name)
{
  AsrLocationItem *self = g_object_new (ASR_TYPE_LOCATION_ITEM, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->search = g_strdup_printf ("%s %s", name, id);
  return self;
}

/* The dialog */

struct _AsrLocationPicker
{
  AdwWindow           parent_instance;

  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkStringFilter    *filter;

  AdwWindowTitle     *window_title;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkButton          *import_button;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (AsrLocationPicker, asr_location_picker, ADW_TYPE_WINDOW)

enum { LOCATION_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
search_changed_cb (AsrLocationPicker *self)
{
  gtk_string_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
update_count_cb (AsrLocationPicker *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u location", "%u locations", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button),
                            gtk_single_selection_get_selected_item (self->selection) != NULL);
}

void
asr_location_picker_choose (AsrLocationPicker *self)
{
  AsrLocationItem *item;

  g_return_if_fail (ASR_IS_LOCATION_PICKER (self));

  item = gtk_single_selection_get_selected_item (self->selection);
  if (item == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  g_object_ref (self);
  g_signal_emit (self, signals[LOCATION_CHOSEN], 0, item->id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
activate_cb (AsrLocationPicker *self,
             guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  asr_location_picker_choose (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *id = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.f);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (id), 0.f);
  gtk_widget_add_css_class (id, "dim-label");
  gtk_widget_add_css_class (id, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), id);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  AsrLocationItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  g_autofree char *id = g_strdup_printf (_("Location ID %s"), item->id);

  gtk_label_set_label (GTK_LABEL (name), item->name);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (name)), id);
}

static void
asr_location_picker_dispose (GObject *object)
{
  AsrLocationPicker *self = ASR_LOCATION_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_LOCATION_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (asr_location_picker_parent_class)->dispose (object);
}

static void
asr_location_picker_class_init (AsrLocationPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_location_picker_dispose;

  signals[LOCATION_CHOSEN] = g_signal_new ("location-chosen", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-location-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrLocationPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, AsrLocationPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AsrLocationPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, AsrLocationPicker, import_button);
  gtk_widget_class_bind_template_child (widget_class, AsrLocationPicker, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, asr_location_picker_choose);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
asr_location_picker_init (AsrLocationPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->filter = gtk_string_filter_new (gtk_property_expression_new (ASR_TYPE_LOCATION_ITEM,
                                                                     NULL, "search"));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
}

static GListModel *
new_location_store (AsrCqcRatings *ratings)
{
  guint n = asr_cqc_ratings_get_n_locations (ratings);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  GListStore *store = g_list_store_new (ASR_TYPE_LOCATION_ITEM);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, asr_location_item_new (asr_cqc_ratings_get_location_id (ratings, i),
                                                   asr_cqc_ratings_get_location_name (ratings, i)));
  /* One splice: one "items-changed" for the whole sheet. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

AsrLocationPicker *
asr_location_picker_new (GtkWindow     *parent,
                         AsrCqcRatings *ratings,
                         const char    *display_name)
{
  AsrLocationPicker *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ratings != NULL, NULL);

  self = g_object_new (ASR_TYPE_LOCATION_PICKER, "transient-for", parent, NULL);
  adw_window_title_set_subtitle (self->window_title, display_name);
  self->filtered = gtk_filter_list_model_new (new_location_store (ratings),
                                              GTK_FILTER (g_object_ref (self->filter)));
  gtk_filter_list_model_set_incremental (self->filtered, TRUE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (update_count_cb),
                           self, G_CONNECT_SWAPPED);
  update_count_cb (self);
  return self;
}

GListModel *
asr_location_picker_get_model (AsrLocationPicker *self)
{
  g_return_val_if_fail (ASR_IS_LOCATION_PICKER (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

GtkEditable *
asr_location_picker_get_search (AsrLocationPicker *self)
{
  g_return_val_if_fail (ASR_IS_LOCATION_PICKER (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}
