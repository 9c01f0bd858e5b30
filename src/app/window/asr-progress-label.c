/* asr-progress-label.c: the overall progress of an assessment, always in view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Counted from the model whenever it says its content changed: no count is
 * kept beside it, so a score, a source or a note typed anywhere (editor,
 * undo, import) shows here at once.
 */
#define G_LOG_DOMAIN "asr-progress-label"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-progress-label.h"
#include "asr-width-bin.h"

struct _AsrProgressLabel
{
  AdwBin        parent_instance;

  GtkLabel     *label;
  GSignalGroup *signals;
};

G_DEFINE_FINAL_TYPE (AsrProgressLabel, asr_progress_label, ADW_TYPE_BIN)

typedef struct
{
  guint total;
  guint scored;
  guint without_notes;   /* scored, no notes written */
  guint not_started;
  gboolean items;        /* a judgement framework: items assessed, not scored */
} Progress;

static void
count_statement (AsrKeyQuestion      *kq,
                 AsrQualityStatement *statement,
                 gpointer             data)
{
  Progress *progress = data;
  gboolean scored = progress->items
                    ? asr_quality_statement_get_source (statement) == ASR_SOURCE_ASSESSED
                    : asr_quality_statement_get_effective_score (statement) > 0;
  const char *notes = asr_quality_statement_get_notes (statement);

  progress->total++;
  progress->scored += scored;
  progress->without_notes += scored && (notes == NULL || *notes == '\0');
  progress->not_started += asr_quality_statement_get_source (statement) == ASR_SOURCE_NOT_STARTED;
}

char *
asr_progress_describe (AsrAssessment *assessment)
{
  Progress progress = { 0 };
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  progress.items = asr_framework_get_scoring_method (asr_assessment_get_framework (assessment))
                   == ASR_SCORING_JUDGEMENT;
  asr_assessment_foreach_statement (assessment, count_statement, &progress);
  if (progress.items)
    /* Translators: "18 of 24 items assessed" (a judgement framework: no scores) */
    g_string_append_printf (text, g_dngettext (NULL, "%u of %u item assessed", "%u of %u items assessed",
                                               progress.total),
                            progress.scored, progress.total);
  else
    /* Translators: "27 of 34 statements scored" */
    g_string_append_printf (text, g_dngettext (NULL, "%u of %u statement scored", "%u of %u statements scored",
                                               progress.total),
                            progress.scored, progress.total);
  if (progress.without_notes > 0)
    /* Translators: " · 3 without notes" (scored statements with no notes) */
    g_string_append_printf (text, g_dngettext (NULL, " · %u without notes", " · %u without notes",
                                               progress.without_notes), progress.without_notes);
  if (progress.not_started > 0)
    /* Translators: " · 1 not started" */
    g_string_append_printf (text, g_dngettext (NULL, " · %u not started", " · %u not started",
                                               progress.not_started), progress.not_started);
  return g_string_free (text, FALSE);
}

static void
update (AsrProgressLabel *self)
{
  g_autoptr(AsrAssessment) assessment = g_signal_group_dup_target (self->signals);
  g_autofree char *text = assessment != NULL ? asr_progress_describe (assessment) : NULL;

  gtk_label_set_text (self->label, text != NULL ? text : "");
}

static void
asr_progress_label_dispose (GObject *object)
{
  AsrProgressLabel *self = ASR_PROGRESS_LABEL (object);

  g_clear_object (&self->signals);
  adw_bin_set_child (ADW_BIN (self), NULL);
  G_OBJECT_CLASS (asr_progress_label_parent_class)->dispose (object);
}

static void
asr_progress_label_class_init (AsrProgressLabelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_progress_label_dispose;
}

static void
asr_progress_label_init (AsrProgressLabel *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_wrap (self->label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "progress-label");
  /* Under the sidebar in a vertical box that the leaflet asks for its
   * width at the window's height: a wrapping label answers that with a
   * search over widths, a Pango layout per guess (issue 10). */
  adw_bin_set_child (ADW_BIN (self), asr_width_bin_new (GTK_WIDGET (self->label)));
  /* The label's text is its accessible name (GtkLabel keeps it so);
   * the description says what the line is. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Overall progress of the assessment"), -1);

  self->signals = g_signal_group_new (ASR_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->signals, "changed", G_CALLBACK (update), self);
}

GtkWidget *
asr_progress_label_new (void)
{
  return g_object_new (ASR_TYPE_PROGRESS_LABEL, NULL);
}

void
asr_progress_label_set_assessment (AsrProgressLabel *self,
                                   AsrAssessment    *assessment)
{
  g_return_if_fail (ASR_IS_PROGRESS_LABEL (self));
  g_return_if_fail (!assessment || ASR_IS_ASSESSMENT (assessment));

  g_signal_group_set_target (self->signals, assessment);
  update (self);
}

const char *
asr_progress_label_get_text (AsrProgressLabel *self)
{
  g_return_val_if_fail (ASR_IS_PROGRESS_LABEL (self), NULL);
  return gtk_label_get_text (self->label);
}
