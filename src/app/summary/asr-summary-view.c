/* asr-summary-view.c: one card per key question and the overall rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every figure on screen is a binding or a notify handler on the model's
 * own objects: the cards follow the assessment's GListModel of key
 * questions, so a score picked in the editor shows here in the same
 * main-loop iteration, and nothing here keeps a copy of the data.
 */
#define G_LOG_DOMAIN "asr-summary-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-comparison.h"
#include "asr-summary-card.h"
#include "asr-summary-grid.h"
#include "asr-summary-view-private.h"

struct _AsrSummaryView
{
  AdwBin          parent_instance;

  AsrAssessment  *assessment;
  GSignalGroup   *assessment_signals;
  GListModel     *key_questions;
  gulong          items_changed_id;

  AsrSummaryGrid *grid;
  GtkBox         *cards_box;
  GtkLabel       *overall_rating_label;
  GtkLabel       *overall_principle_label;
  GtkWidget      *overall_inferred_box;
  GtkLabel       *overall_inferred_label;
  GtkLabel       *overall_breach_label;
  GtkLabel       *overall_previous_label;
  GtkLabel       *framework_label;
};

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

enum {
  KEY_QUESTION_ACTIVATED,
  STATEMENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AsrSummaryView, asr_summary_view, ADW_TYPE_BIN)

/* The application's style sheet colours "rating rating-<id>" labels as
 * pills, the same in the sidebar and here; the word is always there too. */
static void
update_overall_cb (AsrSummaryView *self)
{
  AsrAssessment *assessment = self->assessment;
  AsrRating rating, previous;

  if (assessment == NULL)
    return;

  rating = asr_assessment_get_overall_rating (assessment);
  asr_summary_show_rating (GTK_WIDGET (self->overall_rating_label), rating);

  gtk_label_set_label (self->overall_principle_label,
                       asr_principle_to_label (asr_assessment_get_overall_principle (assessment)));
  gtk_widget_set_visible (self->overall_inferred_box,
                          asr_assessment_get_overall_inferred (assessment));
  gtk_widget_set_visible (GTK_WIDGET (self->overall_breach_label),
                          asr_assessment_get_overall_breach_capped (assessment));

  previous = asr_assessment_get_previous_overall_rating (assessment);
  if (previous != ASR_RATING_NONE)
    {
      const char *date = asr_assessment_get_previous_date (assessment);
      g_autofree char *before = asr_summary_format_previous (previous, date);
      g_autofree char *text = asr_format_previous_with_direction (before, previous, rating);
      gtk_label_set_label (self->overall_previous_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->overall_previous_label), previous != ASR_RATING_NONE);
}

/* Each card's "Previously …" line carries the date of the previous ratings. */
static void
previous_date_changed_cb (AsrSummaryView *self)
{
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       card != NULL;
       card = gtk_widget_get_next_sibling (card))
    asr_summary_card_update_previous (ASR_SUMMARY_CARD (card));
}

static void
update_framework_label (AsrSummaryView *self)
{
  AsrFramework *framework = asr_assessment_get_framework (self->assessment);
  g_autofree char *text = NULL;

  /* Translators: %s is the framework's name, e.g. "CQC single assessment framework (2024)" */
  text = g_strdup_printf (_("Scored against the %s"), asr_framework_get_name (framework));
  gtk_label_set_label (self->framework_label, text);
}


static GtkWidget *
get_nth_card (AsrSummaryView *self,
              guint           position)
{
  return asr_summary_nth_child (GTK_WIDGET (self->cards_box), position);
}

/* Does what gtk_list_box_bind_model() does, for a plain box of cards. */
static void
key_questions_changed_cb (AsrSummaryView *self,
                          guint           position,
                          guint           removed,
                          guint           added,
                          GListModel     *model)
{
  GtkWidget *sibling;

  for (guint i = 0; i < removed; i++)
    gtk_box_remove (self->cards_box, get_nth_card (self, position));

  sibling = position > 0 ? get_nth_card (self, position - 1) : NULL;
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (model, position + i);
      GtkWidget *card = asr_summary_card_new (self, key_question);

      gtk_box_insert_child_after (self->cards_box, card, sibling);
      sibling = card;
    }
}

static void
set_key_questions (AsrSummaryView *self,
                   GListModel     *key_questions)
{
  guint removed = 0;

  if (self->key_questions != NULL)
    {
      removed = g_list_model_get_n_items (self->key_questions);
      g_clear_signal_handler (&self->items_changed_id, self->key_questions);
      g_clear_object (&self->key_questions);
    }

  if (key_questions != NULL)
    {
      self->key_questions = g_object_ref (key_questions);
      self->items_changed_id =
        g_signal_connect_object (key_questions, "items-changed",
                                 G_CALLBACK (key_questions_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  key_questions_changed_cb (self, 0, removed,
                            key_questions ? g_list_model_get_n_items (key_questions) : 0,
                            key_questions);
}

static void
asr_summary_view_dispose (GObject *object)
{
  AsrSummaryView *self = ASR_SUMMARY_VIEW (object);

  if (self->key_questions != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->key_questions);
  g_clear_object (&self->key_questions);
  if (self->assessment_signals != NULL)
    g_signal_group_set_target (self->assessment_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_SUMMARY_VIEW);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (asr_summary_view_parent_class)->dispose (object);
}

static void
asr_summary_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AsrSummaryView *self = ASR_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_summary_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AsrSummaryView *self = ASR_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      asr_summary_view_set_assessment (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A cell of the grid opens its statement as a card's row does. */
static void
grid_statement_activated_cb (AsrSummaryView      *self,
                             AsrQualityStatement *statement)
{
  g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, statement);
}

static void
bind_template_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, grid);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, cards_box);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, overall_rating_label);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, overall_principle_label);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, overall_inferred_box);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, overall_inferred_label);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, overall_breach_label);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, overall_previous_label);
  gtk_widget_class_bind_template_child (widget_class, AsrSummaryView, framework_label);
}

static void
asr_summary_view_class_init (AsrSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_summary_view_dispose;
  object_class->get_property = asr_summary_view_get_property;
  object_class->set_property = asr_summary_view_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         ASR_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[KEY_QUESTION_ACTIVATED] =
    g_signal_new ("key-question-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ASR_TYPE_KEY_QUESTION);
  signals[STATEMENT_ACTIVATED] =
    g_signal_new ("statement-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ASR_TYPE_QUALITY_STATEMENT);

  g_type_ensure (ASR_TYPE_SUMMARY_GRID);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-summary-view.ui");
  bind_template_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, grid_statement_activated_cb);
}

static void
asr_summary_view_init (AsrSummaryView *self)
{
  static const char * const overall_properties[] = {
    "notify::overall-rating", "notify::overall-principle", "notify::overall-inferred",
    "notify::overall-breach-capped", "notify::previous-overall-rating",
    "notify::previous-date",
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->assessment_signals = g_signal_group_new (ASR_TYPE_ASSESSMENT);
  for (guint i = 0; i < G_N_ELEMENTS (overall_properties); i++)
    g_signal_group_connect_swapped (self->assessment_signals, overall_properties[i],
                                    G_CALLBACK (update_overall_cb), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::previous-date",
                                  G_CALLBACK (previous_date_changed_cb), self);
}

GtkWidget *
asr_summary_view_new (void)
{
  return g_object_new (ASR_TYPE_SUMMARY_VIEW, NULL);
}

AsrAssessment *
asr_summary_view_get_assessment (AsrSummaryView *self)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_VIEW (self), NULL);

  return self->assessment;
}

void
asr_summary_view_set_assessment (AsrSummaryView *self,
                                 AsrAssessment  *assessment)
{
  g_return_if_fail (ASR_IS_SUMMARY_VIEW (self));
  g_return_if_fail (assessment == NULL || ASR_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  g_signal_group_set_target (self->assessment_signals, assessment);
  set_key_questions (self, assessment ? asr_assessment_get_key_questions (assessment) : NULL);
  asr_summary_grid_set_assessment (self->grid, assessment);
  /* The stack is the bin's child, not a bound template child: binding it
   * would unparent it twice on dispose. */
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    assessment ? "summary" : "empty");
  if (assessment != NULL)
    {
      update_framework_label (self);
      update_overall_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

GtkWidget *
asr_summary_view_get_part (AsrSummaryView *self,
                           guint           position,
                           AsrSummaryPart  part)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_VIEW (self), NULL);

  if (position != G_MAXUINT)
    {
      GtkWidget *card = get_nth_card (self, position);

      return card != NULL ? asr_summary_card_get_part (ASR_SUMMARY_CARD (card), part) : NULL;
    }

  switch (part)
    {
    case ASR_SUMMARY_PART_RATING: return GTK_WIDGET (self->overall_rating_label);
    case ASR_SUMMARY_PART_LIMIT: return GTK_WIDGET (self->overall_principle_label);
    case ASR_SUMMARY_PART_WARNING: return GTK_WIDGET (self->overall_inferred_label);
    case ASR_SUMMARY_PART_OBSERVED: return GTK_WIDGET (self->overall_breach_label);
    case ASR_SUMMARY_PART_PREVIOUS: return GTK_WIDGET (self->overall_previous_label);
    case ASR_SUMMARY_PART_GRID: return GTK_WIDGET (self->grid);
    default: return NULL;
    }
}
