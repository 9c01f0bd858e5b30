/* asr-item-page.c: one item of a judgement framework
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built in code: its parts (prompts, characteristics) come from the
 * framework and change with the item.  Edits go to the model only; the
 * window's history records them for undo.
 */
#define G_LOG_DOMAIN "asr-item-page"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-item-page.h"
#include "asr-notes-buffer.h"
#include "asr-notes-view.h"
#include "asr-rating-choice.h"
#include "asr-sidebar-rows.h"

/* The sources an item can have, in the order shown. */
static const AsrSource sources[] = {
  ASR_SOURCE_NOT_STARTED, ASR_SOURCE_ASSESSED, ASR_SOURCE_NOT_APPLICABLE,
};

/* CQC's order of judgement: Good first, then whether it could be
 * Outstanding, then the two below Good. */
static const AsrRating judgement_order[] = {
  ASR_RATING_GOOD, ASR_RATING_OUTSTANDING,
  ASR_RATING_REQUIRES_IMPROVEMENT, ASR_RATING_INADEQUATE,
};

struct _AsrItemPage
{
  AdwBin               parent_instance;

  AsrQualityStatement *item;
  GSignalGroup        *item_signals;
  gboolean             updating;

  GtkLabel            *key_question_label;
  GtkLabel            *name_label;
  GtkLabel            *question_label;
  GtkBox              *prompts_box;
  GtkCheckButton      *source_checks[G_N_ELEMENTS (sources)];
  GtkDropDown         *rating_choice;
  GtkTextView         *notes_view;
  GtkLabel            *notes_count;
  GtkFlowBox          *characteristics;
};

G_DEFINE_FINAL_TYPE (AsrItemPage, asr_item_page, ADW_TYPE_BIN)

static const AsrItemDef *
get_item_def (AsrItemPage *self)
{
  AsrKeyQuestion *key_question = asr_quality_statement_get_key_question (self->item);
  AsrFramework *framework = asr_assessment_get_framework (asr_key_question_get_assessment (key_question));

  return asr_framework_lookup_item (framework, asr_quality_statement_get_id (self->item), NULL);
}

static GtkLabel *
wrapping_label (const char *text,
                const char *css_class)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (text));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (label, 0);
  gtk_label_set_yalign (label, 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  return label;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static const char *
characteristic_heading (AsrRating rating)
{
  if (rating == ASR_RATING_OUTSTANDING)
    return _("Could it be Outstanding?");
  return asr_rating_to_label (rating);
}

static GtkWidget *
characteristic_card (const AsrItemDef *def,
                     AsrRating         rating)
{
  GtkBox *card = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  GtkLabel *heading = wrapping_label (characteristic_heading (rating), "heading");

  gtk_widget_add_css_class (GTK_WIDGET (card), "card");
  gtk_widget_add_css_class (GTK_WIDGET (card), "characteristic");
  gtk_widget_add_css_class (GTK_WIDGET (card), asr_rating_css_class (rating));
  /* Four across on a wide window, fewer (one at 360 px) on a narrow one. */
  gtk_widget_set_size_request (GTK_WIDGET (card), 160, -1);
  gtk_box_append (card, GTK_WIDGET (heading));
  gtk_box_append (card, GTK_WIDGET (wrapping_label (def->characteristics[rating], NULL)));
  /* A flow box lays out by natural width: a short one lets four fit. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (card)); w; w = gtk_widget_get_next_sibling (w))
    g_object_set (w, "margin-start", 12, "margin-end", 12, "max-width-chars", 10, NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (heading), 12);
  gtk_widget_set_margin_bottom (gtk_widget_get_last_child (GTK_WIDGET (card)), 12);
  return GTK_WIDGET (card);
}

static void
update_framework_text (AsrItemPage *self)
{
  const AsrItemDef *def = get_item_def (self);
  AsrKeyQuestion *key_question = asr_quality_statement_get_key_question (self->item);

  gtk_label_set_label (self->key_question_label, asr_key_question_get_name (key_question));
  gtk_label_set_label (self->name_label, asr_quality_statement_get_name (self->item));
  gtk_label_set_label (self->question_label, def && def->question ? def->question : "");

  clear_box (GTK_WIDGET (self->prompts_box));
  gtk_widget_set_visible (GTK_WIDGET (self->prompts_box),
                          def && def->prompts && def->prompts[0]);
  if (def && def->prompts && def->prompts[0])
    {
      gtk_box_append (self->prompts_box, GTK_WIDGET (wrapping_label (_("Prompts"), "heading")));
      for (guint i = 0; def->prompts[i] != NULL; i++)
        {
          /* Translators: a bullet before one of the item's prompts */
          g_autofree char *line = g_strdup_printf (_("• %s"), def->prompts[i]);

          gtk_box_append (self->prompts_box, GTK_WIDGET (wrapping_label (line, NULL)));
        }
    }

  clear_box (GTK_WIDGET (self->characteristics));
  for (guint i = 0; def && i < G_N_ELEMENTS (judgement_order); i++)
    gtk_flow_box_append (self->characteristics, characteristic_card (def, judgement_order[i]));
}

static void
update_values (AsrItemPage *self)
{
  AsrSource source = asr_quality_statement_get_source (self->item);
  const char *name = asr_quality_statement_get_name (self->item);
  g_autofree char *rating_label = g_strdup_printf (_("Indicative rating of %s"), name);
  g_autofree char *notes_label = g_strdup_printf (_("Evidence notes for %s"), name);

  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      /* Translators: an item and a source: "Safeguarding: Assessed" */
      g_autofree char *label = g_strdup_printf (_("%s: %s"), name, asr_source_to_label (sources[i]));

      gtk_check_button_set_active (self->source_checks[i], source == sources[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->source_checks[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  asr_rating_choice_set_rating (self->rating_choice, asr_quality_statement_get_rating (self->item));
  self->updating = FALSE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rating_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, notes_label, -1);
}

static void
source_toggled_cb (GtkCheckButton *check,
                   AsrItemPage    *self)
{
  if (self->updating || self->item == NULL || !gtk_check_button_get_active (check))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (self->source_checks[i] == check)
      asr_quality_statement_set_source (self->item, sources[i]);
}

static void
rating_selected_cb (AsrItemPage *self)
{
  AsrRating rating = asr_rating_choice_get_rating (self->rating_choice);

  if (self->updating || self->item == NULL)
    return;
  /* Rating an item not started is assessing it. */
  if (rating != ASR_RATING_NONE &&
      asr_quality_statement_get_source (self->item) == ASR_SOURCE_NOT_STARTED)
    asr_quality_statement_set_source (self->item, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_rating (self->item, rating);
}

static GtkWidget *
build_source_group (AsrItemPage *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwActionRow *rating_row;

  adw_preferences_group_set_title (group, _("Source"));
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

      self->source_checks[i] = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_widget_set_valign (GTK_WIDGET (self->source_checks[i]), GTK_ALIGN_CENTER);
      if (i > 0)
        gtk_check_button_set_group (self->source_checks[i], self->source_checks[0]);
      g_signal_connect (self->source_checks[i], "toggled", G_CALLBACK (source_toggled_cb), self);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), asr_source_to_label (sources[i]));
      adw_action_row_add_prefix (row, GTK_WIDGET (self->source_checks[i]));
      adw_action_row_set_activatable_widget (row, GTK_WIDGET (self->source_checks[i]));
      adw_preferences_group_add (group, GTK_WIDGET (row));
    }

  self->rating_choice = asr_rating_choice_new (_("None"), _("Indicative rating"));
  rating_row = asr_rating_choice_row_new (self->rating_choice, _("Indicative Rating"),
                                          _("Optional: what the evidence for this item suggests"),
                                          G_CALLBACK (rating_selected_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (rating_row));
  return GTK_WIDGET (group);
}

static GtkWidget *
build_notes (AsrItemPage *self)
{
  /* Named after its item once it has one. */
  GtkBox *box = asr_judgement_text_new (_("_Evidence Notes"), _("Evidence notes"), 120, TRUE,
                                        &self->notes_view);

  self->notes_count = wrapping_label (NULL, "caption");
  gtk_label_set_xalign (self->notes_count, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->notes_count), "dim-label");
  asr_notes_view_setup (self->notes_view, self->notes_count);
  gtk_box_append (box, GTK_WIDGET (self->notes_count));
  return GTK_WIDGET (box);
}

static GtkWidget *
build_characteristics (AsrItemPage *self)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));

  self->characteristics = GTK_FLOW_BOX (gtk_flow_box_new ());
  g_object_set (self->characteristics, "selection-mode", GTK_SELECTION_NONE,
                "homogeneous", TRUE, "min-children-per-line", 1,
                "max-children-per-line", 4, "column-spacing", 12, "row-spacing", 12, NULL);
  gtk_box_append (box, GTK_WIDGET (wrapping_label (_("Rating Characteristics"), "heading")));
  gtk_box_append (box, GTK_WIDGET (self->characteristics));
  return GTK_WIDGET (box);
}

static void
build (AsrItemPage *self)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  GtkBox *header = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));

  self->key_question_label = wrapping_label (NULL, "dim-label");
  self->name_label = wrapping_label (NULL, "title-2");
  self->question_label = wrapping_label (NULL, NULL);
  gtk_label_set_selectable (self->question_label, TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (self->question_label), FALSE);
  gtk_box_append (header, GTK_WIDGET (self->key_question_label));
  gtk_box_append (header, GTK_WIDGET (self->name_label));
  gtk_box_append (header, GTK_WIDGET (self->question_label));
  self->prompts_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));

  gtk_box_append (box, GTK_WIDGET (header));
  gtk_box_append (box, GTK_WIDGET (self->prompts_box));
  gtk_box_append (box, build_source_group (self));
  gtk_box_append (box, build_notes (self));
  gtk_box_append (box, build_characteristics (self));
  asr_judgement_page_fill (ADW_BIN (self), box, 1000, 700);
}

static void
asr_item_page_dispose (GObject *object)
{
  AsrItemPage *self = ASR_ITEM_PAGE (object);

  if (self->notes_view != NULL)
    asr_notes_buffer_bind (gtk_text_view_get_buffer (self->notes_view), NULL);
  asr_judgement_unfollow (&self->item_signals);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (asr_item_page_parent_class)->dispose (object);
}

static void
asr_item_page_class_init (AsrItemPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_item_page_dispose;
}

static void
asr_item_page_init (AsrItemPage *self)
{
  build (self);
  self->item_signals = asr_judgement_follow (ASR_TYPE_QUALITY_STATEMENT, self, G_CALLBACK (update_values),
                                             "source", "rating", NULL);
}

GtkWidget *
asr_item_page_new (void)
{
  return g_object_new (ASR_TYPE_ITEM_PAGE, NULL);
}

AsrQualityStatement *
asr_item_page_get_item (AsrItemPage *self)
{
  g_return_val_if_fail (ASR_IS_ITEM_PAGE (self), NULL);

  return self->item;
}

void
asr_item_page_set_item (AsrItemPage         *self,
                        AsrQualityStatement *item)
{
  g_return_if_fail (ASR_IS_ITEM_PAGE (self));
  g_return_if_fail (!item || ASR_IS_QUALITY_STATEMENT (item));

  if (!g_set_object (&self->item, item))
    return;
  g_signal_group_set_target (self->item_signals, item);
  asr_notes_buffer_bind (gtk_text_view_get_buffer (self->notes_view), G_OBJECT (item));
  if (item == NULL)
    return;
  update_framework_text (self);
  update_values (self);
}

GtkCheckButton *
asr_item_page_get_source_button (AsrItemPage *self,
                                 AsrSource    source)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (sources[i] == source)
      return self->source_checks[i];
  return NULL;
}

GtkDropDown *
asr_item_page_get_rating_choice (AsrItemPage *self)
{
  return self->rating_choice;
}

GtkTextView *
asr_item_page_get_notes_view (AsrItemPage *self)
{
  return self->notes_view;
}

GtkFlowBox *
asr_item_page_get_characteristics (AsrItemPage *self)
{
  return self->characteristics;
}
