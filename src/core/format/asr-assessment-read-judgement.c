/* asr-assessment-read-judgement.c: /key_questions/<kq>/judgement, the
 * judged rating of a key question and its rationale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"
#include "asr-framework.h"
#include "asr-text.h"

typedef struct
{
  AsrRating  rating;
  char      *rationale;
} JudgementLoad;

static gboolean
judgement_member (AsrLoad    *load,
                  const char *name,
                  gpointer    data)
{
  JudgementLoad *judgement = data;
  const char *rationale;

  if (strcmp (name, "rating") == 0)
    return _asr_load_rating_value (load, &judgement->rating);
  if (strcmp (name, "rationale") != 0)
    return _asr_load_unknown_member (load);
  if (!_asr_load_string (load, &rationale))
    return FALSE;
  g_free (judgement->rationale);
  judgement->rationale = g_strdup (rationale);
  return TRUE;
}

/* A rating needs a rationale a reader can see; a rationale alone is a
 * judgement still being written. */
gboolean
_asr_load_judgement (AsrLoad        *load,
                     AsrKeyQuestion *kq)
{
  AsrFramework *framework = asr_assessment_get_framework (asr_key_question_get_assessment (kq));
  JudgementLoad judgement = { ASR_RATING_NONE, NULL };
  gboolean ok;

  if (!asr_framework_is_judgement (framework))
    return _asr_load_fail (load, _("this framework computes ratings from scores: a key question has no judgement"));
  ok = _asr_load_members (load, judgement_member, &judgement);
  if (ok && judgement.rating != ASR_RATING_NONE &&
      !asr_text_has_visible (judgement.rationale != NULL ? judgement.rationale : ""))
    ok = _asr_load_fail_at (load, "rationale",
                            _("a judged rating needs a rationale with a visible character"));
  if (ok && !asr_key_question_set_judgement (kq, judgement.rating, judgement.rationale, NULL))
    ok = _asr_load_fail (load, _("not a valid judgement"));
  g_free (judgement.rationale);
  return ok;
}
