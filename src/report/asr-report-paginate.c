/* asr-report-paginate.c: breaks the report's blocks into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line by line: a paragraph longer than a page simply continues on the
 * next one.  Before a block starts, the blocks kept with it (a heading, a
 * score) and the first two lines of the block they lead to must fit, or
 * they all move to the next page: no heading alone at the foot of a page,
 * no single orphaned line.
 *
 * Pagination keeps only numbers: where each line starts and where it goes,
 * and the glyphs measuring gave each line (asr-report-layout-keep.c, up
 * to a bound); a line not kept is laid out again when its page is drawn
 * (asr-report-flow.c), so no more than a few chunks of text are laid out
 * at any time, however long the report.  The blocks' lines are measured first, all of them, on worker
 * threads when that pays (asr-report-layout-measure.c); placing them is
 * then only arithmetic.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include "asr-report-layout-private.h"

static Block *
block_at (AsrReportLayout *self,
          guint            index)
{
  return &g_array_index (self->blocks, Block, index);
}

/* The height of the first @max_lines lines of block @index (G_MAXUINT:
 * all), from the top of the first to the bottom of the last: a layout's
 * last line takes more room than its share. */
static double
measure (const BlockLines *block,
         guint             max_lines)
{
  double height = 0, top = 0, bottom = 0;
  gsize chunk = G_MAXSIZE;

  for (guint n = 0; n < max_lines && n < block->n_lines; n++)
    {
      const LineMetrics *line = &block->lines[n];

      if (line->chunk != chunk)
        {
          height += bottom - top;
          top = line->top;
          chunk = line->chunk;
        }
      bottom = line->bottom;
    }
  return height + bottom - top;
}

/* What must fit below the current position before block @index starts. */
static double
needed_height (AsrReportLayout  *self,
               const BlockLines *lines,
               guint             index)
{
  double height = 0;
  guint i = index;

  while (i + 1 < self->blocks->len &&
         _asr_report_layout_style (block_at (self, i)->style)->keep_with_next &&
         !block_at (self, i + 1)->page_break_before)
    {
      height += measure (&lines[i], G_MAXUINT);
      height += _asr_report_layout_style (block_at (self, i + 1)->style)->space_before;
      i++;
    }
  return height + measure (&lines[i], 2);
}

static void
start_page (AsrReportLayout *self,
            double          *y)
{
  guint first = self->lines->len;

  g_array_append_val (self->page_starts, first);
  *y = self->top;
}

static void
place_lines (AsrReportLayout  *self,
             const BlockLines *lines,
             guint             index,
             double           *y)
{
  for (guint n = 0; n < lines->n_lines; n++)
    {
      const LineMetrics *line = &lines->lines[n];
      PlacedLine placed = { index, line->length, line->offset, 0, 0 };

      if (*y + line->height > self->bottom && *y > self->top)
        start_page (self, y);
      if (line->offset == 0)
        block_at (self, index)->page = self->page_starts->len - 1;
      placed.x = self->left + line->x;
      placed.baseline = *y + line->ascent;
      g_array_append_val (self->lines, placed);
      g_array_append_val (self->kept_lines, line->kept);
      *y += line->height;
    }
}

void
_asr_report_layout_paginate (AsrReportLayout *self)
{
  BlockLines *lines = _asr_report_layout_measure (self);
  double y;

  start_page (self, &y);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = block_at (self, i);

      if (block->page_break_before && y > self->top)
        start_page (self, &y);
      else if (y > self->top)
        y += _asr_report_layout_style (block->style)->space_before;
      if (y > self->top && y + needed_height (self, lines, i) > self->bottom)
        start_page (self, &y);
      place_lines (self, &lines[i], i, &y);
    }
  _asr_report_block_lines_free (lines, self->blocks->len);
}
