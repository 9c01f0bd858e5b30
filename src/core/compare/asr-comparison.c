/* asr-comparison.c: what changed since the previous ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lists are small (five key questions, 34 statements), so they are
 * computed on demand from the model; the words live in
 * asr-comparison-text.c.
 */
#define G_LOG_DOMAIN "asr-comparison"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-comparison.h"
#include "asr-framework-map.h"
#include "asr-notes-diff.h"
#include "asr-rules.h"

struct _AsrComparison
{
  GObject        parent_instance;

  AsrAssessment *assessment;
  AsrAssessment *baseline;
  char          *reference_date;
  int            stale_threshold_years;
  gulong         assessment_handler;
  gulong         baseline_handler;
  GPtrArray     *links;            /* maps_to of the assessment's framework, or NULL */
  GPtrArray     *baseline_links;   /* maps_to of the baseline's framework, or NULL */
};

G_DEFINE_FINAL_TYPE (AsrComparison, asr_comparison, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_BASELINE,
  PROP_REFERENCE_DATE,
  PROP_STALE_THRESHOLD_YEARS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (AsrComparison *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
asr_comparison_dispose (GObject *object)
{
  AsrComparison *self = ASR_COMPARISON (object);

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->assessment_handler, self->assessment);
  if (self->baseline != NULL)
    g_clear_signal_handler (&self->baseline_handler, self->baseline);
  g_clear_object (&self->assessment);
  g_clear_object (&self->baseline);

  G_OBJECT_CLASS (asr_comparison_parent_class)->dispose (object);
}

static void
asr_comparison_finalize (GObject *object)
{
  AsrComparison *self = ASR_COMPARISON (object);

  g_free (self->reference_date);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->baseline_links, g_ptr_array_unref);

  G_OBJECT_CLASS (asr_comparison_parent_class)->finalize (object);
}

static void
asr_comparison_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AsrComparison *self = ASR_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    case PROP_BASELINE: g_value_set_object (value, self->baseline); break;
    case PROP_REFERENCE_DATE: g_value_set_string (value, self->reference_date); break;
    case PROP_STALE_THRESHOLD_YEARS: g_value_set_int (value, self->stale_threshold_years); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_comparison_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AsrComparison *self = ASR_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      self->assessment_handler =
        g_signal_connect_swapped (self->assessment, "changed", G_CALLBACK (emit_changed), self);
      break;
    case PROP_BASELINE: asr_comparison_set_baseline (self, g_value_get_object (value)); break;
    case PROP_REFERENCE_DATE: asr_comparison_set_reference_date (self, g_value_get_string (value)); break;
    case PROP_STALE_THRESHOLD_YEARS:
      asr_comparison_set_stale_threshold_years (self, g_value_get_int (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_comparison_class_init (AsrComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = asr_comparison_dispose;
  object_class->finalize = asr_comparison_finalize;
  object_class->get_property = asr_comparison_get_property;
  object_class->set_property = asr_comparison_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ASR_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASELINE] =
    g_param_spec_object ("baseline", NULL, NULL, ASR_TYPE_ASSESSMENT, rw);
  properties[PROP_REFERENCE_DATE] = g_param_spec_string ("reference-date", NULL, NULL, NULL, rw);
  properties[PROP_STALE_THRESHOLD_YEARS] =
    g_param_spec_int ("stale-threshold-years", NULL, NULL, 1, 20, 2, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
asr_comparison_init (AsrComparison *self)
{
  self->stale_threshold_years = 2;
}

AsrComparison *
asr_comparison_new (AsrAssessment *assessment,
                    AsrAssessment *baseline)
{
  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (!baseline || ASR_IS_ASSESSMENT (baseline), NULL);

  return g_object_new (ASR_TYPE_COMPARISON, "assessment", assessment, "baseline", baseline, NULL);
}

AsrAssessment *
asr_comparison_get_assessment (AsrComparison *self)
{
  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  return self->assessment;
}

AsrAssessment *
asr_comparison_get_baseline (AsrComparison *self)
{
  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  return self->baseline;
}

void
asr_comparison_set_baseline (AsrComparison *self,
                             AsrAssessment *baseline)
{
  g_return_if_fail (ASR_IS_COMPARISON (self));
  g_return_if_fail (!baseline || ASR_IS_ASSESSMENT (baseline));

  if (self->baseline == baseline)
    return;
  if (self->baseline != NULL)
    g_clear_signal_handler (&self->baseline_handler, self->baseline);
  g_set_object (&self->baseline, baseline);
  /* The links of the previous baseline's framework no longer apply. */
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->baseline_links, g_ptr_array_unref);
  if (baseline != NULL)
    self->baseline_handler =
      g_signal_connect_swapped (baseline, "changed", G_CALLBACK (emit_changed), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE]);
  emit_changed (self);
}

const char *
asr_comparison_get_reference_date (AsrComparison *self)
{
  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  return self->reference_date;
}

void
asr_comparison_set_reference_date (AsrComparison *self,
                                   const char    *date)
{
  g_return_if_fail (ASR_IS_COMPARISON (self));

  if (g_strcmp0 (self->reference_date, date) == 0)
    return;
  g_free (self->reference_date);
  self->reference_date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
  emit_changed (self);
}

int
asr_comparison_get_stale_threshold_years (AsrComparison *self)
{
  g_return_val_if_fail (ASR_IS_COMPARISON (self), 2);

  return self->stale_threshold_years;
}

void
asr_comparison_set_stale_threshold_years (AsrComparison *self,
                                          int            years)
{
  g_return_if_fail (ASR_IS_COMPARISON (self));
  g_return_if_fail (years >= 1 && years <= 20);

  if (self->stale_threshold_years == years)
    return;
  self->stale_threshold_years = years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE_THRESHOLD_YEARS]);
  emit_changed (self);
}

/* Lists */

static void
rating_change_free (gpointer data)
{
  AsrRatingChange *change = data;

  g_free (change->id);
  g_free (change->name);
  g_free (change->previous_date);
  g_free (change->carried_over);
  g_free (change);
}

static AsrRatingChange *
key_question_change (AsrComparison  *self,
                     AsrKeyQuestion *kq)
{
  AsrRatingChange *change = g_new0 (AsrRatingChange, 1);
  AsrKeyQuestion *before = NULL;

  change->id = g_strdup (asr_key_question_get_id (kq));
  change->name = g_strdup (asr_key_question_get_name (kq));
  change->previous = asr_key_question_get_previous_rating (kq);
  change->current = asr_key_question_get_rating (kq);
  change->direction = asr_rules_direction (change->previous, change->current);
  change->percentage = asr_key_question_get_percentage (kq);
  change->provisional = asr_key_question_get_provisional (kq);
  if (*asr_key_question_get_previous_date (kq) != '\0')
    change->previous_date = g_strdup (asr_key_question_get_previous_date (kq));
  change->carried_over = asr_key_question_describe_carried_over (kq);
  if (self->baseline != NULL)
    before = asr_assessment_lookup_key_question (self->baseline, change->id);
  change->previous_percentage = before ? asr_key_question_get_percentage (before) : -1;
  return change;
}

GPtrArray *
asr_comparison_list_ratings (AsrComparison *self)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (rating_change_free);
  GListModel *kqs;
  AsrRatingChange *overall;

  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  kqs = asr_assessment_get_key_questions (self->assessment);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      g_ptr_array_add (changes, key_question_change (self, kq));
    }

  overall = g_new0 (AsrRatingChange, 1);
  overall->id = g_strdup ("overall");
  overall->name = g_strdup (_("Overall"));
  overall->previous = asr_assessment_get_previous_overall_rating (self->assessment);
  overall->current = asr_assessment_get_overall_rating (self->assessment);
  overall->direction = asr_rules_direction (overall->previous, overall->current);
  overall->percentage = overall->previous_percentage = -1;
  overall->provisional = !asr_assessment_get_complete (self->assessment);
  g_ptr_array_add (changes, overall);
  return changes;
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Whole months from @from to @to, and whether @to is past @from plus
 * @years (a rating exactly @years old is not yet stale). */
static int
age_in_months (const char *from,
               const char *to,
               int         years,
               gboolean   *stale)
{
  GDate a, b, limit;
  int months;

  *stale = FALSE;
  if (!parse_date (from, &a) || !parse_date (to, &b))
    return -1;
  months = (g_date_get_year (&b) - g_date_get_year (&a)) * 12 +
           ((int) g_date_get_month (&b) - (int) g_date_get_month (&a)) -
           (g_date_get_day (&b) < g_date_get_day (&a) ? 1 : 0);
  limit = a;
  g_date_add_years (&limit, (guint) years);
  *stale = g_date_compare (&b, &limit) > 0;
  return MAX (months, 0);
}

static void
carried_forward_free (gpointer data)
{
  AsrCarriedForward *item = data;

  g_free (item->key_question_id);
  g_free (item->key_question_name);
  g_free (item->statement_id);
  g_free (item->name);
  g_free (item->date);
  g_free (item);
}

static void
add_carried_forward (AsrComparison       *self,
                     GPtrArray           *items,
                     AsrKeyQuestion      *kq,
                     AsrQualityStatement *qs)
{
  AsrCarriedForward *item = g_new0 (AsrCarriedForward, 1);
  const char *date = asr_key_question_get_previous_date_in_effect (kq);

  item->key_question_id = g_strdup (asr_key_question_get_id (kq));
  item->key_question_name = g_strdup (asr_key_question_get_name (kq));
  item->statement_id = g_strdup (asr_quality_statement_get_id (qs));
  item->name = g_strdup (asr_quality_statement_get_name (qs));
  item->rating = asr_key_question_get_previous_rating (kq);
  item->score = asr_quality_statement_get_effective_score (qs);
  item->date = *date != '\0' ? g_strdup (date) : NULL;
  item->age_months = age_in_months (item->date, self->reference_date,
                                    self->stale_threshold_years, &item->stale);
  g_ptr_array_add (items, item);
}

typedef struct
{
  AsrComparison *self;
  GPtrArray     *items;
} Collect;

static void
collect_carried_forward (AsrKeyQuestion      *kq,
                         AsrQualityStatement *qs,
                         gpointer             user_data)
{
  Collect *collect = user_data;

  if (asr_quality_statement_get_source (qs) == ASR_SOURCE_CARRIED_FORWARD)
    add_carried_forward (collect->self, collect->items, kq, qs);
}

gboolean
asr_comparison_is_stale (AsrComparison       *self,
                         AsrQualityStatement *statement)
{
  const char *date;
  gboolean stale;

  g_return_val_if_fail (ASR_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (statement), FALSE);

  if (asr_quality_statement_get_source (statement) != ASR_SOURCE_CARRIED_FORWARD)
    return FALSE;
  date = asr_key_question_get_previous_date_in_effect (asr_quality_statement_get_key_question (statement));
  age_in_months (date, self->reference_date, self->stale_threshold_years, &stale);
  return stale;
}

GPtrArray *
asr_comparison_list_carried_forward (AsrComparison *self)
{
  Collect collect = { self, g_ptr_array_new_with_free_func (carried_forward_free) };

  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  asr_assessment_foreach_statement (self->assessment, collect_carried_forward, &collect);
  return collect.items;
}

static void
statement_change_free (gpointer data)
{
  AsrStatementChange *change = data;

  g_free (change->key_question_id);
  g_free (change->key_question_name);
  g_free (change->statement_id);
  g_free (change->name);
  g_free (change->before_name);
  g_clear_pointer (&change->notes_diff, g_ptr_array_unref);
  g_free (change->changed_by);
  g_free (change->changed_at);
  g_free (change->framework_id);
  g_free (change->before_framework_id);
  g_free (change->before_key_question_id);
  g_free (change->before_statement_id);
  g_free (change->framework_label);
  g_free (change->before_framework_label);
  g_free (change);
}

/* The baseline's statement for @qs: its counterpart through maps_to when
 * the frameworks differ and link it (*mapped), else the one of the same id. */
static AsrQualityStatement *
counterpart (AsrComparison       *self,
             AsrKeyQuestion      *kq,
             AsrQualityStatement *qs,
             gboolean            *mapped)
{
  const char *id = asr_framework_get_id (asr_assessment_get_framework (self->assessment));
  const char *before_id = asr_framework_get_id (asr_assessment_get_framework (self->baseline));
  const char *to_kq, *to_id;

  *mapped = g_strcmp0 (id, before_id) != 0 &&
            asr_map_counterpart (id, self->links, before_id, self->baseline_links,
                                 asr_key_question_get_id (kq), asr_quality_statement_get_id (qs),
                                 &to_kq, &to_id) &&
            asr_assessment_lookup_statement (self->baseline, to_kq, to_id) != NULL;
  if (*mapped)
    return asr_assessment_lookup_statement (self->baseline, to_kq, to_id);
  return asr_assessment_lookup_statement (self->baseline, asr_key_question_get_id (kq),
                                          asr_quality_statement_get_id (qs));
}

void
asr_comparison_set_framework_links (AsrComparison *self,
                                    GPtrArray     *links,
                                    GPtrArray     *baseline_links)
{
  g_return_if_fail (ASR_IS_COMPARISON (self));

  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->baseline_links, g_ptr_array_unref);
  self->links = links ? g_ptr_array_ref (links) : NULL;
  self->baseline_links = baseline_links ? g_ptr_array_ref (baseline_links) : NULL;
}

/* Across frameworks, the maps_to links of both frameworks unless a caller
 * gave its own: the one place the CLI and the window get them from. */
static void
link_frameworks (AsrComparison *self)
{
  AsrFramework *after = asr_assessment_get_framework (self->assessment);
  AsrFramework *before = asr_assessment_get_framework (self->baseline);

  if (self->links != NULL || self->baseline_links != NULL ||
      g_strcmp0 (asr_framework_get_id (after), asr_framework_get_id (before)) == 0)
    return;
  self->links = asr_map_links_from_framework (after);
  self->baseline_links = asr_map_links_from_framework (before);
}

static gboolean
frameworks_differ (AsrComparison *self)
{
  return g_strcmp0 (asr_framework_get_id (asr_assessment_get_framework (self->assessment)),
                    asr_framework_get_id (asr_assessment_get_framework (self->baseline))) != 0;
}

/* What a line across frameworks names: both frameworks (by their labels),
 * and where the baseline's side is. */
static void
set_mapped_sides (AsrStatementChange  *change,
                  AsrFramework        *framework,
                  AsrFramework        *before_framework,
                  AsrQualityStatement *before)
{
  change->before_item = asr_framework_is_judgement (before_framework);
  change->before_framework_id = g_strdup (asr_framework_get_id (before_framework));
  change->before_key_question_id =
    g_strdup (asr_key_question_get_id (asr_quality_statement_get_key_question (before)));
  change->before_statement_id = g_strdup (asr_quality_statement_get_id (before));
  change->framework_id = g_strdup (asr_framework_get_id (framework));
  change->framework_label = g_strdup (asr_framework_get_label (framework));
  change->before_framework_label = g_strdup (asr_framework_get_label (before_framework));
}

static AsrStatementChange *
statement_change (AsrComparison       *self,
                  AsrKeyQuestion      *kq,
                  AsrQualityStatement *qs)
{
  AsrStatementChange *change = g_new0 (AsrStatementChange, 1);
  AsrQualityStatement *before = counterpart (self, kq, qs, &change->mapped);

  change->key_question_id = g_strdup (asr_key_question_get_id (kq));
  change->key_question_name = g_strdup (asr_key_question_get_name (kq));
  change->statement_id = g_strdup (asr_quality_statement_get_id (qs));
  change->name = g_strdup (asr_quality_statement_get_name (qs));
  change->in_baseline = before != NULL;
  if (before != NULL)
    change->before_name = g_strdup (asr_quality_statement_get_name (before));
  change->source_after = asr_quality_statement_get_source (qs);
  change->score_after = asr_quality_statement_get_effective_score (qs);
  change->item = asr_framework_is_judgement (asr_assessment_get_framework (self->assessment));
  change->rating_after = asr_quality_statement_get_rating (qs);
  if (before != NULL)
    {
      change->source_before = asr_quality_statement_get_source (before);
      change->score_before = asr_quality_statement_get_effective_score (before);
      change->rating_before = asr_quality_statement_get_rating (before);
    }
  if (change->mapped)
    set_mapped_sides (change, asr_assessment_get_framework (self->assessment),
                      asr_assessment_get_framework (self->baseline), before);
  change->notes_diff = asr_notes_diff (before ? asr_quality_statement_get_notes (before) : "",
                                       asr_quality_statement_get_notes (qs));
  /* Across frameworks, one without a counterpart has nothing to be
   * compared with: its key question's rating carries the comparison. */
  change->changed = (before == NULL && !frameworks_differ (self)) ||
                    (before != NULL && (change->source_before != change->source_after ||
                                        change->score_before != change->score_after ||
                                        change->rating_before != change->rating_after ||
                                        asr_notes_diff_changed (change->notes_diff)));
  /* Attribution newer than the previous file's is a change made since. */
  if (change->changed && asr_quality_statement_get_changed_by (qs) != NULL &&
      (before == NULL || g_strcmp0 (asr_quality_statement_get_changed_at (qs),
                                    asr_quality_statement_get_changed_at (before)) != 0))
    {
      change->changed_by = g_strdup (asr_quality_statement_get_changed_by (qs));
      change->changed_at = g_strdup (asr_quality_statement_get_changed_at (qs));
    }
  return change;
}

static void
collect_statement_change (AsrKeyQuestion      *kq,
                          AsrQualityStatement *qs,
                          gpointer             user_data)
{
  Collect *collect = user_data;

  g_ptr_array_add (collect->items, statement_change (collect->self, kq, qs));
}

GPtrArray *
asr_comparison_list_statements (AsrComparison *self)
{
  Collect collect = { self, g_ptr_array_new_with_free_func (statement_change_free) };

  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  if (self->baseline != NULL)
    {
      link_frameworks (self);
      asr_assessment_foreach_statement (self->assessment, collect_statement_change, &collect);
    }
  return collect.items;
}

char *
asr_comparison_dup_framework_notice (AsrComparison *self)
{
  AsrFramework *before, *after;

  g_return_val_if_fail (ASR_IS_COMPARISON (self), NULL);

  if (self->baseline == NULL)
    return NULL;
  before = asr_assessment_get_framework (self->baseline);
  after = asr_assessment_get_framework (self->assessment);
  if (g_strcmp0 (asr_framework_get_id (before), asr_framework_get_id (after)) == 0)
    return NULL;
  /* Translators: the frameworks' short names and their scoring methods, e.g.
   * "SAF 2023 (Quality statement scores computed from evidence categories)" */
  return g_strdup_printf (_("The method changed: the previous assessment used %s (%s), this one "
                            "uses %s (%s). A movement in a score or rating may come from the "
                            "change of method, not from a change in the service. Quality statements "
                            "and items linked one to one are compared side by side; the rest are "
                            "compared at key question level only, because the other framework has "
                            "no one-to-one topic for them."),
                          asr_framework_get_label (before),
                          asr_scoring_method_to_label (asr_framework_get_scoring_method (before)),
                          asr_framework_get_label (after),
                          asr_scoring_method_to_label (asr_framework_get_scoring_method (after)));
}
