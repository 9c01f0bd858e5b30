/* asr-window-pages.c: the pages a window builds only when first shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most windows only ever show the Statement page.  The Summary (hundreds
 * of labels, many wrapping) and the Compare page cost more to measure than
 * the rest of the window, so each is built the first time it is shown and,
 * once built, hidden while another page is: an AdwViewStack measures every
 * visible page, shown or not.  The item and judgement pages serve only
 * judgement frameworks: a window of a scored framework never builds them.
 */
#define G_LOG_DOMAIN "asr-window"

#include "config.h"

#include "asr-window-private.h"

static void
summary_statement_cb (AsrWindow           *self,
                      AsrQualityStatement *statement)
{
  asr_window_show_statement (self, statement);
}

static void
summary_key_question_cb (AsrWindow      *self,
                         AsrKeyQuestion *key_question)
{
  g_autoptr(AsrQualityStatement) statement =
    g_list_model_get_item (asr_key_question_get_statements (key_question), 0);

  if (asr_summary_is_judged (key_question))
    asr_window_show_judgement (self, key_question);
  else if (statement != NULL)
    asr_window_show_statement (self, statement);
}

AsrSummaryView *
_asr_window_get_summary_view (AsrWindow *self)
{
  if (self->summary_view == NULL)
    {
      self->summary_view = ASR_SUMMARY_VIEW (asr_summary_view_new ());
      g_signal_connect_object (self->summary_view, "statement-activated",
                               G_CALLBACK (summary_statement_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->summary_view, "key-question-activated",
                               G_CALLBACK (summary_key_question_cb), self, G_CONNECT_SWAPPED);
      asr_summary_view_set_assessment (self->summary_view, self->assessment);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_view), FALSE);
      adw_bin_set_child (self->summary_bin, GTK_WIDGET (self->summary_view));
    }
  return self->summary_view;
}

AsrComparisonView *
_asr_window_get_comparison_view (AsrWindow *self)
{
  if (self->comparison_view == NULL)
    {
      self->comparison_view = ASR_COMPARISON_VIEW (asr_comparison_view_new ());
      asr_comparison_view_set_assessment (self->comparison_view, self->assessment);
      gtk_widget_set_visible (GTK_WIDGET (self->comparison_view), FALSE);
      adw_bin_set_child (self->compare_bin, GTK_WIDGET (self->comparison_view));
    }
  return self->comparison_view;
}

AsrItemPage *
_asr_window_get_item_page (AsrWindow *self)
{
  if (self->item_page == NULL)
    {
      self->item_page = ASR_ITEM_PAGE (asr_item_page_new ());
      adw_bin_set_child (self->item_bin, GTK_WIDGET (self->item_page));
    }
  return self->item_page;
}

static void
judgement_item_cb (AsrWindow           *self,
                   AsrQualityStatement *item)
{
  asr_window_show_statement (self, item);
}

AsrJudgementPage *
_asr_window_get_judgement_page (AsrWindow *self)
{
  if (self->judgement_page == NULL)
    {
      self->judgement_page = ASR_JUDGEMENT_PAGE (asr_judgement_page_new ());
      g_signal_connect_object (self->judgement_page, "item-activated",
                               G_CALLBACK (judgement_item_cb), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->judgement_bin, GTK_WIDGET (self->judgement_page));
    }
  return self->judgement_page;
}

void
_asr_window_pages_clear_items (AsrWindow *self)
{
  if (self->item_page != NULL)
    asr_item_page_set_item (self->item_page, NULL);
  if (self->judgement_page != NULL)
    asr_judgement_page_set_key_question (self->judgement_page, NULL);
}

/* The pages already built follow the window's document. */
void
_asr_window_pages_set_assessment (AsrWindow     *self,
                                  AsrAssessment *assessment)
{
  if (self->summary_view != NULL)
    asr_summary_view_set_assessment (self->summary_view, assessment);
  if (self->comparison_view != NULL)
    asr_comparison_view_set_assessment (self->comparison_view, assessment);
}

void
_asr_window_view_stack_page_cb (AsrWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean summary = g_strcmp0 (name, "summary") == 0;
  gboolean compare = g_strcmp0 (name, "compare") == 0;

  if (summary)
    _asr_window_get_summary_view (self);
  if (compare)
    _asr_window_get_comparison_view (self);
  if (self->summary_view != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->summary_view), summary);
  if (self->comparison_view != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->comparison_view), compare);
}

void
_asr_window_pages_dispose (AsrWindow *self)
{
  /* Owned by their bins, which the template disposes. */
  self->summary_view = NULL;
  self->comparison_view = NULL;
  self->item_page = NULL;
  self->judgement_page = NULL;
}
