/* asr-review.c: the table of review rules and running them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-review"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-review-private.h"

typedef struct
{
  AsrReviewRuleInfo  info;
  AsrReviewCheckFunc check;
} Rule;

/* Adding a rule is one row here (and its page section in help/C/review.page). */
static const Rule rules[] = {
  { { "no-notes", N_("Scored without notes"),
      N_("A score needs the evidence that supports it: a reader cannot see how it was reached.") },
    _asr_review_check_no_notes },
  { { "short-notes-extreme", N_("Short notes for a score of 1 or 4"),
      N_("A score at either end of the scale is the one most often challenged and needs the fullest evidence.") },
    _asr_review_check_short_extreme },
  { { "notes-contradict-source", N_("Notes contradict the source"),
      N_("The notes and the source disagree on whether the statement was looked at in this assessment; one of them is wrong.") },
    _asr_review_check_contradicts_source },
  { { "repeated-passage", N_("Passage repeated across statements"),
      N_("Text copied between statements reads as boilerplate and rarely describes the evidence for each.") },
    _asr_review_check_repeated_passage },
  { { "stale-carried-forward", N_("Stale carried-forward score"),
      N_("A score carried forward from an old rating may no longer reflect the service; consider assessing it.") },
    _asr_review_check_stale },
  { { "enforcement-not-mentioned", N_("Enforcement not mentioned"),
      N_("A requirement or warning notice limits the rating; the notes should say which breach it answers.") },
    _asr_review_check_enforcement },
  { { "short-override-reason", N_("Short override reason"),
      N_("Overriding the computed rating is a judgement that must be explained to the provider and to CQC.") },
    _asr_review_check_override_reason },
  { { "open-comments", N_("Open review comment"),
      N_("A reviewer's question that has not been answered and resolved.") },
    _asr_review_check_open_comments },
  { { "merge-conflicts", N_("Merge conflict not resolved"),
      N_("Two drafts disagree here and the draft keeps one side only until someone chooses; it cannot be final.") },
    _asr_review_check_conflicts },
};

void
asr_finding_free (AsrFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->path);
  g_free (finding->key_question_id);
  g_free (finding->statement_id);
  g_free (finding->place);
  g_free (finding->message);
  g_free (finding);
}

void
asr_review_settings_init (AsrReviewSettings *settings)
{
  *settings = (AsrReviewSettings) {
    .extreme_notes_words = ASR_REVIEW_EXTREME_NOTES_WORDS,
    .override_reason_words = ASR_REVIEW_OVERRIDE_REASON_WORDS,
    .repeat_words = ASR_REVIEW_REPEAT_WORDS,
    .stale_years = ASR_REVIEW_STALE_YEARS,
  };
}

guint
asr_review_get_n_rules (void)
{
  return G_N_ELEMENTS (rules);
}

/* The table holds untranslated strings; a caller gets them translated. */
const AsrReviewRuleInfo *
asr_review_get_rule (guint index)
{
  static AsrReviewRuleInfo translated[G_N_ELEMENTS (rules)];
  static gsize done = 0;

  g_return_val_if_fail (index < G_N_ELEMENTS (rules), NULL);

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        translated[i] = (AsrReviewRuleInfo) { rules[i].info.id, _(rules[i].info.title),
                                              _(rules[i].info.why) };
      g_once_init_leave (&done, 1);
    }
  return &translated[index];
}

const AsrReviewRuleInfo *
asr_review_lookup_rule (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (rules[i].info.id, id) == 0)
      return asr_review_get_rule (i);
  return NULL;
}

void
_asr_review_add (AsrReviewContext    *ctx,
                 AsrKeyQuestion      *key_question,
                 AsrQualityStatement *statement,
                 const char          *member,
                 const char          *format,
                 ...)
{
  AsrFinding *finding = g_new0 (AsrFinding, 1);
  const char *kq_id = asr_key_question_get_id (key_question);
  g_autoptr(GString) path = g_string_new ("/key_questions/");
  va_list args;

  g_string_append (path, kq_id);
  if (statement != NULL)
    g_string_append_printf (path, "/statements/%s", asr_quality_statement_get_id (statement));
  if (member != NULL)
    g_string_append_printf (path, "/%s", member);

  finding->rule_id = ctx->rule->id;
  finding->why = ctx->rule->why;
  finding->path = g_string_free (g_steal_pointer (&path), FALSE);
  finding->key_question_id = g_strdup (kq_id);
  finding->statement_id = statement != NULL ? g_strdup (asr_quality_statement_get_id (statement)) : NULL;
  finding->place = statement != NULL
                   ? g_strdup_printf ("%s › %s", asr_key_question_get_name (key_question),
                                      asr_quality_statement_get_name (statement))
                   : g_strdup (asr_key_question_get_name (key_question));
  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->findings, finding);
}

GPtrArray *
asr_review_run (AsrAssessment           *assessment,
                const AsrReviewSettings *settings)
{
  AsrReviewContext ctx = { assessment, settings, NULL,
                           g_ptr_array_new_with_free_func ((GDestroyNotify) asr_finding_free) };

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), ctx.findings);
  g_return_val_if_fail (settings != NULL, ctx.findings);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (settings->disabled != NULL &&
          g_strv_contains (settings->disabled, rules[i].info.id))
        continue;
      ctx.rule = asr_review_get_rule (i);
      rules[i].check (&ctx);
    }
  return ctx.findings;
}
