/* asr-rules.h: CQC's scoring rules as pure functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder rules/: the scoring and rating rules as pure functions. Depends on
 * framework/ types only; no I/O, no model objects.
 *
 * Every rule here has its source in ../shared/domain/cqc-saf.md; the model
 * calls these and nothing else decides a figure.
 */
#pragma once

#include "asr-framework.h"
#include "asr-types.h"

G_BEGIN_DECLS

/* 100 × sum ÷ (4 × n), rounded half up, in integers: (200·S + 4·n) ÷ (8·n).
 * Returns -1 when n is 0 (no figure can be produced). */
int        asr_rules_percentage        (gint64 sum,
                                        gint64 n_scored);

/* The score a carried-forward quality statement takes from the previous
 * rating of its key question (Outstanding 4 … Inadequate 1), or 0 for none. */
int        asr_rules_carried_forward_score (AsrRating previous);

/* A key question's rating from its band, then its caps, then an override.
 * @n_scored_one is the number of statements scored 1 (only used with
 * @advisory_limiters).  Sets *limit to what made it differ from the band. */
AsrRating  asr_rules_key_question_rating (AsrRating       band,
                                          AsrEnforcement  enforcement,
                                          gboolean        advisory_limiters,
                                          guint           n_scored_one,
                                          AsrRating       override,
                                          AsrLimit       *limit);

/* A focused assessment (cqc-saf.md §9): a key question with nothing
 * assessed (@n_assessed 0) keeps its @previous rating, which then stands
 * where the band would (caps and an override still apply on top).
 * Otherwise, and always when not @focused, returns @band.  *carried (may
 * be NULL) is TRUE when the previous rating was taken, even when it is
 * NONE (a key question not assessed and never rated is not rated). */
AsrRating  asr_rules_focused_base      (gboolean       focused,
                                        guint          n_assessed,
                                        AsrRating      band,
                                        AsrRating      previous,
                                        gboolean      *carried);

/* The overall rating from the counts of the five key question ratings by
 * the ratings principles (before the breach-of-regulation cap): the
 * aggregation rule of asr-aggregate.h with @framework's X for n = 5.
 * Returns NONE with ASR_PRINCIPLE_NONE while @n_unrated > 0.  *inferred is
 * TRUE when the published text does not cover the case (one Inadequate,
 * the rest Good or better), which is rated Requires improvement. */
AsrRating  asr_rules_overall           (AsrFramework  *framework,
                                        guint          n_inadequate,
                                        guint          n_requires_improvement,
                                        guint          n_good,
                                        guint          n_outstanding,
                                        guint          n_unrated,
                                        AsrPrinciple  *principle,
                                        gboolean      *inferred);

/* How a rating moved from @previous to @current (NONE when either is
 * missing).  Ratings only: a change of framework is the caller's notice. */
AsrDirection asr_rules_direction       (AsrRating      previous,
                                        AsrRating      current);

/* A breach of regulation caps the overall at Requires improvement. */
AsrRating  asr_rules_breach_cap        (AsrRating      overall,
                                        gboolean       breach_of_regulation,
                                        gboolean      *capped);

/* Observed, not published by CQC: when a rating is limited to Requires
 * improvement, published pages show the top of that band (62) rather than
 * the arithmetic figure.  Returns the figure this practice would publish. */
int        asr_rules_observed_published_percentage (int       percentage,
                                                    AsrRating band,
                                                    AsrRating rating,
                                                    AsrLimit  limit);

/* Legacy (cqc-saf-2023): a statement's score from its evidence category
 * scores: percentage of sum ÷ (4 × n) converted back by the bands.  Returns
 * 0 with *percentage -1 when no category is scored. */
int        asr_rules_score_from_evidence (AsrFramework *framework,
                                          gint64        sum,
                                          gint64        n_scored,
                                          int          *percentage);

G_END_DECLS
