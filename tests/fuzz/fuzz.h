/* fuzz.h: what every fuzz target shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout is GLib's fuzzing/: each target defines
 * LLVMFuzzerTestOneInput(); with -Dfuzzing=true it is linked against
 * libFuzzer, and in every build against fuzz-replay.c, which runs the
 * target's seed corpus as an ordinary test.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "asr-core.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A warning or a critical from our code on any input is a bug: make it
 * abort, so that libFuzzer and the replay test both see it. */
static inline void
fuzz_set_up (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
}
