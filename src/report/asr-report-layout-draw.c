/* asr-report-layout-draw.c: draws one page of the laid-out report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is drawn line by line with Pango, so it stays text in a PDF: it can
 * be selected, searched and read aloud.  A draft carries its mark three
 * times: in the running header, as a faint diagonal word across each page,
 * and in the notice under the title.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "asr-report-layout-private.h"

static void
set_color (cairo_t *cr,
           Style    style)
{
  const StyleDef *def = _asr_report_layout_style (style);

  cairo_set_source_rgb (cr, def->red, def->green, def->blue);
}

/* The watermark, laid out once for all pages. */
static PangoLayout *
watermark_layout (AsrReportLayout *self)
{
  PangoFontDescription *font;

  if (self->watermark != NULL)
    return self->watermark;
  self->watermark = _asr_report_layout_text (self, STYLE_TITLE, self->draft_mark, -1, -1);
  font = pango_font_description_from_string ("Sans Bold 120");
  pango_layout_set_font_description (self->watermark, font);
  pango_font_description_free (font);
  return self->watermark;
}

static void
draw_watermark (AsrReportLayout *self,
                cairo_t         *cr)
{
  PangoLayout *layout = watermark_layout (self);
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  cairo_save (cr);
  cairo_translate (cr, self->width / 2, self->height / 2);
  cairo_rotate (cr, -atan2 (self->height, self->width));
  cairo_move_to (cr, -(double) width / PANGO_SCALE / 2, -(double) height / PANGO_SCALE / 2);
  cairo_set_source_rgba (cr, 0.75, 0.11, 0.16, 0.08);
  /* As a shape, not text: a diagonal word would cut into the text a reader
   * selects or a screen reader reads. */
  pango_cairo_layout_path (cr, layout);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* A line of the running header or footer, ellipsized to the text area's
 * width.  (transfer full) */
static PangoLayout *
running_layout (AsrReportLayout *self,
                Style            style,
                const char      *text,
                PangoAlignment   alignment)
{
  double width = self->right - self->left;
  PangoLayout *layout = _asr_report_layout_text (self, style, text, -1, width);

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static void
draw_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_header (AsrReportLayout *self,
             cairo_t         *cr,
             guint            page)
{
  double y = self->top - 38;

  set_color (cr, STYLE_FACT);
  /* The same on every page: laid out once. */
  if (page > 0 && self->header_name == NULL)
    self->header_name = running_layout (self, STYLE_FACT, self->service_name, PANGO_ALIGN_LEFT);
  if (self->draft_mark != NULL && self->header_draft == NULL)
    self->header_draft = running_layout (self, STYLE_DRAFT, self->draft_mark, PANGO_ALIGN_RIGHT);
  if (page > 0)
    draw_layout_at (cr, self->header_name, self->left, y);
  if (self->draft_mark != NULL)
    {
      set_color (cr, STYLE_DRAFT);
      draw_layout_at (cr, self->header_draft, self->left, y);
    }
  if (page > 0 || self->draft_mark != NULL)
    {
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.74);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, self->left, y + 16);
      cairo_line_to (cr, self->right, y + 16);
      cairo_stroke (cr);
    }
}

static void
draw_footer (AsrReportLayout *self,
             cairo_t         *cr,
             guint            page)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, self->page_starts->len);
  g_autoptr(PangoLayout) layout = running_layout (self, STYLE_FACT, text, PANGO_ALIGN_CENTER);

  set_color (cr, STYLE_FACT);
  draw_layout_at (cr, layout, self->left, self->bottom + 22);
}

/* The logical width of @line, from its glyphs alone: the line may have
 * been laid out on another thread, whose fonts this one must not ask. */
static int
line_width (PangoLayoutLine *line)
{
  int width = 0;

  for (GSList *run = line->runs; run != NULL; run = run->next)
    width += pango_glyph_string_get_width (((PangoGlyphItem *) run->data)->glyphs);
  return width;
}

/* A contents entry: the name, a dotted leader and the page number, all a
 * link to the key question. */
static void
draw_contents_entry (AsrReportLayout  *self,
                     cairo_t          *cr,
                     const PlacedLine *placed,
                     PangoLayoutLine  *line,
                     Block            *block)
{
  Block *target = &g_array_index (self->blocks, Block, block->target);
  g_autofree char *number = g_strdup_printf ("%u", target->page + 1);
  g_autofree char *link = g_strdup_printf ("dest='%s'", target->anchor);
  g_autoptr(PangoLayout) layout = _asr_report_layout_text (self, STYLE_CONTENTS, number, -1, -1);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
  cairo_move_to (cr, placed->x, placed->baseline);
  pango_cairo_show_layout_line (cr, line);
  cairo_move_to (cr, self->right - (double) width / PANGO_SCALE, placed->baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, 0));
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.8);
  cairo_set_dash (cr, (double[]) { 0.8, 3.2 }, 2, 0);
  cairo_move_to (cr, placed->x + (double) line_width (line) / PANGO_SCALE + 6, placed->baseline);
  cairo_line_to (cr, self->right - (double) width / PANGO_SCALE - 6, placed->baseline);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_line (AsrReportLayout  *self,
           const PlacedLine *placed,
           PangoLayoutLine  *line,
           gpointer          data)
{
  cairo_t *cr = data;
  Block *block = &g_array_index (self->blocks, Block, placed->block);
  g_autofree char *dest = NULL;

  set_color (cr, block->style);
  if (block->target >= 0)
    {
      draw_contents_entry (self, cr, placed, line, block);
      return;
    }
  if (placed->offset == 0 && block->anchor != NULL)
    {
      dest = g_strdup_printf ("name='%s'", block->anchor);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
    }
  cairo_move_to (cr, placed->x, placed->baseline);
  pango_cairo_show_layout_line (cr, line);
  if (dest != NULL)
    cairo_tag_end (cr, CAIRO_TAG_DEST);
}

void
_asr_report_layout_draw_shaped (AsrReportLayout *self,
                                cairo_t         *cr,
                                guint            page,
                                GPtrArray       *shaped)
{
  cairo_save (cr);
  if (self->draft_mark != NULL)
    draw_watermark (self, cr);
  draw_header (self, cr, page);
  draw_footer (self, cr, page);
  _asr_report_layout_give_page (self, page, shaped, draw_line, cr);
  cairo_restore (cr);
}

void
asr_report_layout_draw_page (AsrReportLayout *self,
                             cairo_t         *cr,
                             guint            page)
{
  g_autoptr(GPtrArray) shaped = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->page_starts->len);

  shaped = _asr_report_layout_shape_page (self, &self->shaper, page);
  _asr_report_layout_draw_shaped (self, cr, page, shaped);
}

void
asr_report_layout_add_outline (AsrReportLayout *self,
                               cairo_surface_t *pdf_surface)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autofree char *link = NULL;

      if (block->outline == NULL)
        continue;
      link = g_strdup_printf ("dest='%s'", block->anchor);
      cairo_pdf_surface_add_outline (pdf_surface, CAIRO_PDF_OUTLINE_ROOT,
                                     block->outline, link, 0);
    }
}
