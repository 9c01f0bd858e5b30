/* asr-problems-bar.h: the problems a file was opened with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ASR_TYPE_PROBLEMS_BAR (asr_problems_bar_get_type ())

G_DECLARE_FINAL_TYPE (AsrProblemsBar, asr_problems_bar, ASR, PROBLEMS_BAR, AdwBin)

GtkWidget  *asr_problems_bar_new          (void);
/* Shows @problems ("FILENAME: /path: message" each, listed from the path
 * on); NULL or empty hides the bar. */
void        asr_problems_bar_set_problems (AsrProblemsBar *self,
                                           GPtrArray      *problems,
                                           const char     *filename);
/* The listed problems ("/path: message"), as GtkStringObjects. */
GListModel *asr_problems_bar_get_problems (AsrProblemsBar *self);

G_END_DECLS
