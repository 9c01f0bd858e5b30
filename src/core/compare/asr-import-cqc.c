/* asr-import-cqc.c: previous ratings from a location's JSON from CQC's
 * public API, and the choice between the kinds of previous-ratings file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Latest ratings sheet is read in asr-import-cqc-csv.c.
 */
#define G_LOG_DOMAIN "asr-import-cqc"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io.h"
#include "asr-error.h"
#include "asr-import-cqc.h"
#include "asr-import-report.h"
#include "asr-json-reader.h"
#include "asr-json-walk.h"
#include "asr-text.h"

#define RATING_WORDS "Outstanding, Good, Requires improvement, Inadequate, " \
                     "Not rated or Insufficient evidence to rate"

/* An optional (or required) string member, checked at its own path. */
static gboolean
walk_member_string (AsrWalk     *walk,
                    JsonObject  *object,
                    const char  *member,
                    gboolean     required,
                    gboolean     is_date,
                    const char **out,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gboolean ok;
  gsize mark;

  *out = NULL;
  if (node == NULL)
    return !required || asr_walk_require (walk, object, member, &node, error);
  mark = asr_walk_enter (walk, member);
  ok = is_date ? asr_walk_date (walk, node, out, error) : asr_walk_string (walk, node, out, error);
  if (ok)
    asr_walk_leave (walk, mark);
  return ok;
}

/* "rating" of @object into baseline slot @index. */
static gboolean
walk_rating (AsrWalk      *walk,
             JsonObject   *object,
             guint         index,
             AsrBaseline  *baseline,
             GError      **error)
{
  const char *word, *date;
  AsrRating rating;
  gsize mark;

  if (!walk_member_string (walk, object, "rating", TRUE, FALSE, &word, error))
    return FALSE;
  mark = asr_walk_enter (walk, "rating");
  if (!asr_baseline_parse_rating (word, &rating))
    {
      g_autofree char *shown = asr_text_quote (word);

      return asr_walk_fail (walk, error, _("unknown rating “%s” (expected %s)"), shown, RATING_WORDS);
    }
  asr_walk_leave (walk, mark);
  if (rating == ASR_RATING_NONE)
    asr_baseline_note_not_rated (baseline, index, word);
  if (!walk_member_string (walk, object, "reportDate", rating != ASR_RATING_NONE, TRUE, &date, error))
    return FALSE;
  baseline->ratings[index] = rating;
  baseline->dates[index] = g_strdup (date);
  return TRUE;
}

static gboolean
walk_key_question (AsrWalk      *walk,
                   JsonNode     *node,
                   guint         position,
                   int          *seen,
                   AsrBaseline  *baseline,
                   GError      **error)
{
  gsize mark = asr_walk_enter_index (walk, position);
  JsonObject *object;
  const char *name;
  gsize name_mark;
  int index;

  if (!asr_walk_object (walk, node, &object, error) ||
      !walk_member_string (walk, object, "name", TRUE, FALSE, &name, error))
    return FALSE;
  index = asr_baseline_index_for_name (name);
  name_mark = asr_walk_enter (walk, "name");
  if (index < 0 || index == ASR_BASELINE_OVERALL)
    {
      g_autofree char *shown = asr_text_quote (name);

      return asr_walk_fail (walk, error,
                            _("unknown key question “%s” (expected Safe, Effective, Caring, "
                              "Responsive or Well-led)"), shown);
    }
  if (seen[index] >= 0)
    return asr_walk_fail (walk, error, _("“%s” is given twice (first at index %d)"),
                          name, seen[index]);
  seen[index] = (int) position;
  asr_walk_leave (walk, name_mark);
  if (!walk_rating (walk, object, (guint) index, baseline, error))
    return FALSE;
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
walk_overall (AsrWalk      *walk,
              JsonObject   *overall,
              AsrBaseline  *baseline,
              GError      **error)
{
  int seen[ASR_BASELINE_N] = { -1, -1, -1, -1, -1, -1 };
  JsonNode *node;
  JsonArray *array;
  gsize mark;

  if (!walk_rating (walk, overall, ASR_BASELINE_OVERALL, baseline, error) ||
      !asr_walk_require (walk, overall, "keyQuestionRatings", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "keyQuestionRatings");
  if (!asr_walk_array (walk, node, &array, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!walk_key_question (walk, json_array_get_element (array, i), i, seen, baseline, error))
      return FALSE;
  asr_walk_leave (walk, mark);
  return TRUE;
}

static char *
describe_location (const char *id,
                   const char *name,
                   const char *date)
{
  g_autofree char *location = NULL;

  if (id != NULL && name != NULL)
    location = g_strdup_printf ("%s (%s)", id, name);
  else
    location = g_strdup (id ? id : name ? name : _("without an ID"));
  if (date == NULL)
    /* Translators: "CQC API location 1-123456789 (Larchfield House)" */
    return g_strdup_printf (_("CQC API location %s"), location);
  /* Translators: "CQC API location 1-123456789 (Larchfield House), report 2024-05-01" */
  return g_strdup_printf (_("CQC API location %s, report %s"), location, date);
}

static gboolean
walk_location (AsrWalk      *walk,
               JsonNode     *root,
               AsrBaseline  *baseline,
               GError      **error)
{
  JsonObject *object, *current, *overall;
  const char *id, *name;
  JsonNode *node;
  gsize mark;

  if (!asr_walk_object (walk, root, &object, error) ||
      !walk_member_string (walk, object, "locationId", FALSE, FALSE, &id, error) ||
      !walk_member_string (walk, object, "name", FALSE, FALSE, &name, error) ||
      !asr_walk_require (walk, object, "currentRatings", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "currentRatings");
  if (!asr_walk_object (walk, node, &current, error) ||
      !asr_walk_require (walk, current, "overall", &node, error))
    return FALSE;
  asr_walk_enter (walk, "overall");
  if (!asr_walk_object (walk, node, &overall, error) ||
      !walk_overall (walk, overall, baseline, error))
    return FALSE;
  asr_walk_leave (walk, mark);

  asr_baseline_finish_dates (baseline);
  baseline->source = describe_location (id, name, baseline->date);
  return TRUE;
}

AsrBaseline *
asr_import_cqc_api (GBytes      *bytes,
                    const char  *filename,
                    GError     **error)
{
  g_autoptr(AsrBaseline) baseline = asr_baseline_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  AsrWalk walk;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  root = asr_json_parse (data ? data : "", length, filename, NULL, error);
  if (root == NULL)
    return NULL;
  asr_walk_init (&walk, filename);
  ok = walk_location (&walk, root, baseline, error);
  asr_walk_clear (&walk);
  return ok ? g_steal_pointer (&baseline) : NULL;
}

gboolean
asr_import_is_csv_name (const char *filename)
{
  gsize length;

  g_return_val_if_fail (filename != NULL, FALSE);

  length = strlen (filename);
  return length >= 4 && g_ascii_strcasecmp (filename + length - 4, ".csv") == 0;
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
