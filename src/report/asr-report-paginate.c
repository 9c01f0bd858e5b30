/* asr-report-paginate.c: breaks the report's blocks into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line by line: a paragraph longer than a page simply continues on the
 * next one.  Before a block starts, the blocks kept with it (a heading, a
 * score) and the first two lines of the block they lead to must fit, or
 * they all move to the next page: no heading alone at the foot of a page,
 * no single orphaned line.
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

/* The height of the block's first @max_lines lines (G_MAXUINT: all). */
static double
measure (Block *block,
         guint  max_lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  int top = 0, bottom = 0;
  guint n = 0;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (n == 0)
        top = y0;
      bottom = y1;
    }
  while (++n < max_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return (double) (bottom - top) / PANGO_SCALE;
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
      height += measure (block_at (self, i), G_MAXUINT);
      height += _asr_report_layout_style (block_at (self, i + 1)->style)->space_before;
      i++;
    }
  return height + measure (block_at (self, i), 2);
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
  Block *block = block_at (self, index);
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  gboolean first = TRUE;

  do
    {
      PlacedLine placed = { 0, };
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (*y + (double) (y1 - y0) / PANGO_SCALE > self->bottom && *y > self->top)
        start_page (self, y);
      if (first)
        block->page = self->page_starts->len - 1;
      placed.line = pango_layout_line_ref (pango_layout_iter_get_line_readonly (iter));
      placed.block = index;
      placed.first = first;
      placed.x = self->left + (double) logical.x / PANGO_SCALE;
      placed.baseline = *y + (double) (pango_layout_iter_get_baseline (iter) - y0) / PANGO_SCALE;
      g_array_append_val (self->lines, placed);
      *y += (double) (y1 - y0) / PANGO_SCALE;
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
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
}
