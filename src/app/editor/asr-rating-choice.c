/* asr-rating-choice.c: a drop-down of the four ratings and "none"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "asr-rating-choice.h"

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
