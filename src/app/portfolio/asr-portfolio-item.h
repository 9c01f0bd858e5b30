/* asr-portfolio-item.h: one assessment of a portfolio, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder portfolio/: the portfolio window.  May use the core and window/.
 *
 * Wraps the core's summary row (asr-portfolio.h) of one file; the columns'
 * text, sort order and the search all come from here.
 */
#pragma once

#include <gio/gio.h>

#include "asr-portfolio.h"

G_BEGIN_DECLS

typedef enum
{
  ASR_PORTFOLIO_COLUMN_SERVICE,
  ASR_PORTFOLIO_COLUMN_LOCATION,
  ASR_PORTFOLIO_COLUMN_PROVIDER,
  ASR_PORTFOLIO_COLUMN_DATE,       /* the date the ratings are from; sorts by the ISO date */
  ASR_PORTFOLIO_COLUMN_SAFE,       /* … the five key questions, in CQC order */
  ASR_PORTFOLIO_COLUMN_PROGRESS = ASR_PORTFOLIO_COLUMN_SAFE + ASR_PORTFOLIO_N_KQ,
  ASR_PORTFOLIO_COLUMN_OVERALL,
  ASR_PORTFOLIO_COLUMN_PREVIOUS,
  ASR_PORTFOLIO_COLUMN_STALE,
  ASR_PORTFOLIO_N_COLUMNS
} AsrPortfolioColumn;

#define ASR_TYPE_PORTFOLIO_ITEM (asr_portfolio_item_get_type ())
G_DECLARE_FINAL_TYPE (AsrPortfolioItem, asr_portfolio_item, ASR, PORTFOLIO_ITEM, GObject)

/* Takes @row, summarised from @file. */
AsrPortfolioItem      *asr_portfolio_item_new          (GFile            *file,
                                                        AsrPortfolioRow  *row);
GFile                 *asr_portfolio_item_get_file     (AsrPortfolioItem *self);
const AsrPortfolioRow *asr_portfolio_item_get_row      (AsrPortfolioItem *self);
const char            *asr_portfolio_column_title      (AsrPortfolioColumn column);
char                  *asr_portfolio_item_dup_text     (AsrPortfolioItem  *self,
                                                        AsrPortfolioColumn column);
/* For a tooltip: the whole text, with the Location ID or the error. */
char                  *asr_portfolio_item_dup_tooltip  (AsrPortfolioItem  *self,
                                                        AsrPortfolioColumn column);
int                    asr_portfolio_item_compare      (AsrPortfolioItem  *a,
                                                        AsrPortfolioItem  *b,
                                                        AsrPortfolioColumn column);
/* TRUE when every word of @casefolded_words (case-folded, space
 * separated) is in the service, location, provider, file or a rating. */
gboolean               asr_portfolio_item_matches      (AsrPortfolioItem  *self,
                                                        const char        *casefolded_words);

G_END_DECLS
