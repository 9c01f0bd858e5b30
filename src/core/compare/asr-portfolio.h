/* asr-portfolio.h: many assessments of one provider, summarised and
 * aggregated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files are added one at a time: each is loaded, summarised into a row and
 * released before the next, so memory does not grow with the documents.
 * Then the ratings are aggregated by the rule of asr-aggregate.h, level by
 * level (../shared/domain/cqc-saf.md §8): each key question of a location
 * from its services (core services) → each key question of the provider
 * from its locations → an overall from the five key questions at each
 * level.  The provider's Well-led comes from a provider-level (trust-wide)
 * assessment when there is one, never from aggregation.  Services without
 * a Location ID are grouped by location name.
 */
#pragma once

#include <gio/gio.h>

#include "asr-aggregate.h"
#include "asr-assessment.h"

G_BEGIN_DECLS

#define ASR_PORTFOLIO_N_KQ 5   /* safe … well-led, in CQC order */

typedef struct
{
  char        *file;
  char        *error;          /* the file could not be read: nothing else is set */
  char        *provider;
  char        *location;
  char        *location_id;
  char        *core_service;
  char        *service_name;
  char        *date;           /* the assessment's YYYY-MM-DD, its ratings' date; NULL when none */
  AsrLevel     level;
  AsrRating    ratings[ASR_PORTFOLIO_N_KQ];
  int          percentages[ASR_PORTFOLIO_N_KQ];   /* -1 when none */
  guint        n_scored;       /* progress: statements that count … */
  guint        n_in_scope;     /* … of those in scope */
  AsrRating    overall;
  AsrRating    previous_overall;
  AsrDirection direction;
  guint        n_stale;        /* carried-forward scores older than 2 years */
} AsrPortfolioRow;

/* An aggregated level: a location, or the provider. */
typedef struct
{
  char         *id;            /* Location ID (may be empty), or NULL for the provider */
  char         *name;
  AsrAggregate  key_questions[ASR_PORTFOLIO_N_KQ];
  char         *explanations[ASR_PORTFOLIO_N_KQ];
  AsrAggregate  overall;
  char         *overall_explanation;
} AsrPortfolioLevel;

typedef struct _AsrPortfolio AsrPortfolio;

AsrPortfolio          *asr_portfolio_new            (void);
void                   asr_portfolio_free           (AsrPortfolio *self);

/* Loads and summarises @file; the row is valid until the next call.  A
 * file that cannot be read gives a row with its error, and counts for
 * nothing else. */
const AsrPortfolioRow *asr_portfolio_add_file       (AsrPortfolio *self,
                                                     GFile        *file);

/* The same in two steps, for a caller that keeps its rows (the window's
 * portfolio, which re-reads only a file that changed): a new row for
 * @file (safe on any thread: it touches no portfolio), then its share of
 * the aggregation.  A row with an error counts for nothing. */
AsrPortfolioRow       *asr_portfolio_row_new_for_file (GFile       *file);
void                   asr_portfolio_row_free       (AsrPortfolioRow *row);
void                   asr_portfolio_add_row        (AsrPortfolio          *self,
                                                     const AsrPortfolioRow *row);

/* Adds the *.assessment files under @dir to @paths (file names), by name,
 * sub-folders searched in turn where they sort; a folder that cannot be
 * listed adds its error to @errors. */
void                   asr_portfolio_list_folder    (GFile     *dir,
                                                     GPtrArray *paths,
                                                     GPtrArray *errors);

/* Aggregates what was added; after it, the levels below are valid. */
void                   asr_portfolio_finish         (AsrPortfolio *self);
guint                  asr_portfolio_get_n_locations (AsrPortfolio *self);
const AsrPortfolioLevel *asr_portfolio_get_location (AsrPortfolio *self,
                                                     guint         index);
const AsrPortfolioLevel *asr_portfolio_get_provider (AsrPortfolio *self);
/* What the reader should know (providers that differ, several
 * provider-level assessments), one sentence each. */
GPtrArray             *asr_portfolio_get_notices    (AsrPortfolio *self);

/* How a rating's date is shown: "14 October 2026", or "no date" for
 * NULL or "". */
char                  *asr_portfolio_format_date    (const char *iso_date);

/* "safe" … "well-led" for 0 … 4. */
const char            *asr_portfolio_key_question_id (guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrPortfolio, asr_portfolio_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrPortfolioRow, asr_portfolio_row_free)

G_END_DECLS
