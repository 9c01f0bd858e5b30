/* asr-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "asr-error.h"

G_DEFINE_QUARK (asr-error-quark, asr_error)
