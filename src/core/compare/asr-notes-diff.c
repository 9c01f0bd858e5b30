/* asr-notes-diff.c: a readable diff of two notes, word by word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-notes-diff"

#include "config.h"

#include <string.h>

#include "asr-notes-diff.h"

typedef struct
{
  const char *start;
  gsize       length;   /* with the whitespace after it */
  gsize       key;      /* without it: what is compared */
} Token;

typedef enum
{
  SPLIT_WORDS,
  SPLIT_SENTENCES,
} Split;

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* A sentence ends at . ! ? (and any closing quotes or brackets after it)
 * followed by whitespace, or at a line break. */
/* Texts are diffed as (start, end) ranges, so that a middle part can be
 * diffed again by sentences without copying it. */
typedef struct
{
  const char *start;
  const char *end;
} Range;

static gboolean
is_closing (char c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* A sentence ends at . ! ? (and any closing quotes or brackets after it)
 * followed by whitespace, or at a line break. */
static gsize
sentence_key_length (const char *p,
                     const char *limit)
{
  const char *q = p;

  while (q < limit && *q != '\n')
    {
      if (*q == '.' || *q == '!' || *q == '?')
        {
          const char *end = q + 1;

          while (end < limit && is_closing (*end))
            end++;
          if (end == limit || is_space (*end))
            return (gsize) (end - p);
        }
      q++;
    }
  return (gsize) (q - p);
}

static GArray *
tokenize (Range text,
          Split split)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text.start;

  while (p < text.end)
    {
      Token token = { p, 0, 0 };
      const char *q = p;

      if (split == SPLIT_WORDS)
        while (q < text.end && !is_space (*q))
          q++;
      else if (!is_space (*q))
        q += sentence_key_length (q, text.end);
      token.key = (gsize) (q - p);
      while (q < text.end && is_space (*q))
        q++;
      token.length = (gsize) (q - p);
      g_array_append_val (tokens, token);
      p = q;
    }
  return tokens;
}

static gboolean
token_equal (const Token *a,
             const Token *b)
{
  return a->key == b->key && memcmp (a->start, b->start, a->key) == 0;
}

static void
part_free (gpointer data)
{
  AsrDiffPart *part = data;

  g_free (part->text);
  g_free (part);
}

/* Appends text to @parts, merged into the last part when of the same kind. */
static void
emit (GPtrArray   *parts,
      AsrDiffKind  kind,
      const char  *text,
      gsize        length)
{
  AsrDiffPart *last = parts->len > 0 ? g_ptr_array_index (parts, parts->len - 1) : NULL;
  AsrDiffPart *part;

  if (length == 0)
    return;
  if (last != NULL && last->kind == kind)
    {
      gsize old_length = strlen (last->text);

      last->text = g_realloc (last->text, old_length + length + 1);
      memcpy (last->text + old_length, text, length);
      last->text[old_length + length] = '\0';
      return;
    }
  part = g_new0 (AsrDiffPart, 1);
  part->kind = kind;
  part->text = g_strndup (text, length);
  g_ptr_array_add (parts, part);
}

typedef struct
{
  GPtrArray *parts;
  GString   *removed;   /* the change being gathered, so that removals */
  GString   *added;     /* are shown before the additions that replace them */
} Builder;

static void
builder_flush (Builder *b)
{
  emit (b->parts, ASR_DIFF_REMOVED, b->removed->str, b->removed->len);
  emit (b->parts, ASR_DIFF_ADDED, b->added->str, b->added->len);
  g_string_truncate (b->removed, 0);
  g_string_truncate (b->added, 0);
}

static void
builder_same (Builder     *b,
              const Token *token)
{
  builder_flush (b);
  emit (b->parts, ASR_DIFF_SAME, token->start, token->length);
}

/* The longest common subsequence of a[0..n) and b[0..m), as a table of
 * suffix lengths; NULL when it would pass the cell limit. */
static guint16 *
lcs_table (const Token *a,
           gsize        n,
           const Token *b,
           gsize        m)
{
  gsize width = m + 1;
  guint16 *table;

  if (n + 1 > ASR_NOTES_DIFF_MAX_CELLS / width)
    return NULL;
  table = g_new0 (guint16, (n + 1) * width);
  for (gsize i = n; i-- > 0;)
    for (gsize j = m; j-- > 0;)
      {
        if (token_equal (&a[i], &b[j]))
          table[i * width + j] = table[(i + 1) * width + j + 1] + 1;
        else
          table[i * width + j] = MAX (table[(i + 1) * width + j], table[i * width + j + 1]);
      }
  return table;
}

/* Diffs the middle part (after the common prefix, before the common
 * suffix); FALSE when it is too large for the table. */
static gboolean
diff_middle (Builder     *builder,
             const Token *a,
             gsize        n,
             const Token *b,
             gsize        m)
{
  g_autofree guint16 *table = NULL;
  gsize width = m + 1, i = 0, j = 0;

  if (n == 0 || m == 0)
    return FALSE;   /* nothing in common: the caller shows it replaced */
  table = lcs_table (a, n, b, m);
  if (table == NULL)
    return FALSE;
  while (i < n || j < m)
    {
      if (i < n && j < m && token_equal (&a[i], &b[j]))
        {
          builder_same (builder, &b[j]);
          i++, j++;
        }
      else if (j == m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1]))
        {
          g_string_append_len (builder->removed, a[i].start, a[i].length);
          i++;
        }
      else
        {
          g_string_append_len (builder->added, b[j].start, b[j].length);
          j++;
        }
    }
  return TRUE;
}

static Range
tokens_range (const Token *tokens,
              gsize        n,
              const char  *at)
{
  Range range = { at, at };

  if (n > 0)
    range = (Range) { tokens[0].start, tokens[n - 1].start + tokens[n - 1].length };
  return range;
}

/* Words first; a middle part too large for the table is diffed again by
 * sentences, and one still too large is shown as replaced whole. */
static void
diff_split (Builder *builder,
            Range    before,
            Range    after,
            Split    split)
{
  g_autoptr(GArray) ta = tokenize (before, split);
  g_autoptr(GArray) tb = tokenize (after, split);
  const Token *a = (const Token *) ta->data, *b = (const Token *) tb->data;
  gsize n = ta->len, m = tb->len, prefix = 0, suffix = 0;

  while (prefix < n && prefix < m && token_equal (&a[prefix], &b[prefix]))
    prefix++;
  while (suffix < n - prefix && suffix < m - prefix &&
         token_equal (&a[n - 1 - suffix], &b[m - 1 - suffix]))
    suffix++;
  n -= prefix + suffix;
  m -= prefix + suffix;

  for (gsize k = 0; k < prefix; k++)
    builder_same (builder, &b[k]);
  if (!diff_middle (builder, a + prefix, n, b + prefix, m))
    {
      Range middle_a = tokens_range (a + prefix, n, before.start);
      Range middle_b = tokens_range (b + prefix, m, after.start);

      if (split == SPLIT_WORDS && n > 0 && m > 0)
        diff_split (builder, middle_a, middle_b, SPLIT_SENTENCES);
      else
        {
          g_string_append_len (builder->removed, middle_a.start, middle_a.end - middle_a.start);
          g_string_append_len (builder->added, middle_b.start, middle_b.end - middle_b.start);
        }
    }
  for (gsize k = prefix + m; k < tb->len; k++)
    builder_same (builder, &b[k]);
  builder_flush (builder);
}

static guint
count_words (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (!is_space (*p) && (p == text || is_space (p[-1])))
      n++;
  return n;
}

/* A word or two left unchanged between two changes ("were", "and") makes
 * a diff choppy; it reads better as part of one change. */
static GPtrArray *
merge_short_passages (GPtrArray *parts)
{
  g_autoptr(GString) removed = g_string_new (NULL);
  g_autoptr(GString) added = g_string_new (NULL);
  Builder builder = { g_ptr_array_new_with_free_func (part_free), removed, added };

  for (guint i = 0; i < parts->len; i++)
    {
      AsrDiffPart *part = g_ptr_array_index (parts, i);
      AsrDiffPart *next = i + 1 < parts->len ? g_ptr_array_index (parts, i + 1) : NULL;
      gboolean pending = removed->len > 0 || added->len > 0;

      if (part->kind == ASR_DIFF_REMOVED)
        g_string_append (removed, part->text);
      else if (part->kind == ASR_DIFF_ADDED)
        g_string_append (added, part->text);
      else if (pending && next != NULL && count_words (part->text) <= 2)
        {
          g_string_append (removed, part->text);
          g_string_append (added, part->text);
        }
      else
        {
          builder_flush (&builder);
          emit (builder.parts, ASR_DIFF_SAME, part->text, strlen (part->text));
        }
    }
  builder_flush (&builder);
  g_ptr_array_unref (parts);
  return builder.parts;
}

GPtrArray *
asr_notes_diff (const char *before,
                const char *after)
{
  g_autoptr(GString) removed = g_string_new (NULL);
  g_autoptr(GString) added = g_string_new (NULL);
  Builder builder = { g_ptr_array_new_with_free_func (part_free), removed, added };

  if (before == NULL)
    before = "";
  if (after == NULL)
    after = "";

  diff_split (&builder, (Range) { before, before + strlen (before) },
              (Range) { after, after + strlen (after) }, SPLIT_WORDS);
  return merge_short_passages (builder.parts);
}

gboolean
asr_notes_diff_changed (GPtrArray *parts)
{
  g_return_val_if_fail (parts != NULL, FALSE);

  for (guint i = 0; i < parts->len; i++)
    if (((AsrDiffPart *) g_ptr_array_index (parts, i))->kind != ASR_DIFF_SAME)
      return TRUE;
  return FALSE;
}

char *
asr_notes_diff_to_text (GPtrArray *parts)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (parts != NULL, NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      AsrDiffPart *part = g_ptr_array_index (parts, i);

      if (part->kind == ASR_DIFF_REMOVED)
        g_string_append_printf (out, "[-%s-]", part->text);
      else if (part->kind == ASR_DIFF_ADDED)
        g_string_append_printf (out, "{+%s+}", part->text);
      else
        g_string_append (out, part->text);
    }
  return g_string_free (out, FALSE);
}
