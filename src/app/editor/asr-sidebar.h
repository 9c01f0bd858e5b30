/* asr-sidebar.h: the key questions and their quality statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_SIDEBAR (asr_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (AsrSidebar, asr_sidebar, ASR, SIDEBAR, AdwBin)

GtkWidget           *asr_sidebar_new            (void);
AsrAssessment       *asr_sidebar_get_assessment (AsrSidebar          *self);
void                 asr_sidebar_set_assessment (AsrSidebar          *self,
                                                 AsrAssessment       *assessment);
/* The selected quality statement. */
AsrQualityStatement *asr_sidebar_get_statement  (AsrSidebar          *self);
void                 asr_sidebar_set_statement  (AsrSidebar          *self,
                                                 AsrQualityStatement *statement);
void                 asr_sidebar_focus_search   (AsrSidebar          *self);

/* The widgets, for tests. */
GtkEditable         *asr_sidebar_get_search_entry (AsrSidebar *self);
GtkListBox          *asr_sidebar_get_list_box     (AsrSidebar *self);
/* The row showing @statement, NULL when it is filtered out. */
GtkListBoxRow       *asr_sidebar_get_row          (AsrSidebar          *self,
                                                   AsrQualityStatement *statement);

G_END_DECLS
