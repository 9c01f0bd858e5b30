/* asr-merge-notes.c: three-way merge of notes, paragraph by paragraph
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A paragraph is the text between blank lines ("\n\n"), so splitting and
 * joining give back the text exactly.  diff3 over paragraphs: the base's
 * paragraphs kept unchanged on both sides are anchors; between two
 * anchors, a side that changed nothing takes the other side's change, two
 * equal changes are taken once, and two different ones overlap.
 */
#define G_LOG_DOMAIN "asr-merge"

#include "config.h"

#include <string.h>

#include "asr-merge.h"

/* Cells of one LCS table, past which the notes are called overlapping
 * rather than compared (32 MiB of guint32). */
#define MAX_CELLS ((gsize) 8 * 1024 * 1024)

typedef struct
{
  char **items;
  guint  n;
} Paragraphs;

static void
split (const char *text,
       Paragraphs *out)
{
  out->items = g_strsplit (text != NULL ? text : "", "\n\n", -1);
  out->n = g_strv_length (out->items);
}

/* For each base paragraph, the index of the side's paragraph it is matched
 * with in a longest common subsequence, or -1. */
static gboolean
match (const Paragraphs *base,
       const Paragraphs *side,
       int              *out)
{
  gsize cols = (gsize) side->n + 1;
  g_autofree guint32 *table = NULL;
  guint i = 0, j = 0;

  if ((gsize) (base->n + 1) * cols > MAX_CELLS)
    return FALSE;
  table = g_new0 (guint32, (gsize) (base->n + 1) * cols);
  for (int a = (int) base->n - 1; a >= 0; a--)
    for (int b = (int) side->n - 1; b >= 0; b--)
      table[a * cols + b] = strcmp (base->items[a], side->items[b]) == 0
                            ? table[(a + 1) * cols + b + 1] + 1
                            : MAX (table[(a + 1) * cols + b], table[a * cols + b + 1]);
  for (guint a = 0; a < base->n; a++)
    out[a] = -1;
  while (i < base->n && j < side->n)
    {
      if (strcmp (base->items[i], side->items[j]) == 0)
        out[i++] = (int) j++;
      else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1])
        i++;
      else
        j++;
    }
  return TRUE;
}

static gboolean
range_equal (char **a, guint a_len,
             char **b, guint b_len)
{
  if (a_len != b_len)
    return FALSE;
  for (guint i = 0; i < a_len; i++)
    if (strcmp (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
append_range (GPtrArray *out,
              char     **items,
              guint      n)
{
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, items[i]);
}

/* Neighbouring paragraphs rewritten, each on one side only (no unchanged
 * paragraph between them to anchor on): paragraph by paragraph. */
static gboolean
merge_in_place (GPtrArray *out,
                char     **b,
                char     **m,
                char     **t,
                guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      if (strcmp (m[i], b[i]) == 0)
        g_ptr_array_add (out, t[i]);
      else if (strcmp (t[i], b[i]) == 0 || strcmp (m[i], t[i]) == 0)
        g_ptr_array_add (out, m[i]);
      else
        return FALSE;
    }
  return TRUE;
}

/* One chunk between anchors; FALSE when both sides changed it differently. */
static gboolean
merge_chunk (GPtrArray        *out,
             const Paragraphs *base, guint b0, guint b1,
             const Paragraphs *mine, guint m0, guint m1,
             const Paragraphs *theirs, guint t0, guint t1)
{
  char **b = base->items + b0, **m = mine->items + m0, **t = theirs->items + t0;

  if (range_equal (m, m1 - m0, b, b1 - b0))
    append_range (out, t, t1 - t0);
  else if (range_equal (t, t1 - t0, b, b1 - b0) || range_equal (m, m1 - m0, t, t1 - t0))
    append_range (out, m, m1 - m0);
  else if (m1 - m0 == b1 - b0 && t1 - t0 == b1 - b0)
    return merge_in_place (out, b, m, t, b1 - b0);
  else
    return FALSE;
  return TRUE;
}

static gboolean
diff3 (const Paragraphs *base,
       const Paragraphs *mine,
       const Paragraphs *theirs,
       const int        *to_mine,
       const int        *to_theirs,
       GPtrArray        *out)
{
  guint ib = 0, im = 0, it = 0;

  for (;;)
    {
      guint k = ib, jm, jt;

      while (k < base->n && (to_mine[k] < 0 || to_theirs[k] < 0))
        k++;
      jm = k < base->n ? (guint) to_mine[k] : mine->n;
      jt = k < base->n ? (guint) to_theirs[k] : theirs->n;
      if (!merge_chunk (out, base, ib, k, mine, im, jm, theirs, it, jt))
        return FALSE;
      if (k == base->n)
        return TRUE;
      g_ptr_array_add (out, base->items[k]);
      ib = k + 1;
      im = jm + 1;
      it = jt + 1;
    }
}

char *
asr_merge_notes (const char *base,
                 const char *mine,
                 const char *theirs)
{
  Paragraphs b, m, t;
  g_autofree int *to_mine = NULL;
  g_autofree int *to_theirs = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  char *merged = NULL;

  if (g_strcmp0 (mine, theirs) == 0 || g_strcmp0 (theirs, base) == 0)
    return g_strdup (mine);
  if (g_strcmp0 (mine, base) == 0)
    return g_strdup (theirs);

  split (base, &b);
  split (mine, &m);
  split (theirs, &t);
  to_mine = g_new (int, b.n + 1);
  to_theirs = g_new (int, b.n + 1);
  if (match (&b, &m, to_mine) && match (&b, &t, to_theirs) &&
      diff3 (&b, &m, &t, to_mine, to_theirs, out))
    {
      g_ptr_array_add (out, NULL);
      merged = g_strjoinv ("\n\n", (char **) out->pdata);
    }
  g_strfreev (b.items);
  g_strfreev (m.items);
  g_strfreev (t.items);
  return merged;
}
