/* asr-assessment.c: the assessment, its metadata and its overall rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-assessment"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-model-private.h"
#include "asr-rules.h"

typedef struct
{
  AsrRating    rating;
  AsrPrinciple principle;
  gboolean     inferred;
  gboolean     breach_capped;
} Overall;

struct _AsrAssessment
{
  GObject       parent_instance;
  AsrFramework *framework;
  GListStore   *key_questions;

  char         *provider;
  char         *location;
  char         *service_name;
  char         *service_type;
  char         *location_id;
  char         *core_service;
  AsrLevel      level;
  char         *date;
  char        **assessors;
  AsrStatus     status;
  gboolean      breach_of_regulation;
  gboolean      advisory_limiters;
  gboolean      focused;
  char         *previous_date;
  AsrRating     previous_overall_rating;
  char         *previous_source;
  GListStore   *conflicts;     /* of AsrConflict, left by a merge */
  char         *author;        /* who edits now, for attribution; NULL: nobody */

  guint         n_by_rating[ASR_RATING_OUTSTANDING + 1];
  guint         n_incomplete;
  Overall       overall;
};

G_DEFINE_FINAL_TYPE (AsrAssessment, asr_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_KEY_QUESTIONS,
  PROP_PROVIDER,
  PROP_LOCATION,
  PROP_SERVICE_NAME,
  PROP_SERVICE_TYPE,
  PROP_LOCATION_ID,
  PROP_CORE_SERVICE,
  PROP_LEVEL,
  PROP_DATE,
  PROP_ASSESSORS,
  PROP_STATUS,
  PROP_BREACH_OF_REGULATION,
  PROP_ADVISORY_LIMITERS,
  PROP_FOCUSED,
  PROP_PREVIOUS_DATE,
  PROP_PREVIOUS_OVERALL_RATING,
  PROP_PREVIOUS_SOURCE,
  PROP_OVERALL_RATING,
  PROP_OVERALL_PRINCIPLE,
  PROP_OVERALL_INFERRED,
  PROP_OVERALL_BREACH_CAPPED,
  PROP_COMPLETE,
  PROP_N_CONFLICTS,
  PROP_CONFLICTS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
notify (AsrAssessment *self,
        guint          prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
compute_overall (AsrAssessment *self,
                 Overall       *out)
{
  AsrRating by_principles =
    asr_rules_overall (self->framework,
                       self->n_by_rating[ASR_RATING_INADEQUATE],
                       self->n_by_rating[ASR_RATING_REQUIRES_IMPROVEMENT],
                       self->n_by_rating[ASR_RATING_GOOD],
                       self->n_by_rating[ASR_RATING_OUTSTANDING],
                       self->n_by_rating[ASR_RATING_NONE],
                       &out->principle, &out->inferred);

  out->rating = asr_rules_breach_cap (by_principles, self->breach_of_regulation,
                                      &out->breach_capped);
}

static void
refresh_overall (AsrAssessment *self)
{
  Overall before = self->overall;

  compute_overall (self, &self->overall);
  if (before.rating != self->overall.rating)
    notify (self, PROP_OVERALL_RATING);
  if (before.principle != self->overall.principle)
    notify (self, PROP_OVERALL_PRINCIPLE);
  if (before.inferred != self->overall.inferred)
    notify (self, PROP_OVERALL_INFERRED);
  if (before.breach_capped != self->overall.breach_capped)
    notify (self, PROP_OVERALL_BREACH_CAPPED);
}

void
_asr_assessment_rating_changed (AsrAssessment *self,
                                AsrRating      before,
                                AsrRating      after)
{
  self->n_by_rating[before]--;
  self->n_by_rating[after]++;
  refresh_overall (self);
}

void
_asr_assessment_complete_changed (AsrAssessment *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->key_questions));
  guint n_incomplete = 0;

  /* Five key questions: counting them again is as cheap as keeping a count. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (G_LIST_MODEL (self->key_questions), i);
      n_incomplete += !asr_key_question_get_complete (kq);
    }
  if ((n_incomplete == 0) != (self->n_incomplete == 0))
    {
      self->n_incomplete = n_incomplete;
      notify (self, PROP_COMPLETE);
    }
  self->n_incomplete = n_incomplete;
}

void
_asr_assessment_content_changed (AsrAssessment *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
_asr_assessment_get_advisory_limiters (AsrAssessment *self)
{
  return self->advisory_limiters;
}

static void
asr_assessment_dispose (GObject *object)
{
  AsrAssessment *self = ASR_ASSESSMENT (object);
  guint n = self->key_questions ? g_list_model_get_n_items (G_LIST_MODEL (self->key_questions)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (G_LIST_MODEL (self->key_questions), i);
      _asr_key_question_detach (kq);
    }
  g_clear_object (&self->key_questions);
  g_clear_object (&self->framework);
  if (self->conflicts != NULL)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_clear_object (&self->conflicts);

  G_OBJECT_CLASS (asr_assessment_parent_class)->dispose (object);
}

static void
asr_assessment_finalize (GObject *object)
{
  AsrAssessment *self = ASR_ASSESSMENT (object);

  g_free (self->provider);
  g_free (self->location);
  g_free (self->service_name);
  g_free (self->service_type);
  g_free (self->location_id);
  g_free (self->core_service);
  g_free (self->date);
  g_strfreev (self->assessors);
  g_free (self->previous_date);
  g_free (self->previous_source);
  g_free (self->author);

  G_OBJECT_CLASS (asr_assessment_parent_class)->finalize (object);
}

/* The "conflicts" property is a copy of the list as it is now, so an undo
 * history keeps what the list was before each change and can set it back;
 * asr_assessment_get_conflicts() is the live list. */
static GListModel *
copy_conflicts (AsrAssessment *self)
{
  GListStore *copy = g_list_store_new (ASR_TYPE_CONFLICT);
  GListModel *model = G_LIST_MODEL (self->conflicts);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (model, i);
      g_list_store_append (copy, conflict);
    }
  return G_LIST_MODEL (copy);
}

static void
set_conflicts (AsrAssessment *self,
               GListModel    *list)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  asr_assessment_replace_conflicts (self, (AsrConflict **) items->pdata, items->len);
}

static void
asr_assessment_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AsrAssessment *self = ASR_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK: g_value_set_object (value, self->framework); break;
    case PROP_KEY_QUESTIONS: g_value_set_object (value, self->key_questions); break;
    case PROP_PROVIDER: g_value_set_string (value, self->provider); break;
    case PROP_LOCATION: g_value_set_string (value, self->location); break;
    case PROP_SERVICE_NAME: g_value_set_string (value, self->service_name); break;
    case PROP_SERVICE_TYPE: g_value_set_string (value, self->service_type); break;
    case PROP_LOCATION_ID: g_value_set_string (value, self->location_id); break;
    case PROP_CORE_SERVICE: g_value_set_string (value, self->core_service); break;
    case PROP_LEVEL: g_value_set_enum (value, self->level); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_ASSESSORS: g_value_set_boxed (value, self->assessors); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_BREACH_OF_REGULATION: g_value_set_boolean (value, self->breach_of_regulation); break;
    case PROP_ADVISORY_LIMITERS: g_value_set_boolean (value, self->advisory_limiters); break;
    case PROP_FOCUSED: g_value_set_boolean (value, self->focused); break;
    case PROP_PREVIOUS_DATE: g_value_set_string (value, self->previous_date); break;
    case PROP_PREVIOUS_OVERALL_RATING: g_value_set_enum (value, self->previous_overall_rating); break;
    case PROP_PREVIOUS_SOURCE: g_value_set_string (value, self->previous_source); break;
    case PROP_OVERALL_RATING: g_value_set_enum (value, self->overall.rating); break;
    case PROP_OVERALL_PRINCIPLE: g_value_set_enum (value, self->overall.principle); break;
    case PROP_OVERALL_INFERRED: g_value_set_boolean (value, self->overall.inferred); break;
    case PROP_OVERALL_BREACH_CAPPED: g_value_set_boolean (value, self->overall.breach_capped); break;
    case PROP_COMPLETE: g_value_set_boolean (value, self->n_incomplete == 0); break;
    case PROP_N_CONFLICTS: g_value_set_uint (value, asr_assessment_get_n_conflicts (self)); break;
    case PROP_CONFLICTS: g_value_take_object (value, copy_conflicts (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_assessment_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AsrAssessment *self = ASR_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_PROVIDER: asr_assessment_set_provider (self, g_value_get_string (value)); break;
    case PROP_LOCATION: asr_assessment_set_location (self, g_value_get_string (value)); break;
    case PROP_SERVICE_NAME: asr_assessment_set_service_name (self, g_value_get_string (value)); break;
    case PROP_SERVICE_TYPE: asr_assessment_set_service_type (self, g_value_get_string (value)); break;
    case PROP_LOCATION_ID: asr_assessment_set_location_id (self, g_value_get_string (value)); break;
    case PROP_CORE_SERVICE: asr_assessment_set_core_service (self, g_value_get_string (value)); break;
    case PROP_LEVEL: asr_assessment_set_level (self, g_value_get_enum (value)); break;
    case PROP_DATE: asr_assessment_set_date (self, g_value_get_string (value)); break;
    case PROP_ASSESSORS: asr_assessment_set_assessors (self, g_value_get_boxed (value)); break;
    case PROP_STATUS: asr_assessment_set_status (self, g_value_get_enum (value)); break;
    case PROP_BREACH_OF_REGULATION: asr_assessment_set_breach_of_regulation (self, g_value_get_boolean (value)); break;
    case PROP_ADVISORY_LIMITERS: asr_assessment_set_advisory_limiters (self, g_value_get_boolean (value)); break;
    case PROP_FOCUSED: asr_assessment_set_focused (self, g_value_get_boolean (value)); break;
    case PROP_PREVIOUS_DATE: asr_assessment_set_previous_date (self, g_value_get_string (value)); break;
    case PROP_PREVIOUS_OVERALL_RATING: asr_assessment_set_previous_overall_rating (self, g_value_get_enum (value)); break;
    case PROP_PREVIOUS_SOURCE: asr_assessment_set_previous_source (self, g_value_get_string (value)); break;
    case PROP_CONFLICTS: set_conflicts (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_FRAMEWORK] = g_param_spec_object ("framework", NULL, NULL, ASR_TYPE_FRAMEWORK, ro);
  properties[PROP_KEY_QUESTIONS] = g_param_spec_object ("key-questions", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_PROVIDER] = g_param_spec_string ("provider", NULL, NULL, "", rw);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", rw);
  properties[PROP_SERVICE_NAME] = g_param_spec_string ("service-name", NULL, NULL, "", rw);
  properties[PROP_SERVICE_TYPE] = g_param_spec_string ("service-type", NULL, NULL, "", rw);
  properties[PROP_LOCATION_ID] = g_param_spec_string ("location-id", NULL, NULL, "", rw);
  properties[PROP_CORE_SERVICE] = g_param_spec_string ("core-service", NULL, NULL, "", rw);
  properties[PROP_LEVEL] = g_param_spec_enum ("level", NULL, NULL, ASR_TYPE_LEVEL, ASR_LEVEL_SERVICE, rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", rw);
  properties[PROP_ASSESSORS] = g_param_spec_boxed ("assessors", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, ASR_TYPE_STATUS, ASR_STATUS_DRAFT, rw);
  properties[PROP_BREACH_OF_REGULATION] = g_param_spec_boolean ("breach-of-regulation", NULL, NULL, FALSE, rw);
  properties[PROP_ADVISORY_LIMITERS] = g_param_spec_boolean ("advisory-limiters", NULL, NULL, FALSE, rw);
  properties[PROP_FOCUSED] = g_param_spec_boolean ("focused", NULL, NULL, FALSE, rw);
  properties[PROP_PREVIOUS_DATE] = g_param_spec_string ("previous-date", NULL, NULL, "", rw);
  properties[PROP_PREVIOUS_OVERALL_RATING] =
    g_param_spec_enum ("previous-overall-rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, rw);
  properties[PROP_PREVIOUS_SOURCE] = g_param_spec_string ("previous-source", NULL, NULL, "", rw);
  properties[PROP_OVERALL_RATING] =
    g_param_spec_enum ("overall-rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, ro);
  properties[PROP_OVERALL_PRINCIPLE] =
    g_param_spec_enum ("overall-principle", NULL, NULL, ASR_TYPE_PRINCIPLE, ASR_PRINCIPLE_NONE, ro);
  properties[PROP_OVERALL_INFERRED] = g_param_spec_boolean ("overall-inferred", NULL, NULL, FALSE, ro);
  properties[PROP_OVERALL_BREACH_CAPPED] = g_param_spec_boolean ("overall-breach-capped", NULL, NULL, FALSE, ro);
  properties[PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE, ro);
  properties[PROP_N_CONFLICTS] = g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CONFLICTS] = g_param_spec_object ("conflicts", NULL, NULL, G_TYPE_LIST_MODEL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
asr_assessment_class_init (AsrAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = asr_assessment_dispose;
  object_class->finalize = asr_assessment_finalize;
  object_class->get_property = asr_assessment_get_property;
  object_class->set_property = asr_assessment_set_property;

  install_properties (object_class);

  /* Any change of content, for the unsaved-changes marker and autosave. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
conflicts_changed_cb (GListModel    *model,
                      guint          position,
                      guint          removed,
                      guint          added,
                      AsrAssessment *self)
{
  if (removed != added)
    notify (self, PROP_N_CONFLICTS);
  notify (self, PROP_CONFLICTS);
  _asr_assessment_content_changed (self);
}

static void
asr_assessment_init (AsrAssessment *self)
{
  self->conflicts = g_list_store_new (ASR_TYPE_CONFLICT);
  g_signal_connect (self->conflicts, "items-changed", G_CALLBACK (conflicts_changed_cb), self);
  self->provider = g_strdup ("");
  self->location = g_strdup ("");
  self->service_name = g_strdup ("");
  self->service_type = g_strdup ("");
  self->location_id = g_strdup ("");
  self->core_service = g_strdup ("");
  self->date = g_strdup ("");
  self->assessors = g_new0 (char *, 1);
  self->previous_date = g_strdup ("");
  self->previous_source = g_strdup ("");
}

AsrAssessment *
asr_assessment_new (AsrFramework *framework)
{
  AsrAssessment *self;
  guint n;

  g_return_val_if_fail (ASR_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (ASR_TYPE_ASSESSMENT, NULL);
  self->framework = g_object_ref (framework);
  self->key_questions = g_list_store_new (ASR_TYPE_KEY_QUESTION);
  n = asr_framework_get_n_key_questions (framework);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrKeyQuestion) kq =
        _asr_key_question_new (self, framework, asr_framework_get_key_question (framework, i));

      self->n_by_rating[asr_key_question_get_rating (kq)]++;
      self->n_incomplete += !asr_key_question_get_complete (kq);
      g_list_store_append (self->key_questions, kq);
    }
  compute_overall (self, &self->overall);
  return self;
}

AsrFramework *
asr_assessment_get_framework (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  return self->framework;
}

GListModel *
asr_assessment_get_key_questions (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->key_questions);
}

AsrKeyQuestion *
asr_assessment_lookup_key_question (AsrAssessment *self,
                                    const char    *id)
{
  guint index;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (asr_framework_lookup_key_question (self->framework, id, &index) == NULL)
    return NULL;
  {
    /* The store keeps its own reference; hand out a borrowed pointer. */
    g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (G_LIST_MODEL (self->key_questions), index);
    return kq;
  }
}

AsrQualityStatement *
asr_assessment_lookup_statement (AsrAssessment *self,
                                 const char    *key_question_id,
                                 const char    *statement_id)
{
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (self, key_question_id);

  return kq != NULL ? asr_key_question_lookup_statement (kq, statement_id) : NULL;
}

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";
  if (strcmp (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
changed (AsrAssessment *self,
         guint          prop)
{
  notify (self, prop);
  _asr_assessment_content_changed (self);
}

#define STRING_PROPERTY(name, PROP)                                            \
  const char *asr_assessment_get_##name (AsrAssessment *self)                  \
  {                                                                            \
    g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);                     \
    return self->name;                                                         \
  }                                                                            \
  void asr_assessment_set_##name (AsrAssessment *self, const char *value)      \
  {                                                                            \
    g_return_if_fail (ASR_IS_ASSESSMENT (self));                               \
    if (replace_string (&self->name, value))                                   \
      changed (self, PROP);                                                    \
  }

STRING_PROPERTY (provider, PROP_PROVIDER)
STRING_PROPERTY (location, PROP_LOCATION)
STRING_PROPERTY (service_name, PROP_SERVICE_NAME)
STRING_PROPERTY (service_type, PROP_SERVICE_TYPE)
STRING_PROPERTY (location_id, PROP_LOCATION_ID)
STRING_PROPERTY (core_service, PROP_CORE_SERVICE)
STRING_PROPERTY (date, PROP_DATE)
STRING_PROPERTY (previous_date, PROP_PREVIOUS_DATE)
STRING_PROPERTY (previous_source, PROP_PREVIOUS_SOURCE)

const char * const *
asr_assessment_get_assessors (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->assessors;
}

void
asr_assessment_set_assessors (AsrAssessment      *self,
                              const char * const *assessors)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (ASR_IS_ASSESSMENT (self));

  if (assessors == NULL)
    assessors = none;
  if (g_strv_equal ((const char * const *) self->assessors, assessors))
    return;
  g_strfreev (self->assessors);
  self->assessors = g_strdupv ((char **) assessors);
  changed (self, PROP_ASSESSORS);
}

AsrLevel
asr_assessment_get_level (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), ASR_LEVEL_SERVICE);
  return self->level;
}

void
asr_assessment_set_level (AsrAssessment *self,
                          AsrLevel       level)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_return_if_fail (level <= ASR_LEVEL_PROVIDER);

  if (self->level == level)
    return;
  self->level = level;
  changed (self, PROP_LEVEL);
}

AsrStatus
asr_assessment_get_status (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), ASR_STATUS_DRAFT);
  return self->status;
}

void
asr_assessment_set_status (AsrAssessment *self,
                           AsrStatus      status)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_return_if_fail (status <= ASR_STATUS_FINAL);

  if (self->status == status)
    return;
  self->status = status;
  changed (self, PROP_STATUS);
}

gboolean
asr_assessment_get_breach_of_regulation (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  return self->breach_of_regulation;
}

void
asr_assessment_set_breach_of_regulation (AsrAssessment *self,
                                         gboolean       breach)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));

  breach = !!breach;
  if (self->breach_of_regulation == breach)
    return;
  self->breach_of_regulation = breach;
  notify (self, PROP_BREACH_OF_REGULATION);
  refresh_overall (self);
  _asr_assessment_content_changed (self);
}

/* A setting every key question's rating depends on changed. */
static void
recompute_key_questions (AsrAssessment *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->key_questions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (G_LIST_MODEL (self->key_questions), i);
      _asr_key_question_recompute (kq);
    }
  _asr_assessment_content_changed (self);
}

gboolean
asr_assessment_get_advisory_limiters (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  return self->advisory_limiters;
}

void
asr_assessment_set_advisory_limiters (AsrAssessment *self,
                                      gboolean       enabled)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));

  enabled = !!enabled;
  if (self->advisory_limiters == enabled)
    return;
  self->advisory_limiters = enabled;
  notify (self, PROP_ADVISORY_LIMITERS);
  recompute_key_questions (self);
}

gboolean
asr_assessment_get_focused (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  return self->focused;
}

void
asr_assessment_set_focused (AsrAssessment *self,
                            gboolean       focused)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));

  focused = !!focused;
  if (self->focused == focused)
    return;
  self->focused = focused;
  notify (self, PROP_FOCUSED);
  recompute_key_questions (self);
}

AsrRating
asr_assessment_get_previous_overall_rating (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), ASR_RATING_NONE);
  return self->previous_overall_rating;
}

void
asr_assessment_set_previous_overall_rating (AsrAssessment *self,
                                            AsrRating      rating)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_return_if_fail (rating <= ASR_RATING_OUTSTANDING);

  if (self->previous_overall_rating == rating)
    return;
  self->previous_overall_rating = rating;
  changed (self, PROP_PREVIOUS_OVERALL_RATING);
}

AsrRating
asr_assessment_get_overall_rating (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), ASR_RATING_NONE);
  return self->overall.rating;
}

AsrPrinciple
asr_assessment_get_overall_principle (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), ASR_PRINCIPLE_NONE);
  return self->overall.principle;
}

gboolean
asr_assessment_get_overall_inferred (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  return self->overall.inferred;
}

gboolean
asr_assessment_get_overall_breach_capped (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  return self->overall.breach_capped;
}

gboolean
asr_assessment_get_complete (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  return self->n_incomplete == 0;
}

static void
list_statement_problems (AsrKeyQuestion      *kq,
                         AsrQualityStatement *statement,
                         gpointer             user_data)
{
  GPtrArray *problems = user_data;
  const char *path_kq = asr_key_question_get_id (kq);
  const char *path_qs = asr_quality_statement_get_id (statement);
  AsrSource source = asr_quality_statement_get_source (statement);

  if (asr_quality_statement_get_carried_forward_missing (statement))
    g_ptr_array_add (problems,
                     g_strdup_printf (_("/key_questions/%s/statements/%s: carried forward, but %s has no previous rating to take the score from"),
                                      path_kq, path_qs, asr_key_question_get_name (kq)));
  /* An item of a judgement framework has no score to wait for. */
  else if (source == ASR_SOURCE_ASSESSED && !asr_quality_statement_get_scored (statement) &&
           asr_framework_get_scoring_method (asr_assessment_get_framework (asr_key_question_get_assessment (kq)))
           != ASR_SCORING_JUDGEMENT)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("/key_questions/%s/statements/%s: assessed, but not scored yet"),
                                      path_kq, path_qs));
}

/* A focused assessment cannot carry over a rating that was never given:
 * the overall needs all five (cqc-saf.md §4, §9). */
static void
list_focused_problems (AsrAssessment *self,
                       GPtrArray     *problems)
{
  GListModel *kqs = G_LIST_MODEL (self->key_questions);

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);

      if (asr_key_question_get_carried_over (kq) &&
          asr_key_question_get_previous_rating (kq) == ASR_RATING_NONE)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("/key_questions/%s: not assessed in this focused assessment, and %s has no previous rating to carry over, so it is not rated"),
                                          asr_key_question_get_id (kq), asr_key_question_get_name (kq)));
    }
}

void
asr_assessment_foreach_statement (AsrAssessment    *self,
                                  AsrStatementFunc  func,
                                  gpointer          user_data)
{
  GListModel *kqs;

  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_return_if_fail (func != NULL);

  kqs = G_LIST_MODEL (self->key_questions);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      GListModel *statements = asr_key_question_get_statements (kq);

      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, j);
          func (kq, statement, user_data);
        }
    }
}

/* Each conflict is a problem, and a draft marked final while any remain
 * is one more: a merged draft is final only once its conflicts are
 * resolved. */
static void
list_conflict_problems (AsrAssessment *self,
                        GPtrArray     *problems)
{
  guint n = asr_assessment_get_n_conflicts (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);
      g_autofree char *mine = asr_conflict_describe_value (asr_conflict_get_mine (conflict));
      g_autofree char *theirs = asr_conflict_describe_value (asr_conflict_get_theirs (conflict));

      g_ptr_array_add (problems,
                       g_strdup_printf (_("%s: merge conflict: %s has “%.60s”, %s has “%.60s”"),
                                        asr_conflict_get_path (conflict),
                                        asr_conflict_get_mine_label (conflict), mine,
                                        asr_conflict_get_theirs_label (conflict), theirs));
    }
  if (n > 0 && self->status == ASR_STATUS_FINAL)
    g_ptr_array_add (problems, asr_assessment_describe_final_refused (self));
}

GListModel *
asr_assessment_get_conflicts (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->conflicts);
}

guint
asr_assessment_get_n_conflicts (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
}

void
asr_assessment_add_conflict (AsrAssessment *self,
                             AsrConflict   *conflict)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_return_if_fail (ASR_IS_CONFLICT (conflict));
  g_list_store_append (self->conflicts, conflict);
}

void
asr_assessment_replace_conflicts (AsrAssessment *self,
                                  AsrConflict  **items,
                                  guint          n_items)
{
  GListModel *model;
  guint n;
  gboolean same;

  g_return_if_fail (ASR_IS_ASSESSMENT (self));

  model = G_LIST_MODEL (self->conflicts);
  n = g_list_model_get_n_items (model);
  same = n == n_items;
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (model, i);
      same = conflict == items[i];
    }
  if (!same)
    g_list_store_splice (self->conflicts, 0, n, (gpointer *) items, n_items);
}

char *
asr_assessment_describe_final_refused (AsrAssessment *self)
{
  guint n;
  g_autoptr(GString) paths = g_string_new (NULL);

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);

  n = asr_assessment_get_n_conflicts (self);
  for (guint i = 0; i < n && i < 5; i++)
    {
      g_autoptr(AsrConflict) conflict = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);
      g_string_append_printf (paths, "%s%s", i > 0 ? ", " : "", asr_conflict_get_path (conflict));
    }
  if (n > 5)
    g_string_append (paths, ", …");
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "/assessment/status: cannot be final while %u merge conflict remains (%s); resolve it first",
                                       "/assessment/status: cannot be final while %u merge conflicts remain (%s); resolve them first",
                                       n),
                          n, paths->str);
}

void
asr_assessment_set_author (AsrAssessment *self,
                           const char    *name)
{
  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_free (self->author);
  self->author = name != NULL && *name != '\0' ? g_strdup (name) : NULL;
}

const char *
asr_assessment_get_author (AsrAssessment *self)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);
  return self->author;
}

GPtrArray *
asr_assessment_list_problems (AsrAssessment *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), problems);

  asr_assessment_foreach_statement (self, list_statement_problems, problems);
  list_conflict_problems (self, problems);
  list_focused_problems (self, problems);
  return problems;
}

static void
count_statement_comments (AsrKeyQuestion      *key_question,
                          AsrQualityStatement *statement,
                          gpointer             user_data)
{
  guint *n_open = user_data;

  /* A key question's own thread, once, before its first statement. */
  if (asr_quality_statement_get_position (statement) == 0)
    *n_open += asr_comments_count_open (asr_key_question_get_comments (key_question));
  *n_open += asr_comments_count_open (asr_quality_statement_get_comments (statement));
}

guint
asr_assessment_count_open_comments (AsrAssessment *self)
{
  guint n_open = 0;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), 0);

  asr_assessment_foreach_statement (self, count_statement_comments, &n_open);
  return n_open;
}
