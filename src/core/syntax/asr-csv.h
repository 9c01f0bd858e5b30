/* asr-csv.h: a strict RFC 4180 CSV reader for untrusted files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accepts what spreadsheets write: quoted fields with embedded commas,
 * doubled quotes and line breaks, CRLF or LF line ends, a UTF-8 byte
 * order mark.  Rejects everything else with "FILE:LINE:COL: message"
 * (1-based, columns in characters): a quote inside an unquoted field, text
 * after a closing quote, an unclosed quote, a lone carriage return, text
 * that is not UTF-8, a NUL byte, a record whose field count differs from
 * the header's, an empty or repeated column name.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ASR_CSV_MAX_SIZE ((gsize) 256 * 1024 * 1024)

typedef struct
{
  char      *filename;
  GPtrArray *header;    /* of char *: the column names, in order */
  GPtrArray *records;   /* of char **: one field per column */
  GArray    *lines;     /* of guint: the line each record starts on */
} AsrCsv;

AsrCsv *asr_csv_parse  (const char  *data,
                        gsize        length,
                        const char  *filename,
                        GError     **error);
void    asr_csv_free   (AsrCsv      *csv);
/* The index of the column named @name, or -1. */
int     asr_csv_column (AsrCsv      *csv,
                        const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrCsv, asr_csv_free)

G_END_DECLS
