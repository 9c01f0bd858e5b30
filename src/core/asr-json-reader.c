/* asr-json-reader.c: a strict JSON parser for untrusted files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the bytes, no recursion: open arrays and objects live on
 * an explicit stack, so the nesting limit is a plain comparison and deep
 * input cannot overflow the C stack.  Line and column are not tracked
 * while parsing (that would cost on every byte); an error rescans the
 * input up to its offset instead.
 */
#define G_LOG_DOMAIN "asr-json"

#include "asr-json-reader.h"

#include <math.h>
#include <string.h>

#include "asr-error.h"
#include "asr-json-writer.h"

/* Longest excerpt of the input quoted in a message, in characters. */
#define EXCERPT_CHARS 40

/* Word-at-a-time scanning of string bodies, which are most of the bytes
 * in our files (long notes): one test per eight bytes finds the next
 * quote, backslash, control character or non-ASCII byte. */
#define ONES   G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS  G_GUINT64_CONSTANT (0x8080808080808080)
#define HAS_ZERO(v)    (((v) - ONES) & ~(v) & HIGHS)
#define HAS_LESS(v, n) (((v) - ONES * (n)) & ~(v) & HIGHS)

#define IS_DIGIT(c) ((guint) ((c) - '0') < 10)

typedef struct
{
  JsonNode   *node;    /* the container, as parent of its children */
  JsonObject *object;  /* exactly one of object and array is set */
  JsonArray  *array;
  gboolean    first;   /* nothing read yet after the opening bracket */
} Frame;

typedef struct
{
  const guchar *begin;     /* line 1, column 1 (after any BOM) */
  const guchar *p;
  const guchar *end;
  const char   *filename;
  guint         max_depth;
  GArray       *frames;    /* of Frame: the open containers */
  GString      *key;       /* name of the member being read */
  GString      *text;      /* unescaped string value being read */
  JsonNode     *root;
  GError      **error;
} Parser;

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
 * it is not valid: overlong forms, UTF-16 surrogates and code points past
 * U+10FFFF are rejected, as RFC 3629 asks.  Inline rather than
 * g_utf8_validate_len() on each run: the call and its byte loop cost
 * more than the parsing itself on text with frequent accents.
 * (asr-json-writer.c has the same function.) */
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

static inline const guchar *
skip_whitespace (const guchar *p,
                 const guchar *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* Bytes that continue a bare word, so that "truex" or an unquoted key is
 * reported whole rather than one character at a time. */
static inline gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$' || c >= 0x80;
}

/* Only called for errors.  \n, \r\n and a lone \r each end a line;
 * columns count characters, i.e. bytes that do not continue a UTF-8
 * sequence. */
static void
locate (const Parser *P,
        const guchar *at,
        gsize        *line,
        gsize        *column)
{
  *line = 1;
  *column = 1;
  for (const guchar *q = P->begin; q < at; q++)
    {
      if (*q == '\n' || (*q == '\r' && (q + 1 == P->end || q[1] != '\n')))
        {
          (*line)++;
          *column = 1;
        }
      else if ((*q & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean fail_at (Parser       *P,
                         const guchar *at,
                         AsrError      code,
                         const char   *format,
                         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Parser       *P,
         const guchar *at,
         AsrError      code,
         const char   *format,
         ...)
{
  g_autofree char *message = NULL;
  gsize line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (P, at, &line, &column);
  g_set_error (P->error, ASR_ERROR, code,
               "%s:%" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT ": %s",
               P->filename, line, column, message);
  return FALSE;
}

#define syntax_error(P, at, ...) fail_at ((P), (at), ASR_ERROR_SYNTAX, __VA_ARGS__)

/* Text from the input, for a message: valid UTF-8 whatever the input,
 * at most EXCERPT_CHARS characters, and in JSON quotes so that quotes,
 * line breaks and control characters stay visible. */
static char *
quote_excerpt (const char *text,
               gsize       len)
{
  g_autofree char *valid = NULL;
  g_autofree char *shortened = NULL;
  GString *out = g_string_new (NULL);

  /* A character is at most 4 bytes, so this keeps more than enough. */
  len = MIN (len, (EXCERPT_CHARS + 1) * 4);
  valid = g_utf8_make_valid (text, len);
  if (g_utf8_strlen (valid, -1) > EXCERPT_CHARS)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, EXCERPT_CHARS - 1);

      shortened = g_strconcat (head, "…", NULL);
    }
  asr_json_escape_string (out, shortened != NULL ? shortened : valid);
  return g_string_free (out, FALSE);
}

/* What was found at @at, for "expected X, found Y". */
static char *
describe_at (const Parser *P,
             const guchar *at)
{
  guchar c = *at;

  if (c == '"')
    return g_strdup ("'\"'");
  if (g_ascii_isalnum (c) || c == '_' || c == '$')
    {
      const guchar *q = at;

      while (q < P->end && is_word_byte (*q))
        q++;
      return quote_excerpt ((const char *) at, q - at);
    }
  if (c >= 0x20 && c < 0x7F)
    return g_strdup_printf ("\"%c\"", c);
  if (c < 0x80)
    return g_strdup_printf ("U+%04X", c);
  /* Outside strings any non-ASCII character is out of place, and it is
   * often an invisible one (a stray BOM, a no-break space): name it. */
  return g_strdup_printf ("U+%04X",
                          g_utf8_get_char_validated ((const char *) at,
                                                     P->end - at));
}

/* The error for anything at @at that is not what the grammar allows,
 * with a specific message for the usual mistakes of hand-edited JSON. */
static gboolean
unexpected (Parser       *P,
            const guchar *at,
            const char   *expected)
{
  g_autofree char *found = NULL;

  if (at >= P->end)
    return syntax_error (P, at, "unexpected end of file; expected %s", expected);
  if (*at == '\0')
    return syntax_error (P, at, "unexpected NUL byte; expected %s", expected);
  if (*at == '/' && at + 1 < P->end && (at[1] == '/' || at[1] == '*'))
    return syntax_error (P, at, "comments are not allowed in JSON");
  if (*at == '\'')
    return syntax_error (P, at, "single quotes are not allowed in JSON; "
                                "use double quotes");
  if (*at >= 0x80 &&
      g_utf8_get_char_validated ((const char *) at, P->end - at) >= 0x110000)
    return syntax_error (P, at, "invalid UTF-8");

  found = describe_at (P, at);
  return syntax_error (P, at, "expected %s, found %s", expected, found);
}

static gboolean
string_control_error (Parser       *P,
                      const guchar *at)
{
  if (*at == '\0')
    return syntax_error (P, at, "unexpected NUL byte in a string");
  if (*at == '\n' || *at == '\r')
    return syntax_error (P, at, "line break in a string (a missing "
                                "closing quote, or write \\n)");
  return syntax_error (P, at, "control character U+%04X in a string "
                              "must be escaped", *at);
}

static gboolean
eof_in_string (Parser       *P,
               const guchar *start)
{
  gsize line, column;

  locate (P, start, &line, &column);
  return syntax_error (P, P->end, "unexpected end of file in the string "
                       "started at %" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT,
                       line, column);
}

/* Four hex digits at @p: the value, -1 if one is not a hex digit, or -2
 * if the file ends first. */
static int
read_hex4 (const Parser *P,
           const guchar *p)
{
  int value = 0;

  for (guint i = 0; i < 4; i++)
    {
      if (p + i >= P->end)
        return -2;
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      value = value * 16 + g_ascii_xdigit_value (p[i]);
    }
  return value;
}

/* The \uXXXX escape at @at (a surrogate pair included) as one character. */
static gboolean
read_unicode_escape (Parser       *P,
                     const guchar *at,
                     const guchar *string_start,
                     gunichar     *out)
{
  int high = read_hex4 (P, at + 2);
  int low = -1;

  if (high == -2)
    return eof_in_string (P, string_start);
  if (high < 0)
    return syntax_error (P, at, "\\u must be followed by four hex digits");
  /* GLib strings end at the first NUL, so one inside would cut the text. */
  if (high == 0)
    return syntax_error (P, at, "\\u0000 is not allowed in strings");
  if (high >= 0xDC00 && high <= 0xDFFF)
    return syntax_error (P, at, "lone low surrogate \\u%04X in a string", high);
  if (high < 0xD800 || high > 0xDBFF)
    {
      *out = high;
      return TRUE;
    }

  if (at + 7 < P->end && at[6] == '\\' && at[7] == 'u')
    low = read_hex4 (P, at + 8);
  if (low == -2 || at + 6 >= P->end)
    return eof_in_string (P, string_start);
  if (low < 0xDC00 || low > 0xDFFF)
    return syntax_error (P, at, "high surrogate \\u%04X is not followed by "
                                "a low surrogate", high);
  *out = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
  return TRUE;
}

static gboolean
invalid_escape (Parser       *P,
                const guchar *at)
{
  guchar c = at[1];

  if (c > 0x20 && c < 0x7F)
    return syntax_error (P, at, "invalid escape \\%c in a string (JSON has "
                         "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", c);
  if (c < 0x20)
    return string_control_error (P, at + 1);
  if (c >= 0x80 &&
      g_utf8_get_char_validated ((const char *) at + 1, P->end - at - 1) >= 0x110000)
    return syntax_error (P, at + 1, "invalid UTF-8");
  return syntax_error (P, at, "invalid escape: \\ followed by U+%04X",
                       c < 0x80 ? c : g_utf8_get_char ((const char *) at + 1));
}

/* The escape at P->p (a backslash) into @buf, moving P->p past it. */
static gboolean
read_escape (Parser       *P,
             GString      *buf,
             const guchar *string_start)
{
  static const char simple[][2] = {
    { '"', '"' }, { '\\', '\\' }, { '/', '/' }, { 'b', '\b' },
    { 'f', '\f' }, { 'n', '\n' }, { 'r', '\r' }, { 't', '\t' },
  };
  const guchar *at = P->p;
  char utf8[6];
  gunichar u = 0;

  if (at + 1 >= P->end)
    return eof_in_string (P, string_start);
  for (guint i = 0; i < G_N_ELEMENTS (simple); i++)
    if (at[1] == (guchar) simple[i][0])
      {
        g_string_append_c (buf, simple[i][1]);
        P->p = at + 2;
        return TRUE;
      }
  if (at[1] != 'u')
    return invalid_escape (P, at);

  if (!read_unicode_escape (P, at, string_start, &u))
    return FALSE;
  g_string_append_len (buf, utf8, g_unichar_to_utf8 (u, utf8));
  P->p = at + (u >= 0x10000 ? 12 : 6);
  return TRUE;
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

/* Moves @p past plain text in a string: printable ASCII other than the
 * quote and the backslash, and valid UTF-8.  Returns NULL, with the error
 * set, at invalid UTF-8. */
static inline const guchar *
skip_plain_text (Parser       *P,
                 const guchar *p)
{
  const guchar *end = P->end;

  for (;;)
    {
      gsize len;

      p = find_non_plain (p, end);
      if (p >= end || *p < 0x80)
        return p;
      len = utf8_sequence_length (p, end);
      if (len == 0)
        {
          syntax_error (P, p, "invalid UTF-8");
          return NULL;
        }
      p += len;
    }
}

/* The string at P->p (its opening quote), unescaped into @buf.  Plain
 * text is copied in runs, one append per run. */
static gboolean
read_string (Parser  *P,
             GString *buf)
{
  const guchar *start = P->p;
  const guchar *p = start + 1;

  g_string_truncate (buf, 0);
  for (;;)
    {
      const guchar *run = p;

      p = skip_plain_text (P, p);
      if (p == NULL)
        return FALSE;
      g_string_append_len (buf, (const char *) run, p - run);

      if (p >= P->end)
        return eof_in_string (P, start);
      if (*p == '"')
        {
          P->p = p + 1;
          return TRUE;
        }
      if (*p != '\\')
        return string_control_error (P, p);
      P->p = p;
      if (!read_escape (P, buf, start))
        return FALSE;
      p = P->p;
    }
}

static JsonNode *
make_int (Parser       *P,
          const guchar *start,
          gboolean      negative,
          guint64       magnitude,
          gsize         n_digits)
{
  /* 19 digits always fit in a guint64, so the magnitude did not wrap. */
  guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  JsonNode *node;

  if (n_digits > 19 || magnitude > limit)
    {
      syntax_error (P, start, "integer out of range (the limit is %s%"
                    G_GUINT64_FORMAT ")", negative ? "-" : "", limit);
      return NULL;
    }
  node = json_node_alloc ();
  if (negative)
    json_node_init_int (node, magnitude == limit ? G_MININT64 : -(gint64) magnitude);
  else
    json_node_init_int (node, (gint64) magnitude);
  return node;
}

static JsonNode *
make_double (Parser       *P,
             const guchar *start,
             const guchar *number_end)
{
  gsize len = number_end - start;
  char small[64];
  g_autofree char *large = NULL;
  char *copy = small;
  double value;
  JsonNode *node;

  /* strtod needs a terminated string, and the input is not one. */
  if (len >= sizeof small)
    copy = large = g_malloc (len + 1);
  memcpy (copy, start, len);
  copy[len] = '\0';

  value = g_ascii_strtod (copy, NULL);
  if (!isfinite (value))
    {
      syntax_error (P, start, "number out of range");
      return NULL;
    }
  node = json_node_alloc ();
  json_node_init_double (node, value);
  return node;
}

/* Everything after the integer part: fraction and exponent, if any. */
static gboolean
skip_fraction_exponent (Parser        *P,
                        const guchar **q_inout)
{
  const guchar *q = *q_inout;
  const guchar *end = P->end;

  if (q < end && *q == '.')
    {
      if (++q >= end || !IS_DIGIT (*q))
        return unexpected (P, q, "a digit after the decimal point");
      while (q < end && IS_DIGIT (*q))
        q++;
    }
  if (q < end && (*q == 'e' || *q == 'E'))
    {
      if (++q < end && (*q == '+' || *q == '-'))
        q++;
      if (q >= end || !IS_DIGIT (*q))
        return unexpected (P, q, "a digit in the exponent");
      while (q < end && IS_DIGIT (*q))
        q++;
    }
  *q_inout = q;
  return TRUE;
}

/* The mistakes that can be seen at the first digit of a number. */
static gboolean
check_number_start (Parser       *P,
                    const guchar *start,
                    const guchar *q)
{
  const guchar *end = P->end;

  if (q < end && (*q == 'I' || *q == 'N'))
    return syntax_error (P, start, "NaN and Infinity are not allowed in JSON");
  if (q >= end || !IS_DIGIT (*q))
    return unexpected (P, q, "a digit after \"-\"");
  if (*q == '0' && q + 1 < end && (q[1] == 'x' || q[1] == 'X'))
    return syntax_error (P, start, "hexadecimal numbers are not allowed in JSON");
  if (*q == '0' && q + 1 < end && IS_DIGIT (q[1]))
    return syntax_error (P, start, "leading zeros are not allowed in numbers");
  return TRUE;
}

static JsonNode *
read_number (Parser *P)
{
  const guchar *start = P->p;
  const guchar *end = P->end;
  gboolean negative = *start == '-';
  const guchar *digits = start + negative;
  const guchar *q = digits;
  guint64 magnitude = 0;

  if (!check_number_start (P, start, digits))
    return NULL;

  /* Wraps past 19 digits, but make_int rejects those by their count. */
  while (q < end && IS_DIGIT (*q))
    magnitude = magnitude * 10 + (*q++ - '0');

  if (q < end && (*q == '.' || *q == 'e' || *q == 'E'))
    {
      if (!skip_fraction_exponent (P, &q))
        return NULL;
      P->p = q;
      return make_double (P, start, q);
    }
  P->p = q;
  return make_int (P, start, negative, magnitude, q - digits);
}

static gboolean
match_literal (const Parser *P,
               const char   *word,
               gsize         len)
{
  return (gsize) (P->end - P->p) >= len &&
         memcmp (P->p, word, len) == 0 &&
         (P->p + len == P->end || !is_word_byte (P->p[len]));
}

static JsonNode *
read_literal (Parser *P)
{
  JsonNode *node;

  if (match_literal (P, "true", 4) || match_literal (P, "false", 5))
    {
      gboolean value = *P->p == 't';

      P->p += value ? 4 : 5;
      node = json_node_alloc ();
      return json_node_init_boolean (node, value);
    }
  if (match_literal (P, "null", 4))
    {
      P->p += 4;
      node = json_node_alloc ();
      return json_node_init_null (node);
    }
  if (match_literal (P, "NaN", 3) || match_literal (P, "Infinity", 8))
    syntax_error (P, P->p, "NaN and Infinity are not allowed in JSON");
  else
    unexpected (P, P->p, "a value");
  return NULL;
}

/* Hands @node to the innermost open container (under the member name
 * just read, for an object), or makes it the document. */
static void
attach (Parser   *P,
        JsonNode *node)
{
  Frame *top;

  if (P->frames->len == 0)
    {
      P->root = node;
      return;
    }
  top = &g_array_index (P->frames, Frame, P->frames->len - 1);
  json_node_set_parent (node, top->node);
  if (top->object != NULL)
    json_object_set_member (top->object, P->key->str, node);
  else
    json_array_add_element (top->array, node);
}

static gboolean
open_container (Parser *P)
{
  Frame frame = { NULL, NULL, NULL, TRUE };

  /* Checked before anything is allocated for the new level. */
  if (P->frames->len >= P->max_depth)
    return fail_at (P, P->p, ASR_ERROR_TOO_LARGE,
                    "nesting deeper than %u levels", P->max_depth);

  frame.node = json_node_alloc ();
  if (*P->p == '{')
    {
      frame.object = json_object_new ();
      json_node_init_object (frame.node, frame.object);
      json_object_unref (frame.object);
    }
  else
    {
      frame.array = json_array_new ();
      json_node_init_array (frame.node, frame.array);
      json_array_unref (frame.array);
    }
  P->p++;
  attach (P, frame.node);
  g_array_append_val (P->frames, frame);
  return TRUE;
}

/* The value at P->p (whitespace already skipped).  A scalar is read
 * whole; an array or object is only opened, and parse_step reads its
 * contents. */
static gboolean
parse_value (Parser *P)
{
  JsonNode *node;

  if (P->p >= P->end)
    return unexpected (P, P->p, "a value");

  switch (*P->p)
    {
    case '{':
    case '[':
      return open_container (P);

    case '"':
      if (!read_string (P, P->text))
        return FALSE;
      node = json_node_alloc ();
      json_node_init_string (node, P->text->str);
      break;

    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      node = read_number (P);
      break;

    case '+':
      return syntax_error (P, P->p, "numbers must not start with \"+\"");

    case '.':
      return syntax_error (P, P->p, "numbers must start with a digit");

    default:
      node = read_literal (P);
      break;
    }

  if (node == NULL)
    return FALSE;
  attach (P, node);
  return TRUE;
}

/* "name": value, with P->p on the name's opening quote. */
static gboolean
parse_member (Parser     *P,
              JsonObject *object)
{
  const guchar *name_at = P->p;

  if (P->p >= P->end || *P->p != '"')
    return unexpected (P, P->p, "a member name in double quotes");
  if (!read_string (P, P->key))
    return FALSE;
  /* JsonObject keeps its members in a hash table, so this stays a
   * constant-time check however many members the object has. */
  if (json_object_has_member (object, P->key->str))
    {
      g_autofree char *name = quote_excerpt (P->key->str, P->key->len);

      return syntax_error (P, name_at, "duplicate key %s", name);
    }

  P->p = skip_whitespace (P->p, P->end);
  if (P->p >= P->end || *P->p != ':')
    return unexpected (P, P->p, "\":\" after the member name");
  P->p = skip_whitespace (P->p + 1, P->end);
  return parse_value (P);
}

static gboolean
skip_comma (Parser *P,
            guchar  close)
{
  const guchar *comma = P->p;

  if (comma >= P->end || *comma != ',')
    return unexpected (P, comma, close == '}'
                       ? "\",\" or \"}\" after an object member"
                       : "\",\" or \"]\" after an array element");
  P->p = skip_whitespace (comma + 1, P->end);
  if (P->p < P->end && *P->p == close)
    return syntax_error (P, comma, "trailing commas are not allowed in JSON");
  return TRUE;
}

/* One step inside the innermost open container: close it, or read its
 * next member or element (which may open a container in turn). */
static gboolean
parse_step (Parser *P)
{
  Frame *top = &g_array_index (P->frames, Frame, P->frames->len - 1);
  JsonObject *object = top->object;
  guchar close = object != NULL ? '}' : ']';

  P->p = skip_whitespace (P->p, P->end);
  if (P->p < P->end && *P->p == close)
    {
      P->p++;
      g_array_set_size (P->frames, P->frames->len - 1);
      return TRUE;
    }

  if (top->first)
    top->first = FALSE;
  else if (!skip_comma (P, close))
    return FALSE;

  /* top is not used past here: a new level may move the stack. */
  return object != NULL ? parse_member (P, object) : parse_value (P);
}

static gboolean
parse_document (Parser *P)
{
  P->p = skip_whitespace (P->p, P->end);
  if (P->p >= P->end)
    return syntax_error (P, P->p, P->p == P->begin
                         ? "empty file" : "empty file (only whitespace)");

  if (!parse_value (P))
    return FALSE;
  while (P->frames->len > 0)
    if (!parse_step (P))
      return FALSE;

  P->p = skip_whitespace (P->p, P->end);
  if (P->p < P->end)
    return syntax_error (P, P->p, "unexpected content after the top-level "
                         "value%s", *P->p == '\0' ? " (a NUL byte)" : "");
  return TRUE;
}

JsonNode *
asr_json_parse (const char          *data,
                gsize                length,
                const char          *filename,
                const AsrJsonLimits *limits,
                GError             **error)
{
  gsize max_size = limits != NULL && limits->max_size != 0
                   ? limits->max_size : ASR_JSON_DEFAULT_MAX_SIZE;
  guint max_depth = limits != NULL && limits->max_depth != 0
                    ? limits->max_depth : ASR_JSON_DEFAULT_MAX_DEPTH;
  g_autofree char *display_name = NULL;
  Parser P = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every message starts with the name, and messages must be UTF-8. */
  if (filename == NULL)
    filename = "(data)";
  else if (!g_utf8_validate (filename, -1, NULL))
    filename = display_name = g_utf8_make_valid (filename, -1);
  if (length > max_size)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE,
                   "%s: file is too large (%" G_GSIZE_FORMAT " bytes; the "
                   "limit is %" G_GSIZE_FORMAT ")", filename, length, max_size);
      return NULL;
    }

  P.begin = (const guchar *) (data != NULL ? data : "");
  P.end = P.begin + length;
  if (length >= 3 && memcmp (P.begin, "\xEF\xBB\xBF", 3) == 0)
    P.begin += 3;
  P.p = P.begin;
  P.filename = filename;
  P.max_depth = max_depth;
  P.frames = g_array_sized_new (FALSE, FALSE, sizeof (Frame), 16);
  P.key = g_string_sized_new (64);
  P.text = g_string_sized_new (256);
  P.error = error;

  ok = parse_document (&P);

  g_array_unref (P.frames);
  g_string_free (P.key, TRUE);
  g_string_free (P.text, TRUE);
  if (!ok)
    g_clear_pointer (&P.root, json_node_unref);
  return P.root;
}
