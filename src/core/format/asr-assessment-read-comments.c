/* asr-assessment-read-comments.c: "comments" of a statement or key question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * [{"author": "…", "date": "YYYY-MM-DD", "text": "…", "resolved": false}],
 * "text" required, the others optional ("" and false when left out).
 */
#define G_LOG_DOMAIN "asr-assessment-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"
#include "asr-comment.h"

typedef struct
{
  AsrComment *comment;
  gboolean    has_text;
} CommentLoad;

static gboolean
comment_member (AsrLoad    *load,
                const char *name,
                gpointer    data)
{
  CommentLoad *cl = data;
  PropertyTarget target = { G_OBJECT (cl->comment), name };

  if (strcmp (name, "author") == 0)
    return _asr_load_string_property (load, &target);
  if (strcmp (name, "date") == 0)
    return _asr_load_date_property (load, &target);
  if (strcmp (name, "resolved") == 0)
    return _asr_load_boolean_property (load, &target);
  if (strcmp (name, "text") == 0)
    {
      cl->has_text = TRUE;
      return _asr_load_string_property (load, &target);
    }
  return _asr_load_unknown_member (load);
}

static gboolean
comment_value (AsrLoad    *load,
               GListStore *store)
{
  g_autoptr(AsrComment) comment = asr_comment_new ("", "", "", FALSE);
  CommentLoad cl = { comment, FALSE };

  if (!_asr_load_members (load, comment_member, &cl))
    return FALSE;
  if (!cl.has_text)
    return _asr_load_fail (load, _("missing member “%s”"), "text");
  g_list_store_append (store, comment);
  return TRUE;
}

gboolean
_asr_load_comments (AsrLoad    *load,
                    GListModel *comments)
{
  if (load->token != ASR_JSON_TOKEN_BEGIN_ARRAY)
    return _asr_load_fail (load, _("expected an array, got %s"),
                           asr_walk_describe_token (load->token));
  for (guint i = 0; _asr_load_next (load); i++)
    {
      gsize mark;

      if (load->token == ASR_JSON_TOKEN_END_ARRAY)
        return TRUE;
      mark = asr_walk_enter_index (&load->walk, i);
      if (!comment_value (load, G_LIST_STORE (comments)))
        return FALSE;
      asr_walk_leave (&load->walk, mark);
    }
  return FALSE;
}
