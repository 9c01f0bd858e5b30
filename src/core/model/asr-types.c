/* asr-types.c: ids (as in the file format) and labels (for people)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-types.h"

typedef struct
{
  const char *id;
  const char *label;
} Name;

static const Name ratings[] = {
  { NULL, N_("Not rated") },
  { "inadequate", N_("Inadequate") },
  { "requires-improvement", N_("Requires improvement") },
  { "good", N_("Good") },
  { "outstanding", N_("Outstanding") },
};

static const Name sources[] = {
  { "not-started", N_("Not started") },
  { "assessed", N_("Assessed") },
  { "carried-forward", N_("Carried forward") },
  { "not-applicable", N_("Not applicable") },
};

static const Name enforcements[] = {
  { "none", N_("None") },
  { "requirement-notice", N_("Requirement notice") },
  { "warning-notice", N_("Warning notice") },
};

static const Name limits[] = {
  { "none", N_("Not limited") },
  { "requirement-notice", N_("Limited to Requires improvement by a requirement notice") },
  { "warning-notice", N_("Rated Inadequate because of a warning notice") },
  { "advisory-limiter", N_("Limited to Requires improvement: a quality statement scored 1 (advisory limiter)") },
  { "override", N_("Overridden by professional judgement") },
};

static const Name principles[] = {
  { "none", N_("Not every key question has a rating yet") },
  { "two-inadequate", N_("Two or more key questions are rated Inadequate") },
  { "one-inadequate", N_("One key question is rated Inadequate") },
  { "two-requires-improvement", N_("Two or more key questions are rated Requires improvement") },
  { "two-outstanding", N_("Two or more key questions are rated Outstanding and none Requires improvement") },
  /* What the key question ratings give, not the final word: a breach of
   * regulation may limit it, on the line after (issue 11). */
  { "otherwise-good", N_("The key question ratings give Good: no other principle applies") },
};

static const Name directions[] = {
  { "none", N_("No previous rating to compare with") },
  { "improved", N_("Improved") },
  { "same", N_("Stayed the same") },
  { "declined", N_("Declined") },
};

static const Name statuses[] = {
  { "draft", N_("Draft") },
  { "final", N_("Final") },
};

static const Name levels[] = {
  { "service", N_("Service") },
  { "provider", N_("Provider (trust-wide well-led)") },
};

static const Name methods[] = {
  { "quality-statement", N_("Quality statements scored directly") },
  { "evidence-categories", N_("Quality statement scores computed from evidence categories") },
  { "judgement", N_("Key questions judged in the round from their items, without scores") },
};

static const char *
id_of (const Name *names,
       guint       n_names,
       guint       value)
{
  return value < n_names ? names[value].id : NULL;
}

static const char *
label_of (const Name *names,
          guint       n_names,
          guint       value)
{
  return value < n_names ? _(names[value].label) : "";
}

static gboolean
from_id (const Name *names,
         guint       n_names,
         const char *id,
         guint      *value)
{
  if (id == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    {
      if (names[i].id != NULL && strcmp (names[i].id, id) == 0)
        {
          *value = i;
          return TRUE;
        }
    }
  return FALSE;
}

#define DEFINE_NAMES(prefix, Type, table)                                   \
  const char *prefix##_to_label (Type v)                                    \
  { return label_of (table, G_N_ELEMENTS (table), (guint) v); }

#define DEFINE_IDS(prefix, Type, table)                                     \
  const char *prefix##_to_id (Type v)                                       \
  { return id_of (table, G_N_ELEMENTS (table), (guint) v); }                \
  gboolean prefix##_from_id (const char *id, Type *v)                       \
  {                                                                         \
    guint value;                                                            \
    if (!from_id (table, G_N_ELEMENTS (table), id, &value))                 \
      return FALSE;                                                         \
    *v = (Type) value;                                                      \
    return TRUE;                                                            \
  }

DEFINE_NAMES (asr_rating, AsrRating, ratings)
DEFINE_IDS (asr_rating, AsrRating, ratings)
DEFINE_NAMES (asr_source, AsrSource, sources)
DEFINE_IDS (asr_source, AsrSource, sources)
DEFINE_NAMES (asr_enforcement, AsrEnforcement, enforcements)
DEFINE_IDS (asr_enforcement, AsrEnforcement, enforcements)
DEFINE_NAMES (asr_status, AsrStatus, statuses)
DEFINE_NAMES (asr_direction, AsrDirection, directions)
DEFINE_IDS (asr_status, AsrStatus, statuses)
DEFINE_NAMES (asr_level, AsrLevel, levels)
DEFINE_IDS (asr_level, AsrLevel, levels)
DEFINE_IDS (asr_scoring_method, AsrScoringMethod, methods)
DEFINE_NAMES (asr_scoring_method, AsrScoringMethod, methods)
DEFINE_NAMES (asr_limit, AsrLimit, limits)
DEFINE_NAMES (asr_principle, AsrPrinciple, principles)

const char *
asr_direction_to_id (AsrDirection direction)
{
  return id_of (directions, G_N_ELEMENTS (directions), direction);
}

const char *
asr_limit_to_id (AsrLimit limit)
{
  return id_of (limits, G_N_ELEMENTS (limits), limit);
}

const char *
asr_principle_to_id (AsrPrinciple principle)
{
  return id_of (principles, G_N_ELEMENTS (principles), principle);
}

char *
asr_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !(time = g_date_time_new_utc (year, month, day, 0, 0, 0)))
    return g_strdup (iso_date ? iso_date : "");

  return g_date_time_format (time, "%-d %B %Y");
}
