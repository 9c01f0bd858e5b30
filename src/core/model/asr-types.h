/* asr-types.h: the domain's enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A rating's value is also the score a carried-forward quality statement
 * takes from it (Outstanding 4 … Inadequate 1); NONE means "no rating". */
typedef enum
{
  ASR_RATING_NONE = 0,
  ASR_RATING_INADEQUATE = 1,
  ASR_RATING_REQUIRES_IMPROVEMENT = 2,
  ASR_RATING_GOOD = 3,
  ASR_RATING_OUTSTANDING = 4,
} AsrRating;

typedef enum
{
  ASR_SOURCE_NOT_STARTED = 0,
  ASR_SOURCE_ASSESSED,
  ASR_SOURCE_CARRIED_FORWARD,
  ASR_SOURCE_NOT_APPLICABLE,
} AsrSource;

typedef enum
{
  ASR_ENFORCEMENT_NONE = 0,
  ASR_ENFORCEMENT_REQUIREMENT_NOTICE,
  ASR_ENFORCEMENT_WARNING_NOTICE,
} AsrEnforcement;

/* What made a key question's rating differ from its band. */
typedef enum
{
  ASR_LIMIT_NONE = 0,
  ASR_LIMIT_REQUIREMENT_NOTICE,   /* at best Requires improvement */
  ASR_LIMIT_WARNING_NOTICE,       /* Inadequate */
  ASR_LIMIT_ADVISORY_LIMITER,     /* a quality statement scored 1 (advisory, off by default) */
  ASR_LIMIT_OVERRIDE,             /* the inspector's judgement, with a reason */
} AsrLimit;

/* Which of the published ratings principles gave the overall rating. */
typedef enum
{
  ASR_PRINCIPLE_NONE = 0,            /* not every key question has a rating yet */
  ASR_PRINCIPLE_TWO_INADEQUATE,      /* two or more Inadequate → Inadequate */
  ASR_PRINCIPLE_ONE_INADEQUATE,      /* one Inadequate → Requires improvement (inferred when
                                      * the rest are Good or better) */
  ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, /* two or more Requires improvement */
  ASR_PRINCIPLE_TWO_OUTSTANDING,     /* two or more Outstanding, none RI → Outstanding */
  ASR_PRINCIPLE_OTHERWISE_GOOD,      /* otherwise Good */
} AsrPrinciple;

/* How a rating moved since the previous assessment. */
typedef enum
{
  ASR_DIRECTION_NONE = 0,       /* no previous or no current rating */
  ASR_DIRECTION_IMPROVED,
  ASR_DIRECTION_SAME,
  ASR_DIRECTION_DECLINED,
} AsrDirection;

typedef enum
{
  ASR_STATUS_DRAFT = 0,
  ASR_STATUS_FINAL,
} AsrStatus;

/* What an assessment covers in a portfolio: one service (a core service of
 * a location, or a whole location), or the provider-wide assessment of
 * well-led that NHS trusts get. */
typedef enum
{
  ASR_LEVEL_SERVICE = 0,
  ASR_LEVEL_PROVIDER,
} AsrLevel;

typedef enum
{
  ASR_SCORING_QUALITY_STATEMENT = 0,   /* cqc-saf-2024: statements scored directly */
  ASR_SCORING_EVIDENCE_CATEGORIES,     /* cqc-saf-2023: computed from evidence categories */
  ASR_SCORING_JUDGEMENT,               /* items, the key question judged in the round */
} AsrScoringMethod;

const char *asr_rating_to_id          (AsrRating rating);
gboolean    asr_rating_from_id        (const char *id, AsrRating *rating);
const char *asr_rating_to_label       (AsrRating rating);
const char *asr_source_to_id          (AsrSource source);
gboolean    asr_source_from_id        (const char *id, AsrSource *source);
const char *asr_source_to_label       (AsrSource source);
const char *asr_enforcement_to_id     (AsrEnforcement enforcement);
gboolean    asr_enforcement_from_id   (const char *id, AsrEnforcement *enforcement);
const char *asr_enforcement_to_label  (AsrEnforcement enforcement);
const char *asr_limit_to_id           (AsrLimit limit);
const char *asr_limit_to_label        (AsrLimit limit);
const char *asr_principle_to_id       (AsrPrinciple principle);
const char *asr_principle_to_label    (AsrPrinciple principle);
const char *asr_direction_to_id       (AsrDirection direction);
const char *asr_direction_to_label    (AsrDirection direction);
const char *asr_status_to_id          (AsrStatus status);
const char *asr_status_to_label       (AsrStatus status);
gboolean    asr_status_from_id        (const char *id, AsrStatus *status);
const char *asr_level_to_id           (AsrLevel level);
const char *asr_level_to_label        (AsrLevel level);
gboolean    asr_level_from_id         (const char *id, AsrLevel *level);
const char *asr_scoring_method_to_id  (AsrScoringMethod method);
const char *asr_scoring_method_to_label (AsrScoringMethod method);
gboolean    asr_scoring_method_from_id (const char *id, AsrScoringMethod *method);

/* "2023-03-15" → "15 March 2023" (the way reports give dates); anything
 * that is not a calendar date comes back as it is. */
char       *asr_format_date           (const char *iso_date);

G_END_DECLS
