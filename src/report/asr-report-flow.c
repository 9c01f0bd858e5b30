/* asr-report-flow.c: a block's lines, laid out a bounded chunk at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango lays a paragraph out in time that grows faster than its length
 * when words must be broken, and a huge single layout loses text.  So a
 * block's text is laid out at most CHUNK_BYTES at a time.  A chunk's last
 * line is dropped and laid out again in the next chunk (unless it ends the
 * block), which starts one line earlier still: wrapping starts afresh at a
 * line start, and a line's height depends on the line above it, so the
 * lines are those of the whole paragraph laid out at once.  Only the
 * few chunks in the cache and the cursors' are alive at any time, so the
 * memory of a report does not grow with its length.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include "asr-report-layout-private.h"

#define CHUNK_BYTES 2048

static Block *
block_at (AsrReportLayout *self,
          guint            index)
{
  return &g_array_index (self->blocks, Block, index);
}

/* The end of the chunk that starts at @base: at most CHUNK_BYTES on, not
 * inside a UTF-8 sequence. */
static gsize
chunk_end (const Block *block,
           gsize        base)
{
  gsize end = base + CHUNK_BYTES;

  if (end >= block->length)
    return block->length;
  while (end > base + 1 && ((guchar) block->text[end] & 0xc0) == 0x80)
    end--;
  return end;
}

/* The layout of the chunk of block @index that starts at byte @base, from
 * the shaper's cache if it was laid out lately.  (transfer full) */
static PangoLayout *
chunk_layout (AsrReportLayout *self,
              Shaper          *shaper,
              guint            index,
              gsize            base,
              gboolean        *last)
{
  const Block *block = block_at (self, index);
  gsize end = chunk_end (block, base);
  CachedChunk *slot;

  *last = end == block->length;
  for (guint i = 0; i < N_CACHED_CHUNKS; i++)
    if (shaper->cache[i].layout != NULL && shaper->cache[i].block == index &&
        shaper->cache[i].base == base)
      return g_object_ref (shaper->cache[i].layout);

  slot = &shaper->cache[shaper->cache_next];
  shaper->cache_next = (shaper->cache_next + 1) % N_CACHED_CHUNKS;
  g_clear_object (&slot->layout);
  slot->block = index;
  slot->base = base;
  slot->layout = _asr_report_shaper_text (shaper, block->style, block->text + base,
                                          (int) (end - base), self->right - self->left);
  return g_object_ref (slot->layout);
}

void
_asr_report_flow_clear_cache (Shaper *shaper)
{
  for (guint i = 0; i < N_CACHED_CHUNKS; i++)
    g_clear_object (&shaper->cache[i].layout);
}

/* The cursor gives the block's lines from the first on, laid out by
 * @shaper. */
void
_asr_report_cursor_init (LineCursor      *cursor,
                         AsrReportLayout *self,
                         Shaper          *shaper,
                         guint            block)
{
  *cursor = (LineCursor) { .self = self, .shaper = shaper, .block = block };
}

static void
drop_chunk (LineCursor *cursor)
{
  g_clear_pointer (&cursor->iter, pango_layout_iter_free);
  g_clear_object (&cursor->layout);
  cursor->spent = FALSE;
  cursor->given = 0;
}

/* The cursor gives the block's lines from the one that starts at @offset
 * on, laid out below the line that starts at @above: the line above it,
 * or @offset itself when that is not known (the first line given is then
 * laid out as if it started a paragraph). */
void
_asr_report_cursor_seek (LineCursor *cursor,
                         gsize       above,
                         gsize       offset)
{
  drop_chunk (cursor);
  cursor->prev = above;
  cursor->offset = offset;
  cursor->done = FALSE;
}

static void
describe_line (LineCursor      *cursor,
               PangoLayoutLine *line,
               FlowLine        *out)
{
  PangoRectangle logical;
  int y0, y1;

  pango_layout_iter_get_line_yrange (cursor->iter, &y0, &y1);
  pango_layout_iter_get_line_extents (cursor->iter, NULL, &logical);
  out->line = line;
  out->offset = cursor->base + line->start_index;
  out->x = (double) logical.x / PANGO_SCALE;
  out->height = (double) (y1 - y0) / PANGO_SCALE;
  out->chunk = cursor->base;
  out->top = (double) y0 / PANGO_SCALE;
  out->bottom = (double) y1 / PANGO_SCALE;
  out->ascent = (double) (pango_layout_iter_get_baseline (cursor->iter) - y0) / PANGO_SCALE;
}

/* Gives the block's next line; FALSE after its last. */
gboolean
_asr_report_cursor_next (LineCursor *cursor,
                         FlowLine   *out)
{
  for (;;)
    {
      PangoLayoutLine *line;
      gboolean at_last;
      gsize start;

      if (cursor->spent)
        drop_chunk (cursor);
      if (cursor->done)
        return FALSE;
      if (cursor->layout == NULL)
        {
          cursor->base = cursor->prev;
          cursor->layout = chunk_layout (cursor->self, cursor->shaper, cursor->block,
                                         cursor->base, &cursor->last);
          cursor->iter = pango_layout_get_iter (cursor->layout);
        }
      line = pango_layout_iter_get_line_readonly (cursor->iter);
      start = cursor->base + line->start_index;
      at_last = pango_layout_iter_at_last_line (cursor->iter);
      if (start < cursor->offset)
        {
          /* The line above, laid out again for the height of the next. */
          if (!at_last)
            pango_layout_iter_next_line (cursor->iter);
          else if (cursor->last)
            cursor->done = cursor->spent = TRUE;
          else
            {
              /* No room for the next line: without the line above then. */
              cursor->prev = cursor->offset;
              drop_chunk (cursor);
            }
          continue;
        }
      if (at_last && !cursor->last && cursor->given > 0)
        {
          /* Laid out again in the next chunk. */
          drop_chunk (cursor);
          continue;
        }
      describe_line (cursor, line, out);
      cursor->given++;
      cursor->prev = start;
      if (at_last)
        {
          /* A chunk with no room for more than one line (zero-width
           * characters) is given whole. */
          cursor->offset = start + line->length;
          cursor->done = cursor->last;
          cursor->spent = TRUE;
        }
      else
        {
          pango_layout_iter_next_line (cursor->iter);
          cursor->offset = cursor->base + pango_layout_iter_get_line_readonly (cursor->iter)->start_index;
        }
      return TRUE;
    }
}

void
_asr_report_cursor_clear (LineCursor *cursor)
{
  drop_chunk (cursor);
}

/* The text of @n lines from @placed on, one line per paragraph. */
static char *
lines_text (AsrReportLayout  *self,
            const PlacedLine *placed,
            guint             n)
{
  const Block *block = block_at (self, placed->block);
  GString *text = g_string_sized_new (n * 128);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_len (text, block->text + placed[i].offset, placed[i].length);
    }
  return g_string_free (text, FALSE);
}

/* Lays @n lines of one block out again, unwrapped: each already ends
 * where pagination broke it, so Pango only shapes it. */
static PangoLayout *
shape_run (AsrReportLayout  *self,
           Shaper           *shaper,
           const PlacedLine *placed,
           guint             n)
{
  const Block *block = block_at (self, placed->block);
  g_autofree char *text = lines_text (self, placed, n);
  PangoLayout *layout = _asr_report_shaper_text (shaper, block->style, text, -1, -1);

  /* Laid out here, on the shaper's thread, not where it is drawn. */
  g_assert ((guint) pango_layout_get_line_count (layout) == n);
  return layout;
}

static gboolean
is_kept (AsrReportLayout *self,
         guint            i)
{
  return g_array_index (self->kept_lines, const KeptLine *, i) != NULL;
}

/* The end of the run of lines of one block, all kept from measuring or
 * none, that starts at line @i. */
static guint
run_end (AsrReportLayout *self,
         guint            i,
         guint            end)
{
  const PlacedLine *lines = (const PlacedLine *) self->lines->data;
  gboolean kept = is_kept (self, i);
  guint j;

  for (j = i + 1; j < end && lines[j].block == lines[i].block && is_kept (self, j) == kept; j++)
    ;
  return j;
}

static void
page_range (AsrReportLayout *self,
            guint            page,
            guint           *first,
            guint           *end)
{
  *first = g_array_index (self->page_starts, guint, page);
  *end = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                          : self->lines->len;
}

/* A run of one block's lines on a page, laid out.  Its lines are taken
 * where it was laid out: the thread that draws them then only reads. */
typedef struct
{
  PangoLayout *layout;
  GSList      *lines;        /* the layout's */
} ShapedRun;

static void
shaped_run_free (gpointer data)
{
  ShapedRun *run = data;

  g_object_unref (run->layout);
  g_free (run);
}

/* Page @page's lines laid out, one layout per run of lines of one block,
 * but for the lines kept from measuring.  (transfer full) */
GPtrArray *
_asr_report_layout_shape_page (AsrReportLayout *self,
                               Shaper          *shaper,
                               guint            page)
{
  GPtrArray *shaped = g_ptr_array_new_with_free_func (shaped_run_free);
  const PlacedLine *lines = (const PlacedLine *) self->lines->data;
  guint first, end;

  page_range (self, page, &first, &end);
  for (guint i = first, j; i < end; i = j)
    {
      ShapedRun *run;

      j = run_end (self, i, end);
      if (is_kept (self, i))
        continue;
      run = g_new (ShapedRun, 1);
      run->layout = shape_run (self, shaper, &lines[i], j - i);
      run->lines = pango_layout_get_lines_readonly (run->layout);
      g_ptr_array_add (shaped, run);
    }
  return shaped;
}

/* Gives page @page's lines in order, where pagination put them, from
 * @shaped, what _asr_report_layout_shape_page() made of the page. */
void
_asr_report_layout_give_page (AsrReportLayout *self,
                              guint            page,
                              GPtrArray       *shaped,
                              LineFunc         func,
                              gpointer         data)
{
  const PlacedLine *lines = (const PlacedLine *) self->lines->data;
  guint first, end, run = 0;

  page_range (self, page, &first, &end);
  for (guint i = first, j; i < end; i = j)
    {
      const ShapedRun *shaped_run;
      GSList *line;

      j = run_end (self, i, end);
      if (is_kept (self, i))
        {
          for (guint k = i; k < j; k++)
            func (self, &lines[k], _asr_report_kept_line_unpack (self, k, j), data);
          continue;
        }
      shaped_run = g_ptr_array_index (shaped, run++);
      line = shaped_run->lines;
      for (guint k = i; k < j; k++, line = line->next)
        func (self, &lines[k], line->data, data);
    }
  g_assert (run == shaped->len);
}

void
_asr_report_layout_foreach_line (AsrReportLayout *self,
                                 guint            page,
                                 LineFunc         func,
                                 gpointer         data)
{
  g_autoptr(GPtrArray) shaped = _asr_report_layout_shape_page (self, &self->shaper, page);

  _asr_report_layout_give_page (self, page, shaped, func, data);
}
