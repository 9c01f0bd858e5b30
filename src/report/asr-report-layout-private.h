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

typedef struct
{
  PangoLayout *layout;
  Style        style;
  gboolean     page_break_before;
  char        *anchor;         /* PDF destination of a key question heading */
  char        *outline;        /* its outline entry */
  int          target;         /* contents entry: the block it points to, else -1 */
  guint        page;           /* page of its first line, after pagination */
} Block;

typedef struct
{
  PangoLayoutLine *line;
  guint            block;
  gboolean         first;      /* the block's first line */
  double           x;
  double           baseline;   /* from the top of the page */
} PlacedLine;

struct _AsrReportLayout
{
  PangoContext *context;
  double        width, height;
  double        left, right, top, bottom;   /* the text area */
  char         *service_name;
  char         *draft_mark;                 /* NULL for a final report */
  GArray       *blocks;                     /* of Block */
  GArray       *lines;                      /* of PlacedLine */
  GArray       *page_starts;                /* of guint: first line of each page */
};

const StyleDef *_asr_report_layout_style (Style style);
PangoLayout    *_asr_report_layout_text  (AsrReportLayout *self,
                                          Style            style,
                                          const char      *text,
                                          double           width);
/* asr-report-paginate.c: places every block's lines on pages. */
void            _asr_report_layout_paginate (AsrReportLayout *self);

G_END_DECLS
