/* asr-report-layout-private.h: the layout's blocks and placed lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "asr-report-layout.h"

G_BEGIN_DECLS

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_FACT,
  STYLE_DRAFT,
  STYLE_H2,
  STYLE_RATING,
  STYLE_BODY,
  STYLE_SCORE,
  STYLE_H3,
  STYLE_H4,
  STYLE_NOTE,
  STYLE_CONTENTS,
  STYLE_FOOTER,
  N_STYLES
} Style;

typedef struct
{
  gboolean     heading_font;   /* Cantarell when installed */
  double       size;           /* points */
  PangoWeight  weight;
  PangoStyle   slant;
  double       red, green, blue;
  double       space_before;   /* points */
  gboolean     keep_with_next;
} StyleDef;

/* A paragraph, heading or line of the report.  Its text is laid out only
 * when needed, a bounded chunk at a time (asr-report-flow.c). */
typedef struct
{
  const char  *text;           /* owned by the layout, or by the report it borrows */
  gsize        length;
  Style        style;
  gboolean     page_break_before;
  char        *anchor;         /* PDF destination of a key question heading */
  char        *outline;        /* its outline entry */
  int          target;         /* contents entry: the block it points to, else -1 */
  guint        page;           /* page of its first line, after pagination */
} Block;

/* A line placed on its page.  Drawing takes its glyphs from measuring
 * (AsrReportLayout.kept_lines) or, if they were not kept, lays the line's
 * text out again, unwrapped. */
typedef struct
{
  guint  block;
  guint  length;               /* bytes of the block's text */
  gsize  offset;               /* of its first byte */
  double x;                    /* from the left of the page */
  double baseline;             /* from the top of the page */
} PlacedLine;

/* One line of a block, as the flow gives it. */
typedef struct
{
  PangoLayoutLine *line;       /* valid until the next line is asked for */
  gsize            offset;     /* of its first byte in the block's text */
  double           x;          /* from the left of the text area */
  double           height;     /* the line's share of the block's height */
  double           ascent;     /* from the top of that share to the baseline */
  gsize            chunk;      /* where its chunk starts */
  double           top, bottom; /* its share, from the top of its chunk */
} FlowLine;

#define N_CACHED_CHUNKS 6

typedef struct
{
  guint        block;
  gsize        base;
  PangoLayout *layout;
} CachedChunk;

/* What lays text out on one thread: Pango font maps are not to be shared
 * between threads, so each thread that lays text out has its own. */
typedef struct
{
  PangoContext *context;
  gboolean      cantarell;                  /* the heading font is installed */
  CachedChunk   cache[N_CACHED_CHUNKS];     /* the chunks laid out last */
  guint         cache_next;
} Shaper;

/* The lines of one block, from a given line on. */
typedef struct
{
  AsrReportLayout *self;
  Shaper          *shaper;
  guint            block;
  gsize            offset;     /* of the next line to give */
  gsize            prev;       /* of the line above it */
  gsize            base;       /* of the current chunk in the block */
  PangoLayout     *layout;     /* the current chunk, or NULL */
  PangoLayoutIter *iter;       /* on its next line */
  gboolean         last;       /* the chunk ends the block */
  gboolean         spent;      /* the chunk's lines are all given */
  gboolean         done;       /* the block's lines are all given */
  guint            given;      /* lines given from this chunk */
} LineCursor;

/* A line's glyphs as measuring shaped them (asr-report-layout-keep.c). */
typedef struct _KeptLine  KeptLine;
typedef struct _KeptStore KeptStore;
typedef struct _KeptScratch KeptScratch;

/* A block's line as pagination needs it: a FlowLine without its layout. */
typedef struct
{
  gsize           offset;
  guint           length;      /* bytes */
  double          x, height, ascent;
  gsize           chunk;
  double          top, bottom;
  const KeptLine *kept;        /* its glyphs, or NULL: shaped again to draw */
} LineMetrics;

/* The lines of every block, measured before pagination (on worker threads
 * when the report is long: asr-report-layout-measure.c). */
typedef struct
{
  LineMetrics *lines;
  guint        n_lines;
} BlockLines;

struct _AsrReportLayout
{
  Shaper        shaper;                     /* the calling thread's */
  double        width, height;
  double        left, right, top, bottom;   /* the text area */
  char         *service_name;
  char         *draft_mark;                 /* NULL for a final report */
  GArray       *blocks;                     /* of Block */
  GPtrArray    *texts;                      /* the texts the layout owns */
  gboolean      copy_texts;                 /* else it points at the report's */
  GArray       *lines;                      /* of PlacedLine */
  GArray       *kept_lines;                 /* of const KeptLine *, one a line */
  GPtrArray    *kept;                       /* of KeptStore: one a measuring thread */
  int           kept_slabs;                 /* atomic: the stores' memory, in slabs */
  KeptScratch  *scratch;                    /* kept lines rebuilt, where drawn */
  GArray       *page_starts;                /* of guint: first line of each page */
  PangoLayout  *watermark;                  /* what every page draws alike, */
  PangoLayout  *header_name;                /* laid out when first drawn */
  PangoLayout  *header_draft;
};

typedef void (*LineFunc) (AsrReportLayout  *self,
                          const PlacedLine *placed,
                          PangoLayoutLine  *line,
                          gpointer          data);

const StyleDef  *_asr_report_layout_style (Style style);
void             _asr_report_shaper_init  (Shaper          *shaper);
void             _asr_report_shaper_clear (Shaper          *shaper);
PangoLayout     *_asr_report_shaper_text  (Shaper          *shaper,
                                           Style            style,
                                           const char      *text,
                                           int              length,
                                           double           width);
PangoLayout     *_asr_report_layout_text  (AsrReportLayout *self,
                                           Style            style,
                                           const char      *text,
                                           int              length,
                                           double           width);
AsrReportLayout *_asr_report_layout_new   (const AsrReport *report,
                                           double           page_width,
                                           double           page_height,
                                           gboolean         copy_texts);

/* asr-report-flow.c: a block's lines, a chunk at a time. */
void             _asr_report_cursor_init  (LineCursor      *cursor,
                                           AsrReportLayout *self,
                                           Shaper          *shaper,
                                           guint            block);
gboolean         _asr_report_cursor_next  (LineCursor      *cursor,
                                           FlowLine        *line);
void             _asr_report_cursor_seek  (LineCursor      *cursor,
                                           gsize            above,
                                           gsize            offset);
void             _asr_report_cursor_clear (LineCursor      *cursor);
void             _asr_report_flow_clear_cache (Shaper        *shaper);

/* asr-report-layout-measure.c: every block's lines, on as many threads as pay. */
BlockLines      *_asr_report_layout_measure      (AsrReportLayout *self);
/* 0: as many threads as the processors (up to 4) and the length pay for;
 * 1: everything on the calling thread. */
void             _asr_report_layout_set_threads  (guint            n_threads);
guint            _asr_report_layout_get_threads  (void);
void             _asr_report_block_lines_free    (BlockLines      *lines,
                                                  guint            n_blocks);
/* Appends to @out the lines of block @index from the one that starts at
 * @offset (below the one at @above: _asr_report_cursor_seek()) on, while
 * they start before @end. */
void             _asr_report_measure_lines       (AsrReportLayout *self,
                                                  Shaper          *shaper,
                                                  KeptStore       *store,
                                                  guint            index,
                                                  gsize            above,
                                                  gsize            offset,
                                                  gsize            end,
                                                  GArray          *out);

/* asr-report-layout-segment.c: a block longer than twice this is measured
 * in segments of about this much, on whichever threads are free, each on
 * until ASR_REPORT_OVERLAP_BYTES past the next one's start: wrapping from
 * a guessed start meets the true lines within a few dozen lines of prose,
 * rarely after some hundreds.  Tests set other sizes. */
#define ASR_REPORT_SEGMENT_BYTES (1024 * 1024)
#define ASR_REPORT_OVERLAP_BYTES (64 * 1024)
typedef struct
{
  guint   block;
  gsize   start;               /* a guessed line start */
  gsize   end;                 /* measured until a line starts at or past it */
  GArray *lines;               /* of LineMetrics, once measured */
} Segment;

void             _asr_report_layout_set_segments (gsize            bytes,
                                                  gsize            overlap);
/* The segments of block @index, or NULL if it is measured whole.
 * (transfer full) */
GArray          *_asr_report_segments_plan       (AsrReportLayout *self,
                                                  guint            index);
void             _asr_report_segment_measure     (AsrReportLayout *self,
                                                  Shaper          *shaper,
                                                  KeptStore       *store,
                                                  Segment         *segment);
/* Joins the measured @segments (and frees them) into @out; a segment that
 * does not meet the lines before it is measured again in order, with
 * @shaper and @store: then FALSE. */
gboolean         _asr_report_segments_join       (AsrReportLayout *self,
                                                  GArray          *segments,
                                                  Shaper          *shaper,
                                                  KeptStore       *store,
                                                  BlockLines      *out);

/* asr-report-layout-keep.c: the lines' glyphs kept from measuring to
 * drawing, up to a bound: 32 MB hold about 4 million glyphs (a 5 MB
 * assessment's 509 pages take about 20 MB); lines past it are shaped
 * again when drawn.  Tests set another bound (0: keep none). */
#define ASR_REPORT_KEEP_BYTES (32 * 1024 * 1024)
void             _asr_report_layout_set_keep_bytes (gsize           bytes);
KeptStore       *_asr_report_kept_store_new      (AsrReportLayout *self,
                                                  Shaper          *shaper);
/* The glyphs of @line, kept; NULL if the line must be shaped again. */
const KeptLine  *_asr_report_kept_store_add      (KeptStore       *store,
                                                  PangoLayoutLine *line);
void             _asr_report_kept_store_free     (KeptStore       *store);
gsize            _asr_report_layout_kept_bytes   (AsrReportLayout *self);
/* Line @index of @self rebuilt from its kept glyphs, valid until the next
 * call; only on the thread that draws (the layout's own).  Lines @index
 * to @end (not included) are of one block and rebuilt in turn: their text
 * is taken at once. */
PangoLayoutLine *_asr_report_kept_line_unpack    (AsrReportLayout *self,
                                                  guint            index,
                                                  guint            end);
void             _asr_report_kept_scratch_free   (KeptScratch     *scratch);

/* asr-report-paginate.c: places every block's lines on pages. */
void             _asr_report_layout_paginate     (AsrReportLayout *self);
/* asr-report-flow.c: gives a page's lines, laid out again, in order. */
void             _asr_report_layout_foreach_line (AsrReportLayout *self,
                                                  guint            page,
                                                  LineFunc         func,
                                                  gpointer         data);
/* The same in two steps: the page's lines laid out (on any thread, with
 * its own shaper), then given (where they are drawn). */
GPtrArray       *_asr_report_layout_shape_page   (AsrReportLayout *self,
                                                  Shaper          *shaper,
                                                  guint            page);
void             _asr_report_layout_give_page    (AsrReportLayout *self,
                                                  guint            page,
                                                  GPtrArray       *shaped,
                                                  LineFunc         func,
                                                  gpointer         data);
/* asr-report-layout-draw.c: draws a page whose lines are shaped. */
void             _asr_report_layout_draw_shaped  (AsrReportLayout *self,
                                                  cairo_t         *cr,
                                                  guint            page,
                                                  GPtrArray       *shaped);

/* asr-report-layout-ahead.c: a worker shapes the pages ahead of drawing. */
typedef struct _ShapeAhead ShapeAhead;

ShapeAhead      *_asr_report_ahead_new           (AsrReportLayout *self);
/* The next page's lines, in page order; waits for the worker.
 * (transfer full) */
GPtrArray       *_asr_report_ahead_next          (ShapeAhead      *ahead);
/* Gives a page taken back once drawn: the worker frees it. */
void             _asr_report_ahead_done          (ShapeAhead      *ahead,
                                                  GPtrArray       *shaped);
void             _asr_report_ahead_free          (ShapeAhead      *ahead);

G_END_DECLS
