/* asr-history-describe.c: what an undo step changed, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Safeguarding score 3 → 2": the subject in the inspector's words (a
 * quality statement, "Observation for Safeguarding", a key question), the
 * property, and the values before and after, in the direction of the undo
 * or redo about to be done.
 */
#define G_LOG_DOMAIN "asr-history"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-history-private.h"

/* Longer texts are not quoted in a toast: "edited" says enough. */
#define MAX_QUOTED 40

static int
change_rank (HistoryChange *change)
{
  const char *name;

  if (change->slot == NULL)
    return 4;   /* a comment: anything else in the step says more */
  name = change->slot->pspec->name;

  if (g_str_equal (name, "score"))
    return 0;
  if (change->slot->is_notes)
    return 1;
  if (g_str_equal (name, "source"))
    return 3;
  return 2;
}

HistoryChange *
_asr_history_step_main_change (HistoryStep *step)
{
  HistoryChange *best = g_ptr_array_index (step->changes, 0);

  for (guint i = 1; i < step->changes->len; i++)
    {
      HistoryChange *change = g_ptr_array_index (step->changes, i);

      if (change_rank (change) < change_rank (best))
        best = change;
    }
  return best;
}

static char *
describe_subject (HistorySlot *slot)
{
  if (ASR_IS_EVIDENCE (slot->object) && slot->statement != NULL)
    /* Translators: an evidence category, then a quality statement */
    return g_strdup_printf (_("%s for %s"), asr_evidence_get_name (ASR_EVIDENCE (slot->object)),
                            asr_quality_statement_get_name (slot->statement));
  if (ASR_IS_QUALITY_STATEMENT (slot->object))
    return g_strdup (asr_quality_statement_get_name (ASR_QUALITY_STATEMENT (slot->object)));
  if (ASR_IS_KEY_QUESTION (slot->object))
    return g_strdup (asr_key_question_get_name (ASR_KEY_QUESTION (slot->object)));
  if (ASR_IS_COMMENT (slot->object))
    /* Translators: %s is who wrote the comment */
    return g_strdup_printf (_("the review comment by %s"), asr_comment_get_author (ASR_COMMENT (slot->object)));
  return g_strdup (_("Assessment"));
}

static char *
describe_property (HistorySlot *slot)
{
  const char *name = slot->pspec->name;

  if (slot->is_override && g_str_equal (name, "judgement-rating"))
    return g_strdup (_("judgement"));
  if (slot->is_override)
    return g_strdup (_("rating override"));
  if (g_str_equal (name, "score"))
    return g_strdup (_("score"));
  if (g_str_equal (name, "source"))
    return g_strdup (_("source"));
  if (g_str_equal (name, "previous-rating"))
    return g_strdup (_("previous rating"));
  return g_strdelimit (g_strdup (name), "-", ' ');
}

static char *
describe_enum (const GValue *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
  GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

  if (G_VALUE_HOLDS (value, ASR_TYPE_SOURCE))
    return g_strdup (asr_source_to_label (g_value_get_enum (value)));
  if (G_VALUE_HOLDS (value, ASR_TYPE_RATING))
    return g_strdup (g_value_get_enum (value) == ASR_RATING_NONE
                     ? _("none") : asr_rating_to_label (g_value_get_enum (value)));
  return g_strdup (enum_value ? enum_value->value_nick : "?");
}

static char *
describe_value (const GValue *value)
{
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value) == 0 ? g_strdup (_("none"))
                                        : g_strdup_printf ("%d", g_value_get_int (value));
  if (G_VALUE_HOLDS_ENUM (value))
    return describe_enum (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? _("on") : _("off"));
  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    return g_value_get_boxed (value) ? g_strjoinv (", ", g_value_get_boxed (value))
                                     : g_strdup ("");
  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value) ? g_value_get_string (value) : "";

      if (text[0] == '\0')
        return g_strdup (_("empty"));
      if (g_utf8_strlen (text, -1) > MAX_QUOTED || strchr (text, '\n') != NULL)
        return NULL;
      return g_strdup_printf ("“%s”", text);
    }
  return NULL;
}

char *
_asr_history_describe_change (HistoryChange *change,
                              gboolean       forward)
{
  g_autofree char *subject = NULL;
  g_autofree char *property = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (change->slot == NULL)
    return g_strdup (_("a review comment"));
  subject = describe_subject (change->slot);

  if (change->slot->is_notes)
    /* Translators: %s is a quality statement or "Observation for Safeguarding" */
    return g_strdup_printf (_("typing in the notes of %s"), subject);

  property = describe_property (change->slot);
  from = describe_value (forward ? &change->before[0] : &change->after[0]);
  to = describe_value (forward ? &change->after[0] : &change->before[0]);
  if (from == NULL || to == NULL)
    /* Translators: a subject and what of it changed, "Assessment provider edited" */
    return g_strdup_printf (_("%s %s edited"), subject, property);
  /* Translators: a subject, a property, the value before and after it changed:
   * "Safeguarding score 3 → 2" */
  return g_strdup_printf (_("%s %s %s → %s"), subject, property, from, to);
}
