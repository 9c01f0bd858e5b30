/* asr-export-dialog.c: the Export Report dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog reads the assessment it is given (never a copy) when the
 * report is made.  The report's document is built here, on the main
 * thread, from the live model; rendering it (a PDF of a long assessment
 * takes a while) runs in a worker thread on that document alone.
 */
#define G_LOG_DOMAIN "asr-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-export-dialog-private.h"

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AsrExportDialog, asr_export_dialog, ADW_TYPE_WINDOW)

void
_asr_export_dialog_update_sensitivity (AsrExportDialog *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->key_question_checks->len; i++)
    any |= gtk_check_button_get_active (g_ptr_array_index (self->key_question_checks, i));
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), any && !self->busy);
  gtk_revealer_set_reveal_child (self->progress_revealer, self->busy);
}

static void
check_toggled_cb (AsrExportDialog *self)
{
  _asr_export_dialog_update_sensitivity (self);
}

static void
add_key_question_row (AsrExportDialog *self,
                      AsrKeyQuestion  *key_question)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *name = asr_key_question_get_name (key_question);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (check), "id",
                          g_strdup (asr_key_question_get_id (key_question)), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->key_questions_group, row);
  g_ptr_array_add (self->key_question_checks, check);
}

static void
add_key_question_rows (AsrExportDialog *self)
{
  GListModel *key_questions = asr_assessment_get_key_questions (self->assessment);

  for (guint i = 0; i < g_list_model_get_n_items (key_questions); i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (key_questions, i);

      add_key_question_row (self, key_question);
    }
}

AsrReportFormat
asr_export_dialog_get_format (AsrExportDialog *self)
{
  g_return_val_if_fail (ASR_IS_EXPORT_DIALOG (self), ASR_REPORT_FORMAT_PDF);

  return (AsrReportFormat) adw_combo_row_get_selected (self->format_row);
}

void
asr_export_dialog_set_format (AsrExportDialog *self,
                              AsrReportFormat  format)
{
  g_return_if_fail (ASR_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= ASR_REPORT_FORMAT_JSON);

  adw_combo_row_set_selected (self->format_row, format);
}

AsrAssessment *
asr_export_dialog_get_assessment (AsrExportDialog *self)
{
  g_return_val_if_fail (ASR_IS_EXPORT_DIALOG (self), NULL);

  return self->assessment;
}

void
asr_export_dialog_get_options (AsrExportDialog  *self,
                               AsrReportOptions *options)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_if_fail (ASR_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  asr_report_options_init (options);
  options->comparison = gtk_switch_get_active (self->comparison_switch);
  options->evidence_notes = gtk_switch_get_active (self->evidence_switch);
  options->comments = gtk_switch_get_active (self->comments_switch);
  for (guint i = 0; i < self->key_question_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->key_question_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (ids, g_object_get_data (G_OBJECT (check), "id"));
    }
  options->key_questions = g_strv_builder_end (ids);
}

static void
export_clicked_cb (AsrExportDialog *self)
{
  _asr_export_dialog_choose_file (self);
}

static void
cancel_clicked_cb (AsrExportDialog *self)
{
  _asr_export_dialog_cancel (self);
}

static void
asr_export_dialog_constructed (GObject *object)
{
  AsrExportDialog *self = ASR_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (asr_export_dialog_parent_class)->constructed (object);

  g_assert (self->assessment != NULL);
  add_key_question_rows (self);
  _asr_export_dialog_update_sensitivity (self);
}

static void
asr_export_dialog_dispose (GObject *object)
{
  AsrExportDialog *self = ASR_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_EXPORT_DIALOG);
  g_clear_pointer (&self->key_question_checks, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (asr_export_dialog_parent_class)->dispose (object);
}

static void
asr_export_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AsrExportDialog *self = ASR_EXPORT_DIALOG (object);

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
asr_export_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AsrExportDialog *self = ASR_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_export_dialog_class_init (AsrExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = asr_export_dialog_constructed;
  object_class->dispose = asr_export_dialog_dispose;
  object_class->get_property = asr_export_dialog_get_property;
  object_class->set_property = asr_export_dialog_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ASR_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, key_questions_group);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, comparison_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, evidence_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, comments_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, AsrExportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
asr_export_dialog_init (AsrExportDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->key_question_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

AsrExportDialog *
asr_export_dialog_new (GtkWindow     *parent,
                       AsrAssessment *assessment)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (ASR_TYPE_EXPORT_DIALOG,
                       "assessment", assessment,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

void
_asr_export_dialog_emit_exported (AsrExportDialog *self,
                                  GFile           *file)
{
  g_signal_emit (self, signals[EXPORTED], 0, file);
}
