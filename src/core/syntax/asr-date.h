/* asr-date.h: calendar dates as people type them, kept as ISO 8601
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads a date typed by a user: "2026-10-14" (ISO 8601, as the file keeps
 * it) or "14/10/2026" (day first, the way it is written in the UK; "." or
 * "-" may separate too, one-digit days and months are fine).  Returns the
 * date as "YYYY-MM-DD", "" for empty input (no date), or NULL with @error
 * (ASR_ERROR_INVALID) saying what is wrong: a date that does not exist
 * (31/02/2026), a two-digit year, anything else. */
char     *asr_date_parse_input (const char  *text,
                                GError     **error);
/* The same as a GDate (invalid when @text is not a date or is empty). */
gboolean  asr_date_to_gdate    (const char  *iso,
                                GDate       *date);

G_END_DECLS
