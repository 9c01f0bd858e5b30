/* asr-cli-export.h: assessor --export=OUT FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

/* TRUE when any export option is given. */
gboolean asr_cli_export_wanted (const AsrCliOptions *options);
/* Writes the report in the format OUT's extension names; an exit status. */
int      asr_cli_export_run    (const AsrCliOptions *options);

G_END_DECLS
