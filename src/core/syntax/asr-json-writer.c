/* asr-json-writer.c: stable, pretty, diff-friendly JSON output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-json"

#include "asr-json-writer.h"

#include <math.h>
#include <string.h>

/* Eight bytes at a time: the text we write is mostly long runs of plain
 * characters, and checking a word for "anything to escape" is much
 * cheaper than checking each byte. */
#define ONES   G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS  G_GUINT64_CONSTANT (0x8080808080808080)
#define HAS_ZERO(v)    (((v) - ONES) & ~(v) & HIGHS)
#define HAS_LESS(v, n) (((v) - ONES * (n)) & ~(v) & HIGHS)

/* The short escapes of control characters; the others become \u00XX. */
static const char escape_letter[0x20] = {
  ['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't',
};

/* ",\n" and an indent: begin_item() appends a slice of it. */
static const char separator[] =
  ",\n                                                                ";

static inline guint64
load_word (const guchar *p)
{
  guint64 w;

  /* memcpy, because p is not aligned; compilers turn it into one load. */
  memcpy (&w, p, sizeof w);
  return w;
}

/* One bit set (the top one of the byte) for each byte of @w that is not
 * plain ASCII text: a quote, a backslash, a control character or a
 * non-ASCII byte.  The lowest bit set is always exact (the borrows of the
 * subtractions only spoil bytes after a true hit), so on little-endian
 * machines it gives the first such byte directly. */
static inline guint64
non_plain_mask (guint64 w)
{
  return HAS_ZERO (w ^ (ONES * '"')) |
         HAS_ZERO (w ^ (ONES * '\\')) |
         HAS_LESS (w, 0x20) |
         (w & HIGHS);
}

/* Printable ASCII other than the quote and the backslash. */
static const guint8 plain_byte[256] = {
  [0x20 ... 0x21] = 1, [0x23 ... 0x5B] = 1, [0x5D ... 0x7F] = 1,
};

/* Length of the UTF-8 sequence at @p (its lead byte is >= 0x80), or 0 if
 * it is not valid (overlong, a surrogate, past U+10FFFF).  Inline because
 * g_utf8_validate_len() on each run cost more than the rest of the
 * writing.  Same function as in asr-json-reader.c. */
static inline gsize
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  gsize avail = end - p;
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;

  if (c < 0xC2 || c > 0xF4)
    return 0;
  if (c < 0xE0)
    return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;

  if (c == 0xE0)
    lo = 0xA0;
  else if (c == 0xED)
    hi = 0x9F;
  else if (c == 0xF0)
    lo = 0x90;
  else if (c == 0xF4)
    hi = 0x8F;

  if (c < 0xF0)
    return avail >= 3 && p[1] >= lo && p[1] <= hi &&
           (p[2] & 0xC0) == 0x80 ? 3 : 0;
  return avail >= 4 && p[1] >= lo && p[1] <= hi &&
         (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80 ? 4 : 0;
}

/* g_string_append_c() is inlined by GLib, unlike g_string_append_len(),
 * and escapes are short. */
static void
append_escape (GString *out,
               guchar   c)
{
  static const char hex[] = "0123456789abcdef";

  g_string_append_c (out, '\\');
  if (c == '"' || c == '\\')
    g_string_append_c (out, c);
  else if (escape_letter[c] != 0)
    g_string_append_c (out, escape_letter[c]);
  else
    {
      g_string_append_len (out, "u00", 3);
      g_string_append_c (out, hex[c >> 4]);
      g_string_append_c (out, hex[c & 0xF]);
    }
}

/* The first byte from @p on that is not plain ASCII text, or @end. */
static inline const guchar *
find_non_plain (const guchar *p,
                const guchar *end)
{
  while (end - p >= 8)
    {
      guint64 mask = non_plain_mask (load_word (p));

      if (mask != 0)
        {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          return p + (__builtin_ctzll (mask) >> 3);
#else
          break;
#endif
        }
      p += 8;
    }
  while (p < end && plain_byte[*p])
    p++;
  return p;
}

/* Moves @p past text that is copied as it is: printable ASCII other than
 * the quote and the backslash, and valid UTF-8. */
static inline const guchar *
skip_plain_text (const guchar *p,
                 const guchar *end)
{
  for (;;)
    {
      gsize len;

      p = find_non_plain (p, end);
      if (p >= end || *p < 0x80)
        return p;
      len = utf8_sequence_length (p, end);
      if (len == 0)
        return p;
      p += len;
    }
}

void
asr_json_escape_string (GString    *out,
                        const char *value)
{
  const guchar *p = (const guchar *) value;
  const guchar *end;

  g_return_if_fail (out != NULL);
  g_return_if_fail (value != NULL);

  end = p + strlen (value);
  g_string_append_c (out, '"');
  while (p < end)
    {
      const guchar *run = p;

      p = skip_plain_text (p, end);
      g_string_append_len (out, (const char *) run, p - run);
      if (p >= end)
        break;
      /* Callers should only hand us UTF-8, but a file we cannot read
       * back is the worst outcome: an invalid byte becomes U+FFFD. */
      if (*p >= 0x80)
        g_string_append_len (out, "\xef\xbf\xbd", 3);
      else
        append_escape (out, *p);
      p++;
    }
  g_string_append_c (out, '"');
}

/* A comma, the line break and the indent of the next line, in one append:
 * GString calls are a good part of the cost of writing. */
static void
newline_and_indent (AsrJsonWriter *self,
                    gboolean       comma)
{
  const char *start = comma ? separator : separator + 1;
  gsize head = comma ? 2 : 1;
  gsize n = (gsize) self->depth * 2;

  if (n <= sizeof separator - 3)
    {
      g_string_append_len (self->out, start, head + n);
      return;
    }
  g_string_append_len (self->out, start, head);
  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof separator - 3);

      g_string_append_len (self->out, separator + 2, chunk);
      n -= chunk;
    }
}

/* Everything that starts a member or an element: the separator from the
 * previous one and the new line, unless a key already put us in place. */
static void
begin_item (AsrJsonWriter *self)
{
  if (self->after_key)
    {
      self->after_key = FALSE;
      return;
    }
  if (self->depth > 0)
    newline_and_indent (self, !self->first);
}

static void
end_item (AsrJsonWriter *self)
{
  self->first = FALSE;
}

void
asr_json_writer_init (AsrJsonWriter *self,
                      GString       *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  self->out = out;
  self->depth = 0;
  self->first = TRUE;
  self->after_key = FALSE;
}

static void
begin_container (AsrJsonWriter *self,
                 char           open)
{
  begin_item (self);
  g_string_append_c (self->out, open);
  self->depth++;
  self->first = TRUE;
}

static void
end_container (AsrJsonWriter *self,
               char           close)
{
  g_return_if_fail (self->depth > 0);

  self->depth--;
  /* An empty container stays on its opening line: {} or []. */
  if (!self->first)
    newline_and_indent (self, FALSE);
  g_string_append_c (self->out, close);
  end_item (self);
}

void
asr_json_writer_begin_object (AsrJsonWriter *self)
{
  begin_container (self, '{');
}

void
asr_json_writer_end_object (AsrJsonWriter *self)
{
  end_container (self, '}');
}

void
asr_json_writer_begin_array (AsrJsonWriter *self)
{
  begin_container (self, '[');
}

void
asr_json_writer_end_array (AsrJsonWriter *self)
{
  end_container (self, ']');
}

void
asr_json_writer_key (AsrJsonWriter *self,
                     const char    *key)
{
  g_return_if_fail (key != NULL);
  g_return_if_fail (!self->after_key);

  begin_item (self);
  asr_json_escape_string (self->out, key);
  g_string_append_c (self->out, ':');
  g_string_append_c (self->out, ' ');
  self->after_key = TRUE;
}

void
asr_json_writer_string (AsrJsonWriter *self,
                        const char    *value)
{
  if (value == NULL)
    {
      asr_json_writer_null (self);
      return;
    }
  begin_item (self);
  asr_json_escape_string (self->out, value);
  end_item (self);
}

void
asr_json_writer_int (AsrJsonWriter *self,
                     gint64         value)
{
  /* By hand: printf is slow for this, and integers are frequent. */
  char buf[24];
  char *q = buf + sizeof buf;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  do
    {
      *--q = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude != 0);
  if (value < 0)
    *--q = '-';

  begin_item (self);
  g_string_append_len (self->out, q, buf + sizeof buf - q);
  end_item (self);
}

/* The shortest of %.15g, %.16g and %.17g that reads back as the same
 * double, so 0.1 stays "0.1" rather than "0.10000000000000001". */
static void
format_double (char   *buf,
               gsize   size,
               double  value)
{
  static const char *const formats[] = { "%.15g", "%.16g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, size, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
  g_ascii_dtostr (buf, size, value);
}

void
asr_json_writer_double (AsrJsonWriter *self,
                        double         value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 2];

  /* JSON has no NaN or infinity; null is the only honest spelling. */
  if (!isfinite (value))
    {
      asr_json_writer_null (self);
      return;
    }

  begin_item (self);
  format_double (buf, G_ASCII_DTOSTR_BUF_SIZE, value);
  /* Keep a double a double when read back: 2.0 must not become int 2. */
  if (strpbrk (buf, ".eE") == NULL)
    strcat (buf, ".0");
  g_string_append (self->out, buf);
  end_item (self);
}

void
asr_json_writer_boolean (AsrJsonWriter *self,
                         gboolean       value)
{
  begin_item (self);
  if (value)
    g_string_append_len (self->out, "true", 4);
  else
    g_string_append_len (self->out, "false", 5);
  end_item (self);
}

void
asr_json_writer_null (AsrJsonWriter *self)
{
  begin_item (self);
  g_string_append_len (self->out, "null", 4);
  end_item (self);
}

static void
write_value_node (AsrJsonWriter *self,
                  JsonNode      *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64)
    asr_json_writer_int (self, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    asr_json_writer_double (self, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    asr_json_writer_boolean (self, json_node_get_boolean (node));
  else if (type == G_TYPE_STRING)
    asr_json_writer_string (self, json_node_get_string (node));
  else
    {
      g_critical ("Cannot write a JSON value of type %s", g_type_name (type));
      asr_json_writer_null (self);
    }
}

void
asr_json_writer_node (AsrJsonWriter *self,
                      JsonNode      *node)
{
  if (node == NULL)
    {
      asr_json_writer_null (self);
      return;
    }

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        asr_json_writer_begin_object (self);
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            asr_json_writer_key (self, name);
            asr_json_writer_node (self, member);
          }
        asr_json_writer_end_object (self);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        asr_json_writer_begin_array (self);
        for (guint i = 0; i < n; i++)
          asr_json_writer_node (self, json_array_get_element (array, i));
        asr_json_writer_end_array (self);
      }
      break;

    case JSON_NODE_VALUE:
      write_value_node (self, node);
      break;

    case JSON_NODE_NULL:
    default:
      asr_json_writer_null (self);
      break;
    }
}

void
asr_json_writer_finish (AsrJsonWriter *self)
{
  g_warn_if_fail (self->depth == 0);

  g_string_append_c (self->out, '\n');
}
