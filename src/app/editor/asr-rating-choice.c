/* asr-rating-choice.c: a drop-down of the four ratings and "none", its
 * row, the text written with a judgement, and following the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "asr-rating-choice.h"
#include "asr-notes-view.h"

/* Position in the drop-down → rating: none first, then best to worst. */
static const AsrRating order[] = {
  ASR_RATING_NONE, ASR_RATING_OUTSTANDING, ASR_RATING_GOOD,
  ASR_RATING_REQUIRES_IMPROVEMENT, ASR_RATING_INADEQUATE,
};

GtkDropDown *
asr_rating_choice_new (const char *none_label,
                       const char *accessible_label)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GtkDropDown *choice;

  gtk_string_list_append (list, none_label);
  for (guint i = 1; i < G_N_ELEMENTS (order); i++)
    gtk_string_list_append (list, asr_rating_to_label (order[i]));
  choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (choice), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return choice;
}

AsrRating
asr_rating_choice_get_rating (GtkDropDown *choice)
{
  guint position = gtk_drop_down_get_selected (choice);

  return position < G_N_ELEMENTS (order) ? order[position] : ASR_RATING_NONE;
}

void
asr_rating_choice_set_rating (GtkDropDown *choice,
                              AsrRating    rating)
{
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (order[i] == rating && gtk_drop_down_get_selected (choice) != i)
      gtk_drop_down_set_selected (choice, i);
}

AdwActionRow *
asr_rating_choice_row_new (GtkDropDown *choice,
                           const char  *title,
                           const char  *subtitle,
                           GCallback    changed,
                           gpointer     data)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  g_signal_connect_swapped (choice, "notify::selected", changed, data);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  adw_action_row_add_suffix (row, GTK_WIDGET (choice));
  adw_action_row_set_activatable_widget (row, GTK_WIDGET (choice));
  return row;
}

GtkBox *
asr_judgement_text_new (const char   *mnemonic_heading,
                        const char   *accessible_label,
                        int           height,
                        gboolean      grows,
                        GtkTextView **out_view)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  GtkLabel *heading = GTK_LABEL (gtk_label_new_with_mnemonic (mnemonic_heading));
  GtkTextView *view = GTK_TEXT_VIEW (gtk_text_view_new ());
  GtkWidget *frame;

  g_object_set (view, "wrap-mode", GTK_WRAP_WORD_CHAR, "accepts-tab", FALSE,
                "height-request", height, "top-margin", 8, "bottom-margin", 8,
                "left-margin", 10, "right-margin", 10, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (view), "notes");
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  gtk_label_set_mnemonic_widget (heading, GTK_WIDGET (view));
  gtk_label_set_xalign (heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (heading), "heading");
  if (grows)
    frame = asr_notes_view_frame (view);
  else
    {
      frame = gtk_frame_new (NULL);
      gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (view));
    }
  gtk_box_append (box, GTK_WIDGET (heading));
  gtk_box_append (box, frame);
  *out_view = view;
  return box;
}

void
asr_judgement_page_fill (AdwBin *page,
                         GtkBox *content,
                         int     maximum_width,
                         int     tightening_threshold)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  AdwClamp *clamp = ADW_CLAMP (adw_clamp_new ());

  g_object_set (content, "margin-top", 24, "margin-bottom", 24,
                "margin-start", 12, "margin-end", 12, NULL);
  if (maximum_width > 0)
    adw_clamp_set_maximum_size (clamp, maximum_width);
  if (tightening_threshold > 0)
    adw_clamp_set_tightening_threshold (clamp, tightening_threshold);
  adw_clamp_set_child (clamp, GTK_WIDGET (content));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (clamp));
  adw_bin_set_child (page, scrolled);
}

GSignalGroup *
asr_judgement_follow (GType       type,
                      gpointer    data,
                      GCallback   callback,
                      const char *first_property,
                      ...)
{
  GSignalGroup *group = g_signal_group_new (type);
  va_list args;

  va_start (args, first_property);
  for (const char *property = first_property; property != NULL; property = va_arg (args, const char *))
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      g_signal_group_connect_swapped (group, signal, callback, data);
    }
  va_end (args);
  return group;
}

void
asr_judgement_unfollow (GSignalGroup **group)
{
  if (*group != NULL)
    g_signal_group_set_target (*group, NULL);
  g_clear_object (group);
}

const char *
asr_item_describe_source (AsrQualityStatement *item)
{
  if (asr_quality_statement_get_source (item) != ASR_SOURCE_ASSESSED)
    return asr_source_to_label (asr_quality_statement_get_source (item));
  switch (asr_quality_statement_get_rating (item))
    {
    case ASR_RATING_OUTSTANDING:
      return _("Assessed · indicative Outstanding");
    case ASR_RATING_GOOD:
      return _("Assessed · indicative Good");
    case ASR_RATING_REQUIRES_IMPROVEMENT:
      return _("Assessed · indicative Requires improvement");
    case ASR_RATING_INADEQUATE:
      return _("Assessed · indicative Inadequate");
    case ASR_RATING_NONE:
    default:
      return _("Assessed");
    }
}
