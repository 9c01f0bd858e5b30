/* asr-stale-comparison.c: a comparison that follows the app's staleness rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Compare view and the Summary grid mark a carried-forward score stale
 * by one rule, so both build their comparison here.
 */
#define G_LOG_DOMAIN "asr-stale-comparison"

#include "config.h"

#include "asr-stale-comparison.h"

static void
follow_date_cb (AsrAssessment *assessment,
                GParamSpec    *pspec,
                AsrComparison *comparison)
{
  g_autofree char *date = asr_comparison_default_reference_date (assessment);

  asr_comparison_set_reference_date (comparison, date);
}

/* Run from the build tree without the schema installed: the default. */
static void
follow_setting (AsrComparison *comparison)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    return;
  settings = g_settings_new (APP_ID);
  g_settings_bind (settings, "stale-threshold-years",
                   comparison, "stale-threshold-years", G_SETTINGS_BIND_GET);
}

AsrComparison *
asr_stale_comparison_new (AsrAssessment *assessment)
{
  AsrComparison *comparison;

  g_return_val_if_fail (ASR_IS_ASSESSMENT (assessment), NULL);

  comparison = asr_comparison_new (assessment, NULL);
  follow_date_cb (assessment, NULL, comparison);
  follow_setting (comparison);
  g_signal_connect_object (assessment, "notify::date", G_CALLBACK (follow_date_cb),
                           comparison, 0);
  return comparison;
}

void
asr_stale_comparison_replace (AsrComparison **slot,
                              AsrAssessment  *assessment,
                              GCallback       changed_cb,
                              gpointer        owner)
{
  g_return_if_fail (slot != NULL);

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, owner);
  g_clear_object (slot);
  if (assessment == NULL)
    return;
  *slot = asr_stale_comparison_new (assessment);
  g_signal_connect_swapped (*slot, "changed", changed_cb, owner);
}
