/* asr-review-repeat.c: the same passage in the notes of two statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linear in the words of the whole assessment: every run of N words (a
 * shingle, N = the repeat-words setting) gets a rolling hash; the first
 * statement to hold a hash owns it, and a later statement with the same
 * hash is compared word for word with it (so a hash collision never makes
 * a finding).  One finding per pair of statements, at the later one.
 */
#define G_LOG_DOMAIN "asr-review"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-review-private.h"

#define HASH_BASE G_GUINT64_CONSTANT (1099511628211)
#define QUOTED_WORDS 8

typedef struct
{
  AsrKeyQuestion      *key_question;
  AsrQualityStatement *statement;
  GPtrArray           *words;    /* case-folded */
  guint64             *hashes;   /* one per shingle */
} Text;

typedef struct
{
  guint text;
  guint offset;
} Occurrence;

static void
text_clear (gpointer data)
{
  Text *text = data;

  g_ptr_array_unref (text->words);
  g_free (text->hashes);
}

static void
collect_cb (AsrKeyQuestion      *key_question,
            AsrQualityStatement *statement,
            gpointer             user_data)
{
  g_autofree char *notes = _asr_review_statement_text (statement);
  Text text = { key_question, statement, _asr_review_words (notes), NULL };

  g_array_append_val (user_data, text);
}

/* Rolling polynomial hash of every @n consecutive words. */
static void
hash_shingles (Text  *text,
               guint  n)
{
  guint len = text->words->len;
  guint64 top = 1, h = 0;

  if (len < n)
    return;
  text->hashes = g_new (guint64, len - n + 1);
  for (guint i = 1; i < n; i++)
    top *= HASH_BASE;
  for (guint i = 0; i < len; i++)
    {
      if (i >= n)
        h -= top * g_str_hash (g_ptr_array_index (text->words, i - n));
      h = h * HASH_BASE + g_str_hash (g_ptr_array_index (text->words, i));
      if (i + 1 >= n)
        text->hashes[i + 1 - n] = h;
    }
}

/* How many words from @a_at in @a equal those from @b_at in @b. */
static guint
common_run (const Text *a, guint a_at,
            const Text *b, guint b_at)
{
  guint n = 0;

  while (a_at + n < a->words->len && b_at + n < b->words->len &&
         strcmp (g_ptr_array_index (a->words, a_at + n), g_ptr_array_index (b->words, b_at + n)) == 0)
    n++;
  return n;
}

static void
report (AsrReviewContext *ctx,
        const Text       *earlier,
        const Text       *later,
        guint             at,
        guint             length)
{
  g_autoptr(GString) quoted = g_string_new (NULL);

  for (guint i = 0; i < MIN (length, QUOTED_WORDS); i++)
    g_string_append_printf (quoted, "%s%s", i > 0 ? " " : "",
                            (char *) g_ptr_array_index (later->words, at + i));
  if (length > QUOTED_WORDS)
    g_string_append (quoted, " …");
  _asr_review_add (ctx, later->key_question, later->statement, "notes",
                   _("a passage of %u words also in %s › %s: “%s”"), length,
                   asr_key_question_get_name (earlier->key_question),
                   asr_quality_statement_get_name (earlier->statement), quoted->str);
}

static void
find_repeats (AsrReviewContext *ctx,
              GArray           *texts,
              guint             n)
{
  g_autoptr(GHashTable) first = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint t = 0; t < texts->len; t++)
    {
      Text *text = &g_array_index (texts, Text, t);

      for (guint k = 0; text->hashes != NULL && k + n <= text->words->len; k++)
        {
          Occurrence *seen = g_hash_table_lookup (first, &text->hashes[k]);
          gpointer pair;
          guint length;

          if (seen == NULL)
            {
              seen = g_new (Occurrence, 1);
              *seen = (Occurrence) { t, k };
              g_hash_table_insert (first, &text->hashes[k], seen);
              continue;
            }
          pair = GUINT_TO_POINTER (seen->text * texts->len + t + 1);
          if (seen->text == t || g_hash_table_contains (reported, pair))
            continue;
          length = common_run (&g_array_index (texts, Text, seen->text), seen->offset, text, k);
          if (length < n)
            continue;
          g_hash_table_add (reported, pair);
          report (ctx, &g_array_index (texts, Text, seen->text), text, k, length);
        }
    }
}

void
_asr_review_check_repeated_passage (AsrReviewContext *ctx)
{
  g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (Text));
  guint n = MAX (ctx->settings->repeat_words, 1);

  g_array_set_clear_func (texts, text_clear);
  asr_assessment_foreach_statement (ctx->assessment, collect_cb, texts);
  for (guint t = 0; t < texts->len; t++)
    hash_shingles (&g_array_index (texts, Text, t), n);
  find_repeats (ctx, texts, n);
}
