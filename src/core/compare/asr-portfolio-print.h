/* asr-portfolio-print.h: a portfolio as text, JSON or CSV, printed
 * row by row (the command line's --portfolio and the window's export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-json-writer.h"
#include "asr-portfolio.h"

G_BEGIN_DECLS

typedef enum
{
  ASR_PORTFOLIO_TEXT,
  ASR_PORTFOLIO_JSON,
  ASR_PORTFOLIO_CSV,
} AsrPortfolioFormat;

/* Receives the text as it is printed, a piece at a time. */
typedef void (*AsrPortfolioSink) (const char *text,
                                  gpointer    data);

typedef struct
{
  AsrPortfolioFormat format;
  AsrPortfolioSink   sink;
  gpointer           sink_data;
  GString           *out;
  AsrJsonWriter      writer;
  guint              n_failed;
} AsrPortfolioPrinter;

void     asr_portfolio_printer_begin (AsrPortfolioPrinter   *printer,
                                      AsrPortfolioFormat     format,
                                      AsrPortfolioSink       sink,
                                      gpointer               sink_data);
/* A problem not tied to one file (a folder that cannot be listed). */
void     asr_portfolio_printer_error (AsrPortfolioPrinter   *printer,
                                      const char            *message);
void     asr_portfolio_printer_row   (AsrPortfolioPrinter   *printer,
                                      const AsrPortfolioRow *row);
/* Prints the aggregated levels and frees the printer; TRUE when some file
 * or folder could not be read. */
gboolean asr_portfolio_printer_end   (AsrPortfolioPrinter   *printer,
                                      AsrPortfolio          *portfolio);

G_END_DECLS
