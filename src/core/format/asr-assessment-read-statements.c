/* asr-assessment-read-statements.c: /key_questions of a .assessment file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"
#include "asr-framework.h"
#include "asr-text.h"

/* A quality statement's members, kept until its end: whether its score is
 * allowed depends on its source, which may come after it. */
typedef struct
{
  AsrQualityStatement *statement;
  AsrSource            source;
  gboolean             has_source;
  gboolean             has_score;
  int                  score;
  AsrRating            rating;   /* an item's indicative rating */
} StatementLoad;

typedef struct
{
  AsrRating  rating;
  gboolean   has_rating;
  char      *reason;
} OverrideLoad;

static gboolean
is_legacy (AsrQualityStatement *statement)
{
  AsrKeyQuestion *kq = asr_quality_statement_get_key_question (statement);
  AsrFramework *framework = asr_assessment_get_framework (asr_key_question_get_assessment (kq));

  return asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
}

static gboolean
is_item (AsrQualityStatement *statement)
{
  AsrKeyQuestion *kq = asr_quality_statement_get_key_question (statement);
  AsrFramework *framework = asr_assessment_get_framework (asr_key_question_get_assessment (kq));

  return asr_framework_get_scoring_method (framework) == ASR_SCORING_JUDGEMENT;
}

/* An item of a judgement framework has a source, notes and an optional
 * indicative rating: nothing numeric, nothing carried forward. */
static gboolean
item_member (AsrLoad       *load,
             const char    *name,
             StatementLoad *st)
{
  if (strcmp (name, "rating") == 0)
    return _asr_load_rating_value (load, &st->rating);
  if (strcmp (name, "score") == 0 || strcmp (name, "evidence") == 0)
    return _asr_load_fail (load, _("an item of a judgement framework has no %s: its key question is judged in the round"),
                           strcmp (name, "score") == 0 ? _("score") : _("evidence categories"));
  return _asr_load_unknown_member (load);
}

static gboolean
score_value (AsrLoad *load,
             int     *out)
{
  gint64 score;

  /* null: assessed, not scored yet (the file keeps what the editor had). */
  if (load->token == ASR_JSON_TOKEN_NULL)
    {
      *out = 0;
      return TRUE;
    }
  if (!_asr_load_int_range (load, 1, 4, &score))
    return FALSE;
  *out = (int) score;
  return TRUE;
}

static gboolean
evidence_entry_member (AsrLoad    *load,
                       const char *name,
                       gpointer    data)
{
  AsrEvidence *evidence = data;
  const char *notes;
  int score;

  if (strcmp (name, "score") == 0)
    {
      if (!score_value (load, &score))
        return FALSE;
      asr_evidence_set_score (evidence, score);
      return TRUE;
    }
  if (strcmp (name, "notes") == 0)
    {
      if (!_asr_load_string (load, &notes))
        return FALSE;
      asr_evidence_set_notes (evidence, notes);
      return TRUE;
    }
  return _asr_load_unknown_member (load);
}

static gboolean
evidence_member (AsrLoad    *load,
                 const char *name,
                 gpointer    data)
{
  AsrEvidence *evidence = asr_quality_statement_lookup_evidence (data, name);

  if (evidence == NULL)
    {
      g_autofree char *shown = asr_text_quote (name);

      return _asr_load_fail (load, _("unknown evidence category “%s”"), shown);
    }
  return _asr_load_members (load, evidence_entry_member, evidence);
}

static gboolean
source_value (AsrLoad   *load,
              AsrSource *out)
{
  const char *id;

  if (!_asr_load_string (load, &id))
    return FALSE;
  if (!asr_source_from_id (id, out))
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load,
                             _("expected a source (assessed, carried-forward, not-applicable, not-started), got “%s”"), shown);
    }
  return TRUE;
}

static gboolean
statement_member (AsrLoad    *load,
                  const char *name,
                  gpointer    data)
{
  StatementLoad *st = data;
  const char *notes;

  if (strcmp (name, "source") == 0)
    {
      st->has_source = TRUE;
      if (!source_value (load, &st->source))
        return FALSE;
      if (st->source == ASR_SOURCE_CARRIED_FORWARD && is_item (st->statement))
        {
          /* Listed as a problem and left out, as any invalid value. */
          st->has_source = FALSE;
          return _asr_load_fail (load, _("an item of a judgement framework cannot be carried forward: it has no score to carry"));
        }
      return TRUE;
    }
  if (is_item (st->statement) && strcmp (name, "notes") != 0)
    return item_member (load, name, st);
  if (strcmp (name, "score") == 0)
    {
      st->has_score = TRUE;
      return score_value (load, &st->score);
    }
  if (strcmp (name, "notes") == 0)
    {
      if (!_asr_load_string (load, &notes))
        return FALSE;
      asr_quality_statement_set_notes (st->statement, notes);
      return TRUE;
    }
  if (strcmp (name, "evidence") == 0)
    return _asr_load_members (load, evidence_member, st->statement);
  if (strcmp (name, "changed") == 0)
    return _asr_load_changed (load, st->statement);
  if (strcmp (name, "comments") == 0)
    return _asr_load_comments (load, asr_quality_statement_get_comments (st->statement));
  return _asr_load_unknown_member (load);
}

/* Which sources take a score from the file, per scoring method. */
static gboolean
check_score (AsrLoad             *load,
             const StatementLoad *st)
{
  if (is_item (st->statement))
    return TRUE;
  gboolean legacy = is_legacy (st->statement);
  int computed = asr_quality_statement_get_score (st->statement);
  g_autofree char *message = NULL;

  if (st->source == ASR_SOURCE_ASSESSED && !legacy && !st->has_score)
    return _asr_load_fail (load,
                           _("missing member “score”: an assessed quality statement needs a score 1–4 (or null while not scored yet)"));
  if (!st->has_score || (st->source == ASR_SOURCE_ASSESSED && !legacy))
    return TRUE;

  if (st->source != ASR_SOURCE_ASSESSED)
    message = g_strdup_printf (_("a quality statement that is %s has no score of its own"),
                               st->source == ASR_SOURCE_CARRIED_FORWARD ? _("carried forward (its score comes from the previous rating)")
                               : st->source == ASR_SOURCE_NOT_APPLICABLE ? _("not applicable") : _("not started"));
  else if (st->score != computed)
    message = g_strdup_printf (_("%d does not match the score computed from the evidence categories (%d)"),
                               st->score, computed);
  return message == NULL || _asr_load_fail_at (load, "score", message);
}

static gboolean
statements_member (AsrLoad    *load,
                   const char *id,
                   gpointer    data)
{
  AsrKeyQuestion *kq = data;
  StatementLoad st = { asr_key_question_lookup_statement (kq, id), ASR_SOURCE_NOT_STARTED, };
  guint before;

  if (st.statement == NULL)
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load, _("“%s” is not a quality statement of %s"),
                             shown, asr_key_question_get_name (kq));
    }
  before = _asr_load_n_problems (load);
  if (!_asr_load_members (load, statement_member, &st))
    return FALSE;

  /* A member that was listed as a problem and left out would only be
   * reported again as missing or not matching: keep what is valid. */
  if (_asr_load_n_problems (load) > before)
    {
      if (st.has_source)
        asr_quality_statement_set_source (st.statement, st.source);
      if (st.has_source && st.source == ASR_SOURCE_ASSESSED && !is_legacy (st.statement))
        asr_quality_statement_set_score (st.statement, st.score);
      return TRUE;
    }

  /* At the statement's end, with its path. */
  if (!st.has_source)
    return _asr_load_fail (load, _("missing member “%s”"), "source");
  if (!check_score (load, &st))
    return FALSE;
  asr_quality_statement_set_source (st.statement, st.source);
  if (is_item (st.statement))
    asr_quality_statement_set_rating (st.statement, st.rating);
  else if (st.source == ASR_SOURCE_ASSESSED && !is_legacy (st.statement))
    asr_quality_statement_set_score (st.statement, st.score);
  return TRUE;
}

static gboolean
enforcement_value (AsrLoad        *load,
                   AsrKeyQuestion *kq)
{
  AsrEnforcement enforcement;
  const char *id;

  if (!_asr_load_string (load, &id))
    return FALSE;
  if (!asr_enforcement_from_id (id, &enforcement))
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load,
                             _("expected none, requirement-notice or warning-notice, got “%s”"), shown);
    }
  asr_key_question_set_enforcement (kq, enforcement);
  return TRUE;
}

static gboolean
override_member (AsrLoad    *load,
                 const char *name,
                 gpointer    data)
{
  OverrideLoad *ov = data;
  const char *reason;

  if (strcmp (name, "rating") == 0)
    {
      ov->has_rating = TRUE;
      return _asr_load_rating_value (load, &ov->rating);
    }
  if (strcmp (name, "reason") != 0)
    return _asr_load_unknown_member (load);
  if (!_asr_load_string (load, &reason))
    return FALSE;
  ov->reason = g_strdup (reason);
  return TRUE;
}

static gboolean
override_value (AsrLoad        *load,
                AsrKeyQuestion *kq)
{
  OverrideLoad ov = { ASR_RATING_NONE, FALSE, NULL };
  gboolean ok;

  if (asr_framework_get_scoring_method (asr_assessment_get_framework (asr_key_question_get_assessment (kq)))
      == ASR_SCORING_JUDGEMENT)
    return _asr_load_fail (load, _("a judged key question has no override: its judgement is its rating"));

  ok = _asr_load_members (load, override_member, &ov);
  if (ok && !ov.has_rating)
    ok = _asr_load_fail (load, _("missing member “%s”"), "rating");
  else if (ok && ov.reason == NULL)
    ok = _asr_load_fail (load, _("missing member “%s”"), "reason");
  else if (ok && !asr_key_question_set_override (kq, ov.rating, ov.reason, NULL))
    ok = _asr_load_fail_at (load, "reason", _("an override of a rating needs a written reason"));
  g_free (ov.reason);
  return ok;
}

/* "published": what a published report said, beside what the statements
 * compute.  A percentage may be below 25: CQC has published such figures
 * (statements counted as 0), and the import keeps what was published. */
typedef struct
{
  gint64    percentage;
  AsrRating rating;
} PublishedLoad;

static gboolean
published_member (AsrLoad    *load,
                  const char *name,
                  gpointer    data)
{
  PublishedLoad *published = data;

  if (strcmp (name, "percentage") == 0)
    return _asr_load_int_range (load, 0, 100, &published->percentage);
  if (strcmp (name, "rating") == 0)
    return _asr_load_rating_value (load, &published->rating);
  return _asr_load_unknown_member (load);
}

static gboolean
published_value (AsrLoad        *load,
                 AsrKeyQuestion *kq)
{
  PublishedLoad published = { -1, ASR_RATING_NONE };

  if (!_asr_load_members (load, published_member, &published))
    return FALSE;
  asr_key_question_set_report (kq, (int) published.percentage, published.rating);
  return TRUE;
}

static gboolean
key_question_member (AsrLoad    *load,
                     const char *name,
                     gpointer    data)
{
  if (strcmp (name, "enforcement") == 0)
    return enforcement_value (load, data);
  if (strcmp (name, "override") == 0)
    return override_value (load, data);
  if (strcmp (name, "judgement") == 0)
    return _asr_load_judgement (load, data);
  if (strcmp (name, "published") == 0)
    return published_value (load, data);
  if (strcmp (name, "statements") == 0)
    return _asr_load_members (load, statements_member, data);
  if (strcmp (name, "comments") == 0)
    return _asr_load_comments (load, asr_key_question_get_comments (data));
  return _asr_load_unknown_member (load);
}

static gboolean
key_questions_member (AsrLoad    *load,
                      const char *id,
                      gpointer    data)
{
  AsrKeyQuestion *kq = asr_assessment_lookup_key_question (data, id);

  if (kq == NULL)
    {
      g_autofree char *shown = asr_text_quote (id);

      return _asr_load_fail (load, _("unknown key question “%s”"), shown);
    }
  return _asr_load_members (load, key_question_member, kq);
}

gboolean
_asr_load_key_questions (AsrLoad  *load,
                         gpointer  assessment)
{
  return _asr_load_members (load, key_questions_member, assessment);
}
