/* asr-review-format.c: findings as text and as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-json-writer.h"
#include "asr-review.h"
#include "asr-text.h"

char *
asr_review_format_text (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (findings != NULL, g_string_free (out, FALSE));

  for (guint i = 0; i < findings->len; i++)
    {
      AsrFinding *finding = g_ptr_array_index (findings, i);

      /* Notes are the user's text: a message quoting them is neutralised
       * (no terminal escapes, no bidi overrides). */
      g_string_append_printf (out, "%s: %s\n  ", finding->path, finding->rule_id);
      asr_text_append_neutral (out, finding->place, 200);
      g_string_append (out, ": ");
      asr_text_append_neutral (out, finding->message, 400);
      g_string_append_printf (out, "\n  %s %s\n", _("Why it matters:"), finding->why);
    }
  if (findings->len == 0)
    g_string_append_printf (out, "%s\n", _("No findings."));
  else
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u finding\n", "%u findings\n",
                                              findings->len),
                            findings->len);
  return g_string_free (out, FALSE);
}

char *
asr_review_format_json (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);
  AsrJsonWriter w;

  asr_json_writer_init (&w, out);
  asr_json_writer_begin_object (&w);
  asr_json_writer_key (&w, "findings");
  asr_json_writer_begin_array (&w);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      AsrFinding *finding = g_ptr_array_index (findings, i);

      asr_json_writer_begin_object (&w);
      asr_json_writer_key (&w, "rule");
      asr_json_writer_string (&w, finding->rule_id);
      asr_json_writer_key (&w, "path");
      asr_json_writer_string (&w, finding->path);
      asr_json_writer_key (&w, "key_question");
      asr_json_writer_string (&w, finding->key_question_id);
      asr_json_writer_key (&w, "statement");
      asr_json_writer_string (&w, finding->statement_id);
      asr_json_writer_key (&w, "place");
      asr_json_writer_string (&w, finding->place);
      asr_json_writer_key (&w, "message");
      asr_json_writer_string (&w, finding->message);
      asr_json_writer_key (&w, "why");
      asr_json_writer_string (&w, finding->why);
      asr_json_writer_end_object (&w);
    }
  asr_json_writer_end_array (&w);
  asr_json_writer_end_object (&w);
  asr_json_writer_finish (&w);
  return g_string_free (out, FALSE);
}
