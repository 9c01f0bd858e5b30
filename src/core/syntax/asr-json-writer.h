/* asr-json-writer.h: stable, pretty, diff-friendly JSON output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes straight into a GString in the order the caller gives: two-space
 * indent, one member per line, "key": value, empty containers as {} and [],
 * non-ASCII text kept as UTF-8, control characters escaped.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  GString *out;
  guint    depth;
  gboolean first;      /* no member/element written yet at this depth */
  gboolean after_key;  /* a member name was written, its value comes next */
} AsrJsonWriter;

void asr_json_writer_init         (AsrJsonWriter *self,
                                   GString       *out);
void asr_json_writer_begin_object (AsrJsonWriter *self);
void asr_json_writer_end_object   (AsrJsonWriter *self);
void asr_json_writer_begin_array  (AsrJsonWriter *self);
void asr_json_writer_end_array    (AsrJsonWriter *self);
void asr_json_writer_key          (AsrJsonWriter *self,
                                   const char    *key);
void asr_json_writer_string       (AsrJsonWriter *self,
                                   const char    *value);  /* NULL writes null */
void asr_json_writer_int          (AsrJsonWriter *self,
                                   gint64         value);
/* Shortest text that reads back as the same double, always with a "." or
 * an exponent so it stays a double; NaN and infinities are written as null. */
void asr_json_writer_double       (AsrJsonWriter *self,
                                   double         value);
void asr_json_writer_boolean      (AsrJsonWriter *self,
                                   gboolean       value);
void asr_json_writer_null         (AsrJsonWriter *self);
/* Writes any json-glib tree (objects in member order). */
void asr_json_writer_node         (AsrJsonWriter *self,
                                   JsonNode      *node);
/* Ends the document with a newline. */
void asr_json_writer_finish       (AsrJsonWriter *self);

/* Appends @value as a JSON string literal (with quotes) to @out. */
void asr_json_escape_string       (GString       *out,
                                   const char    *value);

G_END_DECLS
