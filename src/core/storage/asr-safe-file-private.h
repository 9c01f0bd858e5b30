/* asr-safe-file-private.h: helpers shared by the safe writer's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Removes the stale temporary files beside @path (a resolved target, not
 * a link), by the rule in asr-safe-file.h.  Never fails: what cannot be
 * checked is left alone. */
void _asr_safe_file_remove_stale (const char *path);

G_END_DECLS
