/* asr-bind.h: GBinding transforms shared by the views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* An enum property ↔ the "selected" position of a drop-down or combo row
 * listing the enum's values in order (an invalid position is ignored). */
gboolean asr_bind_enum_to_position (GBinding     *binding,
                                    const GValue *from,
                                    GValue       *to,
                                    gpointer      user_data);
gboolean asr_bind_position_to_enum (GBinding     *binding,
                                    const GValue *from,
                                    GValue       *to,
                                    gpointer      user_data);

G_END_DECLS
