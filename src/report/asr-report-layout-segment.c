/* asr-report-layout-segment.c: a long block measured in segments, in parallel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each of a block's lines starts where the line above ended, so a block is
 * measured in order, on one thread: a note of many megabytes kept the
 * other threads waiting.  So a block longer than twice segment_bytes is
 * cut into segments, each started at a guessed line start (just after a
 * line break, or a space) and measured on whichever thread is free, on
 * until overlap_bytes past the next segment's start.  Greedy wrapping
 * forgets where it started: once two segments have two lines in a row
 * that start at the same bytes, the second of them and all after it are
 * the same in both (a line is laid out below the line above it:
 * asr-report-flow.c), so the segments are joined there.  A segment's
 * first line, laid out with no line above, is never taken.  A segment
 * that does not meet the lines before it (text that repeats itself can
 * wrap alike from two starts for ever) is measured again in order, after
 * them.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>

#include "asr-report-layout-private.h"

static gsize segment_bytes = ASR_REPORT_SEGMENT_BYTES;
static gsize overlap_bytes = ASR_REPORT_OVERLAP_BYTES;

void
_asr_report_layout_set_segments (gsize bytes,
                                 gsize overlap)
{
  segment_bytes = MAX (bytes, 2);
  overlap_bytes = overlap;
}

/* A line start to guess at, from @from on and before @limit: just after a
 * line break, where a line surely starts (the segments then meet at its
 * second line), or else after a space; 0 if there is neither. */
static gsize
guess_line_start (const Block *block,
                  gsize        from,
                  gsize        limit)
{
  const char *newline = memchr (block->text + from, '\n', limit - from);

  if (newline != NULL)
    return newline - block->text + 1;
  for (gsize i = from; i < limit; i++)
    if (block->text[i] == ' ')
      return i + 1;
  return 0;
}

/* Whether @text may hold right-to-left text: a character of the blocks
 * from Hebrew to Arabic Extended (U+0580 to U+08FF, Armenian with them),
 * of the presentation forms (U+FB00 to U+FEFF), of the historic
 * right-to-left scripts (U+10800 to U+10FFF, U+1E800 to U+1EFFF) or a
 * right-to-left mark, embedding, override or isolate.  Pango sets a
 * paragraph's direction from its first strong character, and a chunk
 * starts a paragraph (asr-report-flow.c): segments would start chunks
 * elsewhere than measuring in order does, and might lay such lines out in
 * another direction. */
static gboolean
may_hold_right_to_left (const char *text,
                        gsize       length)
{
  const guchar *p = (const guchar *) text;

  for (gsize i = 0; i + 1 < length; i++)
    if ((p[i] >= 0xd6 && p[i] <= 0xdf) ||
        (p[i] == 0xe0 && p[i + 1] >= 0xa0 && p[i + 1] <= 0xa3) ||
        (p[i] == 0xef && p[i + 1] >= 0xac && p[i + 1] <= 0xbb) ||
        (i + 2 < length && p[i] == 0xe2 &&
         ((p[i + 1] == 0x80 && (p[i + 2] == 0x8f || p[i + 2] == 0xab || p[i + 2] == 0xae)) ||
          (p[i + 1] == 0x81 && p[i + 2] == 0xa7))) ||
        (i + 2 < length && p[i] == 0xf0 && (p[i + 1] == 0x90 || p[i + 1] == 0x9e) &&
         p[i + 2] >= 0xa0))
      return TRUE;
  return FALSE;
}

GArray *
_asr_report_segments_plan (AsrReportLayout *self,
                           guint            index)
{
  const Block *block = &g_array_index (self->blocks, Block, index);
  GArray *segments;
  Segment segment = { index, 0, 0, NULL };

  if (block->length <= 2 * segment_bytes || may_hold_right_to_left (block->text, block->length))
    return NULL;
  segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  for (gsize next = segment_bytes; next + segment_bytes / 2 < block->length; next += segment_bytes)
    {
      gsize start = guess_line_start (block, next, next + segment_bytes / 2);

      if (start == 0)
        continue;
      segment.end = MIN (start + overlap_bytes, block->length);
      g_array_append_val (segments, segment);
      segment.start = start;
    }
  segment.end = G_MAXSIZE;
  g_array_append_val (segments, segment);
  return segments;
}

void
_asr_report_segment_measure (AsrReportLayout *self,
                             Shaper          *shaper,
                             KeptStore       *store,
                             Segment         *segment)
{
  segment->lines = g_array_new (FALSE, FALSE, sizeof (LineMetrics));
  _asr_report_measure_lines (self, shaper, store, segment->block, segment->start,
                             segment->start, segment->end, segment->lines);
}

/* Where @next meets @lines: the index in @lines of the first of two lines
 * in a row that start where two lines of @next do (from @next's second
 * on), and in @at, the index of that line in @next.  FALSE if they do not
 * meet. */
static gboolean
find_meeting (GArray       *lines,
              const GArray *next,
              guint        *at)
{
  const LineMetrics *a = (const LineMetrics *) (void *) lines->data;
  const LineMetrics *b = (const LineMetrics *) (void *) next->data;
  guint i = lines->len;

  /* The first of @lines at or past @next's start. */
  while (i > 1 && a[i - 1].offset >= b[0].offset)
    i--;
  for (guint j = 1; j < next->len; j++)
    {
      while (i < lines->len && a[i].offset < b[j].offset)
        i++;
      if (i == lines->len)
        return FALSE;
      if (i >= 1 && a[i].offset == b[j].offset && a[i - 1].offset == b[j - 1].offset)
        {
          g_array_set_size (lines, i);
          *at = j;
          return TRUE;
        }
    }
  return FALSE;
}

/* The block's lines after @lines' last line, measured in order while
 * they start before @end. */
static void
measure_on (AsrReportLayout *self,
            Shaper          *shaper,
            KeptStore       *store,
            guint            index,
            GArray          *lines,
            gsize            end)
{
  const LineMetrics *last = &g_array_index (lines, LineMetrics, lines->len - 1);
  gsize above = lines->len > 1 ? last[-1].offset : last->offset;
  gsize offset = last->offset;

  g_array_set_size (lines, lines->len - 1);
  _asr_report_measure_lines (self, shaper, store, index, above, offset, end, lines);
}

gboolean
_asr_report_segments_join (AsrReportLayout *self,
                           GArray          *segments,
                           Shaper          *shaper,
                           KeptStore       *store,
                           BlockLines      *out)
{
  GArray *lines = g_steal_pointer (&g_array_index (segments, Segment, 0).lines);
  guint joined = lines->len;
  gboolean met = TRUE;

  /* Room for all at once: the lines of a long block take megabytes. */
  for (guint k = 1; k < segments->len; k++)
    g_array_set_size (lines, lines->len + g_array_index (segments, Segment, k).lines->len);
  g_array_set_size (lines, joined);
  for (guint k = 1; k < segments->len; k++)
    {
      Segment *segment = &g_array_index (segments, Segment, k);
      g_autoptr(GArray) next = g_steal_pointer (&segment->lines);
      guint at;

      if (find_meeting (lines, next, &at))
        g_array_append_vals (lines, &g_array_index (next, LineMetrics, at), next->len - at);
      else
        {
          /* What the segment measured, measured again in order: the next
           * one may meet that. */
          measure_on (self, shaper, store, segment->block, lines, segment->end);
          met = FALSE;
        }
    }
  out->n_lines = lines->len;
  out->lines = (LineMetrics *) (void *) g_array_free (lines, FALSE);
  g_array_unref (segments);
  return met;
}
