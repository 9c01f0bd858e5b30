/* asr-cli-portfolio.h: assessor --portfolio [--json|--csv] PATH…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-cli.h"

G_BEGIN_DECLS

/* One row per assessment (files, or folders searched for *.assessment),
 * then the ratings aggregated by location and for the provider. */
int asr_cli_portfolio_run (const AsrCliOptions *options);

G_END_DECLS
