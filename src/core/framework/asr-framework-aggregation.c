/* asr-framework-aggregation.c: reading the aggregation rule's thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CQC's rule for combining ratings (the overall from five key questions,
 * and NHS trusts' core services, locations and trust) depends on X, which
 * depends on how many ratings are combined; the numbers are data, so a
 * future framework can change them without code.
 */
#define G_LOG_DOMAIN "asr-framework"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-framework-aggregation.h"

static gboolean
load_member (AsrWalk     *walk,
             JsonObject  *object,
             const char  *name,
             gint64       min,
             gint64       max,
             guint       *out,
             GError     **error)
{
  JsonNode *node;
  gint64 value;
  gsize mark;

  if (!asr_walk_require (walk, object, name, &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, name);
  if (!asr_walk_int_range (walk, node, min, max, &value, error))
    return FALSE;
  asr_walk_leave (walk, mark);
  *out = (guint) value;
  return TRUE;
}

static gboolean
load_step (AsrWalk                  *walk,
           JsonNode                 *node,
           AsrAggregationThresholds *out,
           GError                  **error)
{
  static const char * const allowed[] = { "from", "x", NULL };
  guint i = out->n_steps;
  guint min_from = i == 0 ? 1 : out->steps[i - 1].from + 1;
  guint max_from = i == 0 ? 1 : 10000;
  JsonObject *object;

  if (i == ASR_AGGREGATION_MAX_STEPS)
    return asr_walk_fail (walk, error, _("at most %d thresholds"), ASR_AGGREGATION_MAX_STEPS);
  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !load_member (walk, object, "from", min_from, max_from, &out->steps[i].from, error) ||
      !load_member (walk, object, "x", 1, out->steps[i].from, &out->steps[i].x, error))
    return FALSE;
  out->n_steps++;
  return TRUE;
}

gboolean
_asr_framework_load_aggregation (AsrWalk                  *walk,
                                 JsonObject               *root,
                                 AsrAggregationThresholds *out,
                                 GError                  **error)
{
  static const char * const allowed[] = { "description", "thresholds", NULL };
  JsonObject *object;
  JsonArray *array;
  JsonNode *node;
  gsize mark, inner;

  memset (out, 0, sizeof *out);
  if (!asr_walk_require (walk, root, "aggregation", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "aggregation");
  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !asr_walk_require (walk, object, "thresholds", &node, error))
    return FALSE;
  inner = asr_walk_enter (walk, "thresholds");
  if (!asr_walk_array (walk, node, &array, error))
    return FALSE;
  if (json_array_get_length (array) == 0)
    return asr_walk_fail (walk, error, _("expected at least one threshold, from 1 rating"));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = asr_walk_enter_index (walk, i);

      if (!load_step (walk, json_array_get_element (array, i), out, error))
        return FALSE;
      asr_walk_leave (walk, item);
    }
  asr_walk_leave (walk, inner);
  asr_walk_leave (walk, mark);
  return TRUE;
}
