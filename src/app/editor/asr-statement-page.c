/* asr-statement-page.c: score one quality statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page follows "the current statement" with one GBindingGroup and
 * GSignalGroups for the statement, its key question and the assessment:
 * switching statements is one set_source/set_target, and nothing of the
 * statement is copied here.
 *
 * The evidence categories sit below the fold: a page set while not shown
 * (a document being opened) builds them after its first frame, so that
 * frame does not wait for rows nobody sees yet (issue 10).
 *
 * The "No Quality Statement Selected" status page is built when first
 * shown: its 128 px icon is an SVG, and loading it loads librsvg, a cost
 * every start-up with a document would pay for a page it never shows.
 */
#define G_LOG_DOMAIN "asr-statement-page"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-check-row.h"
#include "asr-evidence-row.h"
#include "asr-frame-slices.h"
#include "asr-label-wrap.h"
#include "asr-notes-buffer.h"
#include "asr-notes-view.h"
#include "asr-statement-page.h"
#include "asr-summary.h"

struct _AsrStatementPage
{
  AdwBin               parent_instance;

  AsrQualityStatement *statement;
  GBindingGroup       *bindings;
  GSignalGroup        *statement_signals;
  GSignalGroup        *key_question_signals;
  GSignalGroup        *assessment_signals;
  GPtrArray           *evidence_rows;
  guint                evidence_slices; /* builds them after the first frame */
  gboolean             updating;

  GtkLabel            *key_question_label;
  GtkLabel            *name_label;
  AsrScorePicker      *score_picker;
  GtkLabel            *score_label;
  GtkCheckButton      *not_started_check;
  GtkCheckButton      *assessed_check;
  GtkCheckButton      *carried_forward_check;
  GtkCheckButton      *not_applicable_check;
  GtkLabel            *carried_forward_subtitle;
  GtkLabel            *not_applicable_subtitle;
  GtkWidget           *carried_forward_warning;
  GtkTextView         *notes_view;
  GtkLabel            *notes_count;
  AdwPreferencesGroup *evidence_group;
  AsrCommentThread    *comment_thread;
  AdwPreferencesGroup *source_group;
  AdwBin              *empty_bin;
};

G_DEFINE_FINAL_TYPE (AsrStatementPage, asr_statement_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static AsrKeyQuestion *
get_key_question (AsrStatementPage *self)
{
  return asr_quality_statement_get_key_question (self->statement);
}

static AsrFramework *
get_framework (AsrStatementPage *self)
{
  return asr_assessment_get_framework (asr_key_question_get_assessment (get_key_question (self)));
}

static gboolean
is_legacy (AsrStatementPage *self)
{
  return asr_framework_get_scoring_method (get_framework (self)) == ASR_SCORING_EVIDENCE_CATEGORIES;
}

static char *
describe_previous (AsrStatementPage *self)
{
  AsrKeyQuestion *key_question = get_key_question (self);
  AsrRating previous = asr_key_question_get_previous_rating (key_question);
  const char *date = asr_key_question_get_previous_date_in_effect (key_question);
  g_autofree char *when = asr_format_date (date);

  if (previous == ASR_RATING_NONE)
    return g_strdup_printf (_("%s has no previous rating to take a score from"),
                            asr_key_question_get_name (key_question));
  if (when[0] == '\0')
    /* Translators: a score, a key question and its rating:
     * "Takes score 3 from the previous rating of Safe: Good" */
    return g_strdup_printf (_("Takes score %d from the previous rating of %s: %s"),
                            asr_rules_carried_forward_score (previous),
                            asr_key_question_get_name (key_question),
                            asr_rating_to_label (previous));
  /* Translators: "Takes score 3 from the previous rating of Safe: Good (15 March 2023)" */
  return g_strdup_printf (_("Takes score %d from the previous rating of %s: %s (%s)"),
                          asr_rules_carried_forward_score (previous),
                          asr_key_question_get_name (key_question),
                          asr_rating_to_label (previous), when);
}

static char *
describe_score (AsrStatementPage *self,
                int               score)
{
  /* Translators: a score and CQC's descriptor of it */
  return g_strdup_printf (_("%d — %s"), score,
                          asr_framework_get_score_descriptor (get_framework (self), score));
}

/* The line under the picker: what the score is and where it comes from. */
static char *
describe_state (AsrStatementPage *self,
                gboolean         *warning)
{
  AsrQualityStatement *statement = self->statement;
  const char *key_question = asr_key_question_get_name (get_key_question (self));
  int effective = asr_quality_statement_get_effective_score (statement);
  g_autofree char *descriptor = effective > 0 ? describe_score (self, effective) : NULL;

  *warning = FALSE;
  switch (asr_quality_statement_get_source (statement))
    {
    case ASR_SOURCE_NOT_APPLICABLE:
      return g_strdup_printf (_("Not applicable: left out of the score of %s."), key_question);
    case ASR_SOURCE_CARRIED_FORWARD:
      *warning = effective == 0;
      if (*warning)
        return g_strdup_printf (_("No score to carry forward: %s has no previous rating. "
                                  "Add it in Assessment Details, or assess this statement."),
                                key_question);
      return g_strdup_printf (_("%s, carried forward from the previous rating of %s."),
                              descriptor, key_question);
    case ASR_SOURCE_ASSESSED:
      if (is_legacy (self) && effective > 0)
        {
          g_autofree char *figure =
            asr_summary_format_figure (asr_quality_statement_get_evidence_percentage (statement));

          /* Translators: "3 — Good, computed from the evidence categories (71 out of 100)." */
          return g_strdup_printf (_("%s, computed from the evidence categories (%s)."),
                                  descriptor, figure);
        }
      if (is_legacy (self))
        return g_strdup (_("Score the evidence categories below: in this framework they drive "
                           "the statement’s score."));
      *warning = effective == 0;
      return effective > 0 ? g_steal_pointer (&descriptor)
                           : g_strdup (_("Assessed, but no score yet: pick one."));
    case ASR_SOURCE_NOT_STARTED:
    default:
      return g_strdup (is_legacy (self)
                       ? _("Not started: score the evidence categories below.")
                       : _("Not started: pick a score to assess this statement."));
    }
}

static void
update_picker (AsrStatementPage *self)
{
  AsrSource source = asr_quality_statement_get_source (self->statement);
  gboolean pickable = !is_legacy (self) &&
                      (source == ASR_SOURCE_NOT_STARTED || source == ASR_SOURCE_ASSESSED);
  gboolean warning;
  g_autofree char *state = describe_state (self, &warning);

  asr_score_picker_set_framework (self->score_picker, get_framework (self));
  asr_score_picker_set_subject (self->score_picker,
                                asr_quality_statement_get_name (self->statement));
  /* Where it is computed, show the computed score even before the
   * statement counts as assessed. */
  asr_score_picker_set_score (self->score_picker,
                              is_legacy (self) && source == ASR_SOURCE_NOT_STARTED
                              ? asr_quality_statement_get_score (self->statement)
                              : asr_quality_statement_get_effective_score (self->statement));
  gtk_widget_set_sensitive (GTK_WIDGET (self->score_picker), pickable);

  gtk_label_set_label (self->score_label, state);
  if (warning)
    gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "warning");
}

static void
update_source (AsrStatementPage *self)
{
  GtkCheckButton *checks[] = { self->not_started_check, self->assessed_check,
                               self->carried_forward_check, self->not_applicable_check };
  const char *name = asr_quality_statement_get_name (self->statement);
  AsrSource source = asr_quality_statement_get_source (self->statement);
  g_autofree char *previous = describe_previous (self);
  g_autofree char *not_applicable = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      /* Translators: a quality statement and a source: "Safeguarding: Assessed" */
      g_autofree char *label = g_strdup_printf (_("%s: %s"), name, asr_source_to_label (i));

      gtk_check_button_set_active (checks[i], source == (AsrSource) i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (checks[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }

  not_applicable = g_strdup_printf (_("Does not apply to this service: left out of the score of %s"),
                                    asr_key_question_get_name (get_key_question (self)));
  gtk_label_set_label (self->not_applicable_subtitle, not_applicable);
  gtk_label_set_label (self->carried_forward_subtitle, previous);
  gtk_widget_set_visible (self->carried_forward_warning,
                          asr_key_question_get_previous_rating (get_key_question (self))
                          == ASR_RATING_NONE);
}

static void
update_cb (AsrStatementPage *self)
{
  if (self->statement == NULL)
    return;

  self->updating = TRUE;
  update_picker (self);
  update_source (self);
  self->updating = FALSE;
}

static void
clear_evidence (AsrStatementPage *self)
{
  asr_frame_slices_stop (GTK_WIDGET (self), &self->evidence_slices);
  for (guint i = 0; i < self->evidence_rows->len; i++)
    adw_preferences_group_remove (self->evidence_group,
                                  g_ptr_array_index (self->evidence_rows, i));
  g_ptr_array_set_size (self->evidence_rows, 0);
}

/* Adds up to @max more rows; TRUE once every category has its row. */
static gboolean
build_evidence (AsrStatementPage *self,
                guint             max)
{
  GListModel *evidence = asr_quality_statement_get_evidence (self->statement);
  guint n = g_list_model_get_n_items (evidence);

  if (self->evidence_rows->len == 0)
    adw_preferences_group_set_description (self->evidence_group,
                                           is_legacy (self)
                                           ? _("In this framework the evidence category scores "
                                               "drive the quality statement’s score.")
                                           : _("Optional: a score and notes for each category "
                                               "of evidence you considered."));

  for (guint i = self->evidence_rows->len; i < n && max > 0; i++, max--)
    {
      g_autoptr(AsrEvidence) item = g_list_model_get_item (evidence, i);
      GtkWidget *row = asr_evidence_row_new (item, get_framework (self),
                                             asr_quality_statement_get_name (self->statement));

      adw_preferences_group_add (self->evidence_group, row);
      g_ptr_array_add (self->evidence_rows, row);
    }
  return self->evidence_rows->len >= n;
}

/* A row a frame: each costs a few milliseconds to build and measure. */
static gboolean
evidence_slice_cb (gpointer user_data)
{
  AsrStatementPage *self = user_data;

  if (!build_evidence (self, 1))
    return TRUE;
  self->evidence_slices = 0;
  return FALSE;
}

static void
rebuild_evidence (AsrStatementPage *self)
{
  clear_evidence (self);
  if (self->statement == NULL)
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      build_evidence (self, G_MAXUINT);
      return;
    }
  self->evidence_slices = asr_frame_slices_start (GTK_WIDGET (self), evidence_slice_cb, self);
}

/* Rows still to come, built now for whoever asks for them. */
static void
complete_evidence (AsrStatementPage *self)
{
  if (self->evidence_slices == 0)
    return;
  asr_frame_slices_stop (GTK_WIDGET (self), &self->evidence_slices);
  build_evidence (self, G_MAXUINT);
}

static void
update_headings (AsrStatementPage *self)
{
  AsrKeyQuestion *key_question = get_key_question (self);
  g_autofree char *position = NULL;
  g_autofree char *notes_label = NULL;

  /* Translators: a key question, then a position: "Safe · Quality statement 3 of 8" */
  position = g_strdup_printf (_("%s · Quality statement %u of %u"),
                              asr_key_question_get_name (key_question),
                              asr_quality_statement_get_position (self->statement) + 1,
                              asr_key_question_get_n_statements (key_question));
  gtk_label_set_label (self->key_question_label, position);

  notes_label = g_strdup_printf (_("Evidence notes for %s"),
                                 asr_quality_statement_get_name (self->statement));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, notes_label, -1);
}

/* The empty page is shown: its status page, built the first time. */
static void
empty_map_cb (AdwBin *bin)
{
  GtkWidget *status;

  if (adw_bin_get_child (bin) != NULL)
    return;
  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Quality Statement Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("Pick a quality statement in the sidebar to score it."));
  adw_bin_set_child (bin, status);
}

static void
score_picker_notify_cb (AsrScorePicker   *picker,
                        GParamSpec       *pspec,
                        AsrStatementPage *self)
{
  int score = asr_score_picker_get_score (picker);

  if (self->updating || self->statement == NULL)
    return;

  /* Picking a score is assessing: the history records both as one step. */
  if (score > 0)
    asr_quality_statement_set_source (self->statement, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (self->statement, score);
}

static void
source_toggled_cb (GtkCheckButton   *check,
                   AsrStatementPage *self)
{
  GtkCheckButton *checks[] = { self->not_started_check, self->assessed_check,
                               self->carried_forward_check, self->not_applicable_check };

  if (self->updating || self->statement == NULL || !gtk_check_button_get_active (check))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (checks[i] == check)
      asr_quality_statement_set_source (self->statement, (AsrSource) i);
}

static void
asr_statement_page_dispose (GObject *object)
{
  AsrStatementPage *self = ASR_STATEMENT_PAGE (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->statement_signals);
  g_clear_object (&self->key_question_signals);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->statement);
  asr_frame_slices_stop (GTK_WIDGET (self), &self->evidence_slices);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_STATEMENT_PAGE);
  g_clear_pointer (&self->evidence_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (asr_statement_page_parent_class)->dispose (object);
}

static void
asr_statement_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AsrStatementPage *self = ASR_STATEMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_statement_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AsrStatementPage *self = ASR_STATEMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      asr_statement_page_set_statement (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_statement_page_class_init (AsrStatementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_statement_page_dispose;
  object_class->get_property = asr_statement_page_get_property;
  object_class->set_property = asr_statement_page_set_property;

  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, ASR_TYPE_QUALITY_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ASR_TYPE_SCORE_PICKER);
  g_type_ensure (ASR_TYPE_COMMENT_THREAD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-statement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, key_question_label);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, score_picker);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, notes_count);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, evidence_group);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, comment_thread);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, empty_bin);
  gtk_widget_class_bind_template_child (widget_class, AsrStatementPage, source_group);
  gtk_widget_class_bind_template_callback (widget_class, score_picker_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_map_cb);
}

static void
connect_signals (AsrStatementPage *self)
{
  const char *statement_notifies[] = { "notify::source", "notify::score",
                                       "notify::effective-score",
                                       "notify::evidence-percentage" };

  self->statement_signals = g_signal_group_new (ASR_TYPE_QUALITY_STATEMENT);
  for (guint i = 0; i < G_N_ELEMENTS (statement_notifies); i++)
    g_signal_group_connect_swapped (self->statement_signals, statement_notifies[i],
                                    G_CALLBACK (update_cb), self);

  self->key_question_signals = g_signal_group_new (ASR_TYPE_KEY_QUESTION);
  g_signal_group_connect_swapped (self->key_question_signals, "notify::previous-rating",
                                  G_CALLBACK (update_cb), self);

  self->assessment_signals = g_signal_group_new (ASR_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::previous-date",
                                  G_CALLBACK (update_cb), self);
}

/* A Source row for @source, its check in @check; the subtitle's label. */
static GtkLabel *
add_source_row (AsrStatementPage *self,
                AsrSource         source,
                const char       *title,
                GtkCheckButton  **check,
                GtkWidget       **row)
{
  GtkLabel *subtitle;

  *check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  if (source != ASR_SOURCE_NOT_STARTED)
    gtk_check_button_set_group (*check, self->not_started_check);
  g_signal_connect (*check, "toggled", G_CALLBACK (source_toggled_cb), self);
  *row = asr_check_row_new (*check, title, &subtitle);
  adw_preferences_group_add (self->source_group, *row);
  return subtitle;
}

/* What AdwActionRows showed, without their cost (asr-check-row.c). */
static void
add_source_rows (AsrStatementPage *self)
{
  GtkWidget *row;

  gtk_label_set_label (add_source_row (self, ASR_SOURCE_NOT_STARTED, _("Not started"),
                                       &self->not_started_check, &row),
                       _("Not looked at yet: the key question stays provisional"));
  gtk_label_set_label (add_source_row (self, ASR_SOURCE_ASSESSED, _("Assessed"),
                                       &self->assessed_check, &row),
                       _("Scored in this assessment, by your judgement of the evidence"));
  self->carried_forward_subtitle =
    add_source_row (self, ASR_SOURCE_CARRIED_FORWARD, _("Carried forward"),
                    &self->carried_forward_check, &row);
  self->carried_forward_warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_tooltip_text (self->carried_forward_warning,
                               _("No previous rating to carry forward"));
  gtk_widget_add_css_class (self->carried_forward_warning, "warning");
  asr_check_row_add_suffix (row, self->carried_forward_warning);
  self->not_applicable_subtitle =
    add_source_row (self, ASR_SOURCE_NOT_APPLICABLE, _("Not applicable"),
                    &self->not_applicable_check, &row);
}

static void
asr_statement_page_init (AsrStatementPage *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  add_source_rows (self);
  /* Selectable for copying, but not a Tab stop: Tab goes to what is edited.
   * (Not "focusable" alone: a selectable label's focus handler then still
   * claims the Tab and keeps it.) */
  gtk_widget_set_can_focus (GTK_WIDGET (self->name_label), FALSE);
  asr_label_wrap_words (self->name_label);
  asr_label_wrap_words (self->score_label);

  self->evidence_rows = g_ptr_array_new ();
  buffer = gtk_text_view_get_buffer (self->notes_view);
  /* The window's history undoes notes together with everything else. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  asr_notes_view_setup (self->notes_view, self->notes_count);

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "name", self->name_label, "label",
                        G_BINDING_SYNC_CREATE);
  connect_signals (self);
}

GtkWidget *
asr_statement_page_new (void)
{
  return g_object_new (ASR_TYPE_STATEMENT_PAGE, NULL);
}

AsrQualityStatement *
asr_statement_page_get_statement (AsrStatementPage *self)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);

  return self->statement;
}

void
asr_statement_page_set_statement (AsrStatementPage    *self,
                                  AsrQualityStatement *statement)
{
  AsrKeyQuestion *key_question = NULL;

  g_return_if_fail (ASR_IS_STATEMENT_PAGE (self));
  g_return_if_fail (!statement || ASR_IS_QUALITY_STATEMENT (statement));

  if (!g_set_object (&self->statement, statement))
    return;

  if (statement != NULL)
    key_question = asr_quality_statement_get_key_question (statement);

  g_binding_group_set_source (self->bindings, statement);
  asr_comment_thread_set_comments (self->comment_thread,
                                   statement ? asr_quality_statement_get_comments (statement) : NULL);
  asr_notes_buffer_bind (gtk_text_view_get_buffer (self->notes_view), G_OBJECT (statement));
  g_signal_group_set_target (self->statement_signals, statement);
  g_signal_group_set_target (self->key_question_signals, key_question);
  g_signal_group_set_target (self->assessment_signals,
                             key_question ? asr_key_question_get_assessment (key_question) : NULL);

  /* The stack is the bin's child: AdwBin, not the template, disposes it. */
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    statement ? "statement" : "empty");
  if (statement != NULL)
    update_headings (self);
  rebuild_evidence (self);
  update_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}

gboolean
asr_statement_page_pick_score (AsrStatementPage *self,
                               int               score)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), FALSE);
  g_return_val_if_fail (score >= 0 && score <= 4, FALSE);

  if (self->statement == NULL || !gtk_widget_get_sensitive (GTK_WIDGET (self->score_picker)))
    return FALSE;

  asr_score_picker_set_score (self->score_picker, score);
  return TRUE;
}

gboolean
asr_statement_page_pick_score_at (AsrStatementPage *self,
                                  GtkWidget        *focus,
                                  int               score)
{
  GtkWidget *picker = NULL;

  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), FALSE);
  g_return_val_if_fail (!focus || GTK_IS_WIDGET (focus), FALSE);
  g_return_val_if_fail (score >= 0 && score <= 4, FALSE);

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    picker = ASR_IS_SCORE_PICKER (focus) ? focus
                                         : gtk_widget_get_ancestor (focus, ASR_TYPE_SCORE_PICKER);
  if (picker == NULL || picker == GTK_WIDGET (self->score_picker))
    return asr_statement_page_pick_score (self, score);

  /* An evidence category's picker: its score, bound to the category. */
  if (!gtk_widget_is_sensitive (picker))
    return FALSE;
  asr_score_picker_set_score (ASR_SCORE_PICKER (picker), score);
  return TRUE;
}

static AsrEvidenceRow *
find_evidence_row (AsrStatementPage *self,
                   GObject          *evidence)
{
  complete_evidence (self);
  for (guint i = 0; i < self->evidence_rows->len; i++)
    {
      AsrEvidenceRow *row = g_ptr_array_index (self->evidence_rows, i);

      if (G_OBJECT (asr_evidence_row_get_evidence (row)) == evidence)
        return row;
    }
  return NULL;
}

/* The statement's field for @property; the source chosen when the score is
 * not picked here (carried forward, not applicable, computed). */
static GtkWidget *
statement_field (AsrStatementPage *self,
                 const char       *property)
{
  AsrSource source = asr_quality_statement_get_source (self->statement);

  if (g_str_equal (property, "notes"))
    return GTK_WIDGET (self->notes_view);
  if (g_str_equal (property, "score") && gtk_widget_get_sensitive (GTK_WIDGET (self->score_picker)))
    return GTK_WIDGET (self->score_picker);
  return GTK_WIDGET (asr_statement_page_get_source_button (self, source));
}

void
asr_statement_page_reveal (AsrStatementPage *self,
                           GObject          *object,
                           const char       *property)
{
  GtkWidget *field = NULL;

  g_return_if_fail (ASR_IS_STATEMENT_PAGE (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  if (self->statement == NULL)
    return;

  if (object == G_OBJECT (self->statement))
    field = statement_field (self, property);
  else if (ASR_IS_EVIDENCE (object))
    {
      AsrEvidenceRow *row = find_evidence_row (self, object);

      if (row == NULL)
        return;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      field = g_str_equal (property, "notes")
              ? GTK_WIDGET (asr_evidence_row_get_notes_view (row))
              : GTK_WIDGET (asr_evidence_row_get_picker (row));
    }

  /* The page's viewport scrolls to the widget that takes the focus. */
  if (field != NULL && !gtk_widget_child_focus (field, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (field);
}

AsrScorePicker *
asr_statement_page_get_score_picker (AsrStatementPage *self)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);

  return self->score_picker;
}

GtkLabel *
asr_statement_page_get_score_label (AsrStatementPage *self)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);

  return self->score_label;
}

GtkCheckButton *
asr_statement_page_get_source_button (AsrStatementPage *self,
                                      AsrSource         source)
{
  GtkCheckButton *checks[] = { self->not_started_check, self->assessed_check,
                               self->carried_forward_check, self->not_applicable_check };

  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);
  g_return_val_if_fail (source <= ASR_SOURCE_NOT_APPLICABLE, NULL);

  return checks[source];
}

GtkTextView *
asr_statement_page_get_notes_view (AsrStatementPage *self)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);

  return self->notes_view;
}

AdwPreferencesGroup *
asr_statement_page_get_evidence_group (AsrStatementPage *self)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);

  complete_evidence (self);
  return self->evidence_group;
}

AsrCommentThread *
asr_statement_page_get_comment_thread (AsrStatementPage *self)
{
  g_return_val_if_fail (ASR_IS_STATEMENT_PAGE (self), NULL);

  return self->comment_thread;
}
