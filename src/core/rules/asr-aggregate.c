/* asr-aggregate.c: CQC's one rule for combining ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-rules"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-aggregate.h"

static void
apply_rule (AsrAggregate *a)
{
  const guint *c = a->counts;
  guint x = a->x;

  if (a->n == 0)
    {
      a->rating = ASR_RATING_NONE;
      a->principle = ASR_PRINCIPLE_NONE;
    }
  else if (c[ASR_RATING_INADEQUATE] >= x)
    {
      a->rating = ASR_RATING_INADEQUATE;
      a->principle = ASR_PRINCIPLE_TWO_INADEQUATE;
    }
  else if (c[ASR_RATING_REQUIRES_IMPROVEMENT] >= x)
    {
      a->rating = ASR_RATING_REQUIRES_IMPROVEMENT;
      a->principle = ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT;
    }
  else if (c[ASR_RATING_INADEQUATE] > 0)
    {
      a->rating = ASR_RATING_REQUIRES_IMPROVEMENT;
      a->principle = ASR_PRINCIPLE_ONE_INADEQUATE;
    }
  else if (c[ASR_RATING_OUTSTANDING] >= x && c[ASR_RATING_REQUIRES_IMPROVEMENT] == 0)
    {
      a->rating = ASR_RATING_OUTSTANDING;
      a->principle = ASR_PRINCIPLE_TWO_OUTSTANDING;
    }
  else
    {
      a->rating = ASR_RATING_GOOD;
      a->principle = ASR_PRINCIPLE_OTHERWISE_GOOD;
    }
  /* Fewer than X Inadequate but one or more, the rest Good or better, is
   * not covered by the published text. */
  a->inferred = a->principle == ASR_PRINCIPLE_ONE_INADEQUATE &&
                c[ASR_RATING_REQUIRES_IMPROVEMENT] == 0;
}

void
asr_aggregate_counts (AsrFramework *framework,
                      const guint   counts[ASR_RATING_OUTSTANDING + 1],
                      AsrAggregate *out)
{
  g_return_if_fail (ASR_IS_FRAMEWORK (framework));
  g_return_if_fail (counts != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  for (AsrRating r = ASR_RATING_INADEQUATE; r <= ASR_RATING_OUTSTANDING; r++)
    {
      out->counts[r] = counts[r];
      out->n += counts[r];
    }
  out->x = asr_framework_get_aggregation_threshold (framework, out->n, &out->from, &out->to);
  apply_rule (out);
}

void
asr_aggregate_ratings (AsrFramework    *framework,
                       const AsrRating *ratings,
                       guint            n,
                       AsrAggregate    *out)
{
  guint counts[ASR_RATING_OUTSTANDING + 1] = { 0 };

  g_return_if_fail (ratings != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    if (ratings[i] >= ASR_RATING_INADEQUATE && ratings[i] <= ASR_RATING_OUTSTANDING)
      counts[ratings[i]]++;
  asr_aggregate_counts (framework, counts, out);
}

static char *
describe_x (const AsrAggregate *a)
{
  if (a->to == G_MAXUINT)
    /* Translators: "X = 3 for 9 or more ratings" */
    return g_strdup_printf (_("X = %u for %u or more ratings"), a->x, a->from);
  if (a->from == a->to)
    return g_strdup_printf (_("X = %u for %u ratings"), a->x, a->from);
  /* Translators: "X = 2 for 4–8 ratings" */
  return g_strdup_printf (_("X = %u for %u–%u ratings"), a->x, a->from, a->to);
}

static char *
describe_step (const AsrAggregate *a)
{
  const guint *c = a->counts;

  switch (a->principle)
    {
    case ASR_PRINCIPLE_TWO_INADEQUATE:
      return g_strdup_printf (_("%u of %u ratings are Inadequate, at least X"), c[ASR_RATING_INADEQUATE], a->n);
    case ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT:
      return g_strdup_printf (_("%u of %u ratings are Requires improvement, at least X"),
                              c[ASR_RATING_REQUIRES_IMPROVEMENT], a->n);
    case ASR_PRINCIPLE_ONE_INADEQUATE:
      return g_strdup_printf (a->inferred
                              ? _("%u of %u ratings are Inadequate, fewer than X; Requires improvement is inferred (the published rule does not cover this case)")
                              : _("%u of %u ratings are Inadequate, fewer than X, so Requires improvement at best"),
                              c[ASR_RATING_INADEQUATE], a->n);
    case ASR_PRINCIPLE_TWO_OUTSTANDING:
      return g_strdup_printf (_("%u of %u ratings are Outstanding, at least X, and the others Good"),
                              c[ASR_RATING_OUTSTANDING], a->n);
    case ASR_PRINCIPLE_OTHERWISE_GOOD:
      return g_strdup (_("no other step of the rule applies"));
    case ASR_PRINCIPLE_NONE:
    default:
      return g_strdup (_("there are no ratings to combine"));
    }
}

char *
asr_aggregate_explain (const AsrAggregate *aggregate,
                       const char         *from)
{
  g_autofree char *step = NULL;
  g_autofree char *x = NULL;

  g_return_val_if_fail (aggregate != NULL, NULL);

  step = describe_step (aggregate);
  if (aggregate->n == 0)
    return g_strdup_printf ("%s: %s", asr_rating_to_label (ASR_RATING_NONE), step);
  x = describe_x (aggregate);
  /* Translators: "Requires improvement: 2 of 6 ratings are Requires
   * improvement, at least X (X = 2 for 4–8 ratings). From: Safe Good, …" */
  return g_strdup_printf (_("%s: %s (%s). From: %s"), asr_rating_to_label (aggregate->rating),
                          step, x, from ? from : "");
}
