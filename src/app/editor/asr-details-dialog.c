/* asr-details-dialog.c: the assessment's details and previous ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to a property of the model, so an edit goes straight
 * to the assessment (and into undo, which follows the model's
 * notifications).  Dates are the exception: a malformed one stays in its
 * field, marked, and never reaches the model.
 */
#define G_LOG_DOMAIN "asr-details-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-bind.h"
#include "asr-date.h"
#include "asr-detail-rows.h"
#include "asr-details-dialog-private.h"

struct _AsrDetailsDialog
{
  AdwWindow            parent_instance;

  AsrAssessment       *assessment;

  AdwPreferencesGroup *previous_group;
  AdwEntryRow         *service_name_row;
  AdwEntryRow         *provider_row;
  AdwEntryRow         *location_row;
  AdwEntryRow         *location_id_row;
  AdwEntryRow         *service_type_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *assessors_row;
  AdwComboRow         *status_row;
  AdwComboRow         *framework_row;
  GtkSwitch           *breach_switch;
  GtkSwitch           *advisory_switch;
  GtkSwitch           *focused_switch;
  AdwEntryRow         *previous_date_row;
  AdwEntryRow         *previous_source_row;
  AdwComboRow         *previous_overall_row;
};

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FRAMEWORK_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define DETAILS_DIALOG_UI "/io/github/assessor/Assessor/asr-details-dialog.ui"

G_DEFINE_FINAL_TYPE (AsrDetailsDialog, asr_details_dialog, ADW_TYPE_WINDOW)

/* Previous-rating rows list None first, then the ratings best first. */
static gboolean
rating_to_position (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  AsrRating rating = g_value_get_enum (from);

  g_value_set_uint (to, rating == ASR_RATING_NONE ? 0 : ASR_RATING_OUTSTANDING + 1 - rating);
  return TRUE;
}

static gboolean
position_to_rating (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position > ASR_RATING_OUTSTANDING)
    return FALSE;

  if (position == 0)
    g_value_set_enum (to, ASR_RATING_NONE);
  else
    g_value_set_enum (to, ASR_RATING_OUTSTANDING + 1 - (int) position);
  return TRUE;
}

static gboolean
assessors_to_text (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char * const *assessors = g_value_get_boxed (from);

  g_value_take_string (to, assessors ? g_strjoinv (", ", (char **) assessors) : g_strdup (""));
  return TRUE;
}

static gboolean
text_to_assessors (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_take_boxed (to, asr_split_assessors (g_value_get_string (from)));
  return TRUE;
}

static void
check_date (AsrDetailsDialog *self,
            AdwEntryRow      *row,
            const char       *property)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = asr_date_parse_input (gtk_editable_get_text (GTK_EDITABLE (row)), &error);

  /* A date typed the UK way reaches the model as YYYY-MM-DD (what the file
   * keeps), and the row then shows that. */
  asr_entry_row_set_error (row, error ? error->message : NULL);
  if (iso != NULL)
    g_object_set (self->assessment, property, iso, NULL);
}

static void
date_changed_cb (AsrDetailsDialog *self)
{
  check_date (self, self->date_row, "date");
}

static void
previous_date_changed_cb (AsrDetailsDialog *self)
{
  check_date (self, self->previous_date_row, "previous-date");
}

static GListModel *
new_previous_rating_model (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("None"));
  for (AsrRating r = ASR_RATING_OUTSTANDING; r >= ASR_RATING_INADEQUATE; r--)
    gtk_string_list_append (labels, asr_rating_to_label (r));

  return G_LIST_MODEL (labels);
}

static void
bind_previous_rating (gpointer     object,
                      const char  *property,
                      AdwComboRow *row)
{
  g_autoptr(GListModel) model = new_previous_rating_model ();

  adw_combo_row_set_model (row, model);
  g_object_bind_property_full (object, property, row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               rating_to_position, position_to_rating, NULL, NULL);
}

static void
add_key_question_rows (AsrDetailsDialog *self)
{
  GListModel *key_questions = asr_assessment_get_key_questions (self->assessment);
  guint n = g_list_model_get_n_items (key_questions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (key_questions, i);
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     asr_key_question_get_name (key_question));
      bind_previous_rating (key_question, "previous-rating", ADW_COMBO_ROW (row));
      adw_preferences_group_add (self->previous_group, row);
    }
}

static void
bind_text (AsrDetailsDialog *self,
           const char       *property,
           AdwEntryRow      *row)
{
  g_object_bind_property (self->assessment, property, row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

/* An entry row's title is drawn inside it; a screen reader is told it on the
 * text field itself, and a switch is named after its row. */
static void
label_fields (AsrDetailsDialog *self)
{
  AdwEntryRow *entries[] = {
    self->service_name_row, self->provider_row, self->location_row, self->location_id_row,
    self->service_type_row, self->date_row, self->assessors_row, self->previous_date_row,
    self->previous_source_row,
  };
  GtkSwitch *switches[] = { self->breach_switch, self->advisory_switch, self->focused_switch };

  asr_entry_rows_label_fields (entries, G_N_ELEMENTS (entries));
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (switches[i]), ADW_TYPE_ACTION_ROW);

      gtk_accessible_update_property (GTK_ACCESSIBLE (switches[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                      -1);
    }
  asr_entry_row_add_calendar (self->date_row, _("Pick the assessment date"));
  asr_entry_row_add_calendar (self->previous_date_row, _("Pick the date of the previous ratings"));
  asr_entry_row_add_choices (self->service_type_row, asr_cqc_service_types (),
                             _("CQC service types"));
}

/* Every installed framework, by name and edition.  A draft can move to
 * another one only while no quality statement is started. */
static void
framework_selected_cb (AsrDetailsDialog *self)
{
  guint position = adw_combo_row_get_selected (self->framework_row);
  g_autoptr(AsrFramework) framework = g_list_model_get_item (asr_framework_registry_list (), position);

  if (framework != NULL && framework != asr_assessment_get_framework (self->assessment))
    g_signal_emit (self, signals[FRAMEWORK_CHOSEN], 0, framework);
}

static void
add_frameworks (AsrDetailsDialog *self)
{
  GListModel *frameworks = asr_framework_registry_list ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  AsrFramework *current = asr_assessment_get_framework (self->assessment);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(AsrFramework) framework = g_list_model_get_item (frameworks, i);
      /* Translators: a framework's name and its edition (framework_version). */
      g_autofree char *label = g_strdup_printf (_("%s, edition %s"), asr_framework_get_name (framework),
                                                asr_framework_get_version (framework));

      gtk_string_list_append (labels, label);
      if (framework == current)
        selected = i;
    }
  /* A framework's name is long: the choice is shown whole, under the title. */
  adw_combo_row_set_use_subtitle (self->framework_row, TRUE);
  adw_combo_row_set_model (self->framework_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->framework_row, selected);
  if (selected == GTK_INVALID_LIST_POSITION || !asr_assessment_can_change_framework (self->assessment))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->framework_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->framework_row),
                                     _("Framework (fixed once a quality statement is started)"));
    }
  g_signal_connect_object (self->framework_row, "notify::selected",
                           G_CALLBACK (framework_selected_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
reset_status_cb (gpointer user_data)
{
  AsrDetailsDialog *self = user_data;

  adw_combo_row_set_selected (self->status_row, asr_assessment_get_status (self->assessment));
  return G_SOURCE_REMOVE;
}

/* A draft with merge conflicts cannot be final: the row says why, naming
 * them, and goes back to what the draft is. */
static gboolean
status_from_position (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  AsrDetailsDialog *self = user_data;
  g_autofree char *message = NULL;

  if (g_value_get_uint (from) != ASR_STATUS_FINAL ||
      asr_assessment_get_n_conflicts (self->assessment) == 0)
    {
      /* Going back after a refusal keeps the reason in view. */
      if (g_value_get_uint (from) != (guint) asr_assessment_get_status (self->assessment))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), "");
      return asr_bind_position_to_enum (binding, from, to, NULL);
    }
  message = asr_assessment_describe_final_refused (self->assessment);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row),
                               strstr (message, ": ") ? strstr (message, ": ") + 2 : message);
  g_idle_add_full (G_PRIORITY_HIGH, reset_status_cb, g_object_ref (self), g_object_unref);
  return FALSE;
}

static void
bind_model (AsrDetailsDialog *self)
{
  AsrAssessment *assessment = self->assessment;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  for (AsrStatus status = ASR_STATUS_DRAFT; status <= ASR_STATUS_FINAL; status++)
    gtk_string_list_append (statuses, asr_status_to_label (status));

  bind_text (self, "service-name", self->service_name_row);
  bind_text (self, "provider", self->provider_row);
  bind_text (self, "location", self->location_row);
  bind_text (self, "service-type", self->service_type_row);
  bind_text (self, "location-id", self->location_id_row);
  bind_text (self, "previous-source", self->previous_source_row);
  g_object_bind_property_full (assessment, "assessors", self->assessors_row, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               assessors_to_text, text_to_assessors, NULL, NULL);
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  g_object_bind_property_full (assessment, "status", self->status_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               asr_bind_enum_to_position, status_from_position, self, NULL);
  g_object_bind_property (assessment, "breach-of-regulation", self->breach_switch, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (assessment, "advisory-limiters", self->advisory_switch, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (assessment, "focused", self->focused_switch, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  bind_previous_rating (assessment, "previous-overall-rating", self->previous_overall_row);
  add_key_question_rows (self);
  add_frameworks (self);

  /* Dates go to the model only when well-formed: one way here, and the
   * other way through check_date(). */
  g_object_bind_property (assessment, "date", self->date_row, "text", G_BINDING_SYNC_CREATE);
  g_object_bind_property (assessment, "previous-date", self->previous_date_row, "text",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->date_row, "notify::text",
                           G_CALLBACK (date_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->previous_date_row, "notify::text",
                           G_CALLBACK (previous_date_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
asr_details_dialog_constructed (GObject *object)
{
  AsrDetailsDialog *self = ASR_DETAILS_DIALOG (object);

  G_OBJECT_CLASS (asr_details_dialog_parent_class)->constructed (object);

  g_assert (ASR_IS_ASSESSMENT (self->assessment));
  bind_model (self);
}

static void
asr_details_dialog_dispose (GObject *object)
{
  AsrDetailsDialog *self = ASR_DETAILS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_DETAILS_DIALOG);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (asr_details_dialog_parent_class)->dispose (object);
}

static void
asr_details_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AsrDetailsDialog *self = ASR_DETAILS_DIALOG (object);

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
asr_details_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AsrDetailsDialog *self = ASR_DETAILS_DIALOG (object);

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
bind_template_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, previous_group);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, service_name_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, location_id_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, service_type_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, assessors_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, framework_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, breach_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, advisory_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, focused_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, previous_date_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, previous_source_row);
  gtk_widget_class_bind_template_child (widget_class, AsrDetailsDialog, previous_overall_row);
}

static void
asr_details_dialog_class_init (AsrDetailsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = asr_details_dialog_constructed;
  object_class->dispose = asr_details_dialog_dispose;
  object_class->get_property = asr_details_dialog_get_property;
  object_class->set_property = asr_details_dialog_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         ASR_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user picked another framework for a draft with nothing started;
   * the owner of the document replaces it (asr_assessment_with_framework()). */
  signals[FRAMEWORK_CHOSEN] =
    g_signal_new ("framework-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ASR_TYPE_FRAMEWORK);

  gtk_widget_class_set_template_from_resource (widget_class, DETAILS_DIALOG_UI);
  bind_template_children (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
asr_details_dialog_init (AsrDetailsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  label_fields (self);
}

GtkWidget *
asr_details_dialog_new (GtkWindow     *parent,
                        AsrAssessment *assessment)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (ASR_TYPE_DETAILS_DIALOG,
                       "transient-for", parent,
                       "assessment", assessment,
                       NULL);
}

AsrAssessment *
asr_details_dialog_get_assessment (AsrDetailsDialog *self)
{
  g_return_val_if_fail (ASR_IS_DETAILS_DIALOG (self), NULL);

  return self->assessment;
}

GtkWidget *
asr_details_dialog_get_row (AsrDetailsDialog *self,
                            const char       *name)
{
  GObject *child;

  g_return_val_if_fail (ASR_IS_DETAILS_DIALOG (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  child = gtk_widget_get_template_child (GTK_WIDGET (self), ASR_TYPE_DETAILS_DIALOG, name);

  return GTK_IS_WIDGET (child) ? GTK_WIDGET (child) : NULL;
}
