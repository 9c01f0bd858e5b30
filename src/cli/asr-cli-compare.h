/* asr-cli-compare.h: assessor --compare=PREVIOUS FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

/* Checks the options that go with --compare, imports PREVIOUS into FILE's
 * assessment (in memory only) and prints the comparison, as text or with
 * --json as JSON.  Returns the exit status. */
int asr_cli_compare_run (const AsrCliOptions *options);

G_END_DECLS
