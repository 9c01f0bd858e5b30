/* asr-core.h: everything the GTK-free core offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-assessment.h"
#include "asr-assessment-io.h"
#include "asr-error.h"
#include "asr-evidence.h"
#include "asr-framework.h"
#include "asr-key-question.h"
#include "asr-quality-statement.h"
#include "asr-rules.h"
#include "asr-summary.h"
#include "asr-types.h"
#include "asr-enums.h"
