/* asr-summary-card.c: one key question in the summary view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A boxed list whose first row sums the key question up, bound to its
 * properties, and whose other rows edit its enforcement action and
 * override and list its quality statements.
 */
#define G_LOG_DOMAIN "asr-summary-card"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-bind.h"
#include "asr-band-bar.h"
#include "asr-comment-thread.h"
#include "asr-comparison.h"
#include "asr-rating-choice.h"
#include "asr-summary-card.h"
#include "asr-text.h"
#include "asr-summary.h"

void
asr_summary_apply_rating_style (GtkWidget *widget,
                                AsrRating  rating)
{
  static const AsrRating ratings[] = {
    ASR_RATING_NONE, ASR_RATING_INADEQUATE, ASR_RATING_REQUIRES_IMPROVEMENT,
    ASR_RATING_GOOD, ASR_RATING_OUTSTANDING,
  };

  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    {
      const char *id = asr_rating_to_id (ratings[i]);
      g_autofree char *name = g_strconcat ("rating-", id != NULL ? id : "none", NULL);

      if (ratings[i] == rating)
        gtk_widget_add_css_class (widget, name);
      else
        gtk_widget_remove_css_class (widget, name);
    }
  gtk_widget_add_css_class (widget, "rating");
}

void
asr_summary_show_rating (GtkWidget *label,
                         AsrRating  rating)
{
  gtk_label_set_label (GTK_LABEL (label), asr_rating_to_label (rating));
  asr_summary_apply_rating_style (label, rating);
}

static void
set_margins (GtkWidget *widget,
             int        vertical,
             int        horizontal)
{
  gtk_widget_set_margin_top (widget, vertical);
  gtk_widget_set_margin_bottom (widget, vertical);
  gtk_widget_set_margin_start (widget, horizontal);
  gtk_widget_set_margin_end (widget, horizontal);
}

char *
asr_summary_format_previous (AsrRating   previous,
                             const char *date)
{
  if (date != NULL && *date != '\0')
    {
      g_autofree char *when = asr_format_date (date);

      /* Translators: "Previously Requires improvement (rated 4 May 2023)" */
      return g_strdup_printf (_("Previously %s (rated %s)"), asr_rating_to_label (previous), when);
    }

  /* Translators: "Previously Requires improvement" */
  return g_strdup_printf (_("Previously %s"), asr_rating_to_label (previous));
}

GtkWidget *
asr_summary_nth_child (GtkWidget *parent,
                       guint      position)
{
  GtkWidget *child = gtk_widget_get_first_child (parent);

  for (guint i = 0; child != NULL && i < position; i++)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

GtkWidget *
asr_summary_new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_decorative_icon (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/* Five cards have the same controls: each label names its key question. */
static void
label_for_key_question (gpointer        accessible,
                        const char     *format,
                        AsrKeyQuestion *key_question)
{
  g_autofree char *label = g_strdup_printf (format, asr_key_question_get_name (key_question));

  gtk_accessible_update_property (GTK_ACCESSIBLE (accessible),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static gboolean
percentage_to_label (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  int percentage = g_value_get_int (from);

  if (percentage < 0)
    g_value_set_string (to, _("Not scored yet"));
  else
    g_value_take_string (to, asr_summary_format_figure (percentage));

  return TRUE;
}

/* A judged key question has no score: whether it is judged yet. */
static gboolean
judgement_to_label (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_string (to, g_value_get_enum (from) == ASR_RATING_NONE
                          ? _("Not judged yet")
                          : _("Judged in the round, without a score"));
  return TRUE;
}

/* One key question: a boxed list whose first row sums it up and whose
 * other rows edit its enforcement action and override and list its
 * quality statements. */
#define N_PARTS (ASR_SUMMARY_PART_STATEMENTS + 1)

struct _AsrSummaryCard
{
  AdwBin          parent_instance;

  AsrSummaryView *view;      /* unowned: the card lives inside it */
  AsrKeyQuestion *key_question;
  GSignalGroup   *signals;
  GtkWidget      *parts[N_PARTS];
};

G_DEFINE_FINAL_TYPE (AsrSummaryCard, asr_summary_card, ADW_TYPE_BIN)

static void
card_update_rating_cb (AsrSummaryCard *self)
{
  asr_summary_show_rating (self->parts[ASR_SUMMARY_PART_RATING],
                           asr_key_question_get_rating (self->key_question));
}

static void
card_update_count_cb (AsrSummaryCard *self)
{
  AsrKeyQuestion *kq = self->key_question;
  guint n_in_scope = asr_key_question_get_n_in_scope (kq);
  guint n_not_applicable = asr_key_question_get_n_statements (kq) - n_in_scope;
  g_autoptr(GString) text = g_string_new (NULL);

  if (asr_summary_is_judged (kq))
    /* Translators: "3 of 4 items assessed" */
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u of %u item assessed",
                                        "%u of %u items assessed", n_in_scope),
                     asr_key_question_get_n_scored (kq), n_in_scope);
  else
    /* Translators: "7 of 7 quality statements scored" */
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                        "%u of %u quality statement scored",
                                        "%u of %u quality statements scored",
                                        n_in_scope),
                     asr_key_question_get_n_scored (kq), n_in_scope);
  if (n_not_applicable > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u not applicable",
                                                 "%u not applicable",
                                                 n_not_applicable),
                              n_not_applicable);
    }
  gtk_label_set_label (GTK_LABEL (self->parts[ASR_SUMMARY_PART_COUNT]), text->str);
}

static void
card_update_limit_cb (AsrSummaryCard *self)
{
  AsrKeyQuestion *kq = self->key_question;
  AsrLimit limit = asr_key_question_get_limited_by (kq);
  AsrRating band = asr_key_question_get_band (kq);
  g_autoptr(GString) text = g_string_new (asr_limit_to_label (limit));

  if (asr_summary_is_judged (kq))
    {
      g_autofree char *explained = asr_summary_explain_judgement (kq);

      gtk_label_set_label (GTK_LABEL (self->parts[ASR_SUMMARY_PART_LIMIT]), explained);
      gtk_widget_set_visible (self->parts[ASR_SUMMARY_PART_LIMIT], TRUE);
      return;
    }
  g_string_append (text, ". ");
  if (band == ASR_RATING_NONE)
    g_string_append (text, _("The scores alone give no rating yet."));
  else
    g_string_append_printf (text, _("The scores alone give %s."), asr_rating_to_label (band));

  if (limit == ASR_LIMIT_OVERRIDE)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Reason: %s"), asr_key_question_get_override_reason (kq));
    }

  gtk_label_set_label (GTK_LABEL (self->parts[ASR_SUMMARY_PART_LIMIT]), text->str);
  gtk_widget_set_visible (self->parts[ASR_SUMMARY_PART_LIMIT], limit != ASR_LIMIT_NONE);
}

static void
card_update_observed_cb (AsrSummaryCard *self)
{
  int published = asr_key_question_get_published_percentage (self->key_question);
  int percentage = asr_key_question_get_percentage (self->key_question);
  gboolean differs = published >= 0 && published != percentage;
  g_autofree char *text = NULL;

  if (differs)
    /* Translators: the arithmetic figure is shown above; this one is what
     * published CQC reports show in the same situation, not a CQC rule */
    text = g_strdup_printf (_("CQC’s published reports have shown %d for ratings limited this way; "
                              "this is observed practice, not a published rule"),
                            published);
  gtk_label_set_label (GTK_LABEL (self->parts[ASR_SUMMARY_PART_OBSERVED]), text ? text : "");
  gtk_widget_set_visible (self->parts[ASR_SUMMARY_PART_OBSERVED], differs);
}

static void
card_update_previous_cb (AsrSummaryCard *self)
{
  AsrRating previous = asr_key_question_get_previous_rating (self->key_question);
  g_autofree char *text = asr_key_question_describe_carried_over (self->key_question);

  /* Carried over (focused): the card says so, with the rating's date. */
  if (text == NULL && previous != ASR_RATING_NONE)
    {
      g_autofree char *before =
        asr_summary_format_previous (previous,
                                     asr_key_question_get_previous_date_in_effect (self->key_question));
      text = asr_format_previous_with_direction (before, previous,
                                                 asr_key_question_get_rating (self->key_question));
    }
  gtk_label_set_label (GTK_LABEL (self->parts[ASR_SUMMARY_PART_PREVIOUS]), text ? text : "");
  gtk_widget_set_visible (self->parts[ASR_SUMMARY_PART_PREVIOUS], text != NULL);
}

static void
card_update_warning_cb (AsrSummaryCard *self)
{
  guint n_missing = asr_key_question_get_n_carried_forward_missing (self->key_question);
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u quality statement is carried forward but there is "
                                       "no previous rating to take its score from",
                                       "%u quality statements are carried forward but there is "
                                       "no previous rating to take their scores from",
                                       n_missing),
                          n_missing);
  gtk_label_set_label (GTK_LABEL (self->parts[ASR_SUMMARY_PART_WARNING]), text);
  gtk_widget_set_visible (gtk_widget_get_parent (self->parts[ASR_SUMMARY_PART_WARNING]),
                          n_missing > 0);
}

static void
card_update_override_cb (AsrSummaryCard *self)
{
  AsrRating rating = asr_key_question_get_override_rating (self->key_question);
  GtkEditable *reason = GTK_EDITABLE (self->parts[ASR_SUMMARY_PART_OVERRIDE_REASON]);
  g_autofree char *subtitle = NULL;

  if (rating == ASR_RATING_NONE)
    {
      subtitle = g_strdup (_("None: the rating follows the scores and caps"));
      gtk_editable_set_text (reason, "");
    }
  else
    {
      /* Translators: "Good, by professional judgement" */
      subtitle = g_strdup_printf (_("%s, by professional judgement"), asr_rating_to_label (rating));
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->parts[ASR_SUMMARY_PART_OVERRIDE_RATING]),
                                  ASR_RATING_OUTSTANDING - rating);
      gtk_editable_set_text (reason, asr_key_question_get_override_reason (self->key_question));
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->parts[ASR_SUMMARY_PART_OVERRIDE_EXPANDER]),
                                 subtitle);
  gtk_widget_set_sensitive (self->parts[ASR_SUMMARY_PART_OVERRIDE_REMOVE],
                            rating != ASR_RATING_NONE);
}

static void
card_show_error (AsrSummaryCard *self,
                 const GError   *error)
{
  GtkWidget *label = self->parts[ASR_SUMMARY_PART_OVERRIDE_ERROR];

  gtk_label_set_label (GTK_LABEL (label), error ? error->message : "");
  gtk_widget_set_visible (label, error != NULL);
}

/* The model refuses an override without a reason too (one with a visible
 * character: spaces or a zero-width space alone are none); the button
 * only says so before the user tries. */
static void
card_reason_changed_cb (AsrSummaryCard *self)
{
  GtkEditable *entry = GTK_EDITABLE (self->parts[ASR_SUMMARY_PART_OVERRIDE_REASON]);

  gtk_widget_set_sensitive (self->parts[ASR_SUMMARY_PART_OVERRIDE_APPLY],
                            asr_text_has_visible (gtk_editable_get_text (entry)));
  card_show_error (self, NULL);
}

static void
card_apply_override_cb (AsrSummaryCard *self)
{
  GtkEditable *entry = GTK_EDITABLE (self->parts[ASR_SUMMARY_PART_OVERRIDE_REASON]);
  AdwComboRow *rating = ADW_COMBO_ROW (self->parts[ASR_SUMMARY_PART_OVERRIDE_RATING]);
  guint position = adw_combo_row_get_selected (rating);
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (position == GTK_INVALID_LIST_POSITION || position > ASR_RATING_OUTSTANDING - 1)
    return;

  if (!asr_key_question_set_override (self->key_question, ASR_RATING_OUTSTANDING - position,
                                      reason, &error))
    card_show_error (self, error);
}

static void
card_remove_override_cb (AsrSummaryCard *self)
{
  g_autoptr(GError) error = NULL;

  if (!asr_key_question_set_override (self->key_question, ASR_RATING_NONE, NULL, &error))
    card_show_error (self, error);
  else
    card_show_error (self, NULL);
}

static void
card_row_activated_cb (AsrSummaryCard *self,
                       GtkListBoxRow  *row)
{
  if (GTK_WIDGET (row) == self->parts[ASR_SUMMARY_PART_HEADER_ROW])
    g_signal_emit_by_name (self->view, "key-question-activated", self->key_question);
}

static void
statement_row_activated_cb (AdwActionRow   *row,
                            AsrSummaryCard *self)
{
  AsrQualityStatement *statement = g_object_get_data (G_OBJECT (row), "asr-statement");

  g_signal_emit_by_name (self->view, "statement-activated", statement);
}

char *
asr_summary_describe_statement (AsrQualityStatement *statement)
{
  AsrKeyQuestion *kq = asr_quality_statement_get_key_question (statement);
  AsrFramework *framework = asr_assessment_get_framework (asr_key_question_get_assessment (kq));
  int score = asr_quality_statement_get_effective_score (statement);

  if (asr_summary_is_judged (kq))
    return g_strdup (asr_item_describe_source (statement));
  switch (asr_quality_statement_get_source (statement))
    {
    case ASR_SOURCE_ASSESSED:
      if (score == 0)
        return g_strdup (_("Assessed, not scored yet"));
      /* Translators: "Score 3: evidence shows a good standard" */
      return g_strdup_printf (_("Score %d: %s"), score,
                              asr_framework_get_score_descriptor (framework, score));

    case ASR_SOURCE_CARRIED_FORWARD:
      if (asr_quality_statement_get_carried_forward_missing (statement))
        return g_strdup (_("Carried forward, but the key question has no previous rating"));
      /* Translators: "Carried forward: score 3 from the previous rating" */
      return g_strdup_printf (_("Carried forward: score %d from the previous rating"), score);

    case ASR_SOURCE_NOT_APPLICABLE:
      return g_strdup (_("Not applicable"));

    case ASR_SOURCE_NOT_STARTED:
    default:
      return g_strdup (_("Not started"));
    }
}

static void
statement_row_update_cb (AdwActionRow        *row,
                         GParamSpec          *pspec,
                         AsrQualityStatement *statement)
{
  g_autofree char *subtitle = asr_summary_describe_statement (statement);

  adw_action_row_set_subtitle (row, subtitle);
}

static GtkWidget *
build_statement_row (AsrSummaryCard      *self,
                     AsrQualityStatement *statement)
{
  static const char * const watched[] = {
    "notify::source", "notify::effective-score", "notify::carried-forward-missing",
    "notify::rating",
  };
  GtkWidget *row = adw_action_row_new ();

  g_object_bind_property (statement, "name", row, "title", G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_decorative_icon ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "asr-statement",
                          g_object_ref (statement), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (statement_row_activated_cb), self);

  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_connect_object (statement, watched[i], G_CALLBACK (statement_row_update_cb),
                             row, G_CONNECT_SWAPPED);
  statement_row_update_cb (ADW_ACTION_ROW (row), NULL, statement);

  return row;
}

static GtkWidget *
build_statements_row (AsrSummaryCard *self)
{
  GListModel *statements = asr_key_question_get_statements (self->key_question);
  GtkWidget *expander = adw_expander_row_new ();
  guint n = g_list_model_get_n_items (statements);

  if (asr_summary_is_judged (self->key_question))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Items"));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                     _("Select an item to open it in the editor"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Quality Statements"));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                     _("Select a quality statement to open it in the editor"));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), build_statement_row (self, statement));
    }

  return expander;
}

static GtkWidget *
build_enforcement_row (AsrSummaryCard *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (AsrEnforcement e = ASR_ENFORCEMENT_NONE; e <= ASR_ENFORCEMENT_WARNING_NOTICE; e++)
    gtk_string_list_append (labels, asr_enforcement_to_label (e));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Enforcement Action"));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("A requirement notice limits the rating to Requires "
                                      "improvement; a warning notice makes it Inadequate"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  /* Translators: %s is a key question, "Enforcement action for Safe" */
  label_for_key_question (row, _("Enforcement action for %s"), self->key_question);
  g_object_bind_property_full (self->key_question, "enforcement", row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               asr_bind_enum_to_position, asr_bind_position_to_enum, NULL, NULL);

  return row;
}

static GtkWidget *
build_override_buttons (AsrSummaryCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply"));

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_widget_set_sensitive (apply, FALSE);
  /* Translators: %s is a key question */
  label_for_key_question (remove, _("Remove the override of the %s rating"), self->key_question);
  /* Translators: %s is a key question */
  label_for_key_question (apply, _("Apply the override of the %s rating"), self->key_question);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (card_remove_override_cb), self);
  g_signal_connect_swapped (apply, "clicked", G_CALLBACK (card_apply_override_cb), self);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_box_append (GTK_BOX (box), apply);

  self->parts[ASR_SUMMARY_PART_OVERRIDE_REMOVE] = remove;
  self->parts[ASR_SUMMARY_PART_OVERRIDE_APPLY] = apply;

  return box;
}

static GtkWidget *
build_override_actions_row (AsrSummaryCard *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *error = asr_summary_new_label ("error");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  set_margins (box, 6, 12);
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (box), error);
  gtk_box_append (GTK_BOX (box), build_override_buttons (self));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  self->parts[ASR_SUMMARY_PART_OVERRIDE_ERROR] = error;

  return row;
}

static GtkWidget *
build_override_row (AsrSummaryCard *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *rating = adw_combo_row_new ();
  GtkWidget *reason = adw_entry_row_new ();
  AsrRating current = asr_key_question_get_rating (self->key_question);

  for (AsrRating r = ASR_RATING_OUTSTANDING; r >= ASR_RATING_INADEQUATE; r--)
    gtk_string_list_append (labels, asr_rating_to_label (r));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Rating Override"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rating), _("Rating"));
  adw_combo_row_set_model (ADW_COMBO_ROW (rating), G_LIST_MODEL (labels));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (rating), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (rating),
                              ASR_RATING_OUTSTANDING - (current ? current : ASR_RATING_GOOD));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason (required)"));
  /* Translators: %s is a key question */
  label_for_key_question (rating, _("Override rating for %s"), self->key_question);
  /* Translators: %s is a key question */
  label_for_key_question (gtk_editable_get_delegate (GTK_EDITABLE (reason)),
                          _("Reason for overriding the %s rating"), self->key_question);
  g_signal_connect_swapped (reason, "notify::text", G_CALLBACK (card_reason_changed_cb), self);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), rating);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), reason);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), build_override_actions_row (self));

  self->parts[ASR_SUMMARY_PART_OVERRIDE_EXPANDER] = expander;
  self->parts[ASR_SUMMARY_PART_OVERRIDE_RATING] = rating;
  self->parts[ASR_SUMMARY_PART_OVERRIDE_REASON] = reason;
  /* A judged rating is the inspector's judgement: nothing to override. */
  gtk_widget_set_visible (expander, !asr_summary_is_judged (self->key_question));

  return expander;
}

static GtkWidget *
build_title_box (AsrSummaryCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = asr_summary_new_label ("title-3");
  GtkWidget *rating = asr_summary_new_label ("title-4");
  GtkWidget *arrow = new_decorative_icon ("go-next-symbolic");

  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (rating), 1.f);
  gtk_label_set_justify (GTK_LABEL (rating), GTK_JUSTIFY_RIGHT);
  g_object_bind_property (self->key_question, "name", name, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), rating);
  gtk_box_append (GTK_BOX (box), arrow);

  self->parts[ASR_SUMMARY_PART_NAME] = name;
  self->parts[ASR_SUMMARY_PART_RATING] = rating;

  return box;
}

static GtkWidget *
build_count_box (AsrSummaryCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *count = asr_summary_new_label (NULL);
  GtkWidget *provisional = gtk_label_new (_("Provisional"));

  gtk_widget_set_hexpand (count, TRUE);
  gtk_widget_set_valign (provisional, GTK_ALIGN_START);
  gtk_widget_add_css_class (provisional, "warning");
  gtk_widget_add_css_class (provisional, "heading");
  gtk_widget_set_tooltip_text (provisional, _("Some quality statements in scope are not started"));
  g_object_bind_property (self->key_question, "provisional", provisional, "visible",
                          G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), provisional);

  self->parts[ASR_SUMMARY_PART_COUNT] = count;
  self->parts[ASR_SUMMARY_PART_PROVISIONAL] = provisional;

  return box;
}

static GtkWidget *
build_warning_box (AsrSummaryCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = new_decorative_icon ("dialog-warning-symbolic");
  GtkWidget *label = asr_summary_new_label (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (box, "warning");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  self->parts[ASR_SUMMARY_PART_WARNING] = label;

  return box;
}

static GtkWidget *
build_header_row (AsrSummaryCard *self)
{
  AsrAssessment *assessment = asr_key_question_get_assessment (self->key_question);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *bar = asr_band_bar_new ();

  set_margins (box, 12, 12);
  gtk_box_append (GTK_BOX (box), build_title_box (self));
  self->parts[ASR_SUMMARY_PART_PERCENTAGE] = asr_summary_new_label ("numeric");
  if (asr_summary_is_judged (self->key_question))
    g_object_bind_property_full (self->key_question, "judgement-rating",
                                 self->parts[ASR_SUMMARY_PART_PERCENTAGE], "label",
                                 G_BINDING_SYNC_CREATE, judgement_to_label, NULL, NULL, NULL);
  else
    g_object_bind_property_full (self->key_question, "percentage",
                                 self->parts[ASR_SUMMARY_PART_PERCENTAGE], "label",
                                 G_BINDING_SYNC_CREATE, percentage_to_label, NULL, NULL, NULL);
  gtk_box_append (GTK_BOX (box), self->parts[ASR_SUMMARY_PART_PERCENTAGE]);

  if (assessment != NULL)
    asr_band_bar_set_framework (ASR_BAND_BAR (bar), asr_assessment_get_framework (assessment));
  gtk_widget_set_margin_top (bar, 6);
  g_object_bind_property (self->key_question, "percentage", bar, "percentage",
                          G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), bar);
  /* Rating bands are percentages: a judged key question has none. */
  gtk_widget_set_visible (bar, !asr_summary_is_judged (self->key_question));
  self->parts[ASR_SUMMARY_PART_BAND_BAR] = bar;

  gtk_box_append (GTK_BOX (box), build_count_box (self));
  self->parts[ASR_SUMMARY_PART_LIMIT] = asr_summary_new_label (NULL);
  self->parts[ASR_SUMMARY_PART_OBSERVED] = asr_summary_new_label ("caption");
  self->parts[ASR_SUMMARY_PART_PREVIOUS] = asr_summary_new_label ("dim-label");
  gtk_box_append (GTK_BOX (box), self->parts[ASR_SUMMARY_PART_LIMIT]);
  gtk_box_append (GTK_BOX (box), self->parts[ASR_SUMMARY_PART_OBSERVED]);
  gtk_box_append (GTK_BOX (box), self->parts[ASR_SUMMARY_PART_PREVIOUS]);
  gtk_box_append (GTK_BOX (box), build_warning_box (self));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Open this key question in the editor"));
  self->parts[ASR_SUMMARY_PART_HEADER_ROW] = row;

  return row;
}

static void
card_connect_model (AsrSummaryCard *self)
{
  static const struct {
    const char *signal;
    GCallback   callback;
  } watched[] = {
    { "notify::rating", G_CALLBACK (card_update_rating_cb) },
    { "notify::n-scored", G_CALLBACK (card_update_count_cb) },
    { "notify::n-in-scope", G_CALLBACK (card_update_count_cb) },
    { "notify::n-statements", G_CALLBACK (card_update_count_cb) },
    { "notify::limited-by", G_CALLBACK (card_update_limit_cb) },
    { "notify::band", G_CALLBACK (card_update_limit_cb) },
    { "notify::override-reason", G_CALLBACK (card_update_limit_cb) },
    { "notify::judgement-rating", G_CALLBACK (card_update_limit_cb) },
    { "notify::percentage", G_CALLBACK (card_update_observed_cb) },
    { "notify::published-percentage", G_CALLBACK (card_update_observed_cb) },
    { "notify::previous-rating", G_CALLBACK (card_update_previous_cb) },
    { "notify::rating", G_CALLBACK (card_update_previous_cb) },
    { "notify::carried-over", G_CALLBACK (card_update_previous_cb) },
    { "notify::previous-date", G_CALLBACK (card_update_previous_cb) },
    { "notify::n-carried-forward-missing", G_CALLBACK (card_update_warning_cb) },
    { "notify::override-rating", G_CALLBACK (card_update_override_cb) },
    { "notify::override-reason", G_CALLBACK (card_update_override_cb) },
  };

  self->signals = g_signal_group_new (ASR_TYPE_KEY_QUESTION);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_group_connect_swapped (self->signals, watched[i].signal, watched[i].callback, self);
  g_signal_group_set_target (self->signals, self->key_question);

  card_update_rating_cb (self);
  card_update_count_cb (self);
  card_update_limit_cb (self);
  card_update_observed_cb (self);
  card_update_previous_cb (self);
  card_update_warning_cb (self);
  card_update_override_cb (self);
}

/* The review comments on the key question as a whole. */
static GtkWidget *
build_comments_row (AsrSummaryCard *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *thread = asr_comment_thread_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  set_margins (thread, 12, 12);
  asr_comment_thread_set_comments (ASR_COMMENT_THREAD (thread),
                                   asr_key_question_get_comments (self->key_question));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), thread);
  return row;
}

static void
card_build (AsrSummaryCard *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), build_header_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), build_enforcement_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), build_override_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), build_comments_row (self));
  gtk_list_box_append (GTK_LIST_BOX (list), build_statements_row (self));
  self->parts[ASR_SUMMARY_PART_ENFORCEMENT] =
    gtk_widget_get_next_sibling (self->parts[ASR_SUMMARY_PART_HEADER_ROW]);
  self->parts[ASR_SUMMARY_PART_STATEMENTS] = gtk_widget_get_last_child (list);
  g_signal_connect_swapped (list, "row-activated", G_CALLBACK (card_row_activated_cb), self);
  adw_bin_set_child (ADW_BIN (self), list);

  card_connect_model (self);
}

static void
asr_summary_card_dispose (GObject *object)
{
  AsrSummaryCard *self = ASR_SUMMARY_CARD (object);

  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->signals);
  adw_bin_set_child (ADW_BIN (self), NULL);
  memset (self->parts, 0, sizeof self->parts);
  g_clear_object (&self->key_question);

  G_OBJECT_CLASS (asr_summary_card_parent_class)->dispose (object);
}

static void
asr_summary_card_class_init (AsrSummaryCardClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_summary_card_dispose;
}

static void
asr_summary_card_init (AsrSummaryCard *self)
{
}

GtkWidget *
asr_summary_card_new (AsrSummaryView *view,
                      AsrKeyQuestion *key_question)
{
  AsrSummaryCard *self = g_object_new (ASR_TYPE_SUMMARY_CARD, NULL);

  self->view = view;
  self->key_question = g_object_ref (key_question);
  card_build (self);

  return GTK_WIDGET (self);
}

GtkWidget *
asr_summary_card_get_part (AsrSummaryCard *self,
                           AsrSummaryPart  part)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_CARD (self), NULL);
  return part < N_PARTS ? self->parts[part] : NULL;
}

/* The date of the previous ratings belongs to the assessment, so the view
 * tells its cards when it moves. */
void
asr_summary_card_update_previous (AsrSummaryCard *self)
{
  g_return_if_fail (ASR_IS_SUMMARY_CARD (self));
  card_update_previous_cb (self);
}
