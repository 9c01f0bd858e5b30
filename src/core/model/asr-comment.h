/* asr-comment.h: a review comment on a quality statement or key question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writable properties (each notifies only when it changes):
 *   "author"   string, never NULL   who wrote it
 *   "date"     string, YYYY-MM-DD or "" when not known
 *   "text"     string, never NULL
 *   "resolved" gboolean             open (FALSE) or resolved
 * A statement and a key question keep their comments in a GListStore of
 * AsrComment (asr_quality_statement_get_comments(),
 * asr_key_question_get_comments()); appending to, removing from, or
 * changing a comment in that store is a change of the document.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ASR_TYPE_COMMENT (asr_comment_get_type ())
G_DECLARE_FINAL_TYPE (AsrComment, asr_comment, ASR, COMMENT, GObject)

AsrComment *asr_comment_new          (const char *author,
                                      const char *date,
                                      const char *text,
                                      gboolean    resolved);
AsrComment *asr_comment_copy         (AsrComment *self);
const char *asr_comment_get_author   (AsrComment *self);
void        asr_comment_set_author   (AsrComment *self,
                                      const char *author);
const char *asr_comment_get_date     (AsrComment *self);
void        asr_comment_set_date     (AsrComment *self,
                                      const char *date);
const char *asr_comment_get_text     (AsrComment *self);
void        asr_comment_set_text     (AsrComment *self,
                                      const char *text);
gboolean    asr_comment_get_resolved (AsrComment *self);
void        asr_comment_set_resolved (AsrComment *self,
                                      gboolean    resolved);

/* The comments of @comments (a GListModel of AsrComment, may be NULL)
 * that are not resolved. */
guint       asr_comments_count_open  (GListModel *comments);

G_END_DECLS
