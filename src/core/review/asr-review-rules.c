/* asr-review-rules.c: the review rules that look at one place at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-review"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-comparison.h"
#include "asr-review-private.h"
#include "asr-text.h"

typedef void (*StatementCheck) (AsrReviewContext    *ctx,
                                AsrKeyQuestion      *key_question,
                                AsrQualityStatement *statement);

typedef struct
{
  AsrReviewContext *ctx;
  StatementCheck    check;
} EachStatement;

static void
each_statement_cb (AsrKeyQuestion      *key_question,
                   AsrQualityStatement *statement,
                   gpointer             user_data)
{
  EachStatement *each = user_data;

  each->check (each->ctx, key_question, statement);
}

static void
foreach_statement (AsrReviewContext *ctx,
                   StatementCheck    check)
{
  EachStatement each = { ctx, check };

  asr_assessment_foreach_statement (ctx->assessment, each_statement_cb, &each);
}

/* Scored in this assessment: assessed with a score.  Carried-forward
 * scores come from the previous rating and need no notes of their own. */
static gboolean
scored_here (AsrQualityStatement *statement)
{
  return asr_quality_statement_get_source (statement) == ASR_SOURCE_ASSESSED &&
         asr_quality_statement_get_score (statement) > 0;
}

static void
no_notes (AsrReviewContext    *ctx,
          AsrKeyQuestion      *key_question,
          AsrQualityStatement *statement)
{
  g_autofree char *text = NULL;

  if (!scored_here (statement))
    return;
  text = _asr_review_statement_text (statement);
  if (!asr_text_has_visible (text))
    _asr_review_add (ctx, key_question, statement, "notes",
                     _("scored %d with no notes, in the statement or its evidence categories"),
                     asr_quality_statement_get_score (statement));
}

void
_asr_review_check_no_notes (AsrReviewContext *ctx)
{
  foreach_statement (ctx, no_notes);
}

static void
short_extreme (AsrReviewContext    *ctx,
               AsrKeyQuestion      *key_question,
               AsrQualityStatement *statement)
{
  int score = asr_quality_statement_get_score (statement);
  g_autofree char *text = NULL;
  guint n_words;

  if (!scored_here (statement) || (score != 1 && score != 4))
    return;
  text = _asr_review_statement_text (statement);
  n_words = _asr_review_count_words (text);
  /* No notes at all is the rule no-notes. */
  if (n_words > 0 && n_words < ctx->settings->extreme_notes_words)
    _asr_review_add (ctx, key_question, statement, "notes",
                     g_dngettext (GETTEXT_PACKAGE,
                                  "scored %d with %u word of notes; a score of 1 or 4 needs at least %u",
                                  "scored %d with %u words of notes; a score of 1 or 4 needs at least %u",
                                  n_words),
                     score, n_words, ctx->settings->extreme_notes_words);
}

void
_asr_review_check_short_extreme (AsrReviewContext *ctx)
{
  foreach_statement (ctx, short_extreme);
}

static void
contradicts_source (AsrReviewContext    *ctx,
                    AsrKeyQuestion      *key_question,
                    AsrQualityStatement *statement)
{
  AsrSource source = asr_quality_statement_get_source (statement);
  g_autofree char *text = _asr_review_statement_text (statement);
  g_autoptr(GPtrArray) words = _asr_review_words (text);
  const char *phrase;

  if (source == ASR_SOURCE_ASSESSED)
    {
      phrase = _asr_review_find_phrase (words, asr_review_not_looked_at_phrases);
      if (phrase != NULL)
        _asr_review_add (ctx, key_question, statement, "source",
                         _("marked assessed, but the notes say “%s”"), phrase);
      return;
    }
  phrase = _asr_review_find_phrase (words, asr_review_looked_at_phrases);
  if (phrase != NULL)
    _asr_review_add (ctx, key_question, statement, "source",
                     _("marked %s, but the notes say “%s”"),
                     source == ASR_SOURCE_NOT_STARTED ? _("not started")
                     : source == ASR_SOURCE_CARRIED_FORWARD ? _("carried forward")
                     : _("not applicable"),
                     phrase);
}

void
_asr_review_check_contradicts_source (AsrReviewContext *ctx)
{
  foreach_statement (ctx, contradicts_source);
}

/* The staleness rule of the comparison (asr-comparison.h): a rating older
 * than the threshold at the reference date. */
void
_asr_review_check_stale (AsrReviewContext *ctx)
{
  g_autoptr(AsrComparison) comparison = asr_comparison_new (ctx->assessment, NULL);
  g_autofree char *reference = ctx->settings->reference_date != NULL
                               ? g_strdup (ctx->settings->reference_date)
                               : asr_comparison_default_reference_date (ctx->assessment);
  g_autoptr(GPtrArray) items = NULL;

  asr_comparison_set_reference_date (comparison, reference);
  asr_comparison_set_stale_threshold_years (comparison, (int) ctx->settings->stale_years);
  items = asr_comparison_list_carried_forward (comparison);
  for (guint i = 0; i < items->len; i++)
    {
      AsrCarriedForward *item = g_ptr_array_index (items, i);
      AsrKeyQuestion *kq;

      if (!item->stale)
        continue;
      kq = asr_assessment_lookup_key_question (ctx->assessment, item->key_question_id);
      _asr_review_add (ctx, kq, asr_key_question_lookup_statement (kq, item->statement_id),
                       "source",
                       g_dngettext (GETTEXT_PACKAGE,
                                    "carried forward from a rating of %s, %d month old on %s (more than %d year)",
                                    "carried forward from a rating of %s, %d months old on %s (more than %d years)",
                                    item->age_months),
                       item->date, item->age_months, reference, (int) ctx->settings->stale_years);
    }
}

static gboolean
key_question_mentions (AsrKeyQuestion *key_question,
                       const char     *const *phrases)
{
  GListModel *statements = asr_key_question_get_statements (key_question);

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, i);
      g_autofree char *text = _asr_review_statement_text (statement);
      g_autoptr(GPtrArray) words = _asr_review_words (text);

      if (_asr_review_find_phrase (words, phrases) != NULL)
        return TRUE;
    }
  return FALSE;
}

void
_asr_review_check_enforcement (AsrReviewContext *ctx)
{
  GListModel *kqs = asr_assessment_get_key_questions (ctx->assessment);

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      AsrEnforcement enforcement = asr_key_question_get_enforcement (kq);

      if (enforcement == ASR_ENFORCEMENT_NONE ||
          key_question_mentions (kq, asr_review_breach_phrases))
        continue;
      _asr_review_add (ctx, kq, NULL, "enforcement",
                       _("a %s limits the rating, but no statement’s notes mention the breach (breach, regulation, requirement notice, warning notice or enforcement)"),
                       enforcement == ASR_ENFORCEMENT_WARNING_NOTICE ? _("warning notice")
                                                                     : _("requirement notice"));
    }
}

void
_asr_review_check_override_reason (AsrReviewContext *ctx)
{
  GListModel *kqs = asr_assessment_get_key_questions (ctx->assessment);

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      guint n_words;

      if (asr_key_question_get_override_rating (kq) == ASR_RATING_NONE)
        continue;
      n_words = _asr_review_count_words (asr_key_question_get_override_reason (kq));
      if (n_words < ctx->settings->override_reason_words)
        _asr_review_add (ctx, kq, NULL, "override/reason",
                         g_dngettext (GETTEXT_PACKAGE,
                                      "the rating is overridden to %s with a reason of %u word; at least %u expected",
                                      "the rating is overridden to %s with a reason of %u words; at least %u expected",
                                      n_words),
                         asr_rating_to_label (asr_key_question_get_override_rating (kq)),
                         n_words, ctx->settings->override_reason_words);
    }
}

static void
open_comments_in (AsrReviewContext    *ctx,
                  AsrKeyQuestion      *key_question,
                  AsrQualityStatement *statement,
                  GListModel          *comments)
{
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(AsrComment) comment = g_list_model_get_item (comments, i);
      g_autofree char *member = NULL;
      g_autofree char *text = NULL;

      if (asr_comment_get_resolved (comment))
        continue;
      member = g_strdup_printf ("comments/%u", i);
      text = asr_text_quote (asr_comment_get_text (comment));
      _asr_review_add (ctx, key_question, statement, member,
                       _("open comment by %s: “%s”"),
                       *asr_comment_get_author (comment) != '\0' ? asr_comment_get_author (comment)
                                                                 : _("an unnamed reviewer"),
                       text);
    }
}

static void
open_comments (AsrReviewContext    *ctx,
               AsrKeyQuestion      *key_question,
               AsrQualityStatement *statement)
{
  if (asr_quality_statement_get_position (statement) == 0)
    open_comments_in (ctx, key_question, NULL, asr_key_question_get_comments (key_question));
  open_comments_in (ctx, key_question, statement, asr_quality_statement_get_comments (statement));
}

void
_asr_review_check_open_comments (AsrReviewContext *ctx)
{
  foreach_statement (ctx, open_comments);
}
