/* asr-summary-cell.c: one quality statement (or item) in the Summary's grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a cell shows is read from the statement each time it notifies, so
 * a score picked in the editor, an undo or an import shows here at once.
 * The state is told twice, never by colour alone: a number, rating
 * letters or sign (with the marks ↻ carried forward, ⚠ stale and ✎
 * notes) and a tint repeating it.  Staleness is not the statement's: the
 * grid tells the cell (asr_summary_cell_set_stale()).
 */
#define G_LOG_DOMAIN "asr-summary-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-summary-card.h"
#include "asr-summary-cell.h"

struct _AsrSummaryCell
{
  GtkButton            parent_instance;

  AsrQualityStatement *statement;
  GtkLabel            *value;
  GtkLabel            *marks;
  gboolean             had_notes;
  gboolean             stale;
};

G_DEFINE_FINAL_TYPE (AsrSummaryCell, asr_summary_cell, GTK_TYPE_BUTTON)

#define MARK_CARRIED_FORWARD "↻"
#define MARK_STALE           "⚠"
#define MARK_NOTES           "✎"

static gboolean
cell_is_judged (AsrSummaryCell *self)
{
  return asr_summary_is_judged (asr_quality_statement_get_key_question (self->statement));
}

static gboolean
has_notes (AsrQualityStatement *statement)
{
  const char *notes = asr_quality_statement_get_notes (statement);

  return notes != NULL && *notes != '\0';
}

/* A rating in the few letters a cell has room for; the legend, the
 * tooltip and the accessible name say it in full. */
static const char *
abbreviate_rating (AsrRating rating)
{
  switch (rating)
    {
    case ASR_RATING_OUTSTANDING:
      /* Translators: Outstanding, in a small grid cell (the legend explains it) */
      return C_("grid cell", "O");
    case ASR_RATING_GOOD:
      /* Translators: Good, in a small grid cell */
      return C_("grid cell", "G");
    case ASR_RATING_REQUIRES_IMPROVEMENT:
      /* Translators: Requires improvement, in a small grid cell */
      return C_("grid cell", "RI");
    case ASR_RATING_INADEQUATE:
      /* Translators: Inadequate, in a small grid cell */
      return C_("grid cell", "I");
    case ASR_RATING_NONE:
    default:
      return "?";
    }
}

/* The number, rating letters or sign shown large, and the rating whose
 * tint repeats it (none for a sign). */
static char *
describe_value (AsrSummaryCell *self,
                AsrRating      *tint)
{
  AsrQualityStatement *statement = self->statement;
  int score = asr_quality_statement_get_effective_score (statement);

  *tint = ASR_RATING_NONE;
  switch (asr_quality_statement_get_source (statement))
    {
    case ASR_SOURCE_NOT_APPLICABLE:
      /* Translators: a quality statement not applicable, in a small grid cell */
      return g_strdup (C_("grid cell", "N/A"));
    case ASR_SOURCE_NOT_STARTED:
      return g_strdup ("–");
    case ASR_SOURCE_ASSESSED:
    case ASR_SOURCE_CARRIED_FORWARD:
    default:
      break;
    }
  if (cell_is_judged (self))
    {
      *tint = asr_quality_statement_get_rating (statement);
      return g_strdup (abbreviate_rating (*tint));
    }
  /* Scores 4 to 1 read as the ratings they carry forward as. */
  *tint = (AsrRating) score;
  return score > 0 ? g_strdup_printf ("%d", score) : g_strdup ("?");
}

/* An assessed or carried forward statement's state: "score 3, carried
 * forward", "indicative Good", "assessed, no score yet". */
static char *
describe_progress (AsrSummaryCell *self)
{
  AsrQualityStatement *statement = self->statement;
  gboolean carried = asr_quality_statement_get_source (statement) == ASR_SOURCE_CARRIED_FORWARD;
  int score = asr_quality_statement_get_effective_score (statement);
  AsrRating rating = asr_quality_statement_get_rating (statement);

  if (cell_is_judged (self))
    return rating != ASR_RATING_NONE
           /* Translators: an item's indicative rating, "indicative Good" */
           ? g_strdup_printf (_("indicative %s"), asr_rating_to_label (rating))
           : g_strdup (_("assessed, no indicative rating yet"));
  if (score > 0 && carried && self->stale)
    /* Translators: a carried forward statement's score from a rating older
     * than the threshold, "score 3, carried forward, stale" */
    return g_strdup_printf (_("score %d, carried forward, stale"), score);
  if (score > 0 && carried)
    /* Translators: a carried forward statement's score, "score 3, carried forward" */
    return g_strdup_printf (_("score %d, carried forward"), score);
  if (score > 0)
    /* Translators: a quality statement's score, "score 3" */
    return g_strdup_printf (_("score %d"), score);

  return g_strdup (carried ? _("carried forward, no previous rating") : _("assessed, no score yet"));
}

/* "score 3, carried forward, with notes": what a screen reader says after
 * the name. */
static char *
describe_state (AsrSummaryCell *self)
{
  AsrSource source = asr_quality_statement_get_source (self->statement);
  const char *notes = has_notes (self->statement) ? _("with notes") : _("no notes");
  g_autofree char *progress = NULL;

  if (source == ASR_SOURCE_NOT_APPLICABLE)
    return g_strdup (_("not applicable"));
  if (source == ASR_SOURCE_NOT_STARTED)
    return has_notes (self->statement)
           ? g_strdup_printf ("%s, %s", _("not started"), notes)
           : g_strdup (_("not started"));

  progress = describe_progress (self);
  return g_strdup_printf ("%s, %s", progress, notes);
}

static void
set_state_class (AsrSummaryCell *self,
                 const char     *name,
                 gboolean        on)
{
  if (on)
    gtk_widget_add_css_class (GTK_WIDGET (self), name);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), name);
}

static void
update_style (AsrSummaryCell *self,
              AsrRating       tint)
{
  AsrSource source = asr_quality_statement_get_source (self->statement);
  gboolean in_progress = source == ASR_SOURCE_ASSESSED || source == ASR_SOURCE_CARRIED_FORWARD;

  asr_summary_apply_rating_style (GTK_WIDGET (self), tint);
  set_state_class (self, "not-started", source == ASR_SOURCE_NOT_STARTED);
  set_state_class (self, "not-applicable", source == ASR_SOURCE_NOT_APPLICABLE);
  set_state_class (self, "no-value", in_progress && tint == ASR_RATING_NONE);
  set_state_class (self, "judged", cell_is_judged (self));
}

static void
update_marks (AsrSummaryCell *self)
{
  gboolean carried = asr_quality_statement_get_source (self->statement) == ASR_SOURCE_CARRIED_FORWARD;
  g_autoptr(GString) marks = g_string_new (NULL);

  if (carried)
    g_string_append (marks, MARK_CARRIED_FORWARD);
  if (carried && self->stale)
    g_string_append (marks, " " MARK_STALE);
  if (has_notes (self->statement))
    g_string_append (marks, marks->len > 0 ? " " MARK_NOTES : MARK_NOTES);
  gtk_label_set_label (self->marks, marks->str);
  /* Without marks the value stands in the middle of the cell. */
  gtk_widget_set_visible (GTK_WIDGET (self->marks), marks->len > 0);
}

/* The card's words for the statement, and the sidebar's "· stale". */
static char *
describe_long_state (AsrSummaryCell *self)
{
  g_autofree char *text = asr_summary_describe_statement (self->statement);

  if (!self->stale || asr_quality_statement_get_source (self->statement) != ASR_SOURCE_CARRIED_FORWARD)
    return g_steal_pointer (&text);
  /* Translators: "Carried forward: score 3 from the previous rating · stale" */
  return g_strdup_printf (_("%s · stale"), text);
}

static void
update (AsrSummaryCell *self)
{
  const char *name = asr_quality_statement_get_name (self->statement);
  g_autofree char *state = describe_state (self);
  g_autofree char *long_state = describe_long_state (self);
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *value = NULL;
  AsrRating tint;

  self->had_notes = has_notes (self->statement);
  value = describe_value (self, &tint);
  gtk_label_set_label (self->value, value);
  update_marks (self);
  update_style (self, tint);

  /* Translators: a grid cell's accessible name, "Safeguarding, score 3, with notes" */
  label = g_strdup_printf (_("%s, %s"), name, state);
  tooltip = g_strdup_printf ("%s\n%s", name, long_state);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, long_state,
                                  -1);
}

/* A keystroke in the notes only matters here when it empties them or
 * writes the first character. */
static void
statement_notify_cb (AsrSummaryCell *self,
                     GParamSpec     *pspec)
{
  if (g_str_equal (pspec->name, "notes") && has_notes (self->statement) == self->had_notes)
    return;
  update (self);
}

static void
asr_summary_cell_dispose (GObject *object)
{
  AsrSummaryCell *self = ASR_SUMMARY_CELL (object);

  g_clear_object (&self->statement);
  G_OBJECT_CLASS (asr_summary_cell_parent_class)->dispose (object);
}

static void
asr_summary_cell_class_init (AsrSummaryCellClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_summary_cell_dispose;
}

static void
asr_summary_cell_init (AsrSummaryCell *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->value = GTK_LABEL (gtk_label_new (NULL));
  self->marks = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->value), "cell-value");
  gtk_widget_add_css_class (GTK_WIDGET (self->marks), "cell-marks");
  gtk_widget_set_vexpand (GTK_WIDGET (self->value), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->value));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->marks));
  gtk_button_set_child (GTK_BUTTON (self), box);
  gtk_widget_add_css_class (GTK_WIDGET (self), "summary-cell");
}

GtkWidget *
asr_summary_cell_new (AsrQualityStatement *statement)
{
  AsrSummaryCell *self;

  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (statement), NULL);

  self = g_object_new (ASR_TYPE_SUMMARY_CELL, NULL);
  self->statement = g_object_ref (statement);
  g_signal_connect_object (statement, "notify", G_CALLBACK (statement_notify_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

AsrQualityStatement *
asr_summary_cell_get_statement (AsrSummaryCell *self)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_CELL (self), NULL);
  return self->statement;
}

const char *
asr_summary_cell_get_value (AsrSummaryCell *self)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_CELL (self), NULL);
  return gtk_label_get_label (self->value);
}

/* Stale only matters for a carried-forward score; the cell keeps the flag
 * across changes of source so a statement carried forward again shows it. */
void
asr_summary_cell_set_stale (AsrSummaryCell *self,
                            gboolean        stale)
{
  g_return_if_fail (ASR_IS_SUMMARY_CELL (self));

  if (self->stale == !!stale)
    return;
  self->stale = !!stale;
  update (self);
}

const char *
asr_summary_cell_get_marks (AsrSummaryCell *self)
{
  g_return_val_if_fail (ASR_IS_SUMMARY_CELL (self), NULL);
  return gtk_label_get_label (self->marks);
}
