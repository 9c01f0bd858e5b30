/* asr-detail-rows.h: what the details and New Assessment rows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds a calendar button to @row: it opens on the row's date (today when
 * the row has none) and a picked day is written into the row as
 * YYYY-MM-DD.  @label names the button for a screen reader. */
GtkWidget          *asr_entry_row_add_calendar    (AdwEntryRow        *row,
                                                   const char         *label);
/* Adds a button listing @choices; picking one writes it into the row,
 * which still takes any text. */
GtkWidget          *asr_entry_row_add_choices     (AdwEntryRow        *row,
                                                   const char * const *choices,
                                                   const char         *label);
/* Marks @row's text as wrong, with @message told to a screen reader and
 * shown as the tooltip; NULL clears the mark. */
void                asr_entry_row_set_error       (AdwEntryRow        *row,
                                                   const char         *message);
/* Names the text field inside each entry row after its row's title (the
 * title is drawn inside the row, not a label a screen reader finds). */
void                asr_entry_rows_label_fields   (AdwEntryRow       **rows,
                                                   guint               n_rows);
/* "A. Inspector, , B. Adviser " → { "A. Inspector", "B. Adviser" }. */
char              **asr_split_assessors           (const char         *text);
/* CQC's service types (a resource, one a line), in the order listed. */
const char * const *asr_cqc_service_types         (void);

G_END_DECLS
