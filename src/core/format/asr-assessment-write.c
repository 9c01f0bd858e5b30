/* asr-assessment-write.c: stable, pretty, diff-friendly .assessment files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Members come in a fixed order, key questions and quality statements in
 * the framework's order, so a change of one score is a one-line diff.
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-assessment-io.h"
#include "asr-assessment-io-private.h"
#include "asr-json-writer.h"
#include "asr-safe-file.h"
#include "asr-summary.h"

static void
write_string_member (AsrJsonWriter *w,
                     const char    *key,
                     const char    *value)
{
  asr_json_writer_key (w, key);
  asr_json_writer_string (w, value);
}

static void
write_header (AsrAssessment *self,
              AsrJsonWriter *w)
{
  asr_json_writer_key (w, "format");
  asr_json_writer_string (w, ASR_ASSESSMENT_FORMAT);
  asr_json_writer_key (w, "version");
  asr_json_writer_int (w, ASR_ASSESSMENT_VERSION);
  write_string_member (w, "framework", asr_framework_get_id (asr_assessment_get_framework (self)));
  /* Which edition it was written against, so a reader without it can say. */
  write_string_member (w, "framework_version",
                       asr_framework_get_version (asr_assessment_get_framework (self)));

  asr_json_writer_key (w, "service");
  asr_json_writer_begin_object (w);
  write_string_member (w, "provider", asr_assessment_get_provider (self));
  write_string_member (w, "location", asr_assessment_get_location (self));
  write_string_member (w, "name", asr_assessment_get_service_name (self));
  write_string_member (w, "type", asr_assessment_get_service_type (self));
  /* Portfolio members only when set, so a single service's file is as
   * before. */
  if (*asr_assessment_get_location_id (self) != '\0')
    write_string_member (w, "location_id", asr_assessment_get_location_id (self));
  if (*asr_assessment_get_core_service (self) != '\0')
    write_string_member (w, "core_service", asr_assessment_get_core_service (self));
  if (asr_assessment_get_level (self) != ASR_LEVEL_SERVICE)
    write_string_member (w, "level", asr_level_to_id (asr_assessment_get_level (self)));
  asr_json_writer_end_object (w);

  asr_json_writer_key (w, "assessment");
  asr_json_writer_begin_object (w);
  write_string_member (w, "date", asr_assessment_get_date (self));
  asr_json_writer_key (w, "assessors");
  asr_json_writer_begin_array (w);
  for (const char * const *a = asr_assessment_get_assessors (self); *a; a++)
    asr_json_writer_string (w, *a);
  asr_json_writer_end_array (w);
  write_string_member (w, "status", asr_status_to_id (asr_assessment_get_status (self)));
  asr_json_writer_key (w, "breach_of_regulation");
  asr_json_writer_boolean (w, asr_assessment_get_breach_of_regulation (self));
  asr_json_writer_key (w, "advisory_limiters");
  asr_json_writer_boolean (w, asr_assessment_get_advisory_limiters (self));
  /* Only when asked for, so other files stay as they were. */
  if (asr_assessment_get_focused (self))
    {
      asr_json_writer_key (w, "focused");
      asr_json_writer_boolean (w, TRUE);
    }
  asr_json_writer_end_object (w);
}

/* previous.dates: only the key questions with a date of their own. */
static void
write_previous_dates (GListModel    *kqs,
                      AsrJsonWriter *w)
{
  gboolean opened = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      const char *date = asr_key_question_get_previous_date (kq);

      if (*date == '\0')
        continue;
      if (!opened)
        {
          asr_json_writer_key (w, "dates");
          asr_json_writer_begin_object (w);
          opened = TRUE;
        }
      write_string_member (w, asr_key_question_get_id (kq), date);
    }
  if (opened)
    asr_json_writer_end_object (w);
}

static void
write_previous (AsrAssessment *self,
                AsrJsonWriter *w)
{
  GListModel *kqs = asr_assessment_get_key_questions (self);
  AsrRating overall = asr_assessment_get_previous_overall_rating (self);

  asr_json_writer_key (w, "previous");
  asr_json_writer_begin_object (w);
  write_string_member (w, "date", asr_assessment_get_previous_date (self));
  write_string_member (w, "source", asr_assessment_get_previous_source (self));
  write_previous_dates (kqs, w);
  asr_json_writer_key (w, "ratings");
  asr_json_writer_begin_object (w);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      AsrRating rating = asr_key_question_get_previous_rating (kq);

      if (rating != ASR_RATING_NONE)
        write_string_member (w, asr_key_question_get_id (kq), asr_rating_to_id (rating));
    }
  if (overall != ASR_RATING_NONE)
    write_string_member (w, "overall", asr_rating_to_id (overall));
  asr_json_writer_end_object (w);
  asr_json_writer_end_object (w);
}

static gboolean
evidence_is_empty (AsrEvidence *evidence)
{
  return asr_evidence_get_score (evidence) == 0 && *asr_evidence_get_notes (evidence) == '\0';
}

static void
write_evidence (AsrQualityStatement *statement,
                AsrJsonWriter       *w)
{
  GListModel *model = asr_quality_statement_get_evidence (statement);
  gboolean opened = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AsrEvidence) evidence = g_list_model_get_item (model, i);

      if (evidence_is_empty (evidence))
        continue;
      if (!opened)
        {
          asr_json_writer_key (w, "evidence");
          asr_json_writer_begin_object (w);
          opened = TRUE;
        }
      asr_json_writer_key (w, asr_evidence_get_category_id (evidence));
      asr_json_writer_begin_object (w);
      if (asr_evidence_get_score (evidence) > 0)
        {
          asr_json_writer_key (w, "score");
          asr_json_writer_int (w, asr_evidence_get_score (evidence));
        }
      write_string_member (w, "notes", asr_evidence_get_notes (evidence));
      asr_json_writer_end_object (w);
    }
  if (opened)
    asr_json_writer_end_object (w);
}

/* Review comments, when there are any. */
static void
write_comments (GListModel    *comments,
                AsrJsonWriter *w)
{
  guint n = g_list_model_get_n_items (comments);

  if (n == 0)
    return;
  asr_json_writer_key (w, "comments");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrComment) comment = g_list_model_get_item (comments, i);

      asr_json_writer_begin_object (w);
      write_string_member (w, "author", asr_comment_get_author (comment));
      write_string_member (w, "date", asr_comment_get_date (comment));
      write_string_member (w, "text", asr_comment_get_text (comment));
      asr_json_writer_key (w, "resolved");
      asr_json_writer_boolean (w, asr_comment_get_resolved (comment));
      asr_json_writer_end_object (w);
    }
  asr_json_writer_end_array (w);
}

/* A statement absent from the file is not started; one not started but
 * with notes is written with its source so the notes are kept. */
static gboolean
statement_is_empty (AsrQualityStatement *statement)
{
  GListModel *model = asr_quality_statement_get_evidence (statement);

  if (asr_quality_statement_get_source (statement) != ASR_SOURCE_NOT_STARTED ||
      asr_quality_statement_get_rating (statement) != ASR_RATING_NONE ||
      *asr_quality_statement_get_notes (statement) != '\0' ||
      asr_quality_statement_get_changed_by (statement) != NULL ||
      g_list_model_get_n_items (asr_quality_statement_get_comments (statement)) > 0)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AsrEvidence) evidence = g_list_model_get_item (model, i);
      if (!evidence_is_empty (evidence))
        return FALSE;
    }
  return TRUE;
}

static void
write_statement (AsrQualityStatement *statement,
                 gboolean             legacy,
                 AsrJsonWriter       *w)
{
  AsrSource source = asr_quality_statement_get_source (statement);
  AsrRating rating = asr_quality_statement_get_rating (statement);
  int score = asr_quality_statement_get_score (statement);
  gboolean item = asr_framework_get_scoring_method (asr_assessment_get_framework (
                    asr_key_question_get_assessment (asr_quality_statement_get_key_question (statement))))
                  == ASR_SCORING_JUDGEMENT;

  asr_json_writer_key (w, asr_quality_statement_get_id (statement));
  asr_json_writer_begin_object (w);
  write_string_member (w, "source", asr_source_to_id (source));
  if (rating != ASR_RATING_NONE)
    write_string_member (w, "rating", asr_rating_to_id (rating));
  if (source == ASR_SOURCE_ASSESSED && !item && (!legacy || score > 0))
    {
      asr_json_writer_key (w, "score");
      if (score > 0)
        asr_json_writer_int (w, score);
      else
        asr_json_writer_null (w);
    }
  write_string_member (w, "notes", asr_quality_statement_get_notes (statement));
  write_evidence (statement, w);
  _asr_write_changed (statement, w);
  write_comments (asr_quality_statement_get_comments (statement), w);
  asr_json_writer_end_object (w);
}

/* What a published report said (an imported report), when anything. */
static void
write_published (AsrKeyQuestion *kq,
                 AsrJsonWriter  *w)
{
  int percentage = asr_key_question_get_report_percentage (kq);
  AsrRating rating = asr_key_question_get_report_rating (kq);

  if (percentage < 0 && rating == ASR_RATING_NONE)
    return;
  asr_json_writer_key (w, "published");
  asr_json_writer_begin_object (w);
  if (percentage >= 0)
    {
      asr_json_writer_key (w, "percentage");
      asr_json_writer_int (w, percentage);
    }
  if (rating != ASR_RATING_NONE)
    write_string_member (w, "rating", asr_rating_to_id (rating));
  asr_json_writer_end_object (w);
}

/* The judgement method's rating and rationale, once either is written. */
static void
write_judgement (AsrKeyQuestion *kq,
                 AsrJsonWriter  *w)
{
  AsrRating rating = asr_key_question_get_judgement_rating (kq);
  const char *rationale = asr_key_question_get_judgement_rationale (kq);

  if (rating == ASR_RATING_NONE && *rationale == '\0')
    return;
  asr_json_writer_key (w, "judgement");
  asr_json_writer_begin_object (w);
  if (rating != ASR_RATING_NONE)
    write_string_member (w, "rating", asr_rating_to_id (rating));
  write_string_member (w, "rationale", rationale);
  asr_json_writer_end_object (w);
}

static void
write_key_question (AsrKeyQuestion *kq,
                    gboolean        legacy,
                    AsrJsonWriter  *w)
{
  GListModel *statements = asr_key_question_get_statements (kq);
  AsrRating override = asr_key_question_get_override_rating (kq);

  asr_json_writer_key (w, asr_key_question_get_id (kq));
  asr_json_writer_begin_object (w);
  write_string_member (w, "enforcement", asr_enforcement_to_id (asr_key_question_get_enforcement (kq)));
  if (override != ASR_RATING_NONE)
    {
      asr_json_writer_key (w, "override");
      asr_json_writer_begin_object (w);
      write_string_member (w, "rating", asr_rating_to_id (override));
      write_string_member (w, "reason", asr_key_question_get_override_reason (kq));
      asr_json_writer_end_object (w);
    }
  write_published (kq, w);
  write_judgement (kq, w);
  write_comments (asr_key_question_get_comments (kq), w);
  asr_json_writer_key (w, "statements");
  asr_json_writer_begin_object (w);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, i);

      if (!statement_is_empty (statement))
        write_statement (statement, legacy, w);
    }
  asr_json_writer_end_object (w);
  asr_json_writer_end_object (w);
}

GBytes *
asr_assessment_serialize (AsrAssessment *self)
{
  GListModel *kqs;
  GString *out;
  AsrJsonWriter w;
  gboolean legacy;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), NULL);

  kqs = asr_assessment_get_key_questions (self);
  legacy = asr_framework_get_scoring_method (asr_assessment_get_framework (self))
           == ASR_SCORING_EVIDENCE_CATEGORIES;
  out = g_string_sized_new (4096);
  asr_json_writer_init (&w, out);
  asr_json_writer_begin_object (&w);
  write_header (self, &w);
  write_previous (self, &w);
  asr_json_writer_key (&w, "key_questions");
  asr_json_writer_begin_object (&w);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      write_key_question (kq, legacy, &w);
    }
  asr_json_writer_end_object (&w);
  _asr_write_conflicts (self, &w);
  asr_json_writer_key (&w, "results");
  asr_summary_write_json (self, &w);
  asr_json_writer_end_object (&w);
  asr_json_writer_finish (&w);

  return g_string_free_to_bytes (out);
}

gboolean
asr_assessment_save_to_file (AsrAssessment *self,
                             GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = asr_assessment_serialize (self);
  /* Never torn, permissions kept; a new file is readable by its owner
   * only: notes may hold personal details. */
  return asr_safe_file_replace (file, bytes, cancellable, error);
}

static void
replace_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!asr_safe_file_replace_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
asr_assessment_save_async (AsrAssessment      *self,
                           GFile              *file,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr(GBytes) bytes = NULL;
  GTask *task;

  g_return_if_fail (ASR_IS_ASSESSMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Serialised now, on the caller's thread, so later edits cannot race the
   * write; the worker thread holds its own reference to the bytes. */
  bytes = asr_assessment_serialize (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, asr_assessment_save_async);
  asr_safe_file_replace_async (file, bytes, cancellable, replace_cb, task);
}

gboolean
asr_assessment_save_finish (AsrAssessment *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
