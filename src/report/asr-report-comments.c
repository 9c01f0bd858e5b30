/* asr-report-comments.c: review comments in a report, when asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Comments are the team's working notes, not part of what is published:
 * a report leaves them out unless AsrReportOptions.comments is set.  Then
 * each comment is one paragraph after the statement's narrative (or among
 * the key question's notes), so every format shows it the same way.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-core.h"
#include "asr-report-private.h"

/* "Review comment by R. Reviewer, 14 October 2026 (open): Which audit?" */
static char *
describe_comment (AsrComment *comment)
{
  const char *author = asr_comment_get_author (comment);
  const char *date = asr_comment_get_date (comment);
  g_autofree char *shown_date = *date != '\0' ? asr_format_date (date) : NULL;
  g_autofree char *who = NULL;

  if (*author == '\0')
    author = _("an unnamed reviewer");
  who = shown_date != NULL ? g_strdup_printf ("%s, %s", author, shown_date) : g_strdup (author);
  return g_strdup_printf (asr_comment_get_resolved (comment)
                          ? _("Review comment by %s (resolved): %s")
                          : _("Review comment by %s (open): %s"),
                          who, asr_comment_get_text (comment));
}

void
_asr_report_add_comments (GPtrArray  *paragraphs,
                          GListModel *comments)
{
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(AsrComment) comment = g_list_model_get_item (comments, i);

      g_ptr_array_add (paragraphs, describe_comment (comment));
    }
}

static void
clear_statement_comments (AsrKeyQuestion      *key_question,
                          AsrQualityStatement *statement,
                          gpointer             user_data)
{
  g_list_store_remove_all (G_LIST_STORE (asr_quality_statement_get_comments (statement)));
  g_list_store_remove_all (G_LIST_STORE (asr_key_question_get_comments (key_question)));
}

AsrAssessment *
_asr_report_assessment_for_json (AsrAssessment          *assessment,
                                 const AsrReportOptions *options)
{
  AsrAssessment *copy;

  if (options != NULL && options->comments)
    return g_object_ref (assessment);
  copy = asr_assessment_snapshot (assessment);
  asr_assessment_foreach_statement (copy, clear_statement_comments, NULL);
  return copy;
}
