/* asr-comparison.h: what changed since the previous ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder compare/: previous ratings (baselines), CQC API and CSV imports,
 * the comparison and the notes diff. May depend on model/, rules/,
 * format/ and syntax/.
 *
 * An AsrComparison looks at an assessment (its previous ratings, date and
 * source, and its live ratings) and, optionally, at a previous assessment
 * (the baseline) for the statement-level comparison.  It keeps no copy of
 * either: every list is computed when asked for, and "changed" is emitted
 * when either assessment changes or a property of the comparison does.
 *
 * Properties: "assessment" (construct-only), "baseline" (AsrAssessment or
 * NULL), "reference-date" (YYYY-MM-DD: the day ages are counted to; the
 * callers pass the assessment's date, or today when it has none — never
 * the clock in here), "stale-threshold-years" (1–20, default 2: a
 * carried-forward score whose rating is older than this is stale).
 */
#pragma once

#include "asr-assessment.h"

G_BEGIN_DECLS

/* Previous → current for a key question or, last, the overall rating. */
typedef struct
{
  char         *id;                   /* "safe" … "well-led", or "overall" */
  char         *name;                 /* "Safe" … "Overall" */
  AsrRating     previous;
  AsrRating     current;
  AsrDirection  direction;
  int           percentage;           /* current, -1 for none (always -1 for overall) */
  int           previous_percentage;  /* from the baseline assessment, else -1 */
  gboolean      provisional;          /* the current rating is provisional */
  char         *previous_date;        /* a key question's own previous date (previous.dates), else NULL */
  char         *carried_over;         /* focused, not assessed: asr_key_question_describe_carried_over(), else NULL */
} AsrRatingChange;

/* A quality statement whose score is carried forward. */
typedef struct
{
  char      *key_question_id;
  char      *key_question_name;
  char      *statement_id;
  char      *name;
  AsrRating  rating;       /* the previous rating its score comes from */
  int        score;        /* 0 when there is no previous rating */
  char      *date;         /* the date of that rating, or NULL */
  int        age_months;   /* whole months from date to the reference date, -1 unknown */
  gboolean   stale;        /* older than the threshold */
} AsrCarriedForward;

/* One quality statement against the baseline assessment. */
typedef struct
{
  char      *key_question_id;
  char      *key_question_name;
  char      *statement_id;
  char      *name;
  gboolean   in_baseline;    /* FALSE when the baseline's framework lacks it */
  gboolean   mapped;         /* lined up through maps_to (frameworks differ) */
  char      *before_name;    /* the baseline statement's name, or NULL */
  AsrSource  source_before;
  AsrSource  source_after;
  int        score_before;   /* effective scores, 0 = none */
  int        score_after;
  GPtrArray *notes_diff;     /* of AsrDiffPart (asr-notes-diff.h) */
  gboolean   changed;        /* source, score, rating or notes differ */
  gboolean   item;           /* an item of a judgement framework: no scores */
  AsrRating  rating_before;  /* an item's indicative ratings, NONE = none */
  AsrRating  rating_after;
  char      *changed_by;     /* who changed it since the previous, when the */
  char      *changed_at;     /* files say ("changed"); else NULL */
  gboolean   before_item;    /* mapped: the baseline's side is an item */
  char      *framework_id;   /* mapped: the two frameworks' ids; else NULL */
  char      *before_framework_id;
  char      *before_key_question_id;  /* mapped: the baseline statement's */
  char      *before_statement_id;     /* ids (item ids too); else NULL */
  char      *framework_label;         /* mapped: the frameworks' labels */
  char      *before_framework_label;  /* ("SAF 2024", asr_framework_get_label) */
} AsrStatementChange;

#define ASR_TYPE_COMPARISON (asr_comparison_get_type ())
G_DECLARE_FINAL_TYPE (AsrComparison, asr_comparison, ASR, COMPARISON, GObject)

AsrComparison *asr_comparison_new                (AsrAssessment *assessment,
                                                  AsrAssessment *baseline);
AsrAssessment *asr_comparison_get_assessment     (AsrComparison *self);
AsrAssessment *asr_comparison_get_baseline       (AsrComparison *self);
void           asr_comparison_set_baseline       (AsrComparison *self,
                                                  AsrAssessment *baseline);
const char    *asr_comparison_get_reference_date (AsrComparison *self);
void           asr_comparison_set_reference_date (AsrComparison *self,
                                                  const char    *date);
int            asr_comparison_get_stale_threshold_years (AsrComparison *self);
void           asr_comparison_set_stale_threshold_years (AsrComparison *self,
                                                         int            years);

/* The five key questions in CQC order, then the overall rating. */
GPtrArray     *asr_comparison_list_ratings       (AsrComparison *self);
GPtrArray     *asr_comparison_list_carried_forward (AsrComparison *self);
/* Whether @statement (of the assessment) is carried forward from a rating
 * older than the threshold: what list_carried_forward() marks stale. */
gboolean       asr_comparison_is_stale           (AsrComparison       *self,
                                                  AsrQualityStatement *statement);
/* The maps_to links (asr-framework-map.h) of the assessment's and the
 * baseline's frameworks: across frameworks, statements are lined up
 * through them, else by id; either may be NULL. */
void           asr_comparison_set_framework_links (AsrComparison *self,
                                                   GPtrArray     *links,
                                                   GPtrArray     *baseline_links);
/* Empty without a baseline assessment. */
GPtrArray     *asr_comparison_list_statements    (AsrComparison *self);
/* The notice that the method changed, when the baseline assessment was
 * written against another framework; NULL otherwise. */
char          *asr_comparison_dup_framework_notice (AsrComparison *self);

/* "Safe: previously Good, now Requires improvement, 66 out of 100:
 * declined" — whole sentences, for a screen reader and the terminal. */
char          *asr_rating_change_describe        (const AsrRatingChange *change);
/* "Previously Good (rated 2 March 2023) → now Requires improvement:
 * declined": @previous_text followed by the direction, or a copy of
 * @previous_text when either rating is missing. */
char          *asr_format_previous_with_direction (const char  *previous_text,
                                                   AsrRating    previous,
                                                   AsrRating    current);
/* What changed in a quality statement, the same words in the terminal and
 * the window: "score 3 → 1, down", "score 3 → 4, up", "score 3, unchanged"
 * (then the sources when they differ: "Assessed → Carried forward"), the
 * parts joined by @separator. */
char          *asr_statement_change_describe     (const AsrStatementChange *change,
                                                  const char               *separator);
/* "declined", "improved", "stayed the same", "no previous rating". */
const char    *asr_direction_to_phrase           (AsrDirection direction);
/* "3 years 7 months", "7 months", "less than a month". */
char          *asr_format_age                    (int           months);
/* The assessment's date, or today when it has none. */
char          *asr_comparison_default_reference_date (AsrAssessment *assessment);

G_END_DECLS
