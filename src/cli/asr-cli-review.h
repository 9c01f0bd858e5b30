/* asr-cli-review.h: assessor --review [--json] FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

gboolean asr_cli_review_wanted (const AsrCliOptions *options);
/* Exit 0: no findings; 3: findings; 1: FILE invalid; 2: usage. */
int      asr_cli_review_run    (const AsrCliOptions *options);

G_END_DECLS
