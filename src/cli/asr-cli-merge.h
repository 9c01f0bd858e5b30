/* asr-cli-merge.h: assessor --merge[=BASE] --output=OUT MINE THEIRS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

/* The callback of --merge, whose value (BASE) is optional. */
gboolean asr_cli_merge_option (const char *option_name,
                               const char *value,
                               gpointer    data,
                               GError    **error);
/* Merges and writes OUT; 0 clean, 3 conflicts remain, 1 invalid input,
 * 2 usage. */
int      asr_cli_merge_run    (const AsrCliOptions *options);

G_END_DECLS
