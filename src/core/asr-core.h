/* asr-core.h: everything the GTK-free core offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * src/core/: the GTK-free core, one static library (GLib, GIO, json-glib).
 * Its folders, from the bottom up: syntax/ (strict JSON and CSV, errors, text made safe to show),
 * model/ (the assessment and its GObjects), rules/ (CQC's scoring rules),
 * framework/ (framework definitions), format/ (the .assessment file),
 * compare/ (previous ratings, imports, comparison, portfolios), merge/
 * (merging two drafts, resolving conflicts), storage/ (safe files,
 * autosave). Nothing here may include GTK, cairo or a report
 * header.
 */
#pragma once

#include "asr-assessment.h"
#include "asr-assessment-io.h"
#include "asr-error.h"
#include "asr-evidence.h"
#include "asr-framework.h"
#include "asr-framework-registry.h"
#include "asr-key-question.h"
#include "asr-merge.h"
#include "asr-comment.h"
#include "asr-quality-statement.h"
#include "asr-review.h"
#include "asr-rules.h"
#include "asr-summary.h"
#include "asr-text.h"
#include "asr-types.h"
#include "asr-enums.h"
