/* asr-check-row.h: a boxed-list row with a check button, a title and a
 * subtitle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A new row that shows @check before @title and the subtitle (set it
 * through @subtitle, which the row owns); activating the row activates
 * @check. */
GtkWidget *asr_check_row_new        (GtkCheckButton *check,
                                     const char     *title,
                                     GtkLabel      **subtitle);
/* Puts @widget at the end of @row. */
void       asr_check_row_add_suffix (GtkWidget      *row,
                                     GtkWidget      *widget);

G_END_DECLS
