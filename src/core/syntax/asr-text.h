/* asr-text.h: text from a file, made safe to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A value or path quoted in an error message is cut to this many
 * characters (not bytes), with an ellipsis. */
#define ASR_TEXT_QUOTE_MAX 80

void      asr_text_append_neutral (GString    *out,
                                   const char *text,
                                   gsize       max_chars);
char     *asr_text_neutralize     (const char *text);
char     *asr_text_quote          (const char *text);
gboolean  asr_text_has_visible    (const char *text);

G_END_DECLS
