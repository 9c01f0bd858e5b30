/* asr-sidebar-rows.h: the sidebar's statement rows and key question headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-core.h"

G_BEGIN_DECLS

GtkWidget           *asr_sidebar_statement_row_new        (AsrQualityStatement *statement);
AsrQualityStatement *asr_sidebar_row_get_statement        (GtkListBoxRow       *row);
void                 asr_sidebar_row_set_stale            (GtkListBoxRow       *row,
                                                           gboolean             stale);
void                 asr_sidebar_row_set_snippet          (GtkListBoxRow       *row,
                                                           const char          *markup);
const char          *asr_sidebar_row_get_snippet          (GtkListBoxRow       *row);
GtkWidget           *asr_sidebar_key_question_header_new  (AsrKeyQuestion      *key_question);
/* "rating-good", … for style.css */
const char          *asr_rating_css_class                 (AsrRating            rating);

G_END_DECLS
