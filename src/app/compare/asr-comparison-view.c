/* asr-comparison-view.c: previous ratings → now, carried-forward ages and,
 * against a previous assessment, each quality statement before and after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view keeps no copy of either assessment: an AsrComparison computes
 * the lists from the model, and the rows are rebuilt from it after a
 * change (once per main-loop iteration, and only while the view is shown).
 * Stale is the app's one rule (asr-stale-comparison.c).
 */
#define G_LOG_DOMAIN "asr-comparison-view"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-comparison-view-private.h"
#include "asr-stale-comparison.h"

G_DEFINE_FINAL_TYPE (AsrComparisonView, asr_comparison_view, ADW_TYPE_BIN)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
update_source (AsrComparisonView *self)
{
  AsrAssessment *assessment = asr_comparison_get_assessment (self->comparison);
  const char *source = asr_assessment_get_previous_source (assessment);
  const char *date = asr_assessment_get_previous_date (assessment);
  g_autofree char *when = asr_format_date (date);
  g_autofree char *text = NULL;

  if (*source != '\0' && *date != '\0')
    /* Translators: "Previous ratings of 1 May 2024, from CQC API location 1-101…" */
    text = g_strdup_printf (_("Previous ratings of %s, from: %s"), when, source);
  else if (*source != '\0')
    text = g_strdup_printf (_("Previous ratings from: %s"), source);
  else if (*date != '\0')
    text = g_strdup_printf (_("Previous ratings of %s."), when);
  else
    text = g_strdup (_("Previous ratings come from Import Previous Ratings… in the main menu, "
                       "or are typed in under Assessment Details."));
  gtk_label_set_label (self->source_label, text);
}

static void
update_framework_notice (AsrComparisonView *self)
{
  g_autofree char *notice = asr_comparison_dup_framework_notice (self->comparison);

  gtk_label_set_label (self->framework_notice_label, notice ? notice : "");
  gtk_widget_set_visible (self->framework_notice, notice != NULL);
}

static void
rebuild_ratings (AsrComparisonView *self)
{
  g_autoptr(GPtrArray) changes = asr_comparison_list_ratings (self->comparison);

  clear_list (self->ratings_list);
  for (guint i = 0; i < changes->len; i++)
    gtk_list_box_append (self->ratings_list,
                         _asr_comparison_rating_row (g_ptr_array_index (changes, i)));
}

static void
rebuild_carried_forward (AsrComparisonView *self)
{
  g_autoptr(GPtrArray) items = asr_comparison_list_carried_forward (self->comparison);
  int years = asr_comparison_get_stale_threshold_years (self->comparison);
  g_autofree char *reference = asr_format_date (asr_comparison_get_reference_date (self->comparison));
  g_autofree char *hint = NULL;

  clear_list (self->carried_list);
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (self->carried_list,
                         _asr_comparison_carried_row (g_ptr_array_index (items, i), years));
  hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Ages on %s. A score is stale when its rating is older than %d year.",
                                       "Ages on %s. A score is stale when its rating is older than %d years.",
                                       years),
                          reference, years);
  gtk_label_set_label (self->carried_hint, hint);
  gtk_widget_set_visible (self->carried_box, items->len > 0);
}

static void
rebuild_statements (AsrComparisonView *self)
{
  g_autoptr(GPtrArray) changes = asr_comparison_list_statements (self->comparison);
  gboolean changed_only = gtk_switch_get_active (self->changed_only_switch);
  gboolean has_baseline = asr_comparison_get_baseline (self->comparison) != NULL;
  guint n_hidden = 0;
  g_autofree char *hint = NULL;

  clear_list (self->statements_list);
  for (guint i = 0; i < changes->len; i++)
    {
      AsrStatementChange *change = g_ptr_array_index (changes, i);

      if (changed_only && !change->changed)
        n_hidden++;
      else
        gtk_list_box_append (self->statements_list, _asr_comparison_statement_row (change));
    }
  if (!has_baseline)
    hint = g_strdup (_("Compare With Assessment… in the main menu compares each quality "
                       "statement with a previous assessment file."));
  else
    hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u unchanged quality statement hidden.",
                                         "%u unchanged quality statements hidden.", n_hidden),
                            n_hidden);
  gtk_label_set_label (self->statements_hint, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->statements_hint), !has_baseline || n_hidden > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->statements_list),
                          has_baseline && changes->len > n_hidden);
  gtk_widget_set_visible (self->changed_only_box, has_baseline);
}

void
_asr_comparison_view_rebuild (AsrComparisonView *self)
{
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->dirty = FALSE;
  if (self->comparison == NULL)
    return;
  update_source (self);
  update_framework_notice (self);
  rebuild_ratings (self);
  rebuild_carried_forward (self);
  rebuild_statements (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  AsrComparisonView *self = data;

  self->rebuild_id = 0;
  _asr_comparison_view_rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
comparison_changed_cb (AsrComparisonView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
changed_only_cb (AsrComparisonView *self)
{
  if (self->comparison != NULL)
    rebuild_statements (self);
}

static void
asr_comparison_view_map (GtkWidget *widget)
{
  AsrComparisonView *self = ASR_COMPARISON_VIEW (widget);

  GTK_WIDGET_CLASS (asr_comparison_view_parent_class)->map (widget);
  if (self->dirty)
    _asr_comparison_view_rebuild (self);
}

static void
asr_comparison_view_dispose (GObject *object)
{
  AsrComparisonView *self = ASR_COMPARISON_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_clear_object (&self->comparison);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_COMPARISON_VIEW);

  G_OBJECT_CLASS (asr_comparison_view_parent_class)->dispose (object);
}

static void
asr_comparison_view_class_init (AsrComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_comparison_view_dispose;
  widget_class->map = asr_comparison_view_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, framework_notice);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, framework_notice_label);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, source_label);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, ratings_list);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, carried_box);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, carried_hint);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, carried_list);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, changed_only_box);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, changed_only_switch);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, statements_hint);
  gtk_widget_class_bind_template_child (widget_class, AsrComparisonView, statements_list);
  gtk_widget_class_bind_template_callback (widget_class, changed_only_cb);
}

static void
asr_comparison_view_init (AsrComparisonView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
asr_comparison_view_new (void)
{
  return g_object_new (ASR_TYPE_COMPARISON_VIEW, NULL);
}

void
asr_comparison_view_set_assessment (AsrComparisonView *self,
                                    AsrAssessment     *assessment)
{
  g_return_if_fail (ASR_IS_COMPARISON_VIEW (self));
  g_return_if_fail (ASR_IS_ASSESSMENT (assessment));

  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);
  g_clear_object (&self->comparison);
  self->comparison = asr_stale_comparison_new (assessment);
  g_signal_connect_swapped (self->comparison, "changed", G_CALLBACK (comparison_changed_cb), self);
  _asr_comparison_view_rebuild (self);
}

void
asr_comparison_view_set_baseline (AsrComparisonView *self,
                                  AsrAssessment     *baseline)
{
  g_return_if_fail (ASR_IS_COMPARISON_VIEW (self));
  g_return_if_fail (self->comparison != NULL);

  asr_comparison_set_baseline (self->comparison, baseline);
}

AsrComparison *
asr_comparison_view_get_comparison (AsrComparisonView *self)
{
  g_return_val_if_fail (ASR_IS_COMPARISON_VIEW (self), NULL);

  return self->comparison;
}
