/* asr-details-dialog-private.h: the details dialog's parts, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-details-dialog.h"

G_BEGIN_DECLS

/* A row or widget of the template by its id ("date_row", "breach_switch" …). */
GtkWidget *asr_details_dialog_get_row       (AsrDetailsDialog *self,
                                             const char       *name);

G_END_DECLS
