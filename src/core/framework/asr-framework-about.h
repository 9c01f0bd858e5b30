/* asr-framework-about.h: what a framework file says about itself: its
 * edition, where its text comes from and when it applies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "asr-json-walk.h"

G_BEGIN_DECLS

typedef struct
{
  char *version;      /* "framework_version": the framework's own edition */
  char *publisher;    /* "source": where the framework's text comes from */
  char *title;
  char *url;
  char *valid_from;   /* YYYY-MM-DD */
  char *valid_to;     /* YYYY-MM-DD, or NULL: still in use */
  char *short_name;   /* "short_name" ("SAF 2024"), or NULL when not given */
} AsrFrameworkAbout;

/* Reads /framework_version, /source, /valid_from, /valid_to and
 * /short_name of a framework file into @out (cleared first). */
gboolean _asr_framework_load_about  (AsrWalk           *walk,
                                     JsonObject        *root,
                                     AsrFrameworkAbout *out,
                                     GError           **error);
void     _asr_framework_about_clear (AsrFrameworkAbout *about);

G_END_DECLS
