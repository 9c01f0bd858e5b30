/* asr-label-wrap.c: wrapping at words only where that looks the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A label wrapping at words and characters (PANGO_WRAP_WORD_CHAR) breaks
 * inside a word only when the word is wider than the line; otherwise it
 * wraps as one wrapping at words only (PANGO_WRAP_WORD) does.  But GtkLabel
 * lays every wrapping label out at width 0 to find its minimum width, and
 * there a word-and-character label puts each character on a line of its
 * own, trying a hyphen after each one and shaping the rest of the text
 * again: three quarters of the text shaped for the first frame showing a
 * document (issue 10).  Labels whose words are all short are never given
 * a line narrower than their longest word (about 190 px at most), so they
 * wrap at words only and show the same; a text with a long word (a web
 * address, say) still wraps at characters.
 */
#define G_LOG_DOMAIN "asr-label-wrap"

#include "config.h"

#include "asr-label-wrap.h"

PangoWrapMode
asr_label_wrap_mode_for (const char *text)
{
  glong run = 0;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : run + 1;
      if (run > ASR_LABEL_LONG_WORD)
        return PANGO_WRAP_WORD_CHAR;
    }
  return PANGO_WRAP_WORD;
}

static void
label_cb (GtkLabel *label)
{
  gtk_label_set_wrap_mode (label, asr_label_wrap_mode_for (gtk_label_get_text (label)));
}

void
asr_label_wrap_words (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_wrap (label, TRUE);
  label_cb (label);
  g_signal_connect (label, "notify::label", G_CALLBACK (label_cb), NULL);
}
