/* asr-report-judgement.c: what a report says of a key question judged in
 * the round (judgement method): the judged rating, how it was reached and
 * its rationale in place of a score, and each item's indicative rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report-private.h"

void
_asr_report_describe_item (AsrReportStatement  *self,
                           AsrQualityStatement *item)
{
  AsrRating rating = asr_quality_statement_get_rating (item);

  switch (asr_quality_statement_get_source (item))
    {
    case ASR_SOURCE_ASSESSED:
      self->score_line = rating != ASR_RATING_NONE
                         /* TRANSLATORS: an item's indicative rating, "Indicative rating: Good" */
                         ? g_strdup_printf (_("Indicative rating: %s"), asr_rating_to_label (rating))
                         : g_strdup (_("Assessed, no indicative rating"));
      break;
    case ASR_SOURCE_NOT_APPLICABLE:
      self->score_line = g_strdup (_("Not applicable"));
      g_ptr_array_add (self->paragraphs,
                       g_strdup (_("This key line of enquiry does not apply to this service.")));
      break;
    case ASR_SOURCE_CARRIED_FORWARD:
    case ASR_SOURCE_NOT_STARTED:
    default:
      self->score_line = g_strdup (_("Not assessed yet"));
      g_ptr_array_add (self->paragraphs,
                       g_strdup (_("This key line of enquiry has not been assessed yet.")));
      break;
    }
}

void
_asr_report_add_judgement (AsrReportSection *self,
                           AsrKeyQuestion   *key_question)
{
  const char *rationale = asr_key_question_get_judgement_rationale (key_question);
  guint n_waiting = asr_key_question_get_n_in_scope (key_question) -
                    asr_key_question_get_n_scored (key_question);

  self->score_sentence = asr_summary_explain_judgement (key_question);
  if (*rationale != '\0')
    g_ptr_array_add (self->notes, g_strdup_printf (_("Rationale: %s"), rationale));
  if (n_waiting > 0)
    g_ptr_array_add (self->notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "Provisional: %u key line of enquiry has not been assessed yet.",
                                                                "Provisional: %u key lines of enquiry have not been assessed yet.",
                                                                n_waiting), n_waiting));
}
