/* asr-cli-frameworks.h: assessor --frameworks [--json] and
 * assessor --check-framework FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

/* TRUE when the options ask for one of the two. */
gboolean asr_cli_frameworks_wanted (const AsrCliOptions *options);
/* Lists every framework found, or validates one framework file. */
int      asr_cli_frameworks_run    (const AsrCliOptions *options);

G_END_DECLS
