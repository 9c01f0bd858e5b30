/* asr-label-wrap.h: wrapping at words only where that looks the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Words of more characters than this may be broken inside. */
#define ASR_LABEL_LONG_WORD 16

/* PANGO_WRAP_WORD if no word of @text is longer than ASR_LABEL_LONG_WORD
 * characters, else PANGO_WRAP_WORD_CHAR. */
PangoWrapMode asr_label_wrap_mode_for (const char *text);
/* Wraps @label, at words only while its text has no long word. */
void          asr_label_wrap_words    (GtkLabel   *label);

G_END_DECLS
