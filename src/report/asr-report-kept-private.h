/* asr-report-kept-private.h: how a kept line is packed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written by asr-report-layout-keep.c where a line is measured, read by
 * asr-report-layout-unpack.c where it is drawn.  A KeptLine is followed
 * by its runs, each KeptRun by its glyphs, every part 8-byte aligned.
 */
#pragma once

#include "asr-report-layout-private.h"

G_BEGIN_DECLS

#define MAX_RUNS 16

/* A glyph of a plain run (is_plain()): its width × 32 + its characters. */
typedef struct
{
  PangoGlyph glyph;
  guint32    width_chars;
} PlainGlyph;

#define MAX_CHARS 31
#define MAX_WIDTH (1 << 25)

/* A run of a kept line; its glyphs follow it: PlainGlyph records, or
 * PangoGlyphInfo records then the log clusters. */
typedef struct
{
  PangoFont     *font;         /* held by the store */
  PangoLanguage *language;
  guint16        offset;       /* bytes into the line's text */
  guint16        length;
  guint16        num_chars;
  guint16        num_glyphs;
  guint8         level, gravity, flags, script;
  gboolean       plain;
  int            y_offset, start_x_offset, end_x_offset;
} KeptRun;

struct _KeptLine
{
  guint8 n_runs;
  guint8 is_paragraph_start;
  guint8 resolved_dir;
};

#define ALIGNED(n) (((n) + 7) & ~(gsize) 7)

/* The room @run's glyphs take after it. */
static inline gsize
kept_glyphs_size (const KeptRun *run)
{
  if (run->plain)
    return ALIGNED (run->num_glyphs * sizeof (PlainGlyph));
  return ALIGNED (run->num_glyphs * (sizeof (PangoGlyphInfo) + sizeof (int)));
}

G_END_DECLS
