/* asr-key-question.c: a key question's figures, kept by running counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-key-question"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-error.h"
#include "asr-comment-private.h"
#include "asr-model-private.h"
#include "asr-rules.h"
#include "asr-text.h"

/* The figures derived from the counts; compared field by field to notify
 * only what changed. */
typedef struct
{
  int       percentage;
  AsrRating band;
  AsrRating rating;
  AsrLimit  limited_by;
  int       published_percentage;
  gboolean  carried_over;   /* focused, nothing assessed: the previous rating stands */
  gboolean  provisional;
  gboolean  complete;
} Figures;

struct _AsrKeyQuestion
{
  GObject                  parent_instance;
  AsrAssessment           *assessment;   /* not owned; cleared by its dispose */
  AsrFramework            *framework;
  const AsrKeyQuestionDef *def;          /* owned by the framework */
  GListStore              *statements;
  GListStore              *comments;

  AsrRating                previous_rating;
  char                    *previous_date;      /* its own date, "" for previous.date */
  AsrEnforcement           enforcement;
  AsrRating                override_rating;
  char                    *override_reason;
  int                      report_percentage;   /* -1: none */
  AsrRating                report_rating;
  AsrRating                judgement_rating;    /* judgement method only */
  char                    *judgement_rationale;

  /* Running counts over the statements' contributions */
  guint                    n_in_scope;
  guint                    n_assessed;
  guint                    n_not_started;
  guint                    n_scored;
  guint                    n_cf_missing;
  guint                    n_scored_one;
  int                      sum;

  Figures                  figures;
};

G_DEFINE_FINAL_TYPE (AsrKeyQuestion, asr_key_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ASSESSMENT,
  PROP_STATEMENTS,
  PROP_COMMENTS,
  PROP_PREVIOUS_RATING,
  PROP_PREVIOUS_DATE,
  PROP_ENFORCEMENT,
  PROP_OVERRIDE_RATING,
  PROP_OVERRIDE_REASON,
  PROP_REPORT_PERCENTAGE,
  PROP_REPORT_RATING,
  PROP_N_STATEMENTS,
  PROP_N_IN_SCOPE,
  PROP_N_SCORED,
  PROP_N_NOT_STARTED,
  PROP_N_CARRIED_FORWARD_MISSING,
  PROP_SUM,
  PROP_MAXIMUM,
  PROP_PERCENTAGE,
  PROP_BAND,
  PROP_RATING,
  PROP_LIMITED_BY,
  PROP_PUBLISHED_PERCENTAGE,
  PROP_PROVISIONAL,
  PROP_COMPLETE,
  PROP_JUDGEMENT_RATING,
  PROP_JUDGEMENT_RATIONALE,
  PROP_CARRIED_OVER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
notify (AsrKeyQuestion *self,
        guint           prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Some statement in scope does not count yet (not started, assessed but
 * not scored, carried forward without a previous rating): the percentage
 * may still move.  Every statement in scope has a source and counts:
 * complete.  A rating carried over in a focused assessment is neither
 * provisional nor incomplete, unless there is no previous rating.  For
 * the judgement method an item counts once assessed, and the key question
 * waits for its judgement too. */
static gboolean
is_judged (AsrKeyQuestion *self)
{
  return asr_framework_get_scoring_method (self->framework) == ASR_SCORING_JUDGEMENT;
}

static void
compute_state (AsrKeyQuestion *self,
               Figures        *out)
{
  gboolean unjudged = is_judged (self) && self->judgement_rating == ASR_RATING_NONE;

  if (out->carried_over)
    {
      out->provisional = self->previous_rating == ASR_RATING_NONE;
      out->complete = !out->provisional;
      return;
    }
  out->provisional = self->n_scored < self->n_in_scope || unjudged;
  out->complete = self->n_not_started == 0 && self->n_scored == self->n_in_scope && !unjudged;
}

static void
compute_figures (AsrKeyQuestion *self,
                 Figures        *out)
{
  gboolean limiters = self->assessment != NULL &&
                      _asr_assessment_get_advisory_limiters (self->assessment);
  gboolean focused = self->assessment != NULL && asr_assessment_get_focused (self->assessment);
  AsrRating base;

  if (is_judged (self))
    {
      /* The judgement is the rating (or, in a focused assessment, the
       * previous one when nothing is assessed); only enforcement caps it. */
      out->percentage = -1;
      out->band = ASR_RATING_NONE;
      out->published_percentage = -1;
      base = asr_rules_focused_base (focused, self->n_assessed, self->judgement_rating,
                                     self->previous_rating, &out->carried_over);
      compute_state (self, out);
      out->rating = asr_rules_key_question_rating (base, self->enforcement,
                                                   FALSE, 0, ASR_RATING_NONE, &out->limited_by);
      return;
    }
  out->percentage = asr_rules_percentage (self->sum, self->n_scored);
  out->band = out->percentage < 0 ? ASR_RATING_NONE
              : asr_framework_rating_for_percentage (self->framework, out->percentage);
  base = asr_rules_focused_base (focused, self->n_assessed, out->band,
                                 self->previous_rating, &out->carried_over);
  compute_state (self, out);
  out->rating = asr_rules_key_question_rating (base, self->enforcement, limiters,
                                               self->n_scored_one, self->override_rating,
                                               &out->limited_by);
  out->published_percentage =
    asr_rules_observed_published_percentage (out->percentage, out->band,
                                             out->rating, out->limited_by);
}

/* Recomputes the figures from the counts and notifies what moved; the
 * assessment hears of a new rating. */
static void
refresh_figures (AsrKeyQuestion *self)
{
  Figures before = self->figures;

  compute_figures (self, &self->figures);

  if (before.percentage != self->figures.percentage)
    notify (self, PROP_PERCENTAGE);
  if (before.band != self->figures.band)
    notify (self, PROP_BAND);
  if (before.limited_by != self->figures.limited_by)
    notify (self, PROP_LIMITED_BY);
  if (before.published_percentage != self->figures.published_percentage)
    notify (self, PROP_PUBLISHED_PERCENTAGE);
  if (before.carried_over != self->figures.carried_over)
    notify (self, PROP_CARRIED_OVER);
  if (before.provisional != self->figures.provisional)
    notify (self, PROP_PROVISIONAL);
  if (before.complete != self->figures.complete)
    {
      notify (self, PROP_COMPLETE);
      if (self->assessment != NULL)
        _asr_assessment_complete_changed (self->assessment);
    }
  if (before.rating != self->figures.rating)
    {
      notify (self, PROP_RATING);
      if (self->assessment != NULL)
        _asr_assessment_rating_changed (self->assessment, before.rating, self->figures.rating);
    }
}

static void
add_contribution (AsrKeyQuestion        *self,
                  const AsrContribution *c,
                  int                    sign)
{
  self->n_in_scope += sign * c->in_scope;
  self->n_assessed += sign * c->assessed;
  self->n_not_started += sign * c->not_started;
  self->n_scored += sign * c->scored;
  self->n_cf_missing += sign * c->cf_missing;
  self->n_scored_one += sign * (c->score == 1);
  self->sum += sign * (c->scored ? c->score : 0);
}

void
_asr_key_question_contribution_changed (AsrKeyQuestion        *self,
                                        const AsrContribution *before,
                                        const AsrContribution *after)
{
  add_contribution (self, before, -1);
  add_contribution (self, after, +1);

  if (before->in_scope != after->in_scope)
    notify (self, PROP_N_IN_SCOPE);
  if (before->not_started != after->not_started)
    notify (self, PROP_N_NOT_STARTED);
  if (before->cf_missing != after->cf_missing)
    notify (self, PROP_N_CARRIED_FORWARD_MISSING);
  if (before->scored != after->scored)
    {
      notify (self, PROP_N_SCORED);
      notify (self, PROP_MAXIMUM);
    }
  if ((before->scored ? before->score : 0) != (after->scored ? after->score : 0))
    notify (self, PROP_SUM);
  refresh_figures (self);
}

void
_asr_key_question_recompute (AsrKeyQuestion *self)
{
  refresh_figures (self);
}

void
_asr_key_question_content_changed (AsrKeyQuestion *self)
{
  if (self->assessment != NULL)
    _asr_assessment_content_changed (self->assessment);
}

static void
comments_changed (GObject *owner)
{
  _asr_key_question_content_changed (ASR_KEY_QUESTION (owner));
}

void
_asr_key_question_detach (AsrKeyQuestion *self)
{
  self->assessment = NULL;
}

static void
asr_key_question_dispose (GObject *object)
{
  AsrKeyQuestion *self = ASR_KEY_QUESTION (object);
  guint n = self->statements ? g_list_model_get_n_items (G_LIST_MODEL (self->statements)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrQualityStatement) statement =
        g_list_model_get_item (G_LIST_MODEL (self->statements), i);
      _asr_quality_statement_detach (statement);
    }
  g_clear_object (&self->statements);
  _asr_comment_thread_detach (self->comments);
  g_clear_object (&self->comments);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (asr_key_question_parent_class)->dispose (object);
}

static void
asr_key_question_finalize (GObject *object)
{
  AsrKeyQuestion *self = ASR_KEY_QUESTION (object);

  g_free (self->override_reason);
  g_free (self->judgement_rationale);
  g_free (self->previous_date);

  G_OBJECT_CLASS (asr_key_question_parent_class)->finalize (object);
}

static void
get_property_counts (AsrKeyQuestion *self,
                     guint           prop_id,
                     GValue         *value)
{
  switch (prop_id)
    {
    case PROP_N_STATEMENTS:
      g_value_set_uint (value, self->def->statements->len);
      break;
    case PROP_N_IN_SCOPE:
      g_value_set_uint (value, self->n_in_scope);
      break;
    case PROP_N_SCORED:
      g_value_set_uint (value, self->n_scored);
      break;
    case PROP_N_NOT_STARTED:
      g_value_set_uint (value, self->n_not_started);
      break;
    case PROP_N_CARRIED_FORWARD_MISSING:
      g_value_set_uint (value, self->n_cf_missing);
      break;
    case PROP_SUM:
      g_value_set_int (value, self->sum);
      break;
    case PROP_MAXIMUM:
      g_value_set_int (value, 4 * (int) self->n_scored);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
asr_key_question_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AsrKeyQuestion *self = ASR_KEY_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->def->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->def->name);
      break;
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_STATEMENTS:
      g_value_set_object (value, self->statements);
      break;
    case PROP_COMMENTS:
      g_value_set_object (value, self->comments);
      break;
    case PROP_PREVIOUS_RATING:
      g_value_set_enum (value, self->previous_rating);
      break;
    case PROP_PREVIOUS_DATE:
      g_value_set_string (value, self->previous_date);
      break;
    case PROP_ENFORCEMENT:
      g_value_set_enum (value, self->enforcement);
      break;
    case PROP_OVERRIDE_RATING:
      g_value_set_enum (value, self->override_rating);
      break;
    case PROP_OVERRIDE_REASON:
      g_value_set_string (value, self->override_reason);
      break;
    case PROP_REPORT_PERCENTAGE:
      g_value_set_int (value, self->report_percentage);
      break;
    case PROP_REPORT_RATING:
      g_value_set_enum (value, self->report_rating);
      break;
    case PROP_N_STATEMENTS ... PROP_MAXIMUM:
      get_property_counts (self, prop_id, value);
      break;
    case PROP_PERCENTAGE:
      g_value_set_int (value, self->figures.percentage);
      break;
    case PROP_BAND:
      g_value_set_enum (value, self->figures.band);
      break;
    case PROP_RATING:
      g_value_set_enum (value, self->figures.rating);
      break;
    case PROP_LIMITED_BY:
      g_value_set_enum (value, self->figures.limited_by);
      break;
    case PROP_PUBLISHED_PERCENTAGE:
      g_value_set_int (value, self->figures.published_percentage);
      break;
    case PROP_PROVISIONAL:
      g_value_set_boolean (value, self->figures.provisional);
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, self->figures.complete);
      break;
    case PROP_CARRIED_OVER:
      g_value_set_boolean (value, self->figures.carried_over);
      break;
    case PROP_JUDGEMENT_RATING:
      g_value_set_enum (value, self->judgement_rating);
      break;
    case PROP_JUDGEMENT_RATIONALE:
      g_value_set_string (value, self->judgement_rationale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_key_question_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AsrKeyQuestion *self = ASR_KEY_QUESTION (object);

  switch (prop_id)
    {
    case PROP_PREVIOUS_RATING:
      asr_key_question_set_previous_rating (self, g_value_get_enum (value));
      break;
    case PROP_PREVIOUS_DATE:
      asr_key_question_set_previous_date (self, g_value_get_string (value));
      break;
    case PROP_ENFORCEMENT:
      asr_key_question_set_enforcement (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, G_TYPE_OBJECT, ro);
  properties[PROP_STATEMENTS] =
    g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_COMMENTS] =
    g_param_spec_object ("comments", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PREVIOUS_RATING] =
    g_param_spec_enum ("previous-rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, rw);
  properties[PROP_PREVIOUS_DATE] = g_param_spec_string ("previous-date", NULL, NULL, "", rw);
  properties[PROP_ENFORCEMENT] =
    g_param_spec_enum ("enforcement", NULL, NULL, ASR_TYPE_ENFORCEMENT, ASR_ENFORCEMENT_NONE, rw);
  properties[PROP_OVERRIDE_RATING] =
    g_param_spec_enum ("override-rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, ro);
  properties[PROP_OVERRIDE_REASON] = g_param_spec_string ("override-reason", NULL, NULL, "", ro);
  properties[PROP_REPORT_PERCENTAGE] =
    g_param_spec_int ("report-percentage", NULL, NULL, -1, 100, -1, ro);
  properties[PROP_REPORT_RATING] =
    g_param_spec_enum ("report-rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, ro);
  properties[PROP_N_STATEMENTS] = g_param_spec_uint ("n-statements", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_IN_SCOPE] = g_param_spec_uint ("n-in-scope", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_SCORED] = g_param_spec_uint ("n-scored", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_NOT_STARTED] = g_param_spec_uint ("n-not-started", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_CARRIED_FORWARD_MISSING] =
    g_param_spec_uint ("n-carried-forward-missing", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SUM] = g_param_spec_int ("sum", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_MAXIMUM] = g_param_spec_int ("maximum", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_PERCENTAGE] = g_param_spec_int ("percentage", NULL, NULL, -1, 100, -1, ro);
  properties[PROP_BAND] =
    g_param_spec_enum ("band", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, ro);
  properties[PROP_RATING] =
    g_param_spec_enum ("rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, ro);
  properties[PROP_LIMITED_BY] =
    g_param_spec_enum ("limited-by", NULL, NULL, ASR_TYPE_LIMIT, ASR_LIMIT_NONE, ro);
  properties[PROP_PUBLISHED_PERCENTAGE] =
    g_param_spec_int ("published-percentage", NULL, NULL, -1, 100, -1, ro);
  properties[PROP_PROVISIONAL] = g_param_spec_boolean ("provisional", NULL, NULL, FALSE, ro);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE, ro);
  properties[PROP_JUDGEMENT_RATING] =
    g_param_spec_enum ("judgement-rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, ro);
  properties[PROP_JUDGEMENT_RATIONALE] =
    g_param_spec_string ("judgement-rationale", NULL, NULL, "", ro);
  properties[PROP_CARRIED_OVER] = g_param_spec_boolean ("carried-over", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
asr_key_question_class_init (AsrKeyQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = asr_key_question_dispose;
  object_class->finalize = asr_key_question_finalize;
  object_class->get_property = asr_key_question_get_property;
  object_class->set_property = asr_key_question_set_property;

  install_properties (object_class);
}

static void
asr_key_question_init (AsrKeyQuestion *self)
{
  self->override_reason = g_strdup ("");
  self->judgement_rationale = g_strdup ("");
  self->previous_date = g_strdup ("");
  self->report_percentage = -1;
  self->comments = _asr_comment_thread_new (G_OBJECT (self), comments_changed);
  self->figures.percentage = -1;
  self->figures.published_percentage = -1;
}

AsrKeyQuestion *
_asr_key_question_new (AsrAssessment           *assessment,
                       AsrFramework            *framework,
                       const AsrKeyQuestionDef *def)
{
  AsrKeyQuestion *self = g_object_new (ASR_TYPE_KEY_QUESTION, NULL);

  self->assessment = assessment;
  self->framework = g_object_ref (framework);
  self->def = def;
  self->statements = g_list_store_new (ASR_TYPE_QUALITY_STATEMENT);
  for (guint i = 0; i < def->statements->len; i++)
    {
      g_autoptr(AsrQualityStatement) statement =
        _asr_quality_statement_new (self, framework, g_ptr_array_index (def->statements, i));
      AsrContribution c;

      _asr_quality_statement_get_contribution (statement, &c);
      add_contribution (self, &c, +1);
      g_list_store_append (self->statements, statement);
    }
  compute_figures (self, &self->figures);
  return self;
}

const char *
asr_key_question_get_id (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return self->def->id;
}

const char *
asr_key_question_get_name (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return self->def->name;
}

AsrAssessment *
asr_key_question_get_assessment (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return self->assessment;
}

GListModel *
asr_key_question_get_statements (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return G_LIST_MODEL (self->statements);
}

AsrQualityStatement *
asr_key_question_lookup_statement (AsrKeyQuestion *self,
                                   const char     *statement_id)
{
  GListModel *model;

  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  model = G_LIST_MODEL (self->statements);
  for (guint i = 0; i < self->def->statements->len; i++)
    {
      const AsrStatementDef *def = g_ptr_array_index (self->def->statements, i);

      if (strcmp (def->id, statement_id) == 0)
        {
          g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (model, i);
          return statement;
        }
    }
  return NULL;
}

AsrRating
asr_key_question_get_previous_rating (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), ASR_RATING_NONE);
  return self->previous_rating;
}

/* Carried-forward statements take their score from this rating, so they
 * all follow it (at most eight: still constant for one key question). */
void
asr_key_question_set_previous_rating (AsrKeyQuestion *self,
                                      AsrRating       rating)
{
  GListModel *model;

  g_return_if_fail (ASR_IS_KEY_QUESTION (self));
  g_return_if_fail (rating <= ASR_RATING_OUTSTANDING);

  if (self->previous_rating == rating)
    return;
  self->previous_rating = rating;
  notify (self, PROP_PREVIOUS_RATING);

  /* Views see the figures once, after every statement has followed. */
  g_object_freeze_notify (G_OBJECT (self));
  model = G_LIST_MODEL (self->statements);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (model, i);

      if (asr_quality_statement_get_source (statement) == ASR_SOURCE_CARRIED_FORWARD)
        _asr_quality_statement_recompute (statement);
    }
  refresh_figures (self);  /* a rating carried over follows it too */
  g_object_thaw_notify (G_OBJECT (self));
  _asr_key_question_content_changed (self);
}

const char *
asr_key_question_get_previous_date (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return self->previous_date;
}

void
asr_key_question_set_previous_date (AsrKeyQuestion *self,
                                    const char     *date)
{
  g_return_if_fail (ASR_IS_KEY_QUESTION (self));

  if (date == NULL)
    date = "";
  if (strcmp (self->previous_date, date) == 0)
    return;
  g_free (self->previous_date);
  self->previous_date = g_strdup (date);
  notify (self, PROP_PREVIOUS_DATE);
  _asr_key_question_content_changed (self);
}

const char *
asr_key_question_get_previous_date_in_effect (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);

  if (self->previous_date[0] != '\0' || self->assessment == NULL)
    return self->previous_date;
  return asr_assessment_get_previous_date (self->assessment);
}

int
asr_key_question_get_report_percentage (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), -1);
  return self->report_percentage;
}

AsrRating
asr_key_question_get_report_rating (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), ASR_RATING_NONE);
  return self->report_rating;
}

/* What a published report said; kept beside the computed figures, never
 * in their place. */
void
asr_key_question_set_report (AsrKeyQuestion *self,
                             int             percentage,
                             AsrRating       rating)
{
  g_return_if_fail (ASR_IS_KEY_QUESTION (self));
  g_return_if_fail (percentage >= -1 && percentage <= 100);
  g_return_if_fail (rating <= ASR_RATING_OUTSTANDING);

  if (self->report_percentage == percentage && self->report_rating == rating)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->report_percentage != percentage)
    {
      self->report_percentage = percentage;
      notify (self, PROP_REPORT_PERCENTAGE);
    }
  if (self->report_rating != rating)
    {
      self->report_rating = rating;
      notify (self, PROP_REPORT_RATING);
    }
  g_object_thaw_notify (G_OBJECT (self));
  _asr_key_question_content_changed (self);
}

AsrEnforcement
asr_key_question_get_enforcement (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), ASR_ENFORCEMENT_NONE);
  return self->enforcement;
}

void
asr_key_question_set_enforcement (AsrKeyQuestion *self,
                                  AsrEnforcement  enforcement)
{
  g_return_if_fail (ASR_IS_KEY_QUESTION (self));
  g_return_if_fail (enforcement <= ASR_ENFORCEMENT_WARNING_NOTICE);

  if (self->enforcement == enforcement)
    return;
  self->enforcement = enforcement;
  notify (self, PROP_ENFORCEMENT);
  refresh_figures (self);
  _asr_key_question_content_changed (self);
}

AsrRating
asr_key_question_get_override_rating (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), ASR_RATING_NONE);
  return self->override_rating;
}

const char *
asr_key_question_get_override_reason (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return self->override_reason;
}

gboolean
asr_key_question_set_override (AsrKeyQuestion *self,
                               AsrRating       rating,
                               const char     *reason,
                               GError        **error)
{
  gboolean rating_changed, reason_changed;

  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), FALSE);
  g_return_val_if_fail (rating <= ASR_RATING_OUTSTANDING, FALSE);

  if (rating != ASR_RATING_NONE && is_judged (self))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_RULE,
                   _("The %s rating is judged, not computed: change the judgement instead of overriding it"),
                   self->def->name);
      return FALSE;
    }
  if (rating == ASR_RATING_NONE)
    reason = "";
  else if (!asr_text_has_visible (reason))  /* not U+200B alone either */
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_RULE,
                   _("An override of the %s rating needs a written reason"), self->def->name);
      return FALSE;
    }

  rating_changed = self->override_rating != rating;
  reason_changed = strcmp (self->override_reason, reason) != 0;
  if (!rating_changed && !reason_changed)
    return TRUE;

  self->override_rating = rating;
  g_free (self->override_reason);
  self->override_reason = g_strdup (reason);
  g_object_freeze_notify (G_OBJECT (self));
  if (rating_changed)
    notify (self, PROP_OVERRIDE_RATING);
  if (reason_changed)
    notify (self, PROP_OVERRIDE_REASON);
  g_object_thaw_notify (G_OBJECT (self));
  refresh_figures (self);
  _asr_key_question_content_changed (self);
  return TRUE;
}

char *
asr_key_question_describe_carried_over (AsrKeyQuestion *self)
{
  const char *date;
  g_autofree char *when = NULL;

  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);

  if (!self->figures.carried_over)
    return NULL;
  if (self->previous_rating == ASR_RATING_NONE)
    return g_strdup (_("Not assessed in this focused assessment, and there is no previous "
                       "rating to carry over: not rated"));
  date = asr_key_question_get_previous_date_in_effect (self);
  if (*date == '\0')
    /* Translators: "… the previous rating, Good, is carried over (its date is not known)" */
    return g_strdup_printf (_("Not assessed in this focused assessment: the previous rating, %s, "
                              "is carried over (its date is not known)"),
                            asr_rating_to_label (self->previous_rating));
  when = asr_format_date (date);
  /* Translators: "… the previous rating, Good of 3 May 2019, is carried over" */
  return g_strdup_printf (_("Not assessed in this focused assessment: the previous rating, %s of %s, "
                            "is carried over"),
                          asr_rating_to_label (self->previous_rating), when);
}

#define GETTER(type, name, expr)                                \
  type asr_key_question_get_##name (AsrKeyQuestion *self)       \
  {                                                             \
    g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), 0);       \
    return (expr);                                              \
  }

GETTER (guint, n_statements, self->def->statements->len)
GETTER (guint, n_in_scope, self->n_in_scope)
GETTER (guint, n_scored, self->n_scored)
GETTER (guint, n_not_started, self->n_not_started)
GETTER (guint, n_carried_forward_missing, self->n_cf_missing)
GETTER (int, sum, self->sum)
GETTER (int, maximum, 4 * (int) self->n_scored)
GETTER (int, percentage, self->figures.percentage)
GETTER (AsrRating, band, self->figures.band)
GETTER (AsrRating, rating, self->figures.rating)
GETTER (AsrLimit, limited_by, self->figures.limited_by)
GETTER (int, published_percentage, self->figures.published_percentage)
GETTER (gboolean, provisional, self->figures.provisional)
GETTER (gboolean, complete, self->figures.complete)
GETTER (gboolean, carried_over, self->figures.carried_over)


AsrRating
asr_key_question_get_judgement_rating (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), ASR_RATING_NONE);
  return self->judgement_rating;
}

const char *
asr_key_question_get_judgement_rationale (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return self->judgement_rationale;
}

gboolean
asr_key_question_set_judgement (AsrKeyQuestion *self,
                                AsrRating       rating,
                                const char     *rationale,
                                GError        **error)
{
  gboolean rating_changed, rationale_changed;

  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), FALSE);
  g_return_val_if_fail (rating <= ASR_RATING_OUTSTANDING, FALSE);

  if (rationale == NULL)
    rationale = "";
  if (!is_judged (self))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_RULE,
                   _("The %s rating is computed from scores in this framework, not judged"),
                   self->def->name);
      return FALSE;
    }
  if (rating != ASR_RATING_NONE && !asr_text_has_visible (rationale))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_RULE,
                   _("A judgement of the %s rating needs a written rationale"), self->def->name);
      return FALSE;
    }

  rating_changed = self->judgement_rating != rating;
  rationale_changed = strcmp (self->judgement_rationale, rationale) != 0;
  if (!rating_changed && !rationale_changed)
    return TRUE;

  self->judgement_rating = rating;
  g_free (self->judgement_rationale);
  self->judgement_rationale = g_strdup (rationale);
  g_object_freeze_notify (G_OBJECT (self));
  if (rating_changed)
    notify (self, PROP_JUDGEMENT_RATING);
  if (rationale_changed)
    notify (self, PROP_JUDGEMENT_RATIONALE);
  g_object_thaw_notify (G_OBJECT (self));
  refresh_figures (self);
  _asr_key_question_content_changed (self);
  return TRUE;
}

GListModel *
asr_key_question_get_comments (AsrKeyQuestion *self)
{
  g_return_val_if_fail (ASR_IS_KEY_QUESTION (self), NULL);
  return G_LIST_MODEL (self->comments);
}
