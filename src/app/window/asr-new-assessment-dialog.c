/* asr-new-assessment-dialog.c: what identifies a new draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields are read once, on Create, into a new assessment of the
 * framework chosen (a framework cannot change under an assessment).  The
 * rows are those of Assessment Details (asr-detail-rows.h), where every
 * value stays editable.
 */
#define G_LOG_DOMAIN "asr-new-assessment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-date.h"
#include "asr-detail-rows.h"
#include "asr-framework-registry.h"
#include "asr-new-assessment-dialog.h"

struct _AsrNewAssessmentDialog
{
  AdwWindow        parent_instance;

  GPtrArray       *frameworks;   /* of AsrFramework, in framework_row's order */

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *provider_row;
  AdwEntryRow     *location_row;
  AdwEntryRow     *location_id_row;
  AdwEntryRow     *service_name_row;
  AdwEntryRow     *service_type_row;
  AdwEntryRow     *date_row;
  AdwComboRow     *framework_row;
  AdwEntryRow     *assessors_row;
  GtkSwitch       *import_switch;
};

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AsrNewAssessmentDialog, asr_new_assessment_dialog, ADW_TYPE_WINDOW)

/* Every framework installed (built in, or a file in the user's or the
 * system's data folders), newest built-in first. */
static GPtrArray *
list_frameworks (void)
{
  GListModel *installed = asr_framework_registry_list ();
  GPtrArray *frameworks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (installed); i++)
    g_ptr_array_add (frameworks, g_list_model_get_item (installed, i));
  return frameworks;
}

static void
fill_frameworks (AsrNewAssessmentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->frameworks = list_frameworks ();
  for (guint i = 0; i < self->frameworks->len; i++)
    gtk_string_list_append (names, asr_framework_get_name (g_ptr_array_index (self->frameworks, i)));
  adw_combo_row_set_model (self->framework_row, G_LIST_MODEL (names));
}

static char *
check_date (AsrNewAssessmentDialog *self,
            GError                **error)
{
  char *iso = asr_date_parse_input (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), error);

  asr_entry_row_set_error (self->date_row, iso == NULL ? (*error)->message : NULL);
  return iso;
}

static void
date_changed_cb (AsrNewAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = check_date (self, &error);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static AsrAssessment *
build_assessment (AsrNewAssessmentDialog *self,
                  const char             *date)
{
  guint selected = adw_combo_row_get_selected (self->framework_row);
  g_auto(GStrv) assessors = asr_split_assessors (text_of (self->assessors_row));
  AsrAssessment *assessment;

  g_assert (selected < self->frameworks->len);
  assessment = asr_assessment_new (g_ptr_array_index (self->frameworks, selected));
  asr_assessment_set_provider (assessment, text_of (self->provider_row));
  asr_assessment_set_location (assessment, text_of (self->location_row));
  asr_assessment_set_location_id (assessment, text_of (self->location_id_row));
  asr_assessment_set_service_name (assessment, text_of (self->service_name_row));
  asr_assessment_set_service_type (assessment, text_of (self->service_type_row));
  asr_assessment_set_date (assessment, date);
  asr_assessment_set_assessors (assessment, (const char * const *) assessors);
  return assessment;
}

gboolean
asr_new_assessment_dialog_create (AsrNewAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;

  g_return_val_if_fail (ASR_IS_NEW_ASSESSMENT_DIALOG (self), FALSE);

  if (!(date = check_date (self, &error)))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  assessment = build_assessment (self, date);
  g_signal_emit (self, signals[CREATED], 0, assessment,
                 gtk_switch_get_active (self->import_switch));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
create_clicked_cb (AsrNewAssessmentDialog *self)
{
  asr_new_assessment_dialog_create (self);
}

static void
set_up_rows (AsrNewAssessmentDialog *self)
{
  AdwEntryRow *entries[] = {
    self->provider_row, self->location_row, self->location_id_row, self->service_name_row,
    self->service_type_row, self->date_row, self->assessors_row,
  };
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (today, "%Y-%m-%d");

  asr_entry_rows_label_fields (entries, G_N_ELEMENTS (entries));
  asr_entry_row_add_calendar (self->date_row, _("Pick the assessment date"));
  asr_entry_row_add_choices (self->service_type_row, asr_cqc_service_types (),
                             _("CQC service types"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), iso);
  g_signal_connect_object (self->date_row, "notify::text", G_CALLBACK (date_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* Enter in any field creates, as the suggested button would. */
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_object (entries[i], "entry-activated", G_CALLBACK (create_clicked_cb),
                             self, G_CONNECT_SWAPPED);
  fill_frameworks (self);
}

static void
asr_new_assessment_dialog_dispose (GObject *object)
{
  AsrNewAssessmentDialog *self = ASR_NEW_ASSESSMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_NEW_ASSESSMENT_DIALOG);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);

  G_OBJECT_CLASS (asr_new_assessment_dialog_parent_class)->dispose (object);
}

static void
asr_new_assessment_dialog_class_init (AsrNewAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_new_assessment_dialog_dispose;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                   ASR_TYPE_ASSESSMENT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-new-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, location_id_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, service_name_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, service_type_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, assessors_row);
  gtk_widget_class_bind_template_child (widget_class, AsrNewAssessmentDialog, import_switch);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
asr_new_assessment_dialog_init (AsrNewAssessmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_up_rows (self);
}

AsrNewAssessmentDialog *
asr_new_assessment_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ASR_TYPE_NEW_ASSESSMENT_DIALOG, "transient-for", parent, NULL);
}

GtkWidget *
asr_new_assessment_dialog_get_row (AsrNewAssessmentDialog *self,
                                   const char             *name)
{
  GObject *child;

  g_return_val_if_fail (ASR_IS_NEW_ASSESSMENT_DIALOG (self), NULL);

  child = gtk_widget_get_template_child (GTK_WIDGET (self), ASR_TYPE_NEW_ASSESSMENT_DIALOG, name);
  return GTK_IS_WIDGET (child) ? GTK_WIDGET (child) : NULL;
}
