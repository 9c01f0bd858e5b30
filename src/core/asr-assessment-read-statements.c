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

/* Notes are most of a large file: once the model holds a copy, the tree's
 * copy goes, so a load peaks at about two copies of the text, not three. */
static void
forget_notes (JsonObject *object)
{
  json_object_remove_member (object, "notes");
}

static gboolean
score_value (AsrWalk  *walk,
             JsonNode *node,
             gpointer  data,
             GError  **error)
{
  gint64 score;

  /* null: assessed, not scored yet (the file keeps what the editor had). */
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *(int *) data = 0;
      return TRUE;
    }
  if (!asr_walk_int_range (walk, node, 1, 4, &score, error))
    return FALSE;
  *(int *) data = (int) score;
  return TRUE;
}

static gboolean
load_evidence_entry (AsrWalk     *walk,
                     JsonNode    *node,
                     AsrEvidence *evidence,
                     GError     **error)
{
  static const char * const allowed[] = { "score", "notes", NULL };
  PropertyTarget notes = { G_OBJECT (evidence), "notes" };
  JsonObject *object;
  int score = 0;

  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !_asr_io_with_member (walk, object, "score", FALSE, score_value, &score, error) ||
      !_asr_io_with_member (walk, object, "notes", FALSE, _asr_io_string_property, &notes, error))
    return FALSE;
  forget_notes (object);
  asr_evidence_set_score (evidence, score);
  return TRUE;
}

static gboolean
load_evidence (AsrWalk  *walk,
               JsonNode *node,
               gpointer  data,
               GError  **error)
{
  AsrQualityStatement *statement = data;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!asr_walk_object (walk, node, &object, error))
    return FALSE;
  members = json_object_get_members (object);
  for (const GList *l = members; l; l = l->next)
    {
      AsrEvidence *evidence = asr_quality_statement_lookup_evidence (statement, l->data);
      gsize mark = asr_walk_enter (walk, l->data);

      if (evidence == NULL)
        return asr_walk_fail (walk, error, _("unknown evidence category “%.40s”"), (char *) l->data);
      if (!load_evidence_entry (walk, json_object_get_member (object, l->data), evidence, error))
        return FALSE;
      asr_walk_leave (walk, mark);
    }
  return TRUE;
}

static gboolean
source_value (AsrWalk  *walk,
              JsonNode *node,
              gpointer  data,
              GError  **error)
{
  const char *id;

  if (!asr_walk_string (walk, node, &id, error))
    return FALSE;
  if (!asr_source_from_id (id, data) && strcmp (id, "not-started") != 0)
    return asr_walk_fail (walk, error,
                          _("expected a source (assessed, carried-forward, not-applicable, not-started), got “%.40s”"), id);
  if (strcmp (id, "not-started") == 0)
    *(AsrSource *) data = ASR_SOURCE_NOT_STARTED;
  return TRUE;
}

/* Which sources take a score from the file, per scoring method. */
static gboolean
check_score (AsrWalk             *walk,
             JsonObject          *object,
             AsrQualityStatement *statement,
             AsrSource            source,
             int                  score,
             GError             **error)
{
  AsrKeyQuestion *kq = asr_quality_statement_get_key_question (statement);
  AsrFramework *framework = asr_assessment_get_framework (asr_key_question_get_assessment (kq));
  gboolean legacy = asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
  gboolean has_score = json_object_has_member (object, "score");
  gsize mark;

  if (source == ASR_SOURCE_ASSESSED && !legacy && !has_score)
    return asr_walk_fail (walk, error,
                          _("missing member “score”: an assessed quality statement needs a score 1–4 (or null while not scored yet)"));
  if (!has_score || (source == ASR_SOURCE_ASSESSED && !legacy))
    return TRUE;

  mark = asr_walk_enter (walk, "score");
  if (source != ASR_SOURCE_ASSESSED)
    return asr_walk_fail (walk, error, _("a quality statement that is %s has no score of its own"),
                          source == ASR_SOURCE_CARRIED_FORWARD ? _("carried forward (its score comes from the previous rating)")
                          : source == ASR_SOURCE_NOT_APPLICABLE ? _("not applicable") : _("not started"));
  if (score != asr_quality_statement_get_score (statement))
    return asr_walk_fail (walk, error,
                          _("%d does not match the score computed from the evidence categories (%d)"),
                          score, asr_quality_statement_get_score (statement));
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_statement (AsrWalk             *walk,
                JsonNode            *node,
                AsrQualityStatement *statement,
                GError             **error)
{
  static const char * const allowed[] = { "source", "score", "notes", "evidence", NULL };
  PropertyTarget notes = { G_OBJECT (statement), "notes" };
  AsrSource source = ASR_SOURCE_NOT_STARTED;
  JsonObject *object;
  int score = 0;

  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !_asr_io_with_member (walk, object, "source", TRUE, source_value, &source, error) ||
      !_asr_io_with_member (walk, object, "score", FALSE, score_value, &score, error) ||
      !_asr_io_with_member (walk, object, "notes", FALSE, _asr_io_string_property, &notes, error) ||
      !_asr_io_with_member (walk, object, "evidence", FALSE, load_evidence, statement, error))
    return FALSE;

  forget_notes (object);
  if (!check_score (walk, object, statement, source, score, error))
    return FALSE;
  asr_quality_statement_set_source (statement, source);
  if (source == ASR_SOURCE_ASSESSED &&
      asr_framework_get_scoring_method (asr_assessment_get_framework (
        asr_key_question_get_assessment (asr_quality_statement_get_key_question (statement))))
      == ASR_SCORING_QUALITY_STATEMENT)
    asr_quality_statement_set_score (statement, score);
  return TRUE;
}

static gboolean
load_statements (AsrWalk  *walk,
                 JsonNode *node,
                 gpointer  data,
                 GError  **error)
{
  AsrKeyQuestion *kq = data;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!asr_walk_object (walk, node, &object, error))
    return FALSE;
  members = json_object_get_members (object);
  for (const GList *l = members; l; l = l->next)
    {
      AsrQualityStatement *statement = asr_key_question_lookup_statement (kq, l->data);
      gsize mark = asr_walk_enter (walk, l->data);

      if (statement == NULL)
        return asr_walk_fail (walk, error, _("“%.40s” is not a quality statement of %s"),
                              (char *) l->data, asr_key_question_get_name (kq));
      if (!load_statement (walk, json_object_get_member (object, l->data), statement, error))
        return FALSE;
      asr_walk_leave (walk, mark);
    }
  return TRUE;
}

static gboolean
enforcement_value (AsrWalk  *walk,
                   JsonNode *node,
                   gpointer  data,
                   GError  **error)
{
  AsrEnforcement enforcement;
  const char *id;

  if (!asr_walk_string (walk, node, &id, error))
    return FALSE;
  if (!asr_enforcement_from_id (id, &enforcement))
    return asr_walk_fail (walk, error,
                          _("expected none, requirement-notice or warning-notice, got “%.40s”"), id);
  asr_key_question_set_enforcement (data, enforcement);
  return TRUE;
}

static gboolean
load_override (AsrWalk  *walk,
               JsonNode *node,
               gpointer  data,
               GError  **error)
{
  static const char * const allowed[] = { "rating", "reason", NULL };
  JsonObject *object;
  JsonNode *member;
  AsrRating rating;
  const char *reason;
  gsize mark;

  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !asr_walk_require (walk, object, "rating", &member, error))
    return FALSE;
  mark = asr_walk_enter (walk, "rating");
  if (!_asr_io_rating_value (walk, member, &rating, error))
    return FALSE;
  asr_walk_leave (walk, mark);

  if (!asr_walk_require (walk, object, "reason", &member, error))
    return FALSE;
  mark = asr_walk_enter (walk, "reason");
  if (!asr_walk_string (walk, member, &reason, error))
    return FALSE;
  if (!asr_key_question_set_override (data, rating, reason, NULL))
    return asr_walk_fail (walk, error, _("an override of a rating needs a written reason"));
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_key_question (AsrWalk  *walk,
                   JsonNode *node,
                   gpointer  data,
                   GError  **error)
{
  static const char * const allowed[] = { "enforcement", "override", "statements", NULL };
  JsonObject *object;

  return asr_walk_object (walk, node, &object, error) &&
         asr_walk_only_members (walk, object, allowed, error) &&
         _asr_io_with_member (walk, object, "enforcement", FALSE, enforcement_value, data, error) &&
         _asr_io_with_member (walk, object, "override", FALSE, load_override, data, error) &&
         _asr_io_with_member (walk, object, "statements", FALSE, load_statements, data, error);
}

gboolean
_asr_io_load_key_questions (AsrWalk  *walk,
                            JsonNode *node,
                            gpointer  data,
                            GError  **error)
{
  AsrAssessment *assessment = data;
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!asr_walk_object (walk, node, &object, error))
    return FALSE;
  members = json_object_get_members (object);
  for (const GList *l = members; l; l = l->next)
    {
      AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, l->data);

      if (kq == NULL)
        {
          asr_walk_enter (walk, l->data);
          return asr_walk_fail (walk, error, _("unknown key question “%.40s”"), (char *) l->data);
        }
      if (!_asr_io_with_member (walk, object, l->data, TRUE, load_key_question, kq, error))
        return FALSE;
    }
  return TRUE;
}
