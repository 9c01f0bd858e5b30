/* asr-review-text.c: words and fixed phrases in notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules that read notes read them as words: runs of letters, digits
 * and apostrophes (’ counts as '), case-folded, so “Not assessed.” and
 * “not  assessed” are the same two words.  A phrase matches only as whole
 * consecutive words: “breach” does not match “breached”, and lists carry
 * each form they accept.  The lists are documented in help/C/review.page.
 */
#define G_LOG_DOMAIN "asr-review"

#include "config.h"

#include <string.h>

#include "asr-review-private.h"

/* The statement was not looked at in this assessment. */
const char * const asr_review_not_looked_at_phrases[] = {
  "not assessed", "not yet assessed", "wasn't assessed", "was not assessed",
  "not looked at", "did not look at", "didn't look at", "not reviewed",
  "not inspected", "not visited", "no evidence gathered", "no evidence collected",
  "to be assessed", "carried forward", NULL
};

/* It was looked at in this assessment (said of a statement marked not
 * started, not applicable or carried forward). */
const char * const asr_review_looked_at_phrases[] = {
  "we assessed", "was assessed", "has been assessed", "we inspected",
  "we observed", "we spoke to", "we spoke with", "we reviewed", "we looked at",
  "during this assessment", "during our visit", "on our visit", NULL
};

/* The breach behind a requirement or warning notice. */
const char * const asr_review_breach_phrases[] = {
  "breach", "breaches", "breached", "regulation", "regulations",
  "requirement notice", "warning notice", "enforcement", NULL
};

static void
append_paragraph (GString    *out,
                  const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, text);
}

char *
_asr_review_statement_text (AsrQualityStatement *statement)
{
  GListModel *evidence = asr_quality_statement_get_evidence (statement);
  GString *out = g_string_new (NULL);

  append_paragraph (out, asr_quality_statement_get_notes (statement));
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(AsrEvidence) category = g_list_model_get_item (evidence, i);

      append_paragraph (out, asr_evidence_get_notes (category));
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '\'' || c == 0x2019;
}

static void
end_word (GPtrArray *words,
          GString   *word)
{
  /* Apostrophes that quote a word are not part of it. */
  while (word->len > 0 && word->str[word->len - 1] == '\'')
    g_string_truncate (word, word->len - 1);
  if (word->len > 0 && word->str[0] == '\'')
    g_string_erase (word, 0, 1);
  if (word->len > 0)
    g_ptr_array_add (words, g_utf8_casefold (word->str, (gssize) word->len));
  g_string_truncate (word, 0);
}

GPtrArray *
_asr_review_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_word_char (c))
        end_word (words, word);
      else if (c == 0x2019)
        g_string_append_c (word, '\'');
      else
        g_string_append_unichar (word, c);
    }
  end_word (words, word);
  return words;
}

guint
_asr_review_count_words (const char *text)
{
  g_autoptr(GPtrArray) words = _asr_review_words (text);

  return words->len;
}

static gboolean
phrase_at (GPtrArray   *words,
           guint        at,
           char       **phrase)
{
  for (guint j = 0; phrase[j] != NULL; j++)
    if (at + j >= words->len || strcmp (g_ptr_array_index (words, at + j), phrase[j]) != 0)
      return FALSE;
  return TRUE;
}

const char *
_asr_review_find_phrase (GPtrArray          *words,
                         const char * const *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    {
      g_auto(GStrv) phrase = g_strsplit (phrases[i], " ", -1);

      for (guint at = 0; at < words->len; at++)
        if (phrase_at (words, at, phrase))
          return phrases[i];
    }
  return NULL;
}
