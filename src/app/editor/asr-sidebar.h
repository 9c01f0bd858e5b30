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
/* The filter shown (an id of asr-sidebar-filters.h: "all", "not-started",
 * …); set_filter is FALSE for an unknown id, or for "changed" without a
 * previous assessment. */
const char          *asr_sidebar_get_filter     (AsrSidebar          *self);
gboolean             asr_sidebar_set_filter     (AsrSidebar          *self,
                                                 const char          *id);
/* The previous assessment "changed" compares with (NULL: none). */
void                 asr_sidebar_set_baseline   (AsrSidebar          *self,
                                                 AsrAssessment       *baseline);

/* The widgets, for tests; the list with every row built. */
GtkEditable         *asr_sidebar_get_search_entry (AsrSidebar *self);
GtkListBox          *asr_sidebar_get_list_box     (AsrSidebar *self);
GtkMenuButton       *asr_sidebar_get_filter_button (AsrSidebar *self);
/* The filter menu's radio button for @id. */
GtkWidget           *asr_sidebar_get_filter_toggle (AsrSidebar *self,
                                                    const char *id);
/* The row showing @statement, NULL when it is filtered out. */
GtkListBoxRow       *asr_sidebar_get_row          (AsrSidebar          *self,
                                                   AsrQualityStatement *statement);

G_END_DECLS
