/* asr-import-cqc-csv.c: previous ratings from CQC's "Latest ratings"
 * sheet saved as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet is checked as CSV and for its columns when it is read; a
 * location's rows are checked when that location is chosen, so a problem
 * in another location's rows does not stop an import.
 */
#define G_LOG_DOMAIN "asr-import-cqc"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-csv.h"
#include "asr-error.h"
#include "asr-import-cqc.h"
#include "asr-text.h"

enum { COL_ID, COL_NAME, COL_GROUP, COL_DOMAIN, COL_RATING, COL_DATE, N_COLS };

static const char * const column_names[N_COLS] = {
  ASR_CQC_COLUMN_LOCATION_ID, ASR_CQC_COLUMN_LOCATION_NAME, ASR_CQC_COLUMN_GROUP,
  ASR_CQC_COLUMN_DOMAIN, ASR_CQC_COLUMN_RATING, ASR_CQC_COLUMN_DATE,
};

typedef struct
{
  const char *id;      /* owned by the CSV */
  const char *name;
  GArray     *rows;    /* of guint: its records */
} Location;

struct _AsrCqcRatings
{
  AsrCsv     *csv;
  int         columns[N_COLS];
  GArray     *locations;   /* of Location */
  GHashTable *by_id;       /* id → index + 1 */
};

static void
location_clear (gpointer data)
{
  Location *location = data;

  g_clear_pointer (&location->rows, g_array_unref);
}

void
asr_cqc_ratings_free (AsrCqcRatings *ratings)
{
  if (ratings == NULL)
    return;
  g_clear_pointer (&ratings->by_id, g_hash_table_unref);
  g_clear_pointer (&ratings->locations, g_array_unref);
  g_clear_pointer (&ratings->csv, asr_csv_free);
  g_free (ratings);
}

static gboolean
find_columns (AsrCqcRatings  *ratings,
              GError        **error)
{
  for (guint i = 0; i < N_COLS; i++)
    {
      ratings->columns[i] = asr_csv_column (ratings->csv, column_names[i]);
      if (ratings->columns[i] < 0)
        {
          g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                       _("%s:1: no column “%s”; a CQC Latest ratings sheet has the columns "
                         "Location ID, Location Name, Service / Population Group, Domain, "
                         "Latest Rating and Publication Date"),
                       ratings->csv->filename, column_names[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static const char *
field (AsrCqcRatings *ratings,
       guint          row,
       guint          column)
{
  char **record = g_ptr_array_index (ratings->csv->records, row);

  return record[ratings->columns[column]];
}

static guint
line_of (AsrCqcRatings *ratings,
         guint          row)
{
  return g_array_index (ratings->csv->lines, guint, row);
}

static gboolean
index_locations (AsrCqcRatings  *ratings,
                 GError        **error)
{
  for (guint row = 0; row < ratings->csv->records->len; row++)
    {
      const char *id = field (ratings, row, COL_ID);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (ratings->by_id, id));

      if (*id == '\0')
        {
          g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID, _("%s:%u: column “%s”: empty"),
                       ratings->csv->filename, line_of (ratings, row), ASR_CQC_COLUMN_LOCATION_ID);
          return FALSE;
        }
      if (index == 0)
        {
          Location location = { id, field (ratings, row, COL_NAME), g_array_new (FALSE, FALSE, sizeof (guint)) };

          g_array_append_val (ratings->locations, location);
          index = ratings->locations->len;
          g_hash_table_insert (ratings->by_id, (gpointer) id, GUINT_TO_POINTER (index));
        }
      g_array_append_val (g_array_index (ratings->locations, Location, index - 1).rows, row);
    }
  return TRUE;
}

AsrCqcRatings *
asr_cqc_ratings_parse (GBytes      *bytes,
                       const char  *filename,
                       GError     **error)
{
  g_autoptr(AsrCqcRatings) ratings = g_new0 (AsrCqcRatings, 1);
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  ratings->csv = asr_csv_parse (data ? data : "", length, filename, error);
  if (ratings->csv == NULL)
    return NULL;
  ratings->locations = g_array_new (FALSE, FALSE, sizeof (Location));
  g_array_set_clear_func (ratings->locations, location_clear);
  ratings->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  if (!find_columns (ratings, error) || !index_locations (ratings, error))
    return NULL;
  return g_steal_pointer (&ratings);
}

guint
asr_cqc_ratings_get_n_locations (AsrCqcRatings *ratings)
{
  g_return_val_if_fail (ratings != NULL, 0);

  return ratings->locations->len;
}

const char *
asr_cqc_ratings_get_location_id (AsrCqcRatings *ratings,
                                 guint          index)
{
  g_return_val_if_fail (ratings != NULL, NULL);
  g_return_val_if_fail (index < ratings->locations->len, NULL);

  return g_array_index (ratings->locations, Location, index).id;
}

const char *
asr_cqc_ratings_get_location_name (AsrCqcRatings *ratings,
                                   guint          index)
{
  g_return_val_if_fail (ratings != NULL, NULL);
  g_return_val_if_fail (index < ratings->locations->len, NULL);

  return g_array_index (ratings->locations, Location, index).name;
}

static gboolean G_GNUC_PRINTF (5, 6)
fail_row (AsrCqcRatings  *ratings,
          guint           row,
          guint           column,
          GError        **error,
          const char     *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: "latest.csv:12: column “Domain”: unknown domain …" */
  g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID, _("%s:%u: column “%s”: %s"),
               ratings->csv->filename, line_of (ratings, row), column_names[column], message);
  return FALSE;
}

/* dd/mm/yyyy → YYYY-MM-DD, for a date that exists. */
static char *
parse_date (const char *text)
{
  guint day, month, year;

  if (strlen (text) != 10 || text[2] != '/' || text[5] != '/')
    return NULL;
  for (guint i = 0; i < 10; i++)
    if (i != 2 && i != 5 && !g_ascii_isdigit (text[i]))
      return NULL;
  day = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 3, NULL, 10);
  year = (guint) g_ascii_strtoull (text + 6, NULL, 10);
  if (year < 1000 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static gboolean
read_row (AsrCqcRatings  *ratings,
          guint           row,
          guint          *first_row,
          AsrBaseline    *baseline,
          GError        **error)
{
  const char *domain = field (ratings, row, COL_DOMAIN);
  const char *word = field (ratings, row, COL_RATING);
  const char *date = field (ratings, row, COL_DATE);
  int index = asr_baseline_index_for_name (domain);
  AsrRating rating;

  if (index < 0)
    {
      g_autofree char *shown = asr_text_quote (domain);

      return fail_row (ratings, row, COL_DOMAIN, error,
                       _("unknown domain “%s” (expected Safe, Effective, Caring, Responsive, "
                         "Well-led or Overall)"), shown);
    }
  if (first_row[index] != G_MAXUINT)
    return fail_row (ratings, row, COL_DOMAIN, error,
                     _("a second “%s” row for location %s (the first is on line %u)"),
                     domain, field (ratings, row, COL_ID), line_of (ratings, first_row[index]));
  first_row[index] = row;
  if (!asr_baseline_parse_rating (word, &rating))
    {
      g_autofree char *shown = asr_text_quote (word);

      return fail_row (ratings, row, COL_RATING, error,
                       _("unknown rating “%s” (expected Outstanding, Good, Requires improvement, "
                         "Inadequate, Not rated or Insufficient evidence to rate)"), shown);
    }
  if (rating == ASR_RATING_NONE)
    asr_baseline_note_not_rated (baseline, (guint) index, word);
  if (*date == '\0' && rating != ASR_RATING_NONE)
    return fail_row (ratings, row, COL_DATE, error, _("missing date (expected dd/mm/yyyy)"));
  if (*date != '\0' && (baseline->dates[index] = parse_date (date)) == NULL)
    {
      g_autofree char *shown = asr_text_quote (date);

      return fail_row (ratings, row, COL_DATE, error,
                       _("“%s” is not a date as dd/mm/yyyy"), shown);
    }
  baseline->ratings[index] = rating;
  return TRUE;
}

static char *
describe_sheet (AsrCqcRatings *ratings,
                const Location *location,
                const char     *date)
{
  g_autofree char *basename = g_path_get_basename (ratings->csv->filename);

  if (date == NULL)
    /* Translators: "CQC Latest ratings “latest.csv”, location 1-101 (Larchfield House)" */
    return g_strdup_printf (_("CQC Latest ratings “%s”, location %s (%s)"),
                            basename, location->id, location->name);
  /* Translators: "CQC Latest ratings “latest.csv”, location 1-101 (Larchfield House),
   * published 2024-05-01" */
  return g_strdup_printf (_("CQC Latest ratings “%s”, location %s (%s), published %s"),
                          basename, location->id, location->name, date);
}

AsrBaseline *
asr_cqc_ratings_get_baseline (AsrCqcRatings  *ratings,
                              const char     *location_id,
                              GError        **error)
{
  g_autoptr(AsrBaseline) baseline = asr_baseline_new ();
  guint first_row[ASR_BASELINE_N];
  guint index, n_overall = 0;
  const Location *location;

  g_return_val_if_fail (ratings != NULL, NULL);
  g_return_val_if_fail (location_id != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (ratings->by_id, location_id));
  if (index == 0)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID, _("%s: no location “%s” in the sheet"),
                   ratings->csv->filename, location_id);
      return NULL;
    }
  location = &g_array_index (ratings->locations, Location, index - 1);
  for (guint i = 0; i < ASR_BASELINE_N; i++)
    first_row[i] = G_MAXUINT;
  for (guint i = 0; i < location->rows->len; i++)
    {
      guint row = g_array_index (location->rows, guint, i);

      if (!g_str_equal (field (ratings, row, COL_GROUP), "Overall"))
        continue;
      n_overall++;
      if (!read_row (ratings, row, first_row, baseline, error))
        return NULL;
    }
  if (n_overall == 0)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                   _("%s: location %s has no rows whose “%s” is “Overall”"),
                   ratings->csv->filename, location_id, ASR_CQC_COLUMN_GROUP);
      return NULL;
    }
  asr_baseline_finish_dates (baseline);
  baseline->source = describe_sheet (ratings, location, baseline->date);
  return g_steal_pointer (&baseline);
}
