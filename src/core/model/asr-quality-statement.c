/* asr-quality-statement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-quality-statement"

#include "config.h"

#include "asr-comment-private.h"
#include "asr-model-private.h"
#include "asr-notes.h"
#include "asr-rules.h"

#include <string.h>

/* The evidence categories of one statement, as a GListModel over a fixed
 * C array.  A GListStore keeps a GSequence node per item, several times
 * the size of the pointers, and a model has a list in every statement;
 * this list never changes, so it needs none of that. */
#define ASR_TYPE_EVIDENCE_LIST (asr_evidence_list_get_type ())
G_DECLARE_FINAL_TYPE (AsrEvidenceList, asr_evidence_list, ASR, EVIDENCE_LIST, GObject)

struct _AsrEvidenceList
{
  GObject       parent_instance;
  AsrEvidence **items;   /* owned */
  guint         n_items;
};

static GType
asr_evidence_list_get_item_type (GListModel *model)
{
  return ASR_TYPE_EVIDENCE;
}

static guint
asr_evidence_list_get_n_items (GListModel *model)
{
  return ASR_EVIDENCE_LIST (model)->n_items;
}

static gpointer
asr_evidence_list_get_item (GListModel *model,
                            guint       position)
{
  AsrEvidenceList *self = ASR_EVIDENCE_LIST (model);

  return position < self->n_items ? g_object_ref (self->items[position]) : NULL;
}

static void
asr_evidence_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = asr_evidence_list_get_item_type;
  iface->get_n_items = asr_evidence_list_get_n_items;
  iface->get_item = asr_evidence_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AsrEvidenceList, asr_evidence_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, asr_evidence_list_model_init))

static void
asr_evidence_list_finalize (GObject *object)
{
  AsrEvidenceList *self = ASR_EVIDENCE_LIST (object);

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_free (self->items);

  G_OBJECT_CLASS (asr_evidence_list_parent_class)->finalize (object);
}

static void
asr_evidence_list_class_init (AsrEvidenceListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = asr_evidence_list_finalize;
}

static void
asr_evidence_list_init (AsrEvidenceList *self)
{
}

struct _AsrQualityStatement
{
  GObject          parent_instance;
  AsrKeyQuestion  *key_question;   /* not owned; cleared by its dispose */
  AsrFramework    *framework;
  const AsrStatementDef *def;      /* owned by the framework */
  AsrEvidenceList *evidence;
  AsrNotes         notes;
  AsrSource        source;
  int              score;
  AsrRating        rating;           /* an item's indicative rating */
  /* Derived */
  int              effective_score;
  int              evidence_percentage;
  int              evidence_sum;     /* of the scored evidence categories */
  int              evidence_n_scored;
  AsrContribution  contribution;   /* as last handed to the key question */
  char            *changed_by;     /* attribution: who changed it last, or NULL */
  char            *changed_at;     /* and when, "YYYY-MM-DDTHH:MM:SSZ" */
  GListStore      *comments;
  gboolean         has_open_comments;
};

G_DEFINE_FINAL_TYPE (AsrQualityStatement, asr_quality_statement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_KEY_QUESTION,
  PROP_SOURCE,
  PROP_SCORE,
  PROP_NOTES,
  PROP_EVIDENCE,
  PROP_EFFECTIVE_SCORE,
  PROP_SCORED,
  PROP_CARRIED_FORWARD_MISSING,
  PROP_EVIDENCE_PERCENTAGE,
  PROP_RATING,
  PROP_CHANGED_BY,
  PROP_CHANGED_AT,
  PROP_COMMENTS,
  PROP_HAS_OPEN_COMMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum { NOTES_EDITED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
is_legacy (AsrQualityStatement *self)
{
  return asr_framework_get_scoring_method (self->framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
}

/* An item of a judgement framework: no score, counted once assessed. */
static gboolean
is_item (AsrQualityStatement *self)
{
  return asr_framework_get_scoring_method (self->framework) == ASR_SCORING_JUDGEMENT;
}

static AsrRating
previous_rating (AsrQualityStatement *self)
{
  return self->key_question != NULL
         ? asr_key_question_get_previous_rating (self->key_question)
         : ASR_RATING_NONE;
}

static void
compute_contribution (AsrQualityStatement *self,
                      AsrContribution     *out)
{
  *out = (AsrContribution) { 0, };
  out->in_scope = self->source != ASR_SOURCE_NOT_APPLICABLE;
  out->not_started = self->source == ASR_SOURCE_NOT_STARTED;
  out->assessed = self->source == ASR_SOURCE_ASSESSED;
  out->cf_missing = self->source == ASR_SOURCE_CARRIED_FORWARD &&
                    previous_rating (self) == ASR_RATING_NONE;
  out->score = (guint8) self->effective_score;
  out->scored = is_item (self) ? self->source == ASR_SOURCE_ASSESSED
                                : self->effective_score > 0;
}

static int
compute_effective_score (AsrQualityStatement *self)
{
  switch (self->source)
    {
    case ASR_SOURCE_ASSESSED:
      return self->score;
    case ASR_SOURCE_CARRIED_FORWARD:
      return asr_rules_carried_forward_score (previous_rating (self));
    case ASR_SOURCE_NOT_STARTED:
    case ASR_SOURCE_NOT_APPLICABLE:
    default:
      return 0;
    }
}

/* Recomputes what is derived, notifies what changed, and hands the key
 * question the difference. */
static void
update (AsrQualityStatement *self)
{
  AsrContribution before = self->contribution;
  int old_effective = self->effective_score;

  self->effective_score = compute_effective_score (self);
  compute_contribution (self, &self->contribution);

  if (old_effective != self->effective_score)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFECTIVE_SCORE]);
      if ((old_effective > 0) != (self->effective_score > 0))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORED]);
    }
  if (before.cf_missing != self->contribution.cf_missing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARRIED_FORWARD_MISSING]);

  if (self->key_question != NULL &&
      memcmp (&before, &self->contribution, sizeof before) != 0)
    _asr_key_question_contribution_changed (self->key_question, &before, &self->contribution);
}

/* Who is editing, if anyone is named: each change of content records them. */
void
asr_quality_statement_record_author (AsrQualityStatement *self)
{
  AsrAssessment *assessment = self->key_question
                              ? asr_key_question_get_assessment (self->key_question) : NULL;
  const char *author = assessment ? asr_assessment_get_author (assessment) : NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *at = NULL;

  if (author == NULL)
    return;
  now = g_date_time_new_now_utc ();
  at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  asr_quality_statement_set_changed_by (self, author);
  asr_quality_statement_set_changed_at (self, at);
}

static void
content_changed (AsrQualityStatement *self)
{
  asr_quality_statement_record_author (self);
  if (self->key_question != NULL)
    _asr_key_question_content_changed (self->key_question);
}

static void
comments_changed (GObject *owner)
{
  AsrQualityStatement *self = ASR_QUALITY_STATEMENT (owner);
  gboolean has_open = asr_comments_count_open (G_LIST_MODEL (self->comments)) > 0;

  if (has_open != self->has_open_comments)
    {
      self->has_open_comments = has_open;
      g_object_notify_by_pspec (owner, properties[PROP_HAS_OPEN_COMMENTS]);
    }
  content_changed (self);
}

static void
asr_quality_statement_dispose (GObject *object)
{
  AsrQualityStatement *self = ASR_QUALITY_STATEMENT (object);

  _asr_comment_thread_detach (self->comments);
  g_clear_object (&self->comments);

  for (guint i = 0; self->evidence != NULL && i < self->evidence->n_items; i++)
    _asr_evidence_detach (self->evidence->items[i]);
  g_clear_object (&self->evidence);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (asr_quality_statement_parent_class)->dispose (object);
}

static void
asr_quality_statement_finalize (GObject *object)
{
  AsrQualityStatement *self = ASR_QUALITY_STATEMENT (object);

  _asr_notes_clear (&self->notes);
  g_free (self->changed_by);
  g_free (self->changed_at);

  G_OBJECT_CLASS (asr_quality_statement_parent_class)->finalize (object);
}

static void
asr_quality_statement_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AsrQualityStatement *self = ASR_QUALITY_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->def->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->def->name);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->def->position);
      break;
    case PROP_KEY_QUESTION:
      g_value_set_object (value, self->key_question);
      break;
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;
    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;
    case PROP_NOTES:
      g_value_set_string (value, asr_quality_statement_get_notes (self));
      break;
    case PROP_EVIDENCE:
      g_value_set_object (value, self->evidence);
      break;
    case PROP_EFFECTIVE_SCORE:
      g_value_set_int (value, self->effective_score);
      break;
    case PROP_SCORED:
      g_value_set_boolean (value, self->effective_score > 0);
      break;
    case PROP_CARRIED_FORWARD_MISSING:
      g_value_set_boolean (value, self->contribution.cf_missing);
      break;
    case PROP_EVIDENCE_PERCENTAGE:
      g_value_set_int (value, self->evidence_percentage);
      break;
    case PROP_RATING:
      g_value_set_enum (value, self->rating);
      break;
    case PROP_CHANGED_BY:
      g_value_set_string (value, self->changed_by);
      break;
    case PROP_CHANGED_AT:
      g_value_set_string (value, self->changed_at);
      break;
    case PROP_COMMENTS:
      g_value_set_object (value, self->comments);
      break;
    case PROP_HAS_OPEN_COMMENTS:
      g_value_set_boolean (value, self->has_open_comments);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_quality_statement_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AsrQualityStatement *self = ASR_QUALITY_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      asr_quality_statement_set_source (self, g_value_get_enum (value));
      break;
    case PROP_SCORE:
      asr_quality_statement_set_score (self, g_value_get_int (value));
      break;
    case PROP_NOTES:
      asr_quality_statement_set_notes (self, g_value_get_string (value));
      break;
    case PROP_RATING:
      asr_quality_statement_set_rating (self, g_value_get_enum (value));
      break;
    case PROP_CHANGED_BY:
      asr_quality_statement_set_changed_by (self, g_value_get_string (value));
      break;
    case PROP_CHANGED_AT:
      asr_quality_statement_set_changed_at (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_quality_statement_class_init (AsrQualityStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = asr_quality_statement_dispose;
  object_class->finalize = asr_quality_statement_finalize;
  object_class->get_property = asr_quality_statement_get_property;
  object_class->set_property = asr_quality_statement_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_KEY_QUESTION] =
    g_param_spec_object ("key-question", NULL, NULL, ASR_TYPE_KEY_QUESTION, ro);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, ASR_TYPE_SOURCE, ASR_SOURCE_NOT_STARTED, rw);
  properties[PROP_SCORE] = g_param_spec_int ("score", NULL, NULL, 0, 4, 0, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_EVIDENCE] =
    g_param_spec_object ("evidence", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_EFFECTIVE_SCORE] =
    g_param_spec_int ("effective-score", NULL, NULL, 0, 4, 0, ro);
  properties[PROP_SCORED] = g_param_spec_boolean ("scored", NULL, NULL, FALSE, ro);
  properties[PROP_CARRIED_FORWARD_MISSING] =
    g_param_spec_boolean ("carried-forward-missing", NULL, NULL, FALSE, ro);
  properties[PROP_EVIDENCE_PERCENTAGE] =
    g_param_spec_int ("evidence-percentage", NULL, NULL, -1, 100, -1, ro);
  properties[PROP_RATING] =
    g_param_spec_enum ("rating", NULL, NULL, ASR_TYPE_RATING, ASR_RATING_NONE, rw);
  properties[PROP_CHANGED_BY] = g_param_spec_string ("changed-by", NULL, NULL, NULL, rw);
  properties[PROP_CHANGED_AT] = g_param_spec_string ("changed-at", NULL, NULL, NULL, rw);
  properties[PROP_COMMENTS] =
    g_param_spec_object ("comments", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_HAS_OPEN_COMMENTS] =
    g_param_spec_boolean ("has-open-comments", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[NOTES_EDITED] = _asr_notes_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
asr_quality_statement_init (AsrQualityStatement *self)
{
  self->evidence_percentage = -1;
  self->comments = _asr_comment_thread_new (G_OBJECT (self), comments_changed);
  self->contribution.in_scope = TRUE;
  self->contribution.not_started = TRUE;
}

AsrQualityStatement *
_asr_quality_statement_new (AsrKeyQuestion        *key_question,
                            AsrFramework          *framework,
                            const AsrStatementDef *def)
{
  AsrQualityStatement *self = g_object_new (ASR_TYPE_QUALITY_STATEMENT, NULL);
  guint n = asr_framework_get_n_evidence_categories (framework);

  self->key_question = key_question;
  self->framework = g_object_ref (framework);
  self->def = def;
  self->evidence = g_object_new (ASR_TYPE_EVIDENCE_LIST, NULL);
  self->evidence->items = g_new (AsrEvidence *, n);
  self->evidence->n_items = n;
  for (guint i = 0; i < n; i++)
    self->evidence->items[i] =
      _asr_evidence_new (self, asr_framework_get_evidence_category (framework, i));
  return self;
}

void
_asr_quality_statement_detach (AsrQualityStatement *self)
{
  self->key_question = NULL;
}

void
_asr_quality_statement_get_contribution (AsrQualityStatement *self,
                                         AsrContribution     *out)
{
  *out = self->contribution;
}

void
_asr_quality_statement_recompute (AsrQualityStatement *self)
{
  update (self);
}

/* Legacy method: the statement's score is the band of its evidence,
 * kept from a running sum so one change costs the same for any size. */
void
_asr_quality_statement_evidence_changed (AsrQualityStatement *self,
                                         int                  old_score,
                                         int                  new_score)
{
  if (old_score != new_score)
    {
      self->evidence_sum += new_score - old_score;
      self->evidence_n_scored += (new_score > 0) - (old_score > 0);
    }
  if (old_score != new_score && is_legacy (self))
    {
      int percentage;
      int score = asr_rules_score_from_evidence (self->framework, self->evidence_sum,
                                                 self->evidence_n_scored, &percentage);

      if (percentage != self->evidence_percentage)
        {
          self->evidence_percentage = percentage;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE_PERCENTAGE]);
        }
      if (score != self->score)
        {
          self->score = score;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
          update (self);
        }
    }
  content_changed (self);
}

const char *
asr_quality_statement_get_id (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return self->def->id;
}

const char *
asr_quality_statement_get_name (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return self->def->name;
}

guint
asr_quality_statement_get_position (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), 0);
  return self->def->position;
}

AsrKeyQuestion *
asr_quality_statement_get_key_question (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return self->key_question;
}

AsrSource
asr_quality_statement_get_source (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), 0);
  return self->source;
}

void
asr_quality_statement_set_source (AsrQualityStatement *self,
                                  AsrSource            source)
{
  g_return_if_fail (ASR_IS_QUALITY_STATEMENT (self));
  g_return_if_fail (source <= ASR_SOURCE_NOT_APPLICABLE);
  g_return_if_fail (source != ASR_SOURCE_CARRIED_FORWARD || !is_item (self));

  if (self->source == source)
    return;
  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
  update (self);
  content_changed (self);
}

int
asr_quality_statement_get_score (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), 0);
  return self->score;
}

/* In the legacy framework the score is the evidence categories' band and
 * cannot be set directly. */
void
asr_quality_statement_set_score (AsrQualityStatement *self,
                                 int                  score)
{
  g_return_if_fail (ASR_IS_QUALITY_STATEMENT (self));
  g_return_if_fail (score >= 0 && score <= 4);
  g_return_if_fail (!is_legacy (self));
  g_return_if_fail (score == 0 || !is_item (self));

  if (self->score == score)
    return;
  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
  update (self);
  content_changed (self);
}

const char *
asr_quality_statement_get_notes (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return _asr_notes_get (&self->notes);
}

void
asr_quality_statement_set_notes (AsrQualityStatement *self,
                                 const char          *notes)
{
  g_return_if_fail (ASR_IS_QUALITY_STATEMENT (self));

  if (_asr_notes_set (&self->notes, G_OBJECT (self), signals[NOTES_EDITED],
                      properties[PROP_NOTES], notes))
    content_changed (self);
}

gboolean
asr_quality_statement_edit_notes (AsrQualityStatement *self,
                                  guint                offset,
                                  guint                n_removed,
                                  const char          *inserted)
{
  gboolean changed;

  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), FALSE);
  g_return_val_if_fail (inserted != NULL, FALSE);

  if (!_asr_notes_edit (&self->notes, G_OBJECT (self), signals[NOTES_EDITED],
                        properties[PROP_NOTES], offset, n_removed, inserted, &changed))
    return FALSE;
  if (changed)
    content_changed (self);
  return TRUE;
}

void
_asr_quality_statement_share_notes (AsrQualityStatement *self,
                                    AsrQualityStatement *from)
{
  g_assert (self != from);

  _asr_notes_take_shared (&self->notes, _asr_notes_dup_shared (&from->notes));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
asr_quality_statement_get_effective_score (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), 0);
  return self->effective_score;
}

gboolean
asr_quality_statement_get_scored (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), FALSE);
  return self->effective_score > 0;
}

gboolean
asr_quality_statement_get_carried_forward_missing (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), FALSE);
  return self->contribution.cf_missing;
}

int
asr_quality_statement_get_evidence_percentage (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), -1);
  return self->evidence_percentage;
}

GListModel *
asr_quality_statement_get_evidence (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return G_LIST_MODEL (self->evidence);
}

AsrEvidence *
asr_quality_statement_lookup_evidence (AsrQualityStatement *self,
                                       const char          *category_id)
{
  guint index;

  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);

  if (asr_framework_lookup_evidence_category (self->framework, category_id, &index) == NULL)
    return NULL;
  /* One item per category, in the framework's order. */
  return self->evidence->items[index];
}

AsrRating
asr_quality_statement_get_rating (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), ASR_RATING_NONE);
  return self->rating;
}

/* An item's indicative rating: what its evidence suggests, for the
 * judgement of its key question; it is not counted or combined. */
void
asr_quality_statement_set_rating (AsrQualityStatement *self,
                                  AsrRating            rating)
{
  g_return_if_fail (ASR_IS_QUALITY_STATEMENT (self));
  g_return_if_fail (rating <= ASR_RATING_OUTSTANDING);
  g_return_if_fail (rating == ASR_RATING_NONE || is_item (self));

  if (self->rating == rating)
    return;
  self->rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
  content_changed (self);
}

const char *
asr_quality_statement_get_changed_by (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return self->changed_by;
}

const char *
asr_quality_statement_get_changed_at (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return self->changed_at;
}

/* Attribution is not content: setting it never stamps it again. */
static void
set_attribution (AsrQualityStatement *self,
                 char               **field,
                 const char          *value,
                 guint                prop)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  if (self->key_question != NULL)
    _asr_key_question_content_changed (self->key_question);
}

void
asr_quality_statement_set_changed_by (AsrQualityStatement *self,
                                      const char          *name)
{
  g_return_if_fail (ASR_IS_QUALITY_STATEMENT (self));
  set_attribution (self, &self->changed_by, name, PROP_CHANGED_BY);
}

void
asr_quality_statement_set_changed_at (AsrQualityStatement *self,
                                      const char          *timestamp)
{
  g_return_if_fail (ASR_IS_QUALITY_STATEMENT (self));
  set_attribution (self, &self->changed_at, timestamp, PROP_CHANGED_AT);
}

GListModel *
asr_quality_statement_get_comments (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), NULL);
  return G_LIST_MODEL (self->comments);
}

gboolean
asr_quality_statement_has_open_comments (AsrQualityStatement *self)
{
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (self), FALSE);
  return self->has_open_comments;
}
