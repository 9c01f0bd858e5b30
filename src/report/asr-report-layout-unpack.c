/* asr-report-layout-unpack.c: kept lines rebuilt where they are drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A line kept from measuring (asr-report-layout-keep.c) is drawn as a
 * PangoLayoutLine rebuilt from its packed glyphs: its runs, items and
 * glyph strings live in one scratch per layout, reused line after line,
 * and its text in a layout that only holds it (nothing is laid out).
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>

#include "asr-report-kept-private.h"

/* Where kept lines are rebuilt for drawing.  The line is Pango's public
 * struct inside zeroed room for the private fields Pango keeps after it
 * (its extents cache, empty: "not cached"). */
struct _KeptScratch
{
  PangoLayout      *holder;    /* holds the text of a run of lines: */
  guint             block;     /* of this block, */
  gsize             start;     /* from this byte of the block */
  gsize             end;       /* to this one */
  union
  {
    PangoLayoutLine line;
    guchar          room[256];
  } line;
  PangoItem         items[MAX_RUNS];
  PangoGlyphString *glyphs[MAX_RUNS];
  PangoGlyphItem    runs[MAX_RUNS];
  GSList            nodes[MAX_RUNS];
};

/* The holder takes the text of lines @index to @end (not included), all
 * of one block: they follow each other in its text. */
static void
hold_text (AsrReportLayout *self,
           KeptScratch     *scratch,
           guint            index,
           guint            end)
{
  const PlacedLine *first = &g_array_index (self->lines, PlacedLine, index);
  const PlacedLine *last = &g_array_index (self->lines, PlacedLine, end - 1);
  const Block *block = &g_array_index (self->blocks, Block, first->block);

  g_assert (last->block == first->block);
  if (scratch->holder == NULL)
    scratch->holder = pango_layout_new (self->shaper.context);
  scratch->block = first->block;
  scratch->start = first->offset;
  scratch->end = last->offset + last->length;
  pango_layout_set_text (scratch->holder, block->text + scratch->start,
                         (int) (scratch->end - scratch->start));
}

static KeptScratch *
scratch_new (void)
{
  KeptScratch *scratch = g_new0 (KeptScratch, 1);

  for (guint i = 0; i < MAX_RUNS; i++)
    scratch->glyphs[i] = pango_glyph_string_new ();
  return scratch;
}

void
_asr_report_kept_scratch_free (KeptScratch *scratch)
{
  if (scratch == NULL)
    return;

  for (guint i = 0; i < MAX_RUNS; i++)
    pango_glyph_string_free (scratch->glyphs[i]);
  g_clear_object (&scratch->holder);
  g_free (scratch);
}

static void
unpack_glyphs (const KeptRun    *run,
               const guchar     *in,
               const char       *text,
               PangoGlyphString *glyphs)
{
  pango_glyph_string_set_size (glyphs, run->num_glyphs);
  if (run->plain)
    {
      const PlainGlyph *plain = (const PlainGlyph *) (const void *) in;
      const char *start = text + run->offset;
      const char *p = start;

      for (int i = 0; i < run->num_glyphs; i++)
        {
          gint32 width = (gint32) (plain[i].width_chars & ~(guint32) (MAX_CHARS)) / 32;

          glyphs->glyphs[i] = (PangoGlyphInfo) { plain[i].glyph, { width, 0, 0 }, { 1, 0 } };
          glyphs->log_clusters[i] = p - start;
          for (guint chars = plain[i].width_chars & MAX_CHARS; chars > 0; chars--)
            p = g_utf8_next_char (p);
        }
      return;
    }
  memcpy (glyphs->glyphs, in, run->num_glyphs * sizeof (PangoGlyphInfo));
  memcpy (glyphs->log_clusters, in + run->num_glyphs * sizeof (PangoGlyphInfo),
          run->num_glyphs * sizeof (int));
}

PangoLayoutLine *
_asr_report_kept_line_unpack (AsrReportLayout *self,
                              guint            index,
                              guint            end)
{
  const PlacedLine *placed = &g_array_index (self->lines, PlacedLine, index);
  const KeptLine *kept = g_array_index (self->kept_lines, const KeptLine *, index);
  const guchar *in = (const guchar *) kept + ALIGNED (sizeof (KeptLine));
  KeptScratch *scratch;
  const char *text;
  int start;

  g_assert (kept != NULL);
  if (self->scratch == NULL)
    self->scratch = scratch_new ();
  scratch = self->scratch;
  if (scratch->holder == NULL || scratch->block != placed->block ||
      placed->offset < scratch->start || placed->offset + placed->length > scratch->end)
    hold_text (self, scratch, index, end);
  start = placed->offset - scratch->start;
  text = pango_layout_get_text (scratch->holder) + start;
  for (guint i = 0; i < kept->n_runs; i++)
    {
      const KeptRun *run = (const KeptRun *) (const void *) in;

      in += ALIGNED (sizeof (KeptRun));
      scratch->items[i] = (PangoItem) {
        start + run->offset, run->length, run->num_chars,
        { .font = run->font, .level = run->level, .gravity = run->gravity,
          .flags = run->flags, .script = run->script, .language = run->language },
      };
      unpack_glyphs (run, in, text, scratch->glyphs[i]);
      in += kept_glyphs_size (run);
      scratch->runs[i] = (PangoGlyphItem) { &scratch->items[i], scratch->glyphs[i], run->y_offset,
                                            run->start_x_offset, run->end_x_offset };
      scratch->nodes[i] = (GSList) { &scratch->runs[i], i + 1 < kept->n_runs ? &scratch->nodes[i + 1] : NULL };
    }
  memset (&scratch->line, 0, sizeof scratch->line);
  scratch->line.line = (PangoLayoutLine) { scratch->holder, start, placed->length, scratch->nodes,
                                           kept->is_paragraph_start, kept->resolved_dir };
  return &scratch->line.line;
}
