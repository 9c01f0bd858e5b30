/* asr-detail-rows.c: what the details and New Assessment rows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwEntryRow (libadwaita 1.2) takes suffix widgets: a calendar for a
 * date and a list for a value with usual choices (CQC's service types).
 * Both only write into the row's text, so what the row holds is always
 * what the user sees and may still edit by hand.
 */
#define G_LOG_DOMAIN "asr-detail-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-date.h"
#include "asr-detail-rows.h"

#define SERVICE_TYPES "/io/github/assessor/Assessor/cqc-service-types.txt"

static GtkWidget *
add_popover_button (AdwEntryRow *row,
                    const char  *icon_name,
                    const char  *label,
                    GtkWidget   *content)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  gtk_popover_set_child (GTK_POPOVER (popover), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), icon_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_entry_row_add_suffix (row, button);
  return button;
}

static void
day_selected_cb (GtkCalendar *calendar,
                 AdwEntryRow *row)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (row), iso);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar),
                                                             GTK_TYPE_POPOVER)));
}

/* The calendar opens on the row's date, so picking starts from it. */
static void
calendar_shown_cb (GtkPopover  *popover,
                   AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GDate date;
  g_autoptr(GDateTime) day = NULL;

  if (asr_date_to_gdate (gtk_editable_get_text (GTK_EDITABLE (row)), &date))
    day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 0, 0, 0);
  else
    day = g_date_time_new_now_local ();
  g_signal_handlers_block_by_func (calendar, day_selected_cb, row);
  gtk_calendar_select_day (calendar, day);
  g_signal_handlers_unblock_by_func (calendar, day_selected_cb, row);
}

GtkWidget *
asr_entry_row_add_calendar (AdwEntryRow *row,
                            const char  *label)
{
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *button;

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  button = add_popover_button (row, "x-office-calendar-symbolic", label, calendar);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (day_selected_cb), row, 0);
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)), "show",
                           G_CALLBACK (calendar_shown_cb), row, 0);
  return button;
}

static void
choice_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *item,
                     AdwEntryRow   *row)
{
  GtkWidget *label = gtk_list_box_row_get_child (item);

  gtk_editable_set_text (GTK_EDITABLE (row), gtk_label_get_text (GTK_LABEL (label)));
  gtk_editable_set_position (GTK_EDITABLE (row), -1);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (list),
                                                             GTK_TYPE_POPOVER)));
}

GtkWidget *
asr_entry_row_add_choices (AdwEntryRow        *row,
                           const char * const *choices,
                           const char         *label)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);
  g_return_val_if_fail (choices != NULL, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      GtkWidget *item = gtk_label_new (choices[i]);

      gtk_label_set_xalign (GTK_LABEL (item), 0);
      gtk_label_set_wrap (GTK_LABEL (item), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (item), 40);
      gtk_widget_set_margin_top (item, 6);
      gtk_widget_set_margin_bottom (item, 6);
      gtk_list_box_append (GTK_LIST_BOX (list), item);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (choice_activated_cb), row, 0);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  return add_popover_button (row, "pan-down-symbolic", label, scrolled);
}

void
asr_entry_row_set_error (AdwEntryRow *row,
                         const char  *message)
{
  GtkAccessible *field;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  field = GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
  if (message == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (field, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_state (field, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  gtk_accessible_update_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

void
asr_entry_rows_label_fields (AdwEntryRow **rows,
                             guint         n_rows)
{
  for (guint i = 0; i < n_rows; i++)
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (rows[i]));
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i]));

      gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }
}

char **
asr_split_assessors (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

static char **
load_service_types (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (SERVICE_TYPES, 0, NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) types = g_strv_builder_new ();

  g_assert (bytes != NULL);   /* compiled in */
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_strv_builder_add (types, lines[i]);
  return g_strv_builder_end (types);
}

const char * const *
asr_cqc_service_types (void)
{
  static char **types;

  if (g_once_init_enter (&types))
    g_once_init_leave (&types, load_service_types ());
  return (const char * const *) types;
}
