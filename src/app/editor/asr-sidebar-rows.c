/* asr-sidebar-rows.c: the sidebar's statement rows and key question headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row and header connects to its model object for as long as the
 * widget lives (g_signal_connect_object), and redraws its labels from the
 * object's properties on every notification.
 */
#define G_LOG_DOMAIN "asr-sidebar-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-label-wrap.h"
#include "asr-rating-choice.h"
#include "asr-sidebar-rows.h"
#include "asr-summary.h"
#include "asr-width-bin.h"

#define STATEMENT_KEY "asr-statement"
#define STALE_KEY "asr-stale"

const char *
asr_rating_css_class (AsrRating rating)
{
  switch (rating)
    {
    case ASR_RATING_OUTSTANDING:
      return "rating-outstanding";
    case ASR_RATING_GOOD:
      return "rating-good";
    case ASR_RATING_REQUIRES_IMPROVEMENT:
      return "rating-requires-improvement";
    case ASR_RATING_INADEQUATE:
      return "rating-inadequate";
    case ASR_RATING_NONE:
    default:
      return "rating-none";
    }
}

static void
set_rating_class (GtkWidget *label,
                  AsrRating  rating)
{
  for (AsrRating r = ASR_RATING_NONE; r <= ASR_RATING_OUTSTANDING; r++)
    gtk_widget_remove_css_class (label, asr_rating_css_class (r));
  gtk_widget_add_css_class (label, asr_rating_css_class (rating));
}

static char *
describe_figures (AsrKeyQuestion *key_question)
{
  int percentage = asr_key_question_get_percentage (key_question);
  guint n_scored = asr_key_question_get_n_scored (key_question);
  guint n_in_scope = asr_key_question_get_n_in_scope (key_question);

  g_autofree char *figures = NULL;

  /* Focused assessment, nothing assessed here: the rating is the previous one. */
  if (asr_key_question_get_carried_over (key_question))
    return g_strdup (_("Carried over · not assessed"));
  if (asr_summary_is_judged (key_question))
    /* Translators: a key question judged in the round: "Judged · 3 of 4 assessed" */
    figures = g_strdup_printf (asr_key_question_get_judgement_rating (key_question) != ASR_RATING_NONE
                               ? _("Judged · %u of %u assessed")
                               : _("Not judged yet · %u of %u assessed"),
                               n_scored, n_in_scope);
  else if (percentage < 0)
    /* Translators: "No score yet · 0 of 8 scored" */
    figures = g_strdup_printf (_("No score yet · %u of %u scored"), n_scored, n_in_scope);
  else
    {
      g_autofree char *figure = asr_summary_format_figure (percentage);

      /* Translators: "71 out of 100 · 7 of 8 scored" */
      figures = g_strdup_printf (_("%s · %u of %u scored"), figure, n_scored, n_in_scope);
    }

  /* The rating differs from the band: say so, the summary says why. */
  switch (asr_key_question_get_limited_by (key_question))
    {
    case ASR_LIMIT_NONE:
      return g_steal_pointer (&figures);
    case ASR_LIMIT_OVERRIDE:
      /* Translators: the rating was set by professional judgement */
      return g_strdup_printf (_("%s · overridden"), figures);
    case ASR_LIMIT_REQUIREMENT_NOTICE:
    case ASR_LIMIT_WARNING_NOTICE:
    case ASR_LIMIT_ADVISORY_LIMITER:
    default:
      /* Translators: the rating is capped below what the scores give */
      return g_strdup_printf (_("%s · limited"), figures);
    }
}

static void
update_header_cb (GtkWidget      *header,
                  GParamSpec     *pspec,
                  AsrKeyQuestion *key_question)
{
  GtkLabel *rating_label = g_object_get_data (G_OBJECT (header), "rating-label");
  GtkLabel *figures_label = g_object_get_data (G_OBJECT (header), "figures-label");
  AsrRating rating = asr_key_question_get_rating (key_question);
  g_autofree char *figures = describe_figures (key_question);
  g_autofree char *description = NULL;

  gtk_label_set_label (rating_label, asr_rating_to_label (rating));
  set_rating_class (GTK_WIDGET (rating_label), rating);
  gtk_label_set_label (figures_label, figures);

  if (asr_key_question_get_carried_over (key_question))
    description = asr_key_question_describe_carried_over (key_question);
  else if (asr_key_question_get_limited_by (key_question) != ASR_LIMIT_NONE)
    description = g_strdup (asr_limit_to_label (asr_key_question_get_limited_by (key_question)));
  else if (asr_key_question_get_provisional (key_question))
    description = g_strdup (_("Provisional: some quality statements are not started"));
  else
    description = g_strdup (figures);
  gtk_widget_set_tooltip_text (GTK_WIDGET (figures_label), description);
}

/* A judged key question's header opens its judgement page ("win.judge"). */
static GtkWidget *
judge_button_new (AsrKeyQuestion *key_question)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");
  /* Translators: a key question: "Judge Safe" */
  g_autofree char *label = g_strdup_printf (_("Judge %s"), asr_key_question_get_name (key_question));

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.judge");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", asr_key_question_get_id (key_question));
  return button;
}

GtkWidget *
asr_sidebar_key_question_header_new (AsrKeyQuestion *key_question)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (asr_key_question_get_name (key_question));
  GtkWidget *rating = gtk_label_new (NULL);
  GtkWidget *figures = gtk_label_new (NULL);

  g_return_val_if_fail (ASR_IS_KEY_QUESTION (key_question), NULL);

  gtk_widget_add_css_class (header, "key-question-header");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (rating, "rating");
  gtk_widget_add_css_class (rating, "caption");
  gtk_widget_set_valign (rating, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (figures), 0);
  gtk_label_set_ellipsize (GTK_LABEL (figures), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (figures, "caption");
  gtk_widget_add_css_class (figures, "dim-label");

  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), rating);
  if (asr_summary_is_judged (key_question))
    gtk_box_append (GTK_BOX (top), judge_button_new (key_question));
  gtk_box_append (GTK_BOX (header), top);
  gtk_box_append (GTK_BOX (header), figures);

  g_object_set_data (G_OBJECT (header), "rating-label", rating);
  g_object_set_data (G_OBJECT (header), "figures-label", figures);
  g_signal_connect_object (key_question, "notify", G_CALLBACK (update_header_cb),
                           header, G_CONNECT_SWAPPED);
  update_header_cb (header, NULL, key_question);

  return header;
}

static const char *
describe_source (AsrQualityStatement *statement,
                 gboolean             stale,
                 gboolean            *warning)
{
  gboolean scored = asr_quality_statement_get_effective_score (statement) > 0;

  *warning = FALSE;
  /* An item of a judgement framework has no score: it is assessed, with
   * or without an indicative rating. */
  if (asr_summary_is_judged (asr_quality_statement_get_key_question (statement)) &&
      asr_quality_statement_get_source (statement) == ASR_SOURCE_ASSESSED)
    return asr_item_describe_source (statement);
  switch (asr_quality_statement_get_source (statement))
    {
    case ASR_SOURCE_ASSESSED:
      *warning = !scored;
      return scored ? _("Assessed") : _("Assessed · no score yet");
    case ASR_SOURCE_CARRIED_FORWARD:
      *warning = !scored || stale;
      if (!scored)
        return _("Carried forward · no previous rating");
      /* Translators: the previous rating is older than the staleness threshold */
      return stale ? _("Carried forward · stale") : _("Carried forward");
    case ASR_SOURCE_NOT_APPLICABLE:
      return _("Not applicable");
    case ASR_SOURCE_NOT_STARTED:
    default:
      return _("Not started");
    }
}

static void
update_row_cb (GtkWidget           *row,
               GParamSpec          *pspec,
               AsrQualityStatement *statement)
{
  GtkLabel *source_label = g_object_get_data (G_OBJECT (row), "source-label");
  GtkLabel *score_label = g_object_get_data (G_OBJECT (row), "score-label");
  int score = asr_quality_statement_get_effective_score (statement);
  g_autofree char *score_text = g_strdup_printf ("%d", score);
  GtkLabel *snippet_label = g_object_get_data (G_OBJECT (row), "snippet-label");
  gboolean stale = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), STALE_KEY));
  g_autofree char *description = NULL;
  gboolean warning;
  const char *source = describe_source (statement, stale, &warning);

  gtk_label_set_label (source_label, source);
  if (warning)
    gtk_widget_add_css_class (GTK_WIDGET (source_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (source_label), "warning");

  gtk_label_set_label (score_label, score_text);
  gtk_widget_set_visible (GTK_WIDGET (score_label), score > 0);

  /* Translators: "Score 3, Assessed" */
  description = score > 0 ? g_strdup_printf (_("Score %d, %s"), score, source) : g_strdup (source);
  if (gtk_widget_get_visible (GTK_WIDGET (snippet_label)))
    {
      /* Translators: the row's description, then where the search matched the notes */
      g_autofree char *with_notes = g_strdup_printf (_("%s. Notes: %s"), description,
                                                     gtk_label_get_text (snippet_label));

      g_free (description);
      description = g_steal_pointer (&with_notes);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  asr_quality_statement_get_name (statement),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

GtkWidget *
asr_sidebar_statement_row_new (AsrQualityStatement *statement)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (asr_quality_statement_get_name (statement));
  GtkWidget *source = gtk_label_new (NULL);
  GtkWidget *score = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (statement), NULL);

  /* Where the search matched the notes, under the name. */
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 2);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "notes-snippet");
  gtk_widget_set_visible (snippet, FALSE);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  asr_label_wrap_words (GTK_LABEL (name));
  gtk_label_set_xalign (GTK_LABEL (source), 0);
  gtk_label_set_ellipsize (GTK_LABEL (source), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (source, "caption");
  gtk_widget_add_css_class (source, "dim-label");
  gtk_widget_set_valign (score, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (score, "score-badge");
  gtk_widget_add_css_class (score, "numeric");

  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), snippet);
  gtk_box_append (GTK_BOX (text), source);
  /* Centred in the row, GTK 4.8 measures the text's width for the row's
   * height (gtk_widget_adjust_size_allocation): the bin answers that
   * without the wrapping name's search over widths. */
  text = asr_width_bin_new (text);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), score);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), STATEMENT_KEY, g_object_ref (statement), g_object_unref);
  g_object_set_data (G_OBJECT (row), "source-label", source);
  g_object_set_data (G_OBJECT (row), "score-label", score);
  g_object_set_data (G_OBJECT (row), "snippet-label", snippet);
  g_signal_connect_object (statement, "notify", G_CALLBACK (update_row_cb),
                           row, G_CONNECT_SWAPPED);
  update_row_cb (row, NULL, statement);

  return row;
}

AsrQualityStatement *
asr_sidebar_row_get_statement (GtkListBoxRow *row)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);

  return g_object_get_data (G_OBJECT (row), STATEMENT_KEY);
}

/* Marks a carried-forward score as stale (the rule is the comparison's). */
void
asr_sidebar_row_set_stale (GtkListBoxRow *row,
                           gboolean       stale)
{
  AsrQualityStatement *statement = asr_sidebar_row_get_statement (row);

  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), STALE_KEY)) == !!stale)
    return;
  g_object_set_data (G_OBJECT (row), STALE_KEY, GINT_TO_POINTER (!!stale));
  update_row_cb (GTK_WIDGET (row), NULL, statement);
}

/* Shows @markup (from asr_sidebar_notes_snippet()) under the name, or
 * hides the line when NULL. */
void
asr_sidebar_row_set_snippet (GtkListBoxRow *row,
                             const char    *markup)
{
  GtkWidget *snippet = g_object_get_data (G_OBJECT (row), "snippet-label");

  if (markup == NULL && !gtk_widget_get_visible (snippet))
    return;
  gtk_label_set_markup (GTK_LABEL (snippet), markup != NULL ? markup : "");
  gtk_widget_set_visible (snippet, markup != NULL);
  update_row_cb (GTK_WIDGET (row), NULL, asr_sidebar_row_get_statement (row));
}

/* The text of the snippet line, NULL when hidden; for tests. */
const char *
asr_sidebar_row_get_snippet (GtkListBoxRow *row)
{
  GtkWidget *snippet = g_object_get_data (G_OBJECT (row), "snippet-label");

  return gtk_widget_get_visible (snippet) ? gtk_label_get_text (GTK_LABEL (snippet)) : NULL;
}
