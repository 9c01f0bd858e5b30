/* asr-json-reader.c: a strict JSON parser for untrusted files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One tokenizer, no recursion: open arrays and objects live on an explicit
 * stack, so the nesting limit is a plain comparison and deep input cannot
 * overflow the C stack.  AsrJsonReader returns one token per call;
 * asr_json_parse() is a loop over those tokens that builds a JsonNode tree.
 * Line and column are not tracked while parsing (that would cost on every
 * byte); an error rescans the input up to its offset instead.
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
  gboolean is_object;  /* else an array */
  gboolean first;      /* nothing read yet after the opening bracket */
} Frame;

/* The tokenizer's functions call their reader P, for "parser". */
typedef struct _AsrJsonReader Parser;

struct _AsrJsonReader
{
  const guchar *begin;       /* line 1, column 1 (after any BOM) */
  const guchar *p;
  const guchar *end;
  char         *filename;
  guint         max_depth;
  GArray       *frames;      /* of Frame: the open containers */
  /* Member names seen, one set per object depth, kept for reuse: objects
   * are opened by the thousand, so a set is emptied, not rebuilt. */
  GPtrArray    *key_sets;
  GString      *key;         /* name of the member being read */
  GString      *text;        /* unescaped string value being read */
  const guchar *token_start;
  gint64        int_value;
  double        double_value;
  AsrJsonToken  token;       /* the last one returned */
  gboolean      need_value;  /* at the start, and after a member name */
  gboolean      started;
  GError      **error;       /* of the current call */
};

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

static gboolean
make_int (Parser       *P,
          const guchar *start,
          gboolean      negative,
          guint64       magnitude,
          gsize         n_digits)
{
  /* 19 digits always fit in a guint64, so the magnitude did not wrap. */
  guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;

  if (n_digits > 19 || magnitude > limit)
    return syntax_error (P, start, "integer out of range (the limit is %s%"
                         G_GUINT64_FORMAT ")", negative ? "-" : "", limit);
  if (negative)
    P->int_value = magnitude == limit ? G_MININT64 : -(gint64) magnitude;
  else
    P->int_value = (gint64) magnitude;
  P->token = ASR_JSON_TOKEN_INT;
  return TRUE;
}

static gboolean
make_double (Parser       *P,
             const guchar *start,
             const guchar *number_end)
{
  gsize len = number_end - start;
  char small[64];
  g_autofree char *large = NULL;
  char *copy = small;

  /* strtod needs a terminated string, and the input is not one. */
  if (len >= sizeof small)
    copy = large = g_malloc (len + 1);
  memcpy (copy, start, len);
  copy[len] = '\0';

  P->double_value = g_ascii_strtod (copy, NULL);
  if (!isfinite (P->double_value))
    return syntax_error (P, start, "number out of range");
  P->token = ASR_JSON_TOKEN_DOUBLE;
  return TRUE;
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

static gboolean
read_number (Parser *P)
{
  const guchar *start = P->p;
  const guchar *end = P->end;
  gboolean negative = *start == '-';
  const guchar *digits = start + negative;
  const guchar *q = digits;
  guint64 magnitude = 0;

  if (!check_number_start (P, start, digits))
    return FALSE;

  /* Wraps past 19 digits, but make_int rejects those by their count. */
  while (q < end && IS_DIGIT (*q))
    magnitude = magnitude * 10 + (*q++ - '0');

  if (q < end && (*q == '.' || *q == 'e' || *q == 'E'))
    {
      if (!skip_fraction_exponent (P, &q))
        return FALSE;
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

static gboolean
read_literal (Parser *P)
{
  if (match_literal (P, "true", 4))
    P->token = ASR_JSON_TOKEN_TRUE;
  else if (match_literal (P, "false", 5))
    P->token = ASR_JSON_TOKEN_FALSE;
  else if (match_literal (P, "null", 4))
    P->token = ASR_JSON_TOKEN_NULL;
  else if (match_literal (P, "NaN", 3) || match_literal (P, "Infinity", 8))
    return syntax_error (P, P->p, "NaN and Infinity are not allowed in JSON");
  else
    return unexpected (P, P->p, "a value");

  P->p += P->token == ASR_JSON_TOKEN_FALSE ? 5 : 4;
  return TRUE;
}

static void
free_key_set (gpointer set)
{
  if (set != NULL)
    g_hash_table_unref (set);
}

/* The set of member names of the object being opened, emptied. */
static void
reset_key_set (Parser *P)
{
  guint depth = P->frames->len;

  if (P->key_sets->len <= depth)
    g_ptr_array_set_size (P->key_sets, depth + 1);
  if (P->key_sets->pdata[depth] == NULL)
    P->key_sets->pdata[depth] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  else
    g_hash_table_remove_all (P->key_sets->pdata[depth]);
}

static gboolean
open_container (Parser *P)
{
  Frame frame = { *P->p == '{', TRUE };

  if (P->frames->len >= P->max_depth)
    return fail_at (P, P->p, ASR_ERROR_TOO_LARGE,
                    "nesting deeper than %u levels", P->max_depth);
  if (frame.is_object)
    reset_key_set (P);
  P->p++;
  g_array_append_val (P->frames, frame);
  P->token = frame.is_object ? ASR_JSON_TOKEN_BEGIN_OBJECT : ASR_JSON_TOKEN_BEGIN_ARRAY;
  return TRUE;
}

/* The value at P->p (whitespace already skipped).  A scalar is read
 * whole; an array or object is only opened. */
static gboolean
parse_value (Parser *P)
{
  P->need_value = FALSE;
  P->token_start = P->p;
  if (P->p >= P->end)
    return unexpected (P, P->p, "a value");

  switch (*P->p)
    {
    case '{':
    case '[':
      return open_container (P);

    case '"':
      P->token = ASR_JSON_TOKEN_STRING;
      return read_string (P, P->text);

    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return read_number (P);

    case '+':
      return syntax_error (P, P->p, "numbers must not start with \"+\"");

    case '.':
      return syntax_error (P, P->p, "numbers must start with a digit");

    default:
      return read_literal (P);
    }
}

/* "name": with P->p on the name's opening quote; the value comes next. */
static gboolean
parse_member_name (Parser *P)
{
  const guchar *name_at = P->p;
  GHashTable *names;

  P->token_start = name_at;
  if (P->p >= P->end || *P->p != '"')
    return unexpected (P, P->p, "a member name in double quotes");
  if (!read_string (P, P->key))
    return FALSE;
  /* A hash set, so that this stays a constant-time check however many
   * members the object has. */
  names = P->key_sets->pdata[P->frames->len - 1];
  if (g_hash_table_contains (names, P->key->str))
    {
      g_autofree char *name = quote_excerpt (P->key->str, P->key->len);

      return syntax_error (P, name_at, "duplicate key %s", name);
    }
  g_hash_table_add (names, g_strndup (P->key->str, P->key->len));

  P->p = skip_whitespace (P->p, P->end);
  if (P->p >= P->end || *P->p != ':')
    return unexpected (P, P->p, "\":\" after the member name");
  P->p = skip_whitespace (P->p + 1, P->end);
  P->need_value = TRUE;
  P->token = ASR_JSON_TOKEN_KEY;
  return TRUE;
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
 * next member name or element. */
static gboolean
parse_step (Parser *P)
{
  Frame *top = &g_array_index (P->frames, Frame, P->frames->len - 1);
  gboolean is_object = top->is_object;
  guchar close = is_object ? '}' : ']';

  P->p = skip_whitespace (P->p, P->end);
  if (P->p < P->end && *P->p == close)
    {
      P->token_start = P->p++;
      g_array_set_size (P->frames, P->frames->len - 1);
      P->token = is_object ? ASR_JSON_TOKEN_END_OBJECT : ASR_JSON_TOKEN_END_ARRAY;
      return TRUE;
    }

  if (top->first)
    top->first = FALSE;
  else if (!skip_comma (P, close))
    return FALSE;

  return is_object ? parse_member_name (P) : parse_value (P);
}

static gboolean
parse_start (Parser *P)
{
  P->started = TRUE;
  P->p = skip_whitespace (P->p, P->end);
  if (P->p >= P->end)
    return syntax_error (P, P->p, P->p == P->begin
                         ? "empty file" : "empty file (only whitespace)");
  return parse_value (P);
}

static gboolean
parse_end (Parser *P)
{
  P->p = skip_whitespace (P->p, P->end);
  P->token_start = P->p;
  if (P->p < P->end)
    return syntax_error (P, P->p, "unexpected content after the top-level "
                         "value%s", *P->p == '\0' ? " (a NUL byte)" : "");
  P->token = ASR_JSON_TOKEN_END;
  return TRUE;
}

AsrJsonReader *
asr_json_reader_new (const char          *data,
                     gsize                length,
                     const char          *filename,
                     const AsrJsonLimits *limits,
                     GError             **error)
{
  gsize max_size = limits != NULL && limits->max_size != 0
                   ? limits->max_size : ASR_JSON_DEFAULT_MAX_SIZE;
  AsrJsonReader *P;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Every message starts with the name, and messages must be UTF-8. */
  if (filename == NULL)
    filename = "(data)";
  if (length > max_size)
    {
      g_autofree char *name = g_utf8_make_valid (filename, -1);

      g_set_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE,
                   "%s: file is too large (%" G_GSIZE_FORMAT " bytes; the "
                   "limit is %" G_GSIZE_FORMAT ")", name, length, max_size);
      return NULL;
    }

  P = g_new0 (AsrJsonReader, 1);
  P->begin = (const guchar *) (data != NULL ? data : "");
  P->end = P->begin + length;
  if (length >= 3 && memcmp (P->begin, "\xEF\xBB\xBF", 3) == 0)
    P->begin += 3;
  P->p = P->token_start = P->begin;
  P->filename = g_utf8_make_valid (filename, -1);
  P->max_depth = limits != NULL && limits->max_depth != 0
                 ? limits->max_depth : ASR_JSON_DEFAULT_MAX_DEPTH;
  P->frames = g_array_sized_new (FALSE, FALSE, sizeof (Frame), 16);
  P->key_sets = g_ptr_array_new_with_free_func (free_key_set);
  P->key = g_string_sized_new (64);
  P->text = g_string_sized_new (256);
  P->token = ASR_JSON_TOKEN_BEGIN_OBJECT;  /* anything but ERROR and END */
  return P;
}

void
asr_json_reader_free (AsrJsonReader *P)
{
  if (P == NULL)
    return;
  g_array_unref (P->frames);
  g_ptr_array_unref (P->key_sets);
  g_string_free (P->key, TRUE);
  g_string_free (P->text, TRUE);
  g_free (P->filename);
  g_free (P);
}

AsrJsonToken
asr_json_reader_next (AsrJsonReader *P,
                      GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (P != NULL, ASR_JSON_TOKEN_ERROR);

  if (P->token == ASR_JSON_TOKEN_ERROR || P->token == ASR_JSON_TOKEN_END)
    return P->token;

  P->error = error;
  if (!P->started)
    ok = parse_start (P);
  else if (P->need_value)
    ok = parse_value (P);
  else if (P->frames->len == 0)
    ok = parse_end (P);
  else
    ok = parse_step (P);
  P->error = NULL;

  if (!ok)
    P->token = ASR_JSON_TOKEN_ERROR;
  return P->token;
}

const char *
asr_json_reader_get_string (AsrJsonReader *P,
                            gsize         *length)
{
  GString *s = P->token == ASR_JSON_TOKEN_KEY ? P->key : P->text;

  g_return_val_if_fail (P->token == ASR_JSON_TOKEN_KEY ||
                        P->token == ASR_JSON_TOKEN_STRING, NULL);
  if (length != NULL)
    *length = s->len;
  return s->str;
}

gint64
asr_json_reader_get_int (AsrJsonReader *P)
{
  g_return_val_if_fail (P->token == ASR_JSON_TOKEN_INT, 0);
  return P->int_value;
}

double
asr_json_reader_get_double (AsrJsonReader *P)
{
  g_return_val_if_fail (P->token == ASR_JSON_TOKEN_DOUBLE, 0.0);
  return P->double_value;
}

guint
asr_json_reader_get_depth (AsrJsonReader *P)
{
  return P->frames->len;
}

void
asr_json_reader_get_position (AsrJsonReader *P,
                              gsize         *line,
                              gsize         *column)
{
  locate (P, P->token_start, line, column);
}

gboolean
asr_json_reader_skip (AsrJsonReader *P,
                      GError       **error)
{
  guint depth = P->frames->len;

  if (P->token != ASR_JSON_TOKEN_BEGIN_OBJECT && P->token != ASR_JSON_TOKEN_BEGIN_ARRAY)
    return P->token != ASR_JSON_TOKEN_ERROR;
  while (P->frames->len >= depth)
    if (asr_json_reader_next (P, error) == ASR_JSON_TOKEN_ERROR)
      return FALSE;
  return TRUE;
}

gboolean
asr_json_reader_finish (AsrJsonReader *P,
                        GError       **error)
{
  for (;;)
    switch (asr_json_reader_next (P, error))
      {
      case ASR_JSON_TOKEN_ERROR:
        return FALSE;
      case ASR_JSON_TOKEN_END:
        return TRUE;
      default:
        break;
      }
}

/* The tree: asr_json_parse() */

/* Hands @node to the innermost open container (under the member name
 * just read, for an object), or makes it the document. */
static void
attach (Parser    *P,
        GPtrArray *open,
        JsonNode **root,
        JsonNode  *node)
{
  JsonNode *parent;

  if (open->len == 0)
    {
      *root = node;
      return;
    }
  parent = open->pdata[open->len - 1];
  json_node_set_parent (node, parent);
  if (JSON_NODE_HOLDS_OBJECT (parent))
    json_object_set_member (json_node_get_object (parent), P->key->str, node);
  else
    json_array_add_element (json_node_get_array (parent), node);
}

static JsonNode *
make_container (JsonNode *node,
                gboolean  is_object)
{
  if (is_object)
    {
      JsonObject *object = json_object_new ();

      json_node_init_object (node, object);
      json_object_unref (object);
    }
  else
    {
      JsonArray *array = json_array_new ();

      json_node_init_array (node, array);
      json_array_unref (array);
    }
  return node;
}

static JsonNode *
make_node (Parser *P)
{
  JsonNode *node = json_node_alloc ();

  switch (P->token)
    {
    case ASR_JSON_TOKEN_BEGIN_OBJECT:
    case ASR_JSON_TOKEN_BEGIN_ARRAY:
      return make_container (node, P->token == ASR_JSON_TOKEN_BEGIN_OBJECT);
    case ASR_JSON_TOKEN_STRING:
      return json_node_init_string (node, P->text->str);
    case ASR_JSON_TOKEN_INT:
      return json_node_init_int (node, P->int_value);
    case ASR_JSON_TOKEN_DOUBLE:
      return json_node_init_double (node, P->double_value);
    case ASR_JSON_TOKEN_TRUE:
    case ASR_JSON_TOKEN_FALSE:
      return json_node_init_boolean (node, P->token == ASR_JSON_TOKEN_TRUE);
    default:
      return json_node_init_null (node);
    }
}

static gboolean
build_tree (Parser    *P,
            JsonNode **root,
            GError   **error)
{
  g_autoptr(GPtrArray) open = g_ptr_array_sized_new (16);

  for (;;)
    {
      AsrJsonToken token = asr_json_reader_next (P, error);
      JsonNode *node;

      switch (token)
        {
        case ASR_JSON_TOKEN_ERROR:
          return FALSE;
        case ASR_JSON_TOKEN_END:
          return TRUE;
        case ASR_JSON_TOKEN_KEY:
          break;
        case ASR_JSON_TOKEN_END_OBJECT:
        case ASR_JSON_TOKEN_END_ARRAY:
          g_ptr_array_set_size (open, open->len - 1);
          break;
        default:
          node = make_node (P);
          attach (P, open, root, node);
          if (token == ASR_JSON_TOKEN_BEGIN_OBJECT || token == ASR_JSON_TOKEN_BEGIN_ARRAY)
            g_ptr_array_add (open, node);
          break;
        }
    }
}

JsonNode *
asr_json_parse (const char          *data,
                gsize                length,
                const char          *filename,
                const AsrJsonLimits *limits,
                GError             **error)
{
  g_autoptr(AsrJsonReader) reader = NULL;
  JsonNode *root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = asr_json_reader_new (data, length, filename, limits, error);
  if (reader == NULL)
    return NULL;
  if (!build_tree (reader, &root, error))
    g_clear_pointer (&root, json_node_unref);
  return root;
}
