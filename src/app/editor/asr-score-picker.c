/* asr-score-picker.c: four linked toggle buttons, 1–4, and a clear button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each button's tooltip is CQC's descriptor ("4 — evidence shows an
 * exceptional standard"); its accessible label adds what it scores, so a
 * screen reader user hears which statement or evidence category they act on.
 *
 * The four scores are one Tab stop, as a radio group is: Tab enters at the
 * score picked (or 1), Left and Right move between the scores, and the
 * clear button is the next stop.
 */
#define G_LOG_DOMAIN "asr-score-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-score-picker.h"

struct _AsrScorePicker
{
  AdwBin        parent_instance;

  AsrFramework *framework;
  char         *subject;
  GtkWidget    *buttons[5];    /* by score; [0] unused */
  GtkWidget    *clear_button;
  int           score;
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (AsrScorePicker, asr_score_picker, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SCORE,
  PROP_SUBJECT,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_score (AsrScorePicker *self,
                int             score)
{
  const char *descriptor = NULL;

  if (self->framework != NULL)
    descriptor = asr_framework_get_score_descriptor (self->framework, score);
  if (descriptor == NULL)
    return g_strdup_printf ("%d", score);
  /* Translators: a score and CQC's descriptor of it,
   * "4 — evidence shows an exceptional standard" */
  return g_strdup_printf (_("%d — %s"), score, descriptor);
}

static void
update_labels (AsrScorePicker *self)
{
  g_autofree char *clear_label = NULL;

  for (int score = 1; score <= 4; score++)
    {
      g_autofree char *description = describe_score (self, score);
      g_autofree char *label = NULL;

      if (self->subject != NULL)
        /* Translators: what is scored, then the score and its descriptor,
         * "Safeguarding: 3 — evidence shows a good standard" */
        label = g_strdup_printf (_("%s: %s"), self->subject, description);
      else
        /* Translators: "Score 3 — evidence shows a good standard" */
        label = g_strdup_printf (_("Score %s"), description);

      gtk_widget_set_tooltip_text (self->buttons[score], description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[score]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }

  if (self->subject != NULL)
    /* Translators: the label of a button; %s is a quality statement or an
     * evidence category */
    clear_label = g_strdup_printf (_("Clear the score of %s"), self->subject);
  else
    clear_label = g_strdup (_("Clear the score"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clear_label,
                                  -1);
}

static void
update_buttons (AsrScorePicker *self)
{
  self->updating = TRUE;
  for (int score = 1; score <= 4; score++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[score]),
                                  score == self->score);
  self->updating = FALSE;
  gtk_widget_set_sensitive (self->clear_button, self->score > 0);
}

static void
button_toggled_cb (GtkToggleButton *button,
                   AsrScorePicker  *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  asr_score_picker_set_score (self,
                              GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                  "asr-score")));
}

static void
clear_clicked_cb (GtkButton      *button,
                  AsrScorePicker *self)
{
  asr_score_picker_set_score (self, 0);
}

static GtkWidget *
entry_button (AsrScorePicker *self)
{
  return self->buttons[self->score > 0 ? self->score : 1];
}

static int
focused_score (AsrScorePicker *self)
{
  for (int score = 1; score <= 4; score++)
    if (gtk_widget_has_focus (self->buttons[score]))
      return score;
  return 0;
}

static gboolean
focus_clear (AsrScorePicker *self)
{
  return gtk_widget_get_sensitive (self->clear_button) &&
         gtk_widget_grab_focus (self->clear_button);
}

/* Into the picker: the score picked, or the clear button from behind. */
static gboolean
focus_enter (AsrScorePicker   *self,
             GtkDirectionType  direction)
{
  if (direction == GTK_DIR_TAB_BACKWARD && focus_clear (self))
    return TRUE;
  return gtk_widget_grab_focus (entry_button (self));
}

static gboolean
asr_score_picker_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  AsrScorePicker *self = ASR_SCORE_PICKER (widget);
  int score = focused_score (self);
  gboolean on_clear = gtk_widget_has_focus (self->clear_button);

  if (!score && !on_clear)
    return focus_enter (self, direction);

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      return score > 0 && focus_clear (self);
    case GTK_DIR_TAB_BACKWARD:
      return on_clear && gtk_widget_grab_focus (entry_button (self));
    case GTK_DIR_LEFT:
      if (on_clear)
        return gtk_widget_grab_focus (self->buttons[4]);
      return score > 1 && gtk_widget_grab_focus (self->buttons[score - 1]);
    case GTK_DIR_RIGHT:
      if (score > 0 && score < 4)
        return gtk_widget_grab_focus (self->buttons[score + 1]);
      return score == 4 && focus_clear (self);
    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    default:
      return FALSE;
    }
}

static void
asr_score_picker_finalize (GObject *object)
{
  AsrScorePicker *self = ASR_SCORE_PICKER (object);

  g_clear_object (&self->framework);
  g_clear_pointer (&self->subject, g_free);

  G_OBJECT_CLASS (asr_score_picker_parent_class)->finalize (object);
}

static void
asr_score_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AsrScorePicker *self = ASR_SCORE_PICKER (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_score_picker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AsrScorePicker *self = ASR_SCORE_PICKER (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      asr_score_picker_set_score (self, g_value_get_int (value));
      break;
    case PROP_SUBJECT:
      asr_score_picker_set_subject (self, g_value_get_string (value));
      break;
    case PROP_FRAMEWORK:
      asr_score_picker_set_framework (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_score_picker_class_init (AsrScorePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = asr_score_picker_finalize;
  object_class->get_property = asr_score_picker_get_property;
  object_class->set_property = asr_score_picker_set_property;
  widget_class->focus = asr_score_picker_focus;

  properties[PROP_SCORE] = g_param_spec_int ("score", NULL, NULL, 0, 4, 0, rw);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, rw);
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, ASR_TYPE_FRAMEWORK, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "scorepicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
asr_score_picker_init (AsrScorePicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (linked, "linked");
  for (int score = 1; score <= 4; score++)
    {
      g_autofree char *text = g_strdup_printf ("%d", score);

      self->buttons[score] = gtk_toggle_button_new_with_label (text);
      gtk_widget_add_css_class (self->buttons[score], "score-button");
      g_object_set_data (G_OBJECT (self->buttons[score]), "asr-score", GINT_TO_POINTER (score));
      if (score > 1)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->buttons[score]),
                                     GTK_TOGGLE_BUTTON (self->buttons[1]));
      g_signal_connect (self->buttons[score], "toggled", G_CALLBACK (button_toggled_cb), self);
      gtk_box_append (GTK_BOX (linked), self->buttons[score]);
    }

  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (self->clear_button, _("Clear score"));
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  g_signal_connect (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), linked);
  gtk_box_append (GTK_BOX (box), self->clear_button);
  adw_bin_set_child (ADW_BIN (self), box);

  update_labels (self);
  update_buttons (self);
}

GtkWidget *
asr_score_picker_new (void)
{
  return g_object_new (ASR_TYPE_SCORE_PICKER, NULL);
}

int
asr_score_picker_get_score (AsrScorePicker *self)
{
  g_return_val_if_fail (ASR_IS_SCORE_PICKER (self), 0);

  return self->score;
}

void
asr_score_picker_set_score (AsrScorePicker *self,
                            int             score)
{
  g_return_if_fail (ASR_IS_SCORE_PICKER (self));
  g_return_if_fail (score >= 0 && score <= 4);

  if (self->score == score)
    return;

  self->score = score;
  update_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

const char *
asr_score_picker_get_subject (AsrScorePicker *self)
{
  g_return_val_if_fail (ASR_IS_SCORE_PICKER (self), NULL);

  return self->subject;
}

void
asr_score_picker_set_subject (AsrScorePicker *self,
                              const char     *subject)
{
  g_return_if_fail (ASR_IS_SCORE_PICKER (self));

  if (g_strcmp0 (self->subject, subject) == 0)
    return;

  g_free (self->subject);
  self->subject = g_strdup (subject);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

AsrFramework *
asr_score_picker_get_framework (AsrScorePicker *self)
{
  g_return_val_if_fail (ASR_IS_SCORE_PICKER (self), NULL);

  return self->framework;
}

void
asr_score_picker_set_framework (AsrScorePicker *self,
                                AsrFramework   *framework)
{
  g_return_if_fail (ASR_IS_SCORE_PICKER (self));
  g_return_if_fail (!framework || ASR_IS_FRAMEWORK (framework));

  if (g_set_object (&self->framework, framework))
    {
      update_labels (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAMEWORK]);
    }
}

GtkWidget *
asr_score_picker_get_button (AsrScorePicker *self,
                             int             score)
{
  g_return_val_if_fail (ASR_IS_SCORE_PICKER (self), NULL);
  g_return_val_if_fail (score >= 1 && score <= 4, NULL);

  return self->buttons[score];
}

GtkWidget *
asr_score_picker_get_clear_button (AsrScorePicker *self)
{
  g_return_val_if_fail (ASR_IS_SCORE_PICKER (self), NULL);

  return self->clear_button;
}
