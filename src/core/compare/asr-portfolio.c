/* asr-portfolio.c: many assessments summarised, then aggregated by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-portfolio"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-assessment-io.h"
#include "asr-comparison.h"
#include "asr-framework-registry.h"
#include "asr-portfolio.h"
#include "asr-rules.h"

/* Explanations name at most this many ratings, then count the rest. */
#define MAX_NAMED 12

static const char * const kq_ids[ASR_PORTFOLIO_N_KQ] = {
  "safe", "effective", "caring", "responsive", "well-led"
};

/* The dates some ratings are from: the earliest and latest (ISO), and
 * whether some had none. */
typedef struct
{
  char     *earliest;
  char     *latest;
  gboolean  undated;
} Span;

/* The ratings under one aggregated key question, as counts and names
 * (each with its date), and the span of their dates. */
typedef struct
{
  guint    counts[ASR_RATING_OUTSTANDING + 1];
  GString *named;
  guint    n_named;
  Span     span;
} Under;

typedef struct
{
  char  *key;
  char  *id;
  char  *name;
  Under  under[ASR_PORTFOLIO_N_KQ];
} Location;

struct _AsrPortfolio
{
  AsrFramework      *framework;
  AsrPortfolioRow    row;
  GHashTable        *by_key;      /* location key → Location (owned by @locations) */
  GPtrArray         *locations;   /* of Location, in the order first seen */
  AsrPortfolioLevel *levels;      /* after finish, one per location */
  AsrPortfolioLevel  provider;
  AsrRating          provider_well_led;
  char              *provider_well_led_file;
  char              *provider_well_led_date;
  Under              provider_under[ASR_PORTFOLIO_N_KQ];
  GPtrArray         *notices;
};

const char *
asr_portfolio_key_question_id (guint index)
{
  g_return_val_if_fail (index < ASR_PORTFOLIO_N_KQ, NULL);
  return kq_ids[index];
}

char *
asr_portfolio_format_date (const char *iso_date)
{
  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup (_("no date"));
  return asr_format_date (iso_date);
}

static void
span_add_date (Span       *span,
               const char *iso_date)
{
  if (iso_date == NULL || *iso_date == '\0')
    {
      span->undated = TRUE;
      return;
    }
  if (span->earliest == NULL || strcmp (iso_date, span->earliest) < 0)
    {
      g_free (span->earliest);
      span->earliest = g_strdup (iso_date);
    }
  if (span->latest == NULL || strcmp (iso_date, span->latest) > 0)
    {
      g_free (span->latest);
      span->latest = g_strdup (iso_date);
    }
}

static void
span_merge (Span       *span,
            const Span *other)
{
  if (other->earliest != NULL)
    {
      span_add_date (span, other->earliest);
      span_add_date (span, other->latest);
    }
  span->undated |= other->undated;
}

static void
span_clear (Span *span)
{
  g_clear_pointer (&span->earliest, g_free);
  g_clear_pointer (&span->latest, g_free);
  span->undated = FALSE;
}

/* "14 October 2026", "2 March 2024 – 14 October 2026", "no date", or
 * "2 March 2024, and no date" when some had none. */
static char *
span_describe (const Span *span)
{
  g_autofree char *earliest = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *dates = NULL;

  if (span->earliest == NULL)
    return asr_portfolio_format_date (NULL);
  earliest = asr_portfolio_format_date (span->earliest);
  latest = asr_portfolio_format_date (span->latest);
  dates = strcmp (span->earliest, span->latest) == 0 ? g_strdup (earliest)
          /* Translators: a span of dates, "2 March 2024 – 14 October 2026" */
          : g_strdup_printf (_("%s – %s"), earliest, latest);
  if (!span->undated)
    return g_steal_pointer (&dates);
  /* Translators: "2 March 2024, and no date": some ratings have no date */
  return g_strdup_printf (_("%s, and no date"), dates);
}

/* Adds @rating, named "@name Rating (its dates)". */
static void
under_add (Under      *under,
           AsrRating   rating,
           const char *name,
           const Span *span)
{
  if (rating == ASR_RATING_NONE)
    return;
  under->counts[rating]++;
  span_merge (&under->span, span);
  if (under->named == NULL)
    under->named = g_string_new (NULL);
  if (under->n_named++ < MAX_NAMED)
    {
      g_autofree char *dates = span_describe (span);

      g_string_append_printf (under->named, "%s%s %s (%s)", under->named->len ? ", " : "",
                              name, asr_rating_to_label (rating), dates);
    }
}

static void
under_clear (Under *under)
{
  if (under->named != NULL)
    g_string_free (under->named, TRUE);
  span_clear (&under->span);
  memset (under, 0, sizeof *under);
}

static char *
under_describe (const Under *under)
{
  guint n = 0;

  for (AsrRating r = ASR_RATING_INADEQUATE; r <= ASR_RATING_OUTSTANDING; r++)
    n += under->counts[r];
  if (n <= MAX_NAMED)
    return g_strdup (under->named ? under->named->str : "");
  /* Translators: "A Good, B Good, … and 40 more" */
  return g_strdup_printf (_("%s and %u more"), under->named->str, n - MAX_NAMED);
}

static void
location_free (gpointer data)
{
  Location *location = data;

  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    under_clear (&location->under[k]);
  g_free (location->key);
  g_free (location->id);
  g_free (location->name);
  g_free (location);
}

static void
row_clear (AsrPortfolioRow *row)
{
  g_free (row->file);
  g_free (row->error);
  g_free (row->provider);
  g_free (row->location);
  g_free (row->location_id);
  g_free (row->core_service);
  g_free (row->service_name);
  g_free (row->date);
  memset (row, 0, sizeof *row);
}

static void
level_clear (AsrPortfolioLevel *level)
{
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    g_free (level->explanations[k]);
  g_free (level->overall_explanation);
  g_free (level->id);
  g_free (level->name);
  memset (level, 0, sizeof *level);
}

AsrPortfolio *
asr_portfolio_new (void)
{
  AsrPortfolio *self = g_new0 (AsrPortfolio, 1);

  /* The rule's X is the current framework's; older frameworks share it. */
  self->framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_assert (self->framework != NULL);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->locations = g_ptr_array_new_with_free_func (location_free);
  self->notices = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
asr_portfolio_free (AsrPortfolio *self)
{
  if (self == NULL)
    return;
  row_clear (&self->row);
  for (guint i = 0; self->levels != NULL && i < self->locations->len; i++)
    level_clear (&self->levels[i]);
  g_free (self->levels);
  level_clear (&self->provider);
  g_hash_table_unref (self->by_key);
  g_ptr_array_unref (self->locations);
  g_ptr_array_unref (self->notices);
  g_free (self->provider_well_led_file);
  g_free (self->provider_well_led_date);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    under_clear (&self->provider_under[k]);
  g_clear_object (&self->framework);
  g_free (self);
}

GPtrArray *
asr_portfolio_get_notices (AsrPortfolio *self)
{
  return self->notices;
}

static guint
count_stale (AsrAssessment *assessment)
{
  g_autoptr(AsrComparison) comparison = asr_comparison_new (assessment, NULL);
  g_autofree char *reference = asr_comparison_default_reference_date (assessment);
  g_autoptr(GPtrArray) items = NULL;
  guint n = 0;

  asr_comparison_set_reference_date (comparison, reference);
  items = asr_comparison_list_carried_forward (comparison);
  for (guint i = 0; i < items->len; i++)
    n += ((AsrCarriedForward *) g_ptr_array_index (items, i))->stale;
  return n;
}

static void
summarise (AsrAssessment   *assessment,
           AsrPortfolioRow *row)
{
  row->provider = g_strdup (asr_assessment_get_provider (assessment));
  row->location = g_strdup (asr_assessment_get_location (assessment));
  row->location_id = g_strdup (asr_assessment_get_location_id (assessment));
  row->core_service = g_strdup (asr_assessment_get_core_service (assessment));
  row->service_name = g_strdup (asr_assessment_get_service_name (assessment));
  row->date = g_strdup (asr_assessment_get_date (assessment));
  if (row->date != NULL && *row->date == '\0')
    g_clear_pointer (&row->date, g_free);
  row->level = asr_assessment_get_level (assessment);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      AsrKeyQuestion *kq = asr_assessment_lookup_key_question (assessment, kq_ids[k]);

      row->ratings[k] = kq ? asr_key_question_get_rating (kq) : ASR_RATING_NONE;
      row->percentages[k] = kq ? asr_key_question_get_percentage (kq) : -1;
      row->n_scored += kq ? asr_key_question_get_n_scored (kq) : 0;
      row->n_in_scope += kq ? asr_key_question_get_n_in_scope (kq) : 0;
    }
  row->overall = asr_assessment_get_overall_rating (assessment);
  row->previous_overall = asr_assessment_get_previous_overall_rating (assessment);
  row->direction = asr_rules_direction (row->previous_overall, row->overall);
  row->n_stale = count_stale (assessment);
}

/* Services without a Location ID are grouped by location name. */
static Location *
lookup_location (AsrPortfolio          *self,
                 const AsrPortfolioRow *row)
{
  g_autofree char *key = *row->location_id ? g_strconcat ("id:", row->location_id, NULL)
                                           : g_strconcat ("name:", row->location, NULL);
  Location *location = g_hash_table_lookup (self->by_key, key);

  if (location != NULL)
    return location;
  location = g_new0 (Location, 1);
  location->key = g_steal_pointer (&key);
  location->id = g_strdup (row->location_id);
  location->name = g_strdup (row->location);
  g_ptr_array_add (self->locations, location);
  g_hash_table_insert (self->by_key, location->key, location);
  return location;
}

static const char *
service_label (const AsrPortfolioRow *row)
{
  if (*row->core_service)
    return row->core_service;
  if (*row->service_name)
    return row->service_name;
  return row->file;
}

static void
note_provider (AsrPortfolio          *self,
               const AsrPortfolioRow *row)
{
  if (*row->provider == '\0')
    return;
  if (self->provider.name == NULL)
    self->provider.name = g_strdup (row->provider);
  else if (g_strcmp0 (self->provider.name, row->provider) != 0)
    g_ptr_array_add (self->notices,
                     g_strdup_printf (_("%s: provider “%s”, not “%s” like the first file; aggregated all the same"),
                                      row->file, row->provider, self->provider.name));
}

/* Provider level: its Well-led is the provider's (not aggregated). */
static void
add_provider_level (AsrPortfolio          *self,
                    const AsrPortfolioRow *row)
{
  AsrRating well_led = row->ratings[ASR_PORTFOLIO_N_KQ - 1];

  if (self->provider_well_led_file != NULL)
    {
      g_ptr_array_add (self->notices,
                       g_strdup_printf (_("%s: another provider-level assessment; the provider’s Well-led comes from the first, %s"),
                                        row->file, self->provider_well_led_file));
      return;
    }
  self->provider_well_led = well_led;
  self->provider_well_led_file = g_strdup (row->file);
  self->provider_well_led_date = g_strdup (row->date);
}

static void
summarise_file (GFile           *file,
                AsrPortfolioRow *row)
{
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  row->file = g_file_get_parse_name (file);
  assessment = asr_assessment_load_from_file (file, NULL, &error);
  if (assessment == NULL)
    row->error = g_strdup (error->message);
  else
    summarise (assessment, row);
}

AsrPortfolioRow *
asr_portfolio_row_new_for_file (GFile *file)
{
  AsrPortfolioRow *row = g_new0 (AsrPortfolioRow, 1);

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  summarise_file (file, row);
  return row;
}

void
asr_portfolio_row_free (AsrPortfolioRow *row)
{
  if (row == NULL)
    return;
  row_clear (row);
  g_free (row);
}

void
asr_portfolio_add_row (AsrPortfolio          *self,
                       const AsrPortfolioRow *row)
{
  Location *location;
  Span span = { NULL, NULL, FALSE };

  g_return_if_fail (self != NULL && self->levels == NULL);
  g_return_if_fail (row != NULL);

  if (row->error != NULL)
    return;
  note_provider (self, row);
  if (row->level == ASR_LEVEL_PROVIDER)
    {
      add_provider_level (self, row);
      return;
    }
  location = lookup_location (self, row);
  span_add_date (&span, row->date);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    under_add (&location->under[k], row->ratings[k], service_label (row), &span);
  span_clear (&span);
}

const AsrPortfolioRow *
asr_portfolio_add_file (AsrPortfolio *self,
                        GFile        *file)
{
  g_return_val_if_fail (self != NULL && self->levels == NULL, NULL);

  row_clear (&self->row);
  summarise_file (file, &self->row);
  asr_portfolio_add_row (self, &self->row);
  return &self->row;
}

static void
aggregate_under (AsrPortfolio      *self,
                 const Under       *under,
                 AsrPortfolioLevel *level,
                 guint              k)
{
  g_autofree char *from = under_describe (under);

  asr_aggregate_counts (self->framework, under->counts, &level->key_questions[k]);
  level->explanations[k] = asr_aggregate_explain (&level->key_questions[k], from);
}

/* The overall from the five key questions, only when all are rated;
 * @unders[k] gave key question k and holds its dates. */
static void
aggregate_overall (AsrPortfolio      *self,
                   AsrPortfolioLevel *level,
                   const Under       *unders)
{
  g_autoptr(GString) from = g_string_new (NULL);
  AsrRating ratings[ASR_PORTFOLIO_N_KQ];

  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      ratings[k] = level->key_questions[k].rating;
      if (ratings[k] == ASR_RATING_NONE)
        {
          level->overall_explanation =
            g_strdup_printf (_("Not rated: no overall while %s has no rating"),
                             asr_portfolio_key_question_id (k));
          return;
        }
      g_autofree char *dates = span_describe (&unders[k].span);

      g_string_append_printf (from, "%s%s %s (%s)", k ? ", " : "", kq_ids[k],
                              asr_rating_to_label (ratings[k]), dates);
    }
  asr_aggregate_ratings (self->framework, ratings, ASR_PORTFOLIO_N_KQ, &level->overall);
  level->overall_explanation = asr_aggregate_explain (&level->overall, from->str);
}

/* The provider's Well-led from its provider-level assessment, with its
 * date. */
static void
take_provider_well_led (AsrPortfolio *self)
{
  AsrPortfolioLevel *provider = &self->provider;
  const guint well_led = ASR_PORTFOLIO_N_KQ - 1;
  Under *under = &self->provider_under[well_led];
  g_autofree char *date = asr_portfolio_format_date (self->provider_well_led_date);

  memset (&provider->key_questions[well_led], 0, sizeof (AsrAggregate));
  provider->key_questions[well_led].rating = self->provider_well_led;
  span_clear (&under->span);
  span_add_date (&under->span, self->provider_well_led_date);
  g_free (provider->explanations[well_led]);
  /* Translators: "Good: from the provider-level assessment trust.assessment (2 March 2024) (…)" */
  provider->explanations[well_led] =
    g_strdup_printf (_("%s: from the provider-level assessment %s (%s) (well-led at provider level is assessed trust-wide, not aggregated)"),
                     asr_rating_to_label (self->provider_well_led), self->provider_well_led_file, date);
}

static void
aggregate_provider (AsrPortfolio *self)
{
  AsrPortfolioLevel *provider = &self->provider;

  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      Under *under = &self->provider_under[k];

      for (guint i = 0; i < self->locations->len; i++)
        {
          const AsrPortfolioLevel *level = &self->levels[i];
          const Location *location = g_ptr_array_index (self->locations, i);

          under_add (under, level->key_questions[k].rating,
                     *level->id ? level->id : level->name, &location->under[k].span);
        }
      aggregate_under (self, under, provider, k);
    }
  if (self->provider_well_led_file != NULL)
    take_provider_well_led (self);
  aggregate_overall (self, provider, self->provider_under);
}

void
asr_portfolio_finish (AsrPortfolio *self)
{
  g_return_if_fail (self != NULL && self->levels == NULL);

  self->levels = g_new0 (AsrPortfolioLevel, MAX (self->locations->len, 1));
  for (guint i = 0; i < self->locations->len; i++)
    {
      Location *location = g_ptr_array_index (self->locations, i);
      AsrPortfolioLevel *level = &self->levels[i];

      level->id = g_strdup (location->id);
      level->name = g_strdup (location->name);
      for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
        aggregate_under (self, &location->under[k], level, k);
      aggregate_overall (self, level, location->under);
    }
  aggregate_provider (self);
}

guint
asr_portfolio_get_n_locations (AsrPortfolio *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->locations->len;
}

const AsrPortfolioLevel *
asr_portfolio_get_location (AsrPortfolio *self,
                            guint         index)
{
  g_return_val_if_fail (self != NULL && self->levels != NULL, NULL);
  g_return_val_if_fail (index < self->locations->len, NULL);
  return &self->levels[index];
}

const AsrPortfolioLevel *
asr_portfolio_get_provider (AsrPortfolio *self)
{
  g_return_val_if_fail (self != NULL && self->levels != NULL, NULL);
  return &self->provider;
}
