/* asr-comparison-rows.c: the rows of the comparison view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A direction is a word and an icon, never a colour alone; each row's
 * accessible description is the sentence a report would use ("Safe:
 * previously Good, now Requires improvement, 66 out of 100: declined").
 */
#define G_LOG_DOMAIN "asr-comparison-view"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-comparison-view-private.h"
#include "asr-notes-diff.h"
#include "asr-summary.h"

static const char *
direction_icon (AsrDirection direction)
{
  switch (direction)
    {
    case ASR_DIRECTION_IMPROVED: return "go-up-symbolic";
    case ASR_DIRECTION_DECLINED: return "go-down-symbolic";
    case ASR_DIRECTION_SAME: return "list-remove-symbolic";
    case ASR_DIRECTION_NONE:
    default: return NULL;
    }
}

static const char *
direction_class (AsrDirection direction)
{
  switch (direction)
    {
    case ASR_DIRECTION_IMPROVED: return "direction-improved";
    case ASR_DIRECTION_DECLINED: return "direction-declined";
    case ASR_DIRECTION_SAME:
    case ASR_DIRECTION_NONE:
    default: return "direction-same";
    }
}

static GtkWidget *
new_pill (const char *text,
          const char *icon_name,
          const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "compare-pill");
  gtk_widget_add_css_class (box, css_class);
  if (icon_name != NULL)
    gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE, "icon-name", icon_name,
                                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                 NULL));
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static char *
rating_subtitle (const AsrRatingChange *change)
{
  const char *before = change->previous ? asr_rating_to_label (change->previous)
                                        : _("No previous rating");
  const char *after = asr_rating_to_label (change->current);

  if (change->carried_over != NULL)
    /* Translators: "Good, carried over (not assessed in this focused assessment)" */
    return g_strdup_printf (_("%s, carried over (not assessed in this focused assessment)"), before);
  if (change->percentage >= 0)
    {
      g_autofree char *figure = asr_summary_format_figure (change->percentage);

      /* Translators: "Good → Requires improvement · 66 out of 100" */
      return g_strdup_printf (_("%s → %s · %s"), before, after, figure);
    }
  /* Translators: "Good → Requires improvement" */
  return g_strdup_printf (_("%s → %s"), before, after);
}

GtkWidget *
_asr_comparison_rating_row (const AsrRatingChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = rating_subtitle (change);
  g_autofree char *description = asr_rating_change_describe (change);
  g_autofree char *word = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (change->direction != ASR_DIRECTION_NONE)
    {
      word = g_strdup (asr_direction_to_label (change->direction));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_pill (word, direction_icon (change->direction),
                                           direction_class (change->direction)));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  return row;
}

GtkWidget *
_asr_comparison_carried_row (const AsrCarriedForward *item,
                             int                      threshold_years)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = item->date ? asr_format_date (item->date) : NULL;
  g_autofree char *age = asr_format_age (item->age_months);
  g_autofree char *subtitle = NULL;
  g_autofree char *stale = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->name);
  if (item->rating == ASR_RATING_NONE)
    subtitle = g_strdup_printf (_("%s · no previous rating to take a score from"),
                                item->key_question_name);
  else if (when == NULL)
    /* Translators: "Safe · score 3 from Good, date unknown" */
    subtitle = g_strdup_printf (_("%s · score %d from %s, date unknown"), item->key_question_name,
                                item->score, asr_rating_to_label (item->rating));
  else
    /* Translators: "Safe · score 3 from Good, rated 2 March 2023 · 3 years 7 months old" */
    subtitle = g_strdup_printf (_("%s · score %d from %s, rated %s · %s old"), item->key_question_name,
                                item->score, asr_rating_to_label (item->rating), when, age);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (item->stale)
    {
      stale = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stale: older than %d year",
                                            "Stale: older than %d years", threshold_years),
                               threshold_years);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_pill (_("Stale"), "dialog-warning-symbolic", "stale"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      stale, -1);
    }
  return row;
}

char *
_asr_comparison_diff_markup (GPtrArray *parts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      AsrDiffPart *part = g_ptr_array_index (parts, i);
      g_autofree char *text = g_markup_escape_text (part->text, -1);

      if (part->kind == ASR_DIFF_REMOVED)
        g_string_append_printf (out, "<span strikethrough=\"true\" background=\"#e01b24\" "
                                     "bgalpha=\"22%%\">%s</span>", text);
      else if (part->kind == ASR_DIFF_ADDED)
        g_string_append_printf (out, "<span underline=\"single\" background=\"#2ec27e\" "
                                     "bgalpha=\"26%%\">%s</span>", text);
      else
        g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

char *
_asr_comparison_diff_description (GPtrArray *parts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      AsrDiffPart *part = g_ptr_array_index (parts, i);
      g_autofree char *text = g_strstrip (g_strdup (part->text));

      if (part->kind == ASR_DIFF_REMOVED)
        /* Translators: a removed passage of the notes, for a screen reader */
        g_string_append_printf (out, _("Removed: “%s”. "), text);
      else if (part->kind == ASR_DIFF_ADDED)
        /* Translators: an added passage of the notes, for a screen reader */
        g_string_append_printf (out, _("Added: “%s”. "), text);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* "Safe · score 3 → 2, down", then "· changed by A. Inspector, 14 October
 * 2026" when the files say who changed it. */
static char *
statement_subtitle (const AsrStatementChange *change)
{
  g_autofree char *what = asr_statement_change_describe (change, " · ");
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  if (change->changed_by == NULL)
    /* Translators: "Safe · score 3 → 2, down" */
    return g_strdup_printf (_("%s · %s"), change->key_question_name, what);
  day = change->changed_at ? g_strndup (change->changed_at, 10) : g_strdup ("");
  date = asr_format_date (day);
  if (*date == '\0')
    /* Translators: "Safe · score 3 → 2, down · changed by A. Inspector" */
    return g_strdup_printf (_("%s · %s · changed by %s"), change->key_question_name, what,
                            change->changed_by);
  /* Translators: "Safe · score 3 → 2, down · changed by A. Inspector, 14 October 2026" */
  return g_strdup_printf (_("%s · %s · changed by %s, %s"), change->key_question_name, what,
                          change->changed_by, date);
}

static GtkWidget *
new_notes_label (const AsrStatementChange *change)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *markup = _asr_comparison_diff_markup (change->notes_diff);
  g_autofree char *description = _asr_comparison_diff_description (change->notes_diff);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  if (change->notes_diff->len == 0)
    {
      gtk_label_set_label (GTK_LABEL (label), _("No notes before or now"));
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    gtk_label_set_markup (GTK_LABEL (label), markup);
  if (*description != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  return label;
}

GtkWidget *
_asr_comparison_statement_row (const AsrStatementChange *change)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = statement_subtitle (change);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (change->changed)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                 new_pill (_("Changed"), NULL, "direction-same"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), new_notes_label (change));
  return row;
}
