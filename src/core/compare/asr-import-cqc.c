/* asr-import-cqc.c: the choice between the kinds of previous-ratings file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A location's JSON from CQC's API is read in asr-import-cqc-api.c, the
 * Latest ratings sheet in asr-import-cqc-csv.c.
 */
#define G_LOG_DOMAIN "asr-import-cqc"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io.h"
#include "asr-csv.h"
#include "asr-error.h"
#include "asr-import-cqc.h"
#include "asr-import-report.h"
#include "asr-json-reader.h"

gboolean
asr_import_is_csv_name (const char *filename)
{
  gsize length;

  g_return_val_if_fail (filename != NULL, FALSE);

  length = strlen (filename);
  return length >= 4 && g_ascii_strcasecmp (filename + length - 4, ".csv") == 0;
}

gsize
asr_import_max_size (const char *filename)
{
  g_return_val_if_fail (filename != NULL, 0);

  return asr_import_is_csv_name (filename) ? ASR_CSV_MAX_SIZE : ASR_JSON_DEFAULT_MAX_SIZE;
}

/* An Assessor file says so in "format"; anything else in JSON is taken
 * for a CQC API location, whose reader then names what is missing. */
static gboolean
is_assessor_file (GBytes *bytes)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *limit = data ? data + MIN (length, 4096) : NULL;

  return data != NULL && g_strstr_len (data, limit - data, "\"" ASR_ASSESSMENT_FORMAT "\"") != NULL;
}

static AsrBaseline *
import_sheet (GBytes      *bytes,
              const char  *filename,
              const char  *location_id,
              GError     **error)
{
  g_autoptr(AsrCqcRatings) ratings = asr_cqc_ratings_parse (bytes, filename, error);

  if (ratings == NULL)
    return NULL;
  if (location_id == NULL)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                   _("%s: the sheet holds %u locations; choose one by its Location ID"),
                   filename, asr_cqc_ratings_get_n_locations (ratings));
      return NULL;
    }
  return asr_cqc_ratings_get_baseline (ratings, location_id, error);
}

AsrBaseline *
asr_import_previous (GBytes          *bytes,
                     const char      *filename,
                     const char      *location_id,
                     AsrPreviousKind *kind,
                     AsrAssessment  **previous,
                     GError         **error)
{
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autofree char *basename = NULL;
  AsrPreviousKind found;
  AsrBaseline *baseline;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  if (asr_import_is_csv_name (filename))
    found = ASR_PREVIOUS_CQC_CSV;
  else if (asr_report_looks_like (bytes))
    found = ASR_PREVIOUS_CQC_REPORT;
  else
    found = is_assessor_file (bytes) ? ASR_PREVIOUS_ASSESSMENT : ASR_PREVIOUS_CQC_API;
  if (kind != NULL)
    *kind = found;

  if (found == ASR_PREVIOUS_CQC_CSV)
    return import_sheet (bytes, filename, location_id, error);
  if (found == ASR_PREVIOUS_CQC_API)
    return asr_import_cqc_api (bytes, filename, error);
  if (found == ASR_PREVIOUS_CQC_REPORT)
    return asr_report_import_baseline (bytes, filename, previous, error);

  assessment = asr_assessment_load_from_bytes (bytes, filename, error);
  if (assessment == NULL)
    return NULL;
  basename = g_path_get_basename (filename);
  baseline = asr_baseline_new_from_assessment (assessment, basename);
  if (previous != NULL)
    *previous = g_steal_pointer (&assessment);
  return baseline;
}
