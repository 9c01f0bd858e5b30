/* asr-key-question.h: one key question and its live figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writable properties:
 *   "previous-rating" AsrRating   the rating it held before (NONE if none)
 *   "previous-date"   its date (YYYY-MM-DD) when CQC gives one per key
 *                     question, "" to use the assessment's "previous-date"
 *   "enforcement"     AsrEnforcement
 * Set together through asr_key_question_set_override() (a reason is
 * required), read-only as properties:
 *   "override-rating" AsrRating (NONE = no override), "override-reason"
 * Set together through asr_key_question_set_report(), read-only as
 * properties: what a published report said of this key question, kept
 * beside the computed figures (an import checks one against the other):
 *   "report-percentage" int, -1 when none; "report-rating" AsrRating
 * Set together through asr_key_question_set_judgement() (judgement method
 * only; a rating needs a rationale with a visible character), read-only as
 * properties: "judgement-rating" AsrRating (NONE = not judged yet),
 * "judgement-rationale" string.  For the judgement method "rating" is the
 * judgement with enforcement caps applied, "percentage" is -1, "band" NONE,
 * "n-scored" counts the items assessed, and the key question is provisional
 * and not complete until it is judged.
 * Read-only, derived; each notifies only when its value changes, and a
 * change of one statement recomputes this key question in constant time:
 *   "n-statements"      statements in the framework
 *   "n-in-scope"        statements not marked not applicable
 *   "n-scored"          statements that count towards the percentage
 *   "n-not-started"     in scope, no source yet
 *   "n-carried-forward-missing" carried forward with no previous rating
 *   "sum"               sum of the counted scores
 *   "maximum"           4 × n-scored
 *   "percentage"        int, round half up; -1 when nothing is scored
 *   "band"              AsrRating of the percentage alone
 *   "rating"            AsrRating after caps and override
 *   "limited-by"        AsrLimit: what made "rating" differ from "band"
 *   "published-percentage" what CQC's observed practice would publish (62
 *                       when limited to Requires improvement); -1 if none
 *   "provisional"       some statement in scope does not count yet (not
 *                       started, assessed but not scored, or carried
 *                       forward without a previous rating)
 *   "complete"          every statement in scope has a source and counts
 *   "carried-over"      in a focused assessment, nothing in this key
 *                       question is assessed, so its previous rating stands
 *                       as its rating (provisional while there is none)
 * "comments" (asr_key_question_get_comments()): a GListStore of AsrComment,
 * the review thread on the key question as a whole (oldest first).
 */
#pragma once

#include <gio/gio.h>

#include "asr-quality-statement.h"
#include "asr-types.h"

G_BEGIN_DECLS

typedef struct _AsrAssessment AsrAssessment;

#define ASR_TYPE_KEY_QUESTION (asr_key_question_get_type ())
G_DECLARE_FINAL_TYPE (AsrKeyQuestion, asr_key_question, ASR, KEY_QUESTION, GObject)

const char          *asr_key_question_get_id              (AsrKeyQuestion *self);
const char          *asr_key_question_get_name            (AsrKeyQuestion *self);
AsrAssessment       *asr_key_question_get_assessment      (AsrKeyQuestion *self);
GListModel          *asr_key_question_get_statements      (AsrKeyQuestion *self);
AsrQualityStatement *asr_key_question_lookup_statement    (AsrKeyQuestion *self,
                                                           const char     *statement_id);

AsrRating            asr_key_question_get_previous_rating (AsrKeyQuestion *self);
void                 asr_key_question_set_previous_rating (AsrKeyQuestion *self,
                                                           AsrRating       rating);
const char          *asr_key_question_get_previous_date   (AsrKeyQuestion *self);
void                 asr_key_question_set_previous_date   (AsrKeyQuestion *self,
                                                           const char     *date);
/* Its own previous date, else the assessment's "previous-date" ("" when
 * neither is known): what carried-forward ages count from. */
const char          *asr_key_question_get_previous_date_in_effect (AsrKeyQuestion *self);
AsrEnforcement       asr_key_question_get_enforcement     (AsrKeyQuestion *self);
void                 asr_key_question_set_enforcement     (AsrKeyQuestion *self,
                                                           AsrEnforcement  enforcement);
AsrRating            asr_key_question_get_override_rating (AsrKeyQuestion *self);
const char          *asr_key_question_get_override_reason (AsrKeyQuestion *self);
/* Applies an override; @rating NONE removes it.  Fails with ASR_ERROR_RULE
 * and changes nothing when a rating is given with an empty reason. */
gboolean             asr_key_question_set_override        (AsrKeyQuestion *self,
                                                           AsrRating       rating,
                                                           const char     *reason,
                                                           GError        **error);

AsrRating            asr_key_question_get_judgement_rating (AsrKeyQuestion *self);
const char          *asr_key_question_get_judgement_rationale (AsrKeyQuestion *self);
/* Sets the judged rating and its rationale; @rating NONE keeps only the
 * rationale (a draft).  Fails with ASR_ERROR_RULE and changes nothing when
 * a rating has no visible rationale or the framework is not judged. */
gboolean             asr_key_question_set_judgement       (AsrKeyQuestion *self,
                                                           AsrRating       rating,
                                                           const char     *rationale,
                                                           GError        **error);

int                  asr_key_question_get_report_percentage (AsrKeyQuestion *self);
AsrRating            asr_key_question_get_report_rating   (AsrKeyQuestion *self);
void                 asr_key_question_set_report          (AsrKeyQuestion *self,
                                                           int             percentage,
                                                           AsrRating       rating);

guint                asr_key_question_get_n_statements    (AsrKeyQuestion *self);
guint                asr_key_question_get_n_in_scope      (AsrKeyQuestion *self);
guint                asr_key_question_get_n_scored        (AsrKeyQuestion *self);
guint                asr_key_question_get_n_not_started   (AsrKeyQuestion *self);
guint                asr_key_question_get_n_carried_forward_missing (AsrKeyQuestion *self);
int                  asr_key_question_get_sum             (AsrKeyQuestion *self);
int                  asr_key_question_get_maximum         (AsrKeyQuestion *self);
int                  asr_key_question_get_percentage      (AsrKeyQuestion *self);
AsrRating            asr_key_question_get_band            (AsrKeyQuestion *self);
AsrRating            asr_key_question_get_rating          (AsrKeyQuestion *self);
AsrLimit             asr_key_question_get_limited_by      (AsrKeyQuestion *self);
int                  asr_key_question_get_published_percentage (AsrKeyQuestion *self);
gboolean             asr_key_question_get_provisional     (AsrKeyQuestion *self);
gboolean             asr_key_question_get_complete        (AsrKeyQuestion *self);
GListModel          *asr_key_question_get_comments        (AsrKeyQuestion *self);
gboolean             asr_key_question_get_carried_over    (AsrKeyQuestion *self);
/* The one sentence every view and report gives for a rating carried over:
 * "Not assessed in this focused assessment: the previous rating, Good of 3
 * May 2019, is carried over"; NULL when the rating is this assessment's. */
char                *asr_key_question_describe_carried_over (AsrKeyQuestion *self);

G_END_DECLS
