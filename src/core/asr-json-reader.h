/* asr-json-reader.h: a strict JSON parser for untrusted files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6's parser is lenient (comments, duplicate keys, wrapped
 * integers, 1e400 → inf, stack overflow on deep nesting).  This parser
 * accepts exactly RFC 8259 JSON and builds the same JsonNode tree, so the
 * rest of the core walks json-glib nodes; every error names the file and
 * line:col (both 1-based, columns counted in characters).
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  gsize max_size;    /* bytes; 0 = ASR_JSON_DEFAULT_MAX_SIZE */
  guint max_depth;   /* nesting of arrays and objects; 0 = ASR_JSON_DEFAULT_MAX_DEPTH */
} AsrJsonLimits;

#define ASR_JSON_DEFAULT_MAX_SIZE  ((gsize) 256 * 1024 * 1024)
#define ASR_JSON_DEFAULT_MAX_DEPTH 64

/* Parses @length bytes of @data.  @filename is used only in messages
 * ("FILE:LINE:COL: message").  Returns a new tree (one top-level value),
 * or NULL with @error set in ASR_ERROR (ASR_ERROR_SYNTAX or
 * ASR_ERROR_TOO_LARGE). */
JsonNode *asr_json_parse (const char          *data,
                          gsize                length,
                          const char          *filename,
                          const AsrJsonLimits *limits,
                          GError             **error);

G_END_DECLS
