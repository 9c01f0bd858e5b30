/* asr-band-bar.h: the scale 25–100 with the rating bands and a marker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "asr-core.h"

G_BEGIN_DECLS

#define ASR_TYPE_BAND_BAR (asr_band_bar_get_type ())
G_DECLARE_FINAL_TYPE (AsrBandBar, asr_band_bar, ASR, BAND_BAR, GtkWidget)

GtkWidget    *asr_band_bar_new            (void);
int           asr_band_bar_get_percentage (AsrBandBar   *self);
void          asr_band_bar_set_percentage (AsrBandBar   *self,
                                           int           percentage);
AsrFramework *asr_band_bar_get_framework  (AsrBandBar   *self);
void          asr_band_bar_set_framework  (AsrBandBar   *self,
                                           AsrFramework *framework);

G_END_DECLS
