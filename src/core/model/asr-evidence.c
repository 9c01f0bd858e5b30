/* asr-evidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-evidence"

#include "config.h"

#include <string.h>

#include "asr-model-private.h"
#include "asr-notes.h"

struct _AsrEvidence
{
  GObject              parent_instance;
  AsrQualityStatement *statement;     /* not owned; cleared by its dispose */
  /* Interned: a model holds hundreds of these, and every one of a
   * category would otherwise carry its own copy of the same two strings. */
  const char          *category_id;
  const char          *name;
  AsrNotes             notes;
  int                  score;
};

G_DEFINE_FINAL_TYPE (AsrEvidence, asr_evidence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATEGORY_ID,
  PROP_NAME,
  PROP_SCORE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum { NOTES_EDITED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
asr_evidence_finalize (GObject *object)
{
  AsrEvidence *self = ASR_EVIDENCE (object);

  _asr_notes_clear (&self->notes);

  G_OBJECT_CLASS (asr_evidence_parent_class)->finalize (object);
}

static void
asr_evidence_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AsrEvidence *self = ASR_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_CATEGORY_ID:
      g_value_set_string (value, self->category_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;
    case PROP_NOTES:
      g_value_set_string (value, asr_evidence_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_evidence_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AsrEvidence *self = ASR_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_SCORE:
      asr_evidence_set_score (self, g_value_get_int (value));
      break;
    case PROP_NOTES:
      asr_evidence_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_evidence_class_init (AsrEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = asr_evidence_finalize;
  object_class->get_property = asr_evidence_get_property;
  object_class->set_property = asr_evidence_set_property;

  properties[PROP_CATEGORY_ID] =
    g_param_spec_string ("category-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_int ("score", NULL, NULL, 0, 4, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[NOTES_EDITED] = _asr_notes_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
asr_evidence_init (AsrEvidence *self)
{
}

AsrEvidence *
_asr_evidence_new (AsrQualityStatement          *statement,
                   const AsrEvidenceCategoryDef *def)
{
  AsrEvidence *self = g_object_new (ASR_TYPE_EVIDENCE, NULL);

  self->statement = statement;
  self->category_id = g_intern_string (def->id);
  self->name = g_intern_string (def->name);
  return self;
}

void
_asr_evidence_detach (AsrEvidence *self)
{
  self->statement = NULL;
}

const char *
asr_evidence_get_category_id (AsrEvidence *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE (self), NULL);
  return self->category_id;
}

const char *
asr_evidence_get_name (AsrEvidence *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE (self), NULL);
  return self->name;
}

int
asr_evidence_get_score (AsrEvidence *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE (self), 0);
  return self->score;
}

void
asr_evidence_set_score (AsrEvidence *self,
                        int          score)
{
  g_return_if_fail (ASR_IS_EVIDENCE (self));
  g_return_if_fail (score >= 0 && score <= 4);

  int old_score = self->score;

  if (old_score == score)
    return;
  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
  if (self->statement != NULL)
    _asr_quality_statement_evidence_changed (self->statement, old_score, score);
}

static void
notes_changed (AsrEvidence *self)
{
  if (self->statement != NULL)
    _asr_quality_statement_evidence_changed (self->statement, self->score, self->score);
}

const char *
asr_evidence_get_notes (AsrEvidence *self)
{
  g_return_val_if_fail (ASR_IS_EVIDENCE (self), NULL);
  return _asr_notes_get (&self->notes);
}

void
asr_evidence_set_notes (AsrEvidence *self,
                        const char  *notes)
{
  g_return_if_fail (ASR_IS_EVIDENCE (self));

  if (_asr_notes_set (&self->notes, G_OBJECT (self), signals[NOTES_EDITED],
                      properties[PROP_NOTES], notes))
    notes_changed (self);
}

gboolean
asr_evidence_edit_notes (AsrEvidence *self,
                         guint        offset,
                         guint        n_removed,
                         const char  *inserted)
{
  gboolean changed;

  g_return_val_if_fail (ASR_IS_EVIDENCE (self), FALSE);
  g_return_val_if_fail (inserted != NULL, FALSE);

  if (!_asr_notes_edit (&self->notes, G_OBJECT (self), signals[NOTES_EDITED],
                        properties[PROP_NOTES], offset, n_removed, inserted, &changed))
    return FALSE;
  if (changed)
    notes_changed (self);
  return TRUE;
}

void
_asr_evidence_share_notes (AsrEvidence *self,
                           AsrEvidence *from)
{
  g_assert (self != from);

  _asr_notes_take_shared (&self->notes, _asr_notes_dup_shared (&from->notes));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
