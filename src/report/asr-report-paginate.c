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
 * Pagination keeps only numbers: where each line starts and where it goes;
 * drawing a page lays its lines out again (asr-report-flow.c), so no more
 * than a few chunks of text are laid out at any time, however long the
 * report.
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
measure (AsrReportLayout *self,
         guint            index,
         guint            max_lines)
{
  LineCursor cursor;
  FlowLine line;
  double height = 0, top = 0, bottom = 0;
  gsize chunk = G_MAXSIZE;

  _asr_report_cursor_init (&cursor, self, index);
  for (guint n = 0; n < max_lines && _asr_report_cursor_next (&cursor, &line); n++)
    {
      if (line.chunk != chunk)
        {
          height += bottom - top;
          top = line.top;
          chunk = line.chunk;
        }
      bottom = line.bottom;
    }
  _asr_report_cursor_clear (&cursor);
  return height + bottom - top;
}

/* What must fit below the current position before block @index starts. */
static double
needed_height (AsrReportLayout *self,
               guint            index)
{
  double height = 0;
  guint i = index;

  while (i + 1 < self->blocks->len &&
         _asr_report_layout_style (block_at (self, i)->style)->keep_with_next &&
         !block_at (self, i + 1)->page_break_before)
    {
      height += measure (self, i, G_MAXUINT);
      height += _asr_report_layout_style (block_at (self, i + 1)->style)->space_before;
      i++;
    }
  return height + measure (self, i, 2);
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
place_lines (AsrReportLayout *self,
             guint            index,
             double          *y)
{
  LineCursor cursor;
  FlowLine line;

  _asr_report_cursor_init (&cursor, self, index);
  while (_asr_report_cursor_next (&cursor, &line))
    {
      PlacedLine placed = { index, line.line->length, line.offset, 0, 0 };

      if (*y + line.height > self->bottom && *y > self->top)
        start_page (self, y);
      if (line.offset == 0)
        block_at (self, index)->page = self->page_starts->len - 1;
      placed.x = self->left + line.x;
      placed.baseline = *y + line.ascent;
      g_array_append_val (self->lines, placed);
      *y += line.height;
    }
  _asr_report_cursor_clear (&cursor);
}

void
_asr_report_layout_paginate (AsrReportLayout *self)
{
  double y;

  start_page (self, &y);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = block_at (self, i);

      if (block->page_break_before && y > self->top)
        start_page (self, &y);
      else if (y > self->top)
        y += _asr_report_layout_style (block->style)->space_before;
      if (y > self->top && y + needed_height (self, i) > self->bottom)
        start_page (self, &y);
      place_lines (self, i, &y);
    }
  _asr_report_flow_clear_cache (self);
}
