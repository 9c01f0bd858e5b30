/* asr-judgement-page.c: a key question judged in the round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model only holds a rating with a visible rationale.  A rating picked
 * before its rationale is written stays in the picker, shown as a problem,
 * and reaches the model with the rationale's first visible character; a
 * rationale emptied under a rating takes the rating out of the model again.
 */
#define G_LOG_DOMAIN "asr-judgement-page"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-judgement-page.h"
#include "asr-rating-choice.h"
#include "asr-sidebar-rows.h"

struct _AsrJudgementPage
{
  AdwBin          parent_instance;

  AsrKeyQuestion *key_question;
  GSignalGroup   *key_question_signals;
  gboolean        updating;

  GtkLabel       *title_label;
  GtkListBox     *items_list;
  GtkDropDown    *rating_choice;
  GtkTextView    *rationale_view;
  GtkLabel       *problem_label;
  GtkLabel       *result_label;
};

G_DEFINE_FINAL_TYPE (AsrJudgementPage, asr_judgement_page, ADW_TYPE_BIN)

enum {
  SIGNAL_ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How long an excerpt of an item's notes may be, in characters. */
#define EXCERPT_LENGTH 160

static gboolean
has_visible_text (const char *text)
{
  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static char *
dup_rationale (AsrJudgementPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->rationale_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
excerpt (const char *notes)
{
  g_autofree char *line = g_strstrip (g_strdelimit (g_strdup (notes), "\n\t", ' '));

  if (line[0] == '\0')
    return g_strdup (_("No evidence notes yet"));
  if (g_utf8_strlen (line, -1) <= EXCERPT_LENGTH)
    return g_steal_pointer (&line);
  {
    g_autofree char *start = g_utf8_substring (line, 0, EXCERPT_LENGTH);

    /* Translators: the first characters of longer notes */
    return g_strdup_printf (_("%s…"), start);
  }
}

static const char *
describe_item_rating (AsrQualityStatement *item)
{
  AsrSource source = asr_quality_statement_get_source (item);

  if (source != ASR_SOURCE_ASSESSED)
    return asr_source_to_label (source);
  if (asr_quality_statement_get_rating (item) == ASR_RATING_NONE)
    return _("No indicative rating");
  return asr_rating_to_label (asr_quality_statement_get_rating (item));
}

static GtkWidget *
item_row (AsrQualityStatement *item)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *rating = gtk_label_new (describe_item_rating (item));
  g_autofree char *notes = excerpt (asr_quality_statement_get_notes (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), asr_quality_statement_get_name (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (row, notes);
  adw_action_row_set_subtitle_lines (row, 3);
  gtk_widget_add_css_class (rating, "rating");
  gtk_widget_set_valign (rating, GTK_ALIGN_CENTER);
  if (asr_quality_statement_get_source (item) == ASR_SOURCE_ASSESSED &&
      asr_quality_statement_get_rating (item) != ASR_RATING_NONE)
    gtk_widget_add_css_class (rating, asr_rating_css_class (asr_quality_statement_get_rating (item)));
  else
    gtk_widget_add_css_class (rating, "dim-label");
  adw_action_row_add_suffix (row, rating);
  adw_action_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  return GTK_WIDGET (row);
}

static void
update_items (AsrJudgementPage *self)
{
  GListModel *items = asr_key_question_get_statements (self->key_question);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list))) != NULL)
    gtk_list_box_remove (self->items_list, child);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AsrQualityStatement) item = g_list_model_get_item (items, i);

      gtk_list_box_append (self->items_list, item_row (item));
    }
}

/* The picker, the problem line and the result, from the model and from
 * what is written (the picker keeps a rating the model refused). */
static void
update_judgement (AsrJudgementPage *self)
{
  AsrRating picked = asr_rating_choice_get_rating (self->rating_choice);
  g_autofree char *rationale = dup_rationale (self);
  g_autofree char *result = NULL;
  AsrRating rating = asr_key_question_get_rating (self->key_question);
  gboolean problem = picked != ASR_RATING_NONE && !has_visible_text (rationale);

  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem);
  if (problem)
    gtk_label_set_label (self->problem_label,
                         _("A rating needs its rationale: write why the evidence supports it. "
                           "Until then this key question is not judged."));
  if (rating == ASR_RATING_NONE)
    result = g_strdup_printf (_("%s has no rating yet."), asr_key_question_get_name (self->key_question));
  else
    /* Translators: a key question and its rating: "Rating of Safe: Good" */
    result = g_strdup_printf (_("Rating of %s: %s"), asr_key_question_get_name (self->key_question),
                              asr_rating_to_label (rating));
  {
    g_autofree char *explained = asr_summary_explain_judgement (self->key_question);
    g_autofree char *text = g_strdup_printf ("%s\n%s", result, explained);

    gtk_label_set_label (self->result_label, text);
  }
}

/* The model changed (an edit here, an undo, a load): show it. */
static void
judgement_changed_cb (AsrJudgementPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->rationale_view);
  const char *rationale = asr_key_question_get_judgement_rationale (self->key_question);
  AsrRating judged = asr_key_question_get_judgement_rating (self->key_question);
  g_autofree char *written = dup_rationale (self);

  self->updating = TRUE;
  if (g_strcmp0 (written, rationale ? rationale : "") != 0)
    gtk_text_buffer_set_text (buffer, rationale ? rationale : "", -1);
  /* A pending rating (no rationale yet) stays picked. */
  if (judged != ASR_RATING_NONE || has_visible_text (rationale))
    asr_rating_choice_set_rating (self->rating_choice, judged);
  self->updating = FALSE;
  update_judgement (self);
}

/* The picker or the rationale was edited: tell the model what it can hold. */
static void
edited_cb (AsrJudgementPage *self)
{
  AsrRating picked = asr_rating_choice_get_rating (self->rating_choice);
  g_autofree char *rationale = dup_rationale (self);
  g_autoptr(GError) error = NULL;

  if (self->updating || self->key_question == NULL)
    return;
  if (!has_visible_text (rationale))
    picked = ASR_RATING_NONE;
  self->updating = TRUE;
  if (!asr_key_question_set_judgement (self->key_question, picked, rationale, &error))
    g_warning ("Judgement of %s refused: %s", asr_key_question_get_name (self->key_question),
               error->message);
  self->updating = FALSE;
  update_judgement (self);
}

static void
row_activated_cb (AsrJudgementPage *self,
                  GtkListBoxRow    *row)
{
  g_signal_emit (self, signals[SIGNAL_ITEM_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "item"));
}

static GtkWidget *
build_judgement_group (AsrJudgementPage *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwActionRow *rating_row;
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  /* Named after its key question once it has one. */
  GtkBox *rationale = asr_judgement_text_new (_("_Rationale"), _("Rationale"), 140, FALSE,
                                              &self->rationale_view);

  adw_preferences_group_set_title (group, _("Judgement"));
  adw_preferences_group_set_description (group, _("Judge the key question in the round from "
                                                  "the evidence: pick a rating and write why."));
  self->rating_choice = asr_rating_choice_new (_("Not judged"), _("Judged rating"));
  rating_row = asr_rating_choice_row_new (self->rating_choice, _("Rating"), NULL,
                                          G_CALLBACK (edited_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (rating_row));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->rationale_view), "changed",
                            G_CALLBACK (edited_cb), self);
  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  self->result_label = GTK_LABEL (gtk_label_new (NULL));
  for (guint i = 0; i < 2; i++)
    {
      GtkLabel *label = i == 0 ? self->problem_label : self->result_label;

      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_xalign (label, 0);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "warning");
  gtk_box_append (box, GTK_WIDGET (group));
  gtk_box_append (box, GTK_WIDGET (rationale));
  gtk_box_append (box, GTK_WIDGET (self->problem_label));
  gtk_box_append (box, GTK_WIDGET (self->result_label));
  return GTK_WIDGET (box);
}

static void
build (AsrJudgementPage *self)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  GtkLabel *items_heading = GTK_LABEL (gtk_label_new (_("Items and Their Indicative Ratings")));

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title-2");
  gtk_label_set_xalign (items_heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (items_heading), "heading");
  self->items_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->items_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->items_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->items_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Items and their indicative ratings"), -1);
  g_signal_connect_swapped (self->items_list, "row-activated", G_CALLBACK (row_activated_cb), self);

  gtk_box_append (box, GTK_WIDGET (self->title_label));
  gtk_box_append (box, build_judgement_group (self));
  gtk_box_append (box, GTK_WIDGET (items_heading));
  gtk_box_append (box, GTK_WIDGET (self->items_list));
  asr_judgement_page_fill (ADW_BIN (self), box, 0, 0);
}

static void
asr_judgement_page_dispose (GObject *object)
{
  AsrJudgementPage *self = ASR_JUDGEMENT_PAGE (object);

  asr_judgement_unfollow (&self->key_question_signals);
  g_clear_object (&self->key_question);
  G_OBJECT_CLASS (asr_judgement_page_parent_class)->dispose (object);
}

static void
asr_judgement_page_class_init (AsrJudgementPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_judgement_page_dispose;
  signals[SIGNAL_ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ASR_TYPE_QUALITY_STATEMENT);
}

static void
asr_judgement_page_init (AsrJudgementPage *self)
{
  build (self);
  self->key_question_signals = asr_judgement_follow (ASR_TYPE_KEY_QUESTION, self,
                                                     G_CALLBACK (judgement_changed_cb),
                                                     "judgement-rating", "judgement-rationale", NULL);
  g_signal_group_connect_swapped (self->key_question_signals, "notify::rating",
                                  G_CALLBACK (update_judgement), self);
}

GtkWidget *
asr_judgement_page_new (void)
{
  return g_object_new (ASR_TYPE_JUDGEMENT_PAGE, NULL);
}

AsrKeyQuestion *
asr_judgement_page_get_key_question (AsrJudgementPage *self)
{
  g_return_val_if_fail (ASR_IS_JUDGEMENT_PAGE (self), NULL);

  return self->key_question;
}

void
asr_judgement_page_set_key_question (AsrJudgementPage *self,
                                     AsrKeyQuestion   *key_question)
{
  g_autofree char *title = NULL;
  g_autofree char *rationale_label = NULL;
  g_autofree char *rating_label = NULL;

  g_return_if_fail (ASR_IS_JUDGEMENT_PAGE (self));

  g_set_object (&self->key_question, key_question);
  g_signal_group_set_target (self->key_question_signals, key_question);
  if (key_question == NULL)
    return;
  /* Translators: a key question: "Safe: judgement" */
  title = g_strdup_printf (_("%s: judgement"), asr_key_question_get_name (key_question));
  gtk_label_set_label (self->title_label, title);
  rationale_label = g_strdup_printf (_("Rationale for the judgement of %s"),
                                     asr_key_question_get_name (key_question));
  rating_label = g_strdup_printf (_("Judged rating of %s"), asr_key_question_get_name (key_question));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rationale_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rationale_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rating_label, -1);
  update_items (self);
  self->updating = TRUE;
  asr_rating_choice_set_rating (self->rating_choice, ASR_RATING_NONE);
  self->updating = FALSE;
  judgement_changed_cb (self);
}

GtkDropDown *
asr_judgement_page_get_rating_choice (AsrJudgementPage *self)
{
  return self->rating_choice;
}

GtkTextView *
asr_judgement_page_get_rationale_view (AsrJudgementPage *self)
{
  return self->rationale_view;
}

GtkLabel *
asr_judgement_page_get_problem_label (AsrJudgementPage *self)
{
  return self->problem_label;
}

GtkLabel *
asr_judgement_page_get_result_label (AsrJudgementPage *self)
{
  return self->result_label;
}

GtkListBox *
asr_judgement_page_get_items_list (AsrJudgementPage *self)
{
  return self->items_list;
}
