/* asr-review-private.h: what the review rules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-review.h"

G_BEGIN_DECLS

typedef struct _AsrReviewContext AsrReviewContext;
typedef void (*AsrReviewCheckFunc) (AsrReviewContext *ctx);

struct _AsrReviewContext
{
  AsrAssessment           *assessment;
  const AsrReviewSettings *settings;
  const AsrReviewRuleInfo *rule;      /* the rule running */
  GPtrArray               *findings;
};

/* Adds a finding of the running rule at @statement (NULL: at @key_question
 * itself), @member appended to the path when not NULL. */
void        _asr_review_add            (AsrReviewContext    *ctx,
                                        AsrKeyQuestion      *key_question,
                                        AsrQualityStatement *statement,
                                        const char          *member,
                                        const char          *format,
                                        ...) G_GNUC_PRINTF (5, 6);

/* Text: a statement's notes and its evidence categories' notes, one
 * paragraph each; words are runs of letters, digits and apostrophes,
 * case-folded (asr-review-text.c). */
char       *_asr_review_statement_text (AsrQualityStatement *statement);
GPtrArray  *_asr_review_words          (const char          *text);
guint       _asr_review_count_words    (const char          *text);
/* The first of @phrases (NULL-terminated, words separated by one space)
 * found as consecutive words in @words, or NULL. */
const char *_asr_review_find_phrase    (GPtrArray           *words,
                                        const char * const  *phrases);

extern const char * const asr_review_not_looked_at_phrases[];
extern const char * const asr_review_looked_at_phrases[];
extern const char * const asr_review_breach_phrases[];

/* The checks (asr-review-rules.c, asr-review-repeat.c) */
void _asr_review_check_no_notes          (AsrReviewContext *ctx);
void _asr_review_check_short_extreme     (AsrReviewContext *ctx);
void _asr_review_check_contradicts_source (AsrReviewContext *ctx);
void _asr_review_check_repeated_passage  (AsrReviewContext *ctx);
void _asr_review_check_stale             (AsrReviewContext *ctx);
void _asr_review_check_enforcement       (AsrReviewContext *ctx);
void _asr_review_check_override_reason   (AsrReviewContext *ctx);
void _asr_review_check_open_comments     (AsrReviewContext *ctx);
void _asr_review_check_conflicts         (AsrReviewContext *ctx);

G_END_DECLS
