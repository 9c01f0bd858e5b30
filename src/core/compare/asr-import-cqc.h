/* asr-import-cqc.h: previous ratings from CQC's open data, or from a
 * previous Assessor file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Users download CQC's data themselves (Assessor never goes online):
 *  - a location's JSON from CQC's public API: currentRatings.overall.rating
 *    and .reportDate, and .keyQuestionRatings[] with name, rating and
 *    reportDate, matched by name, never by position;
 *  - the "Latest ratings" sheet saved as CSV: one row per location ×
 *    service or population group × domain; the rows whose "Service /
 *    Population Group" is "Overall" are the location's own ratings.
 * "Not rated" and "Insufficient evidence to rate" are not ratings: they
 * leave no previous rating and add a notice that says so.  Every error
 * names the file and the place (line:col, line and column name, or a JSON
 * Pointer path), and nothing is changed.
 */
#pragma once

#include <gio/gio.h>

#include "asr-baseline.h"

G_BEGIN_DECLS

/* The columns a Latest ratings sheet must have (others are ignored). */
#define ASR_CQC_COLUMN_LOCATION_ID   "Location ID"
#define ASR_CQC_COLUMN_LOCATION_NAME "Location Name"
#define ASR_CQC_COLUMN_GROUP         "Service / Population Group"
#define ASR_CQC_COLUMN_DOMAIN        "Domain"
#define ASR_CQC_COLUMN_RATING        "Latest Rating"
#define ASR_CQC_COLUMN_DATE          "Publication Date"

AsrBaseline *asr_import_cqc_api (GBytes      *bytes,
                                 const char  *filename,
                                 GError     **error);

typedef struct _AsrCqcRatings AsrCqcRatings;

/* Reads a whole Latest ratings sheet (strict CSV, the required columns,
 * a location ID on every row). */
AsrCqcRatings *asr_cqc_ratings_parse             (GBytes        *bytes,
                                                  const char    *filename,
                                                  GError       **error);
void           asr_cqc_ratings_free              (AsrCqcRatings *ratings);
/* The locations, each once, in the order of the sheet. */
guint          asr_cqc_ratings_get_n_locations   (AsrCqcRatings *ratings);
const char    *asr_cqc_ratings_get_location_id   (AsrCqcRatings *ratings,
                                                  guint          index);
const char    *asr_cqc_ratings_get_location_name (AsrCqcRatings *ratings,
                                                  guint          index);
/* The "Overall" rows of one location, checked: known domains, each once,
 * known rating words, dates as dd/mm/yyyy. */
AsrBaseline   *asr_cqc_ratings_get_baseline      (AsrCqcRatings *ratings,
                                                  const char    *location_id,
                                                  GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrCqcRatings, asr_cqc_ratings_free)

/* What a previous-ratings file is, by its name and its first member. */
typedef enum
{
  ASR_PREVIOUS_ASSESSMENT,   /* an Assessor file: statement-level too */
  ASR_PREVIOUS_CQC_API,      /* a location's JSON from CQC's API */
  ASR_PREVIOUS_CQC_CSV,      /* a Latest ratings sheet: needs a location */
  ASR_PREVIOUS_CQC_REPORT,   /* the text of a published report: statement-level too */
} AsrPreviousKind;

/* A name ending in ".csv" (any case) is a sheet. */
gboolean     asr_import_is_csv_name     (const char      *filename);
/* The most bytes a previous-ratings file of that name may have: the cap
 * to read it with (asr_read_file_bounded). */
gsize        asr_import_max_size        (const char      *filename);

/* Reads any kind of previous-ratings file.  @location_id is needed for a
 * sheet.  When the file is an Assessor assessment or a published report's
 * text, *previous (if not NULL) receives it for the statement-level
 * comparison. */
AsrBaseline *asr_import_previous        (GBytes          *bytes,
                                         const char      *filename,
                                         const char      *location_id,
                                         AsrPreviousKind *kind,
                                         AsrAssessment  **previous,
                                         GError         **error);

G_END_DECLS
