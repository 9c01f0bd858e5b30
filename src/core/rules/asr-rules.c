/* asr-rules.c: CQC's scoring rules, integer-exact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-rules"

#include "config.h"

#include "asr-rules.h"
#include "asr-aggregate.h"

int
asr_rules_percentage (gint64 sum,
                      gint64 n_scored)
{
  g_return_val_if_fail (n_scored >= 0, -1);
  g_return_val_if_fail (sum >= 0 && sum <= 4 * n_scored, -1);

  if (n_scored == 0)
    return -1;

  /* 100·S/(4n) rounded half up = floor((100·S/(4n)) + ½)
   *                            = floor((200·S + 4n) / (8n)). */
  return (int) ((200 * sum + 4 * n_scored) / (8 * n_scored));
}

int
asr_rules_carried_forward_score (AsrRating previous)
{
  /* Outstanding 4, Good 3, Requires improvement 2, Inadequate 1: the enum
   * is ordered so that its value is the score. */
  return previous >= ASR_RATING_INADEQUATE && previous <= ASR_RATING_OUTSTANDING
         ? (int) previous : 0;
}

AsrRating
asr_rules_focused_base (gboolean   focused,
                        guint      n_assessed,
                        AsrRating  band,
                        AsrRating  previous,
                        gboolean  *carried)
{
  gboolean take = focused && n_assessed == 0;

  if (carried != NULL)
    *carried = take;
  return take ? previous : band;
}

AsrRating
asr_rules_key_question_rating (AsrRating       band,
                               AsrEnforcement  enforcement,
                               gboolean        advisory_limiters,
                               guint           n_scored_one,
                               AsrRating       override,
                               AsrLimit       *limit)
{
  AsrRating rating = band;
  AsrLimit why = ASR_LIMIT_NONE;

  if (band != ASR_RATING_NONE)
    {
      /* The published rules first, so that "limited by" names them when
       * the advisory limiter would give the same rating. */
      if (enforcement == ASR_ENFORCEMENT_WARNING_NOTICE && rating > ASR_RATING_INADEQUATE)
        {
          rating = ASR_RATING_INADEQUATE;
          why = ASR_LIMIT_WARNING_NOTICE;
        }
      else if (enforcement == ASR_ENFORCEMENT_REQUIREMENT_NOTICE &&
               rating > ASR_RATING_REQUIRES_IMPROVEMENT)
        {
          rating = ASR_RATING_REQUIRES_IMPROVEMENT;
          why = ASR_LIMIT_REQUIREMENT_NOTICE;
        }
      if (advisory_limiters && n_scored_one > 0 && rating > ASR_RATING_REQUIRES_IMPROVEMENT)
        {
          rating = ASR_RATING_REQUIRES_IMPROVEMENT;
          why = ASR_LIMIT_ADVISORY_LIMITER;
        }
    }

  /* Professional judgement may depart from the principles either way, and
   * may rate a key question whose figures are not complete. */
  if (override != ASR_RATING_NONE)
    {
      rating = override;
      why = ASR_LIMIT_OVERRIDE;
    }

  if (limit != NULL)
    *limit = why;
  return rating;
}

AsrRating
asr_rules_overall (AsrFramework *framework,
                   guint         n_inadequate,
                   guint         n_requires_improvement,
                   guint         n_good,
                   guint         n_outstanding,
                   guint         n_unrated,
                   AsrPrinciple *principle,
                   gboolean     *inferred)
{
  const guint counts[ASR_RATING_OUTSTANDING + 1] = {
    [ASR_RATING_INADEQUATE] = n_inadequate,
    [ASR_RATING_REQUIRES_IMPROVEMENT] = n_requires_improvement,
    [ASR_RATING_GOOD] = n_good,
    [ASR_RATING_OUTSTANDING] = n_outstanding,
  };
  AsrAggregate aggregate = { 0 };

  /* The aggregation rule's n = 5 case; rated only when every key question
   * is. */
  if (n_unrated == 0)
    asr_aggregate_counts (framework, counts, &aggregate);
  if (principle != NULL)
    *principle = aggregate.principle;
  if (inferred != NULL)
    *inferred = aggregate.inferred;
  return aggregate.rating;
}

AsrDirection
asr_rules_direction (AsrRating previous,
                     AsrRating current)
{
  if (previous == ASR_RATING_NONE || current == ASR_RATING_NONE)
    return ASR_DIRECTION_NONE;
  if (current > previous)
    return ASR_DIRECTION_IMPROVED;
  if (current < previous)
    return ASR_DIRECTION_DECLINED;
  return ASR_DIRECTION_SAME;
}

AsrRating
asr_rules_breach_cap (AsrRating overall,
                      gboolean  breach_of_regulation,
                      gboolean *capped)
{
  gboolean cap = breach_of_regulation && overall > ASR_RATING_REQUIRES_IMPROVEMENT;

  if (capped != NULL)
    *capped = cap;
  return cap ? ASR_RATING_REQUIRES_IMPROVEMENT : overall;
}

int
asr_rules_observed_published_percentage (int       percentage,
                                         AsrRating band,
                                         AsrRating rating,
                                         AsrLimit  limit)
{
  if (percentage < 0)
    return -1;
  if (rating == ASR_RATING_REQUIRES_IMPROVEMENT && band > ASR_RATING_REQUIRES_IMPROVEMENT &&
      limit != ASR_LIMIT_NONE && limit != ASR_LIMIT_OVERRIDE)
    return 62;
  return percentage;
}

int
asr_rules_score_from_evidence (AsrFramework *framework,
                               gint64        sum,
                               gint64        n_scored,
                               int          *percentage)
{
  int pct = asr_rules_percentage (sum, n_scored);

  if (percentage != NULL)
    *percentage = pct;
  if (pct < 0)
    return 0;
  /* The bands convert back to a score: Inadequate 1 … Outstanding 4. */
  return (int) asr_framework_rating_for_percentage (framework, pct);
}
