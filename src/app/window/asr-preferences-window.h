/* asr-preferences-window.h: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ASR_TYPE_PREFERENCES_WINDOW (asr_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (AsrPreferencesWindow, asr_preferences_window, ASR, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Every row is bound to @settings (schema io.github.assessor.Assessor):
 * a change applies at once, there is nothing to confirm. */
GtkWidget *asr_preferences_window_new (GtkWindow *parent,
                                       GSettings *settings);

G_END_DECLS
