/* asr-text.c: text from a file, made safe to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything a file says (a service name, a note, a CSV location name, a
 * JSON key quoted in an error) may reach a terminal or an exported report.
 * There a control character could move the cursor, retitle the window or
 * hide text, and a bidirectional override could show a line in another
 * order than it is stored.  Such characters are shown as escapes instead:
 * "\u001b" for the character U+001B, "\xff" for a byte that is not UTF-8.
 * Newline and tab are kept.  Backslashes are not escaped, so the function
 * may run twice (in an error message and again where it is printed)
 * without changing the text the second time.
 */
#define G_LOG_DOMAIN "asr-text"

#include "config.h"

#include "asr-text.h"

#define ESCAPE_CHARS 6  /* "\u001b" and "\xff" alike are counted as 6 */

/* C0 but newline and tab, DEL, C1, and the bidirectional marks, embeddings,
 * overrides and isolates (Unicode's Bidi_Control characters). */
static gboolean
is_hidden_control (gunichar c)
{
  if (c == '\n' || c == '\t')
    return FALSE;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         c == 0x061c || c == 0x200e || c == 0x200f ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* Appends TEXT to OUT with the hidden controls escaped; when it is longer
 * than MAX_CHARS characters (0: no limit), the first MAX_CHARS and "…".
 * An escape is never cut. */
void
asr_text_append_neutral (GString    *out,
                         const char *text,
                         gsize       max_chars)
{
  gsize n_chars = 0;

  g_return_if_fail (out != NULL);

  for (const char *p = text ? text : ""; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      gsize width = 1;

      if (c == (gunichar) -1 || c == (gunichar) -2 || is_hidden_control (c))
        width = ESCAPE_CHARS;
      if (max_chars > 0 && n_chars + width > max_chars)
        {
          g_string_append (out, "…");
          return;
        }
      n_chars += width;
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      if (width == ESCAPE_CHARS)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
}

/* TEXT with its hidden controls escaped (never NULL). */
char *
asr_text_neutralize (const char *text)
{
  GString *out = g_string_new (NULL);

  asr_text_append_neutral (out, text, 0);
  return g_string_free (out, FALSE);
}

/* TEXT as quoted in an error message: escaped and at most
 * ASR_TEXT_QUOTE_MAX characters, so a 10 MB key gives a short line. */
char *
asr_text_quote (const char *text)
{
  GString *out = g_string_new (NULL);

  asr_text_append_neutral (out, text, ASR_TEXT_QUOTE_MAX);
  return g_string_free (out, FALSE);
}

/* Whether TEXT has a character a reader can see: white space (Unicode Z*,
 * tab, newline), zero-width and format characters (Cf: U+200B, the
 * bidirectional marks …) and other controls alone do not count.  A text
 * that is required (an override's reason) must pass this. */
gboolean
asr_text_has_visible (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      switch (g_unichar_type (g_utf8_get_char (p)))
        {
        case G_UNICODE_SPACE_SEPARATOR:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
        case G_UNICODE_FORMAT:
        case G_UNICODE_CONTROL:
          break;
        default:
          return TRUE;
        }
    }
  return FALSE;
}
