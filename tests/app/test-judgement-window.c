/* test-judgement-window.c: an assessment of a judgement framework opens in
 * the window, and every item, the Summary and the Compare page show
 * without a warning or a crash (the judgement pages come separately)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "asr-window-private.h"
#include "judgement-fixture.h"
#include "test-util.h"

static AsrApplication *application;

static void
test_open (void)
{
  g_autoptr(AsrAssessment) assessment = judgement_fixture_load ("judged.assessment");
  AsrWindow *window = asr_window_new (application);
  GListModel *kqs = asr_assessment_get_key_questions (assessment);

  asr_window_set_document (window, assessment, NULL);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  g_assert_true (asr_window_get_assessment (window) == assessment);

  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      GListModel *items = asr_key_question_get_statements (kq);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(AsrQualityStatement) item = g_list_model_get_item (items, j);

          asr_window_show_statement (window, item);
          test_spin ();
          g_assert_true (asr_window_get_statement (window) == item);
        }
    }
  adw_view_stack_set_visible_child_name (window->view_stack, "summary");
  test_spin ();
  adw_view_stack_set_visible_child_name (window->view_stack, "compare");
  test_spin ();
  test_render_png (GTK_WIDGET (window), "judgement-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);
  g_test_add_func ("/judgement-window/open", test_open);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
