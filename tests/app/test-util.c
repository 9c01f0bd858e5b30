/* test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-util.h"

void
test_spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
test_wait_for (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  test_spin ();
  g_assert_true (done (data));
}

gboolean
test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

AsrAssessment *
test_load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"),
                                            "data", "samples", "sample.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}
