/* asr-width-bin.h: a bin whose width is the same at any height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ASR_TYPE_WIDTH_BIN (asr_width_bin_get_type ())
G_DECLARE_FINAL_TYPE (AsrWidthBin, asr_width_bin, ASR, WIDTH_BIN, AdwBin)

/* @child in a new AsrWidthBin. */
GtkWidget *asr_width_bin_new (GtkWidget *child);

G_END_DECLS
