/* asr-json-reader.h: a strict JSON parser for untrusted files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder syntax/: strict readers and writers of JSON and CSV and the
 * core's error domain. Depends on GLib and json-glib only: nothing else in
 * the core.
 *
 * json-glib 1.6's parser is lenient (comments, duplicate keys, wrapped
 * integers, 1e400 → inf, stack overflow on deep nesting).  This parser
 * accepts exactly RFC 8259 JSON; every error names the file and line:col
 * (both 1-based, columns counted in characters).
 *
 * Two ways to use it, over one tokenizer: asr_json_parse() builds the
 * same JsonNode tree as json-glib, and AsrJsonReader hands out one token
 * at a time, so that a loader can fill its model without a tree.
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

typedef enum
{
  ASR_JSON_TOKEN_ERROR,         /* the error is set; every later call repeats this */
  ASR_JSON_TOKEN_END,           /* the single top-level value was read whole */
  ASR_JSON_TOKEN_BEGIN_OBJECT,
  ASR_JSON_TOKEN_END_OBJECT,
  ASR_JSON_TOKEN_BEGIN_ARRAY,
  ASR_JSON_TOKEN_END_ARRAY,
  ASR_JSON_TOKEN_KEY,           /* a member name; its value comes next */
  ASR_JSON_TOKEN_STRING,
  ASR_JSON_TOKEN_INT,
  ASR_JSON_TOKEN_DOUBLE,
  ASR_JSON_TOKEN_TRUE,
  ASR_JSON_TOKEN_FALSE,
  ASR_JSON_TOKEN_NULL,
} AsrJsonToken;

typedef struct _AsrJsonReader AsrJsonReader;

/* A reader of @length bytes of @data, which must stay alive and unchanged
 * while it is used.  NULL, with @error set (ASR_ERROR_TOO_LARGE), when
 * @length passes the limit. */
AsrJsonReader *asr_json_reader_new          (const char          *data,
                                             gsize                length,
                                             const char          *filename,
                                             const AsrJsonLimits *limits,
                                             GError             **error);
void           asr_json_reader_free         (AsrJsonReader       *reader);

/* The next token.  Syntax errors are found in document order, the same
 * ones and with the same messages as asr_json_parse(): duplicate keys,
 * the nesting limit, content after the top-level value included. */
AsrJsonToken   asr_json_reader_next         (AsrJsonReader       *reader,
                                             GError             **error);
/* The text of the current KEY or STRING (unescaped, valid UTF-8, no NUL),
 * valid until the next call. */
const char    *asr_json_reader_get_string   (AsrJsonReader       *reader,
                                             gsize               *length);
gint64         asr_json_reader_get_int      (AsrJsonReader       *reader);
double         asr_json_reader_get_double   (AsrJsonReader       *reader);
/* Open arrays and objects, the current token's own included. */
guint          asr_json_reader_get_depth    (AsrJsonReader       *reader);
/* Where the current token starts (1-based; columns in characters).  This
 * rescans the input, so it is for messages only. */
void           asr_json_reader_get_position (AsrJsonReader       *reader,
                                             gsize               *line,
                                             gsize               *column);
/* After a BEGIN token, reads up to its END; after any other, does nothing.
 * Either way the value just begun is then finished. */
gboolean       asr_json_reader_skip         (AsrJsonReader       *reader,
                                             GError             **error);
/* Reads to the end of the input, so that a syntax error anywhere in it
 * is found. */
gboolean       asr_json_reader_finish       (AsrJsonReader       *reader,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsrJsonReader, asr_json_reader_free)

G_END_DECLS
