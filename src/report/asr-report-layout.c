/* asr-report-layout.c: the report as blocks of text, broken into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each paragraph is laid out with Pango (wrapping at words, or inside a
 * word too long for a line), a bounded chunk at a time; pagination places
 * it line by line, so a long note flows across pages.  Headings stay with what follows them, a block never
 * starts with a single line at the foot of a page, and each key question
 * starts a new page.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>

#include "asr-report-layout-private.h"
#include "asr-report-private.h"

#define INK     0.12, 0.12, 0.14
#define MUTED   0.37, 0.36, 0.39
#define ACCENT  0.10, 0.37, 0.71
#define WARNING 0.75, 0.11, 0.16

static const StyleDef styles[N_STYLES] = {
  [STYLE_TITLE]    = { TRUE,  24,   PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, INK,     0,  FALSE },
  [STYLE_SUBTITLE] = { TRUE,  13,   PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, INK,     6,  FALSE },
  [STYLE_FACT]     = { FALSE, 9.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED,   2,  FALSE },
  [STYLE_DRAFT]    = { FALSE, 10,   PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, WARNING, 10, FALSE },
  [STYLE_H2]       = { TRUE,  18,   PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, INK,     22, TRUE },
  [STYLE_RATING]   = { TRUE,  14,   PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, ACCENT,  4,  FALSE },
  [STYLE_BODY]     = { FALSE, 10,   PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK,     6,  FALSE },
  [STYLE_SCORE]    = { FALSE, 10,   PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, INK,     3,  TRUE },
  [STYLE_H3]       = { TRUE,  12.5, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, INK,     16, TRUE },
  [STYLE_H4]       = { TRUE,  10.5, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, MUTED,   9,  TRUE },
  [STYLE_NOTE]     = { FALSE, 9.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, MUTED,   4,  FALSE },
  [STYLE_CONTENTS] = { FALSE, 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK,     5,  FALSE },
  [STYLE_FOOTER]   = { FALSE, 8.5,  PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED,   28, FALSE },
};

const StyleDef *
_asr_report_layout_style (Style style)
{
  g_assert (style < N_STYLES);
  return &styles[style];
}

static gboolean
has_family (PangoFontMap *map,
            const char   *name)
{
  PangoFontFamily **families = NULL;
  int n = 0;
  gboolean found = FALSE;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), name) == 0;
  g_free (families);
  return found;
}

/* The shaper of the calling thread: Pango's default font map is one per
 * thread, so shapers made on different threads share nothing. */
void
_asr_report_shaper_init (Shaper *shaper)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  *shaper = (Shaper) { .context = pango_font_map_create_context (map) };
  /* Unhinted metrics: the same line breaks on paper, in a PDF and in the
   * preview, whatever the device. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (shaper->context, options);
  pango_cairo_context_set_resolution (shaper->context, 72.0);
  /* Glyphs where the font's advances put them, not rounded to whole
   * points: a PDF then draws a line's text as one string, with no
   * position adjustment between its glyphs for cairo to write out. */
  pango_context_set_round_glyph_positions (shaper->context, FALSE);
  cairo_font_options_destroy (options);
  shaper->cantarell = has_family (map, "Cantarell");
}

void
_asr_report_shaper_clear (Shaper *shaper)
{
  _asr_report_flow_clear_cache (shaper);
  g_clear_object (&shaper->context);
}

PangoLayout *
_asr_report_shaper_text (Shaper     *shaper,
                         Style       style,
                         const char *text,
                         int         length,
                         double      width)
{
  const StyleDef *def = _asr_report_layout_style (style);
  PangoLayout *layout = pango_layout_new (shaper->context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, def->heading_font && shaper->cantarell ? "Cantarell" : "Sans");
  pango_font_description_set_size (font, (int) (def->size * PANGO_SCALE));
  pango_font_description_set_weight (font, def->weight);
  pango_font_description_set_style (font, def->slant);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, def->heading_font ? 1.1 : 1.3);
  pango_layout_set_text (layout, text, length);
  pango_font_description_free (font);
  return layout;
}

PangoLayout *
_asr_report_layout_text (AsrReportLayout *self,
                         Style            style,
                         const char      *text,
                         int              length,
                         double           width)
{
  return _asr_report_shaper_text (&self->shaper, style, text, length, width);
}

static guint
add_block (AsrReportLayout *self,
           Style            style,
           const char      *text)
{
  Block block = { 0, };

  if (self->copy_texts)
    {
      text = g_strdup (text);
      g_ptr_array_add (self->texts, (char *) text);
    }
  block.text = text;
  block.length = strlen (text);
  block.style = style;
  block.target = -1;
  g_array_append_val (self->blocks, block);
  return self->blocks->len - 1;
}

/* A text made for the layout: it keeps it. */
static guint
add_block_take (AsrReportLayout *self,
                Style            style,
                char            *text)
{
  g_ptr_array_add (self->texts, text);
  return add_block (self, style, text);
}

static void
add_blocks (AsrReportLayout *self,
            Style            style,
            GPtrArray       *texts)
{
  for (guint i = 0; i < texts->len; i++)
    add_block (self, style, g_ptr_array_index (texts, i));
}

static void
add_statement (AsrReportLayout          *self,
               const AsrReportStatement *statement)
{
  add_block (self, STYLE_H3, statement->name);
  add_block (self, STYLE_SCORE, statement->score_line);
  add_blocks (self, STYLE_BODY, statement->paragraphs);
  for (guint i = 0; i < statement->evidence->len; i++)
    {
      const AsrReportEvidence *evidence = g_ptr_array_index (statement->evidence, i);

      add_block (self, STYLE_H4, evidence->name);
      if (evidence->score_line != NULL)
        add_block (self, STYLE_SCORE, evidence->score_line);
      add_blocks (self, STYLE_BODY, evidence->paragraphs);
    }
}

static guint
add_section (AsrReportLayout        *self,
             const AsrReportSection *section)
{
  guint heading = add_block (self, STYLE_H2, section->name);
  Block *block = &g_array_index (self->blocks, Block, heading);

  block->page_break_before = TRUE;
  block->anchor = g_strdup_printf ("kq-%s", section->id);
  block->outline = g_strdup (section->name);
  add_block_take (self, STYLE_RATING, _asr_report_rating_line (section->rating));
  if (section->comparison != NULL)
    add_block (self, STYLE_BODY, section->comparison);
  add_block (self, STYLE_SCORE, section->score_sentence);
  add_blocks (self, STYLE_NOTE, section->notes);
  for (guint i = 0; i < section->statements->len; i++)
    add_statement (self, g_ptr_array_index (section->statements, i));
  return heading;
}

static void
add_overview (AsrReportLayout *self,
              const AsrReport *report)
{
  add_block (self, STYLE_TITLE, report->service_name);
  if (report->draft)
    {
      add_block_take (self, STYLE_DRAFT, g_strdup_printf ("%s: %s", _asr_report_draft_mark (),
                                                          report->draft_notice));
    }
  add_block (self, STYLE_SUBTITLE, report->subtitle);
  add_blocks (self, STYLE_FACT, report->facts);
  if (report->overall_heading != NULL)
    {
      add_block (self, STYLE_H2, report->overall_heading);
      add_block (self, STYLE_RATING, report->overall_rating);
      add_blocks (self, STYLE_BODY, report->overall_notes);
    }
}

/* The contents entries point at headings added later: their targets are
 * filled in once the sections exist. */
static void
add_contents (AsrReportLayout *self,
              const AsrReport *report)
{
  guint first;

  if (report->sections->len == 0)
    return;
  add_block (self, STYLE_H2, _asr_report_contents_title ());
  first = self->blocks->len;
  for (guint i = 0; i < report->sections->len; i++)
    {
      const AsrReportSection *section = g_ptr_array_index (report->sections, i);

      add_block (self, STYLE_CONTENTS, section->name);
    }
  for (guint i = 0; i < report->sections->len; i++)
    {
      guint heading = add_section (self, g_ptr_array_index (report->sections, i));

      g_array_index (self->blocks, Block, first + i).target = heading;
    }
}

static void
block_clear (Block *block)
{
  g_clear_pointer (&block->anchor, g_free);
  g_clear_pointer (&block->outline, g_free);
}

/* @copy_texts: FALSE when @report outlives the layout, which then only
 * points at its texts. */
AsrReportLayout *
_asr_report_layout_new (const AsrReport *report,
                        double           page_width,
                        double           page_height,
                        gboolean         copy_texts)
{
  AsrReportLayout *self;
  double margin = MIN (page_width, page_height) * 0.095;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (page_width > 100 && page_height > 100, NULL);

  self = g_new0 (AsrReportLayout, 1);
  _asr_report_shaper_init (&self->shaper);
  self->width = page_width;
  self->height = page_height;
  self->left = margin;
  self->right = page_width - margin;
  self->top = margin + 18;
  self->bottom = page_height - margin - 10;
  self->service_name = g_strdup (report->service_name);
  self->draft_mark = report->draft ? g_strdup (_asr_report_draft_mark ()) : NULL;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) block_clear);
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->copy_texts = copy_texts;
  self->lines = g_array_new (FALSE, TRUE, sizeof (PlacedLine));
  self->kept_lines = g_array_new (FALSE, TRUE, sizeof (const KeptLine *));
  self->kept = g_ptr_array_new_with_free_func ((GDestroyNotify) _asr_report_kept_store_free);
  self->page_starts = g_array_new (FALSE, TRUE, sizeof (guint));

  add_overview (self, report);
  add_contents (self, report);
  add_block (self, STYLE_FOOTER, report->footer);
  _asr_report_layout_paginate (self);
  return self;
}

AsrReportLayout *
asr_report_layout_new (const AsrReport *report,
                       double           page_width,
                       double           page_height)
{
  return _asr_report_layout_new (report, page_width, page_height, TRUE);
}

void
asr_report_layout_free (AsrReportLayout *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->watermark);
  g_clear_object (&self->header_name);
  g_clear_object (&self->header_draft);
  _asr_report_shaper_clear (&self->shaper);
  g_array_unref (self->blocks);
  g_array_unref (self->lines);
  g_array_unref (self->kept_lines);
  _asr_report_kept_scratch_free (self->scratch);
  g_ptr_array_unref (self->kept);
  g_ptr_array_unref (self->texts);
  g_array_unref (self->page_starts);
  g_free (self->service_name);
  g_free (self->draft_mark);
  g_free (self);
}

guint
asr_report_layout_get_n_pages (AsrReportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->page_starts->len;
}
