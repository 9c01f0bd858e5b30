/* asr-import-cqc-api.c: previous ratings from a location's JSON from
 * CQC's public API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read as a stream of tokens (AsrJsonReader), like an
 * assessment: only the few strings we use are kept, everything else is
 * skipped, so memory stays near the file's own size however large the
 * file (a tree of it took 28 times its size).  Each value's type is
 * checked where it is read; what needs a whole object (required members,
 * a rating and its date) when the object ends, with the object's path.
 * The overall rating is checked before the key questions' ratings, as a
 * reader of the document would; a syntax error anywhere wins over both.
 */
#define G_LOG_DOMAIN "asr-import-cqc"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io-private.h"
#include "asr-import-cqc.h"
#include "asr-text.h"

#define RATING_WORDS "Outstanding, Good, Requires improvement, Inadequate, " \
                     "Not rated or Insufficient evidence to rate"

/* What an object holding a rating said: NULL when a member is absent. */
typedef struct
{
  gboolean named;     /* a key question's, which has a name; not the overall */
  char    *name;
  char    *rating;
  char    *date;
  guint    position;  /* in keyQuestionRatings */
} Rated;

typedef struct
{
  AsrBaseline *baseline;
  char        *id, *name;      /* of the location */
  gboolean     has_current, has_overall, has_key_questions;
  Rated        overall;
  Rated        key_questions[ASR_BASELINE_OVERALL];   /* by key question */
  int          seen[ASR_BASELINE_OVERALL];            /* position, or -1 */
  guint        order[ASR_BASELINE_OVERALL];           /* key questions as found */
  guint        n_found;
} Import;

static void
rated_clear (Rated *rated)
{
  g_clear_pointer (&rated->name, g_free);
  g_clear_pointer (&rated->rating, g_free);
  g_clear_pointer (&rated->date, g_free);
}

/* A string value into @slot. */
static gboolean
capture_string (AsrLoad  *load,
                char    **slot)
{
  const char *value;

  if (!_asr_load_string (load, &value))
    return FALSE;
  *slot = g_strdup (value);
  return TRUE;
}

static gboolean
require (AsrLoad    *load,
         gboolean    present,
         const char *member)
{
  return present || _asr_load_fail (load, _("missing member “%s”"), member);
}

/* The rating of @rated into baseline slot @index, at its object's path. */
static gboolean
check_rating (AsrLoad     *load,
              const Rated *rated,
              guint        index,
              AsrBaseline *baseline)
{
  AsrRating rating;

  if (!require (load, rated->rating != NULL, "rating"))
    return FALSE;
  if (!asr_baseline_parse_rating (rated->rating, &rating))
    {
      g_autofree char *shown = asr_text_quote (rated->rating);
      g_autofree char *message =
        g_strdup_printf (_("unknown rating “%s” (expected %s)"), shown, RATING_WORDS);
      return _asr_load_fail_at (load, "rating", message);
    }
  if (rating == ASR_RATING_NONE)
    asr_baseline_note_not_rated (baseline, index, rated->rating);
  if (rating != ASR_RATING_NONE && !require (load, rated->date != NULL, "reportDate"))
    return FALSE;
  if (rated->date != NULL && !asr_date_is_valid (rated->date))
    {
      g_autofree char *shown = asr_text_quote (rated->date);
      g_autofree char *message =
        g_strdup_printf (_("expected a date as YYYY-MM-DD, got “%s”"), shown);
      return _asr_load_fail_at (load, "reportDate", message);
    }
  baseline->ratings[index] = rating;
  baseline->dates[index] = g_strdup (rated->date);
  return TRUE;
}

/* A member of an object holding a rating; others are skipped. */
static gboolean
rated_member (AsrLoad    *load,
              const char *name,
              gpointer    data)
{
  Rated *rated = data;

  if (rated->named && strcmp (name, "name") == 0)
    return capture_string (load, &rated->name);
  if (strcmp (name, "rating") == 0)
    return capture_string (load, &rated->rating);
  if (strcmp (name, "reportDate") == 0)
    return capture_string (load, &rated->date);
  return _asr_load_skip (load);
}

/* The name of one element of keyQuestionRatings, at its path; the element
 * is kept, by key question, for check_rating() once the overall rating
 * was checked. */
static gboolean
check_key_question (AsrLoad *load,
                    Import  *import,
                    Rated   *rated)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  int index;

  if (!require (load, rated->name != NULL, "name"))
    return FALSE;
  shown = asr_text_quote (rated->name);
  index = asr_baseline_index_for_name (rated->name);
  if (index < 0 || index == ASR_BASELINE_OVERALL)
    message = g_strdup_printf (_("unknown key question “%s” (expected Safe, Effective, "
                                 "Caring, Responsive or Well-led)"), shown);
  else if (import->seen[index] >= 0)
    message = g_strdup_printf (_("“%s” is given twice (first at index %d)"),
                               shown, import->seen[index]);
  if (message != NULL)
    return _asr_load_fail_at (load, "name", message);
  import->seen[index] = (int) rated->position;
  import->order[import->n_found++] = (guint) index;
  import->key_questions[index] = *rated;
  memset (rated, 0, sizeof *rated);
  return TRUE;
}

static gboolean
load_key_questions (AsrLoad *load,
                    Import  *import)
{
  if (load->token != ASR_JSON_TOKEN_BEGIN_ARRAY)
    return _asr_load_fail (load, _("expected an array, got %s"),
                           asr_walk_describe_token (load->token));
  for (guint i = 0; _asr_load_next (load); i++)
    {
      Rated rated = { .named = TRUE, .position = i };
      gboolean ok;
      gsize mark;

      if (load->token == ASR_JSON_TOKEN_END_ARRAY)
        return TRUE;
      mark = asr_walk_enter_index (&load->walk, i);
      ok = _asr_load_members (load, rated_member, &rated) &&
           check_key_question (load, import, &rated);
      rated_clear (&rated);
      if (!ok)
        return FALSE;
      asr_walk_leave (&load->walk, mark);
    }
  return FALSE;
}

static gboolean
overall_member (AsrLoad    *load,
                const char *name,
                gpointer    data)
{
  Import *import = data;

  if (strcmp (name, "keyQuestionRatings") != 0)
    return rated_member (load, name, &import->overall);
  import->has_key_questions = TRUE;
  return load_key_questions (load, import);
}

/* At the end of "overall": its rating, then each key question's. */
static gboolean
check_overall (AsrLoad *load,
               Import  *import)
{
  gsize mark;

  if (!check_rating (load, &import->overall, ASR_BASELINE_OVERALL, import->baseline) ||
      !require (load, import->has_key_questions, "keyQuestionRatings"))
    return FALSE;
  mark = asr_walk_enter (&load->walk, "keyQuestionRatings");
  for (guint i = 0; i < import->n_found; i++)
    {
      guint index = import->order[i];
      gsize element = asr_walk_enter_index (&load->walk, (guint) import->seen[index]);

      if (!check_rating (load, &import->key_questions[index], index, import->baseline))
        return FALSE;
      asr_walk_leave (&load->walk, element);
    }
  asr_walk_leave (&load->walk, mark);
  return TRUE;
}

static gboolean
current_member (AsrLoad    *load,
                const char *name,
                gpointer    data)
{
  Import *import = data;

  if (strcmp (name, "overall") != 0)
    return _asr_load_skip (load);
  import->has_overall = TRUE;
  return _asr_load_members (load, overall_member, import) && check_overall (load, import);
}

static gboolean
root_member (AsrLoad    *load,
             const char *name,
             gpointer    data)
{
  Import *import = data;

  if (strcmp (name, "locationId") == 0)
    return capture_string (load, &import->id);
  if (strcmp (name, "name") == 0)
    return capture_string (load, &import->name);
  if (strcmp (name, "currentRatings") != 0)
    return _asr_load_skip (load);
  import->has_current = TRUE;
  return _asr_load_members (load, current_member, import) &&
         require (load, import->has_overall, "overall");
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

static void
import_clear (Import *import)
{
  g_free (import->id);
  g_free (import->name);
  rated_clear (&import->overall);
  for (guint i = 0; i < G_N_ELEMENTS (import->key_questions); i++)
    rated_clear (&import->key_questions[i]);
}

AsrBaseline *
asr_import_cqc_api (GBytes      *bytes,
                    const char  *filename,
                    GError     **error)
{
  g_autoptr(AsrBaseline) baseline = asr_baseline_new ();
  Import import = { baseline, .seen = { -1, -1, -1, -1, -1 } };
  AsrLoad load = { 0 };
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  ok = _asr_load_start (&load, bytes, filename) &&
       _asr_load_members (&load, root_member, &import) &&
       require (&load, import.has_current, "currentRatings") &&
       _asr_load_next (&load);
  if (ok)
    {
      asr_baseline_finish_dates (baseline);
      baseline->source = describe_location (import.id, import.name, baseline->date);
    }
  import_clear (&import);
  if (!_asr_load_end (&load, ok, error))
    return NULL;
  return g_steal_pointer (&baseline);
}
