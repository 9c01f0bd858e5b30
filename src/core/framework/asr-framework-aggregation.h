/* asr-framework-aggregation.h: the thresholds of the aggregation rule, as
 * a framework file gives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "asr-json-walk.h"

G_BEGIN_DECLS

#define ASR_AGGREGATION_MAX_STEPS 8

/* X of the rule is steps[i].x for steps[i].from ≤ n < steps[i + 1].from. */
typedef struct
{
  guint n_steps;
  struct
  {
    guint from;   /* number of underlying ratings */
    guint x;
  } steps[ASR_AGGREGATION_MAX_STEPS];
} AsrAggregationThresholds;

/* Reads /aggregation of a framework file: {"thresholds": [{"from": 1,
 * "x": 1}, …]}, the first from 1, "from" rising, 1 ≤ x ≤ from. */
gboolean _asr_framework_load_aggregation (AsrWalk                  *walk,
                                          JsonObject               *root,
                                          AsrAggregationThresholds *out,
                                          GError                  **error);

G_END_DECLS
