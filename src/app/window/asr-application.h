/* asr-application.h: the application, one window per document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ASR_TYPE_APPLICATION (asr_application_get_type ())
G_DECLARE_FINAL_TYPE (AsrApplication, asr_application, ASR, APPLICATION, AdwApplication)

AsrApplication *asr_application_new          (void);
/* Never unique: parallel tests must not forward to each other. */
AsrApplication *asr_application_new_for_test (void);
/* Opens @file in a window of its own, or raises the window showing it. */
void            asr_application_open_file    (AsrApplication *self,
                                              GFile          *file);
/* The "Open Recent" menu, kept in step with GtkRecentManager. */
GMenuModel     *asr_application_get_recent_menu (AsrApplication *self);
/* The same recent assessments as GFiles, newest first (the welcome page). */
GListModel     *asr_application_get_recent_files (AsrApplication *self);
/* The window showing @file (an AsrWindow), or NULL. */
GtkWindow      *asr_application_find_window   (AsrApplication *self,
                                               GFile          *file);

G_END_DECLS
