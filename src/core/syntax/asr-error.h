/* asr-error.h: errors of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ASR_ERROR (asr_error_quark ())

typedef enum
{
  ASR_ERROR_SYNTAX,       /* not well-formed JSON: message names file:line:col */
  ASR_ERROR_TOO_LARGE,    /* size or nesting depth past the limits */
  ASR_ERROR_INVALID,      /* well-formed but wrong: message names file and a path */
  ASR_ERROR_UNSUPPORTED,  /* another format, a newer version */
  ASR_ERROR_RULE,         /* breaks a scoring rule (override without a reason …) */
  ASR_ERROR_FRAMEWORK_MISSING, /* names a framework that is not installed */
} AsrError;

GQuark asr_error_quark (void);

G_END_DECLS
