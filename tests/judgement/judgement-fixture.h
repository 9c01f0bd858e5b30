/* judgement-fixture.h: the test judgement framework (framework.json),
 * registered so that assessments of it load like any other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-core.h"

G_BEGIN_DECLS

/* The framework "test-judgement", loaded once and registered. */
AsrFramework  *judgement_fixture_framework (void);
/* The bytes of a file in tests/judgement/. */
GBytes        *judgement_fixture_bytes     (const char *name);
/* An assessment read from a file in tests/judgement/ (must load). */
AsrAssessment *judgement_fixture_load      (const char *name);
/* @text with @from replaced by @to once (which must be in it), loaded:
 * NULL and @error set when the file is refused. */
AsrAssessment *judgement_fixture_load_edited (const char  *name,
                                              const char  *from,
                                              const char  *to,
                                              GError     **error);

G_END_DECLS
