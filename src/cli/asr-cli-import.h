/* asr-cli-import.h: assessor --import-report=OUT REPORT…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

/* Imports the published report pages in the FILEs into a new assessment
 * OUT; prints the checks of the arithmetic and what could not be read. */
int    asr_cli_import_run       (const AsrCliOptions *options);

G_END_DECLS
