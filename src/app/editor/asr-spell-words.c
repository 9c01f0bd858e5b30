/* asr-spell-words.c: the words of a note that spell checking looks at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free.  A word is a run of letters and digits, an apostrophe inside
 * it keeping it one word; numbers, acronyms and addresses are left alone.
 */
#define G_LOG_DOMAIN "asr-spell-words"

#include "config.h"

#include <string.h>

#include "asr-spell-checker.h"

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

const char *
asr_text_word_end (const char *p,
                   const char *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isalnum (c))
        p = next;
      else if (is_apostrophe (c) && next < end && g_unichar_isalnum (g_utf8_get_char (next)))
        p = next;
      else
        break;
    }
  return p;
}

/* A token (text between spaces) that is an address, not words. */
static gboolean
is_address (const char *token,
            gsize       length)
{
  return g_strstr_len (token, length, "://") != NULL ||
         g_strstr_len (token, length, "@") != NULL ||
         (length > 4 && g_ascii_strncasecmp (token, "www.", 4) == 0);
}

/* Words with digits ("3rd", "2024") and acronyms ("CQC", "KLOEs" is not
 * one) are not looked up. */
static gboolean
is_checkable (const char *word,
              const char *end)
{
  guint upper = 0, letters = 0;

  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        return FALSE;
      letters += g_unichar_isalpha (c);
      upper += g_unichar_isupper (c);
    }
  return letters > 0 && !(letters >= 2 && upper == letters);
}

static void
foreach_in_token (const char       *text,
                  const char       *p,
                  const char       *end,
                  AsrSpellWordFunc  func,
                  gpointer          user_data)
{
  while (p < end)
    {
      const char *word_end;

      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      word_end = asr_text_word_end (p, end);
      if (is_checkable (p, word_end))
        func (p, (gsize) (p - text), (gsize) (word_end - p), user_data);
      p = word_end;
    }
}

void
asr_spell_foreach_word (const char       *text,
                        gssize            length,
                        AsrSpellWordFunc  func,
                        gpointer          user_data)
{
  const char *end, *p;

  g_return_if_fail (text != NULL);
  g_return_if_fail (func != NULL);

  end = text + (length < 0 ? strlen (text) : (gsize) length);
  for (p = text; p < end;)
    {
      const char *token_end = p;

      while (token_end < end && !g_unichar_isspace (g_utf8_get_char (token_end)))
        token_end = g_utf8_next_char (token_end);
      if (!is_address (p, (gsize) (token_end - p)))
        foreach_in_token (text, p, token_end, func, user_data);
      p = token_end < end ? g_utf8_next_char (token_end) : end;
    }
}
