/* asr-location-picker.h: choose one location of a CQC Latest ratings sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "asr-import-cqc.h"

G_BEGIN_DECLS

#define ASR_TYPE_LOCATION_PICKER (asr_location_picker_get_type ())
G_DECLARE_FINAL_TYPE (AsrLocationPicker, asr_location_picker, ASR, LOCATION_PICKER, AdwWindow)

/* A modal dialog over @parent listing the locations of @ratings, searchable
 * by name or Location ID.  Emits "location-chosen" (the Location ID) when
 * the user imports one, then closes. */
AsrLocationPicker *asr_location_picker_new        (GtkWindow         *parent,
                                                   AsrCqcRatings     *ratings,
                                                   const char        *display_name);
/* The locations shown (after the search), for tests. */
GListModel        *asr_location_picker_get_model  (AsrLocationPicker *self);
GtkEditable       *asr_location_picker_get_search (AsrLocationPicker *self);
/* Imports the selected location, as the Import button does. */
void               asr_location_picker_choose     (AsrLocationPicker *self);

G_END_DECLS
