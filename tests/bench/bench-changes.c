/* bench-changes.c: score changes per second with listeners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A "notify" listener on every object of an assessment, scores set in
 * turn; the baseline is a plain GObject with one notifying property.
 */
#include "bench.h"

/* The baseline: a plain GObject with one notifying int property. */

#define BENCH_TYPE_COUNTER (bench_counter_get_type ())
G_DECLARE_FINAL_TYPE (BenchCounter, bench_counter, BENCH, COUNTER, GObject)

struct _BenchCounter
{
  GObject parent_instance;
  int     value;
};

G_DEFINE_FINAL_TYPE (BenchCounter, bench_counter, G_TYPE_OBJECT)

enum { COUNTER_PROP_0, COUNTER_PROP_VALUE, COUNTER_N_PROPS };
static GParamSpec *counter_properties[COUNTER_N_PROPS];

static void
bench_counter_set_value (BenchCounter *self,
                         int           value)
{
  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), counter_properties[COUNTER_PROP_VALUE]);
}

static void
bench_counter_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  g_value_set_int (value, BENCH_COUNTER (object)->value);
}

static void
bench_counter_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  bench_counter_set_value (BENCH_COUNTER (object), g_value_get_int (value));
}

static void
bench_counter_class_init (BenchCounterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = bench_counter_get_property;
  object_class->set_property = bench_counter_set_property;
  counter_properties[COUNTER_PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, COUNTER_N_PROPS, counter_properties);
}

static void
bench_counter_init (BenchCounter *self)
{
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint64 *) user_data)++;
}

/* Statements (or evidence categories) in round-robin order over the key
 * questions, so consecutive changes land in different key questions;
 * a listener on every object of the assessment. */
static GPtrArray *
collect_targets (AsrAssessment *assessment,
                 gboolean       evidence,
                 guint64       *counter)
{
  GListModel *kqs = asr_assessment_get_key_questions (assessment);
  GPtrArray *targets = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean more = TRUE;

  g_signal_connect (assessment, "notify", G_CALLBACK (count_notify_cb), counter);
  for (guint j = 0; more; j++)
    {
      more = FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
        {
          g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
          GListModel *statements = asr_key_question_get_statements (kq);
          g_autoptr(AsrQualityStatement) statement = NULL;

          if (j == 0)
            g_signal_connect (kq, "notify", G_CALLBACK (count_notify_cb), counter);
          if (j >= g_list_model_get_n_items (statements))
            continue;
          more = TRUE;
          statement = g_list_model_get_item (statements, j);
          g_signal_connect (statement, "notify", G_CALLBACK (count_notify_cb), counter);
          if (!evidence)
            g_ptr_array_add (targets, g_object_ref (statement));
          else
            {
              GListModel *categories = asr_quality_statement_get_evidence (statement);

              for (guint e = 0; e < g_list_model_get_n_items (categories); e++)
                {
                  AsrEvidence *category = g_list_model_get_item (categories, e);

                  g_signal_connect (category, "notify", G_CALLBACK (count_notify_cb), counter);
                  g_ptr_array_add (targets, category);
                }
            }
        }
    }
  return targets;
}

typedef void (*ChangeFunc) (gpointer target);

static void
change_statement_score (gpointer target)
{
  asr_quality_statement_set_score (target, asr_quality_statement_get_score (target) % 4 + 1);
}

static void
change_evidence_score (gpointer target)
{
  asr_evidence_set_score (target, asr_evidence_get_score (target) % 4 + 1);
}

static void
change_counter (gpointer target)
{
  BenchCounter *counter = target;

  bench_counter_set_value (counter, counter->value % 4 + 1);
}

static void
change_counter_by_name (gpointer target)
{
  BenchCounter *counter = target;

  g_object_set (counter, "value", counter->value % 4 + 1, NULL);
}

/* Calls @change on the targets in turn (each call sets the next of 1–4,
 * so each is a change) for about @seconds, in ten slices; the rate is the
 * best slice's, as the load and save times are minimums. */
static BenchRate
run_changes (GPtrArray  *targets,
             ChangeFunc  change,
             guint64    *notifies,
             double      seconds)
{
  BenchRate best = { 0, 0 };
  guint64 i = 0;

  for (guint slice = 0; slice < 10; slice++)
    {
      guint64 changes = 0, notifies_before = *notifies;
      double t0 = bench_now (), elapsed;

      do
        {
          for (guint k = 0; k < 1024; k++, changes++, i++)
            change (targets->pdata[i % targets->len]);
          elapsed = bench_now () - t0;
        }
      while (elapsed < seconds / 10);

      if (changes / elapsed > best.changes_per_s)
        {
          best.changes_per_s = changes / elapsed;
          best.notifies_per_s = (*notifies - notifies_before) / elapsed;
        }
    }
  return best;
}

BenchRate
bench_measure_score_changes (const char *framework_id,
                             gboolean    evidence,
                             double      seconds)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup (framework_id, NULL);
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (framework);
  g_autoptr(GPtrArray) targets = NULL;
  guint64 notifies = 0;

  bench_fill_metadata (assessment);
  targets = collect_targets (assessment, evidence, &notifies);
  for (guint i = 0; i < targets->len && !evidence; i++)
    {
      asr_quality_statement_set_source (targets->pdata[i], ASR_SOURCE_ASSESSED);
      asr_quality_statement_set_score (targets->pdata[i], 1 + i % 4);
    }
  return run_changes (targets, evidence ? change_evidence_score : change_statement_score,
                      &notifies, seconds);
}

BenchRate
bench_measure_plain_sets (gboolean by_name,
                          double   seconds)
{
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  BenchCounter *counter = g_object_new (BENCH_TYPE_COUNTER, NULL);
  guint64 notifies = 0;

  g_ptr_array_add (targets, counter);
  g_signal_connect (counter, "notify", G_CALLBACK (count_notify_cb), &notifies);
  return run_changes (targets, by_name ? change_counter_by_name : change_counter,
                      &notifies, seconds);
}
