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
 * Pagination keeps only where each page starts; drawing a page lays its
 * lines out again from there (asr-report-flow.c), so no more than a few
 * chunks of text are laid out at any time, however long the report.
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

  _asr_report_cursor_init (&cursor, self, index, 0, 0);
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
            guint            block,
            const FlowLine  *line,
            double          *y)
{
  PageStart start = { block, 0, 0 };

  if (line != NULL)
    {
      start.offset = line->offset;
      start.prev = line->prev;
    }

  g_array_append_val (self->page_starts, start);
  *y = self->top;
}

static void
place_lines (AsrReportLayout *self,
             guint            index,
             double          *y)
{
  LineCursor cursor;
  FlowLine line;

  _asr_report_cursor_init (&cursor, self, index, 0, 0);
  while (_asr_report_cursor_next (&cursor, &line))
    {
      if (*y + line.height > self->bottom && *y > self->top)
        start_page (self, index, &line, y);
      if (line.offset == 0)
        block_at (self, index)->page = self->page_starts->len - 1;
      *y += line.height;
    }
  _asr_report_cursor_clear (&cursor);
}

void
_asr_report_layout_paginate (AsrReportLayout *self)
{
  double y;

  start_page (self, 0, NULL, &y);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = block_at (self, i);

      if (block->page_break_before && y > self->top)
        start_page (self, i, NULL, &y);
      else if (y > self->top)
        y += _asr_report_layout_style (block->style)->space_before;
      if (y > self->top && y + needed_height (self, i) > self->bottom)
        start_page (self, i, NULL, &y);
      place_lines (self, i, &y);
    }
  _asr_report_flow_clear_cache (self);
}

static gboolean
before (guint            block,
        gsize            offset,
        const PageStart *end)
{
  return block < end->block || (block == end->block && offset < end->offset);
}

/* Gives page @page's lines in order, where pagination put them: from the
 * page's start to the next page's. */
void
_asr_report_layout_foreach_line (AsrReportLayout *self,
                                 guint            page,
                                 LineFunc         func,
                                 gpointer         data)
{
  const PageStart *start = &g_array_index (self->page_starts, PageStart, page);
  PageStart end = { self->blocks->len, 0, 0 };
  double y = self->top;

  if (page + 1 < self->page_starts->len)
    end = g_array_index (self->page_starts, PageStart, page + 1);
  for (guint i = start->block; i < self->blocks->len; i++)
    {
      LineCursor cursor;
      FlowLine line;
      gsize offset = i == start->block ? start->offset : 0;
      gsize prev = i == start->block ? start->prev : 0;

      if (!before (i, offset, &end))
        break;
      if (offset == 0 && y > self->top)
        y += _asr_report_layout_style (block_at (self, i)->style)->space_before;
      _asr_report_cursor_init (&cursor, self, i, offset, prev);
      while (_asr_report_cursor_next (&cursor, &line) && before (i, line.offset, &end))
        {
          func (self, i, &line, y + line.ascent, data);
          y += line.height;
        }
      _asr_report_cursor_clear (&cursor);
    }
}
