/* asr-review.h: review checks of a draft assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder review/: the checks a senior reviewer runs before a draft is
 * shared (assessor --review and the window's Review panel).  GTK-free; may
 * include model/, rules/, syntax/ and compare/ (the staleness of carried-
 * forward scores), never format/ or storage/ — it reads a loaded
 * assessment, not files.
 *
 * Every rule is deterministic and explainable: it reports only what it
 * can show in the file (a word count against a threshold, a phrase from a
 * fixed list, a passage found word for word in two places), never a guess.
 * A rule is one row of the table in asr-review.c.
 */
#pragma once

#include <gio/gio.h>

#include "asr-assessment.h"

G_BEGIN_DECLS

/* What a rule found, and where. */
typedef struct
{
  const char *rule_id;          /* static: "no-notes", … */
  char       *path;             /* JSON path in the file */
  char       *key_question_id;
  char       *statement_id;     /* NULL: the key question itself */
  char       *place;            /* “Safe › Safeguarding” */
  char       *message;          /* what was found, with its figures */
  const char *why;              /* static, translated: why it matters */
} AsrFinding;

void asr_finding_free (AsrFinding *finding);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrFinding, asr_finding_free)

/* Thresholds and the rules turned off; defaults from
 * asr_review_settings_init(), the same as the GSettings keys' defaults. */
typedef struct
{
  guint               extreme_notes_words;   /* review-extreme-notes-words, 30 */
  guint               override_reason_words; /* review-override-reason-words, 8 */
  guint               repeat_words;          /* review-repeat-words, 25 */
  guint               stale_years;           /* stale-threshold-years, 2 */
  const char         *reference_date;        /* NULL: the assessment's date, else today */
  const char * const *disabled;              /* rule ids turned off; NULL: none */
} AsrReviewSettings;

#define ASR_REVIEW_EXTREME_NOTES_WORDS   30
#define ASR_REVIEW_OVERRIDE_REASON_WORDS 8
#define ASR_REVIEW_REPEAT_WORDS          25
#define ASR_REVIEW_STALE_YEARS           2

void        asr_review_settings_init (AsrReviewSettings *settings);

/* The rules, in the order their findings are listed. */
typedef struct
{
  const char *id;
  const char *title;   /* translated, short */
  const char *why;     /* translated */
} AsrReviewRuleInfo;

guint                    asr_review_get_n_rules (void);
const AsrReviewRuleInfo *asr_review_get_rule    (guint       index);
const AsrReviewRuleInfo *asr_review_lookup_rule (const char *id);

/* Runs every rule not disabled over @assessment: a GPtrArray of
 * AsrFinding, rule by rule in table order, in CQC order within a rule. */
GPtrArray  *asr_review_run           (AsrAssessment           *assessment,
                                      const AsrReviewSettings *settings);

/* The findings as text (one paragraph each) or JSON ({"findings": […]}). */
char       *asr_review_format_text   (GPtrArray *findings);
char       *asr_review_format_json   (GPtrArray *findings);

G_END_DECLS
