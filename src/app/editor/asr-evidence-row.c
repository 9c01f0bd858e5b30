/* asr-evidence-row.c: one evidence category, with its score and notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row binds to the evidence object both ways: no copy of the score or
 * the notes is kept here.  What the row holds when expanded (a score
 * picker, the notes) is built the first time it is expanded or asked for:
 * a statement page shows six collapsed rows, and building, filling and
 * measuring pickers and note views nobody opened made every statement
 * (and opening a document with long notes) slower.
 */
#define G_LOG_DOMAIN "asr-evidence-row"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-evidence-row.h"
#include "asr-notes-buffer.h"
#include "asr-notes-view.h"

struct _AsrEvidenceRow
{
  AdwExpanderRow  parent_instance;

  AsrEvidence    *evidence;
  AsrFramework   *framework;      /* until the content is built */
  char           *statement_name; /* until the content is built */
  AsrScorePicker *picker;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (AsrEvidenceRow, asr_evidence_row, ADW_TYPE_EXPANDER_ROW)

static void
update_subtitle (AsrEvidenceRow *self)
{
  int score = asr_evidence_get_score (self->evidence);
  gboolean has_notes = asr_evidence_get_notes (self->evidence)[0] != '\0';
  g_autofree char *subtitle = NULL;

  if (score > 0 && has_notes)
    subtitle = g_strdup_printf (_("Score %d · Notes written"), score);
  else if (score > 0)
    subtitle = g_strdup_printf (_("Score %d"), score);
  else if (has_notes)
    subtitle = g_strdup (_("Not scored · Notes written"));
  else
    subtitle = g_strdup (_("Not scored"));

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
evidence_notify_cb (AsrEvidence    *evidence,
                    GParamSpec     *pspec,
                    AsrEvidenceRow *self)
{
  update_subtitle (self);
}

static GtkWidget *
build_notes (AsrEvidenceRow *self,
             const char     *subject)
{
  g_autofree char *label = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *count = gtk_label_new (NULL);
  GtkTextBuffer *buffer;

  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->notes_view, FALSE);
  gtk_text_view_set_top_margin (self->notes_view, 8);
  gtk_text_view_set_bottom_margin (self->notes_view, 8);
  gtk_text_view_set_left_margin (self->notes_view, 10);
  gtk_text_view_set_right_margin (self->notes_view, 10);
  buffer = gtk_text_view_get_buffer (self->notes_view);
  /* The window's history undoes notes with everything else. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  asr_notes_buffer_bind (buffer, G_OBJECT (self->evidence));

  /* Translators: an evidence category, then a quality statement */
  label = g_strdup_printf (_("Notes on %s for %s"),
                           asr_evidence_get_name (self->evidence), subject);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  /* It grows with its text up to most of the page, at least this high. */
  gtk_widget_set_size_request (GTK_WIDGET (self->notes_view), -1, 96);
  gtk_label_set_xalign (GTK_LABEL (count), 1);
  gtk_widget_add_css_class (count, "caption");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_box_append (GTK_BOX (box), asr_notes_view_frame (self->notes_view));
  asr_notes_view_setup (self->notes_view, GTK_LABEL (count));
  gtk_box_append (GTK_BOX (box), count);
  return box;
}

static GtkWidget *
build_picker (AsrEvidenceRow *self,
              AsrFramework   *framework,
              const char     *statement_name)
{
  g_autofree char *subject = NULL;

  /* Translators: an evidence category, then a quality statement:
   * "Observation for Safeguarding" */
  subject = g_strdup_printf (_("%s for %s"), asr_evidence_get_name (self->evidence),
                             statement_name);

  self->picker = ASR_SCORE_PICKER (asr_score_picker_new ());
  asr_score_picker_set_framework (self->picker, framework);
  asr_score_picker_set_subject (self->picker, subject);
  gtk_widget_set_halign (GTK_WIDGET (self->picker), GTK_ALIGN_START);
  g_object_bind_property (self->evidence, "score", self->picker, "score",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return GTK_WIDGET (self->picker);
}

static void
build_content (AsrEvidenceRow *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("Notes"));

  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "heading");

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), build_picker (self, self->framework, self->statement_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), build_notes (self, self->statement_name));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->notes_view));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->statement_name, g_free);
}

static void
ensure_content (AsrEvidenceRow *self)
{
  if (self->picker == NULL)
    build_content (self);
}

static void
expanded_cb (AsrEvidenceRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_content (self);
}

static void
build (AsrEvidenceRow *self,
       AsrFramework   *framework,
       const char     *statement_name)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 asr_evidence_get_name (self->evidence));
  self->framework = g_object_ref (framework);
  self->statement_name = g_strdup (statement_name);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);

  g_signal_connect_object (self->evidence, "notify::score",
                           G_CALLBACK (evidence_notify_cb), self, 0);
  g_signal_connect_object (self->evidence, "notify::notes",
                           G_CALLBACK (evidence_notify_cb), self, 0);
  update_subtitle (self);
}

static void
asr_evidence_row_dispose (GObject *object)
{
  AsrEvidenceRow *self = ASR_EVIDENCE_ROW (object);

  g_clear_object (&self->evidence);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->statement_name, g_free);

  G_OBJECT_CLASS (asr_evidence_row_parent_class)->dispose (object);
}

static void
asr_evidence_row_class_init (AsrEvidenceRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_evidence_row_dispose;
}

static void
asr_evidence_row_init (AsrEvidenceRow *self)
{
}

GtkWidget *
asr_evidence_row_new (AsrEvidence  *evidence,
                      AsrFramework *framework,
                      const char   *statement_name)
{
  AsrEvidenceRow *self;

  g_return_val_if_fail (ASR_IS_EVIDENCE (evidence), NULL);
  g_return_val_if_fail (ASR_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (statement_name != NULL, NULL);

  self = g_object_new (ASR_TYPE_EVIDENCE_ROW, NULL);
  self->evidence = g_object_ref (evidence);
  build (self, framework, statement_name);
  return GTK_WIDGET (self);
}

AsrEvidence *
asr_evidence_row_get_evidence (AsrEvidenceRow *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE_ROW (self), NULL);

  return self->evidence;
}

AsrScorePicker *
asr_evidence_row_get_picker (AsrEvidenceRow *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE_ROW (self), NULL);

  ensure_content (self);
  return self->picker;
}

GtkTextView *
asr_evidence_row_get_notes_view (AsrEvidenceRow *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE_ROW (self), NULL);

  ensure_content (self);
  return self->notes_view;
}
