/* test-json.c: the strict JSON reader and the pretty writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-json"

#include <math.h>
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "asr-error.h"
#include "asr-json-reader.h"
#include "asr-json-writer.h"

#define FILENAME "t.json"

/* Helpers */

static JsonNode *
parse_ok_len (const char *data,
              gsize       len)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = asr_json_parse (data, len, FILENAME, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static JsonNode *
parse_ok (const char *data)
{
  return parse_ok_len (data, strlen (data));
}

/* Parses @data (of @len bytes, -1 for a C string) and checks the error:
 * its code and "t.json:" followed by @expected (line:col and message). */
static void
assert_error_full (const char          *data,
                   gssize               len,
                   const AsrJsonLimits *limits,
                   AsrError             code,
                   const char          *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wanted = g_strconcat (FILENAME ":", expected, NULL);
  JsonNode *node;

  if (len < 0)
    len = strlen (data);
  node = asr_json_parse (data, len, FILENAME, limits, &error);
  g_assert_null (node);
  g_assert_error (error, ASR_ERROR, (int) code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, wanted) == NULL)
    g_error ("input %.60s…: error “%s”, expected “%s”",
             data, error->message, wanted);
}

static void
assert_error (const char *data,
              const char *expected)
{
  assert_error_full (data, -1, NULL, ASR_ERROR_SYNTAX, expected);
}

static char *
write_node (JsonNode *node)
{
  GString *out = g_string_new (NULL);
  AsrJsonWriter writer;

  asr_json_writer_init (&writer, out);
  asr_json_writer_node (&writer, node);
  asr_json_writer_finish (&writer);
  return g_string_free (out, FALSE);
}

/* Strict equality: same types (int is not double), same member order. */
static void
assert_nodes_equal (JsonNode *a,
                    JsonNode *b)
{
  g_assert_cmpint (JSON_NODE_TYPE (a), ==, JSON_NODE_TYPE (b));
  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObjectIter ia, ib;
      const char *na, *nb;
      JsonNode *ma, *mb;

      g_assert_cmpuint (json_object_get_size (json_node_get_object (a)), ==,
                        json_object_get_size (json_node_get_object (b)));
      json_object_iter_init_ordered (&ia, json_node_get_object (a));
      json_object_iter_init_ordered (&ib, json_node_get_object (b));
      while (json_object_iter_next_ordered (&ia, &na, &ma))
        {
          g_assert_true (json_object_iter_next_ordered (&ib, &nb, &mb));
          g_assert_cmpstr (na, ==, nb);
          assert_nodes_equal (ma, mb);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *aa = json_node_get_array (a);
      JsonArray *ab = json_node_get_array (b);

      g_assert_cmpuint (json_array_get_length (aa), ==, json_array_get_length (ab));
      for (guint i = 0; i < json_array_get_length (aa); i++)
        assert_nodes_equal (json_array_get_element (aa, i),
                            json_array_get_element (ab, i));
    }
  else if (JSON_NODE_HOLDS_VALUE (a))
    {
      GType type = json_node_get_value_type (a);

      g_assert_true (type == json_node_get_value_type (b));
      if (type == G_TYPE_INT64)
        g_assert_cmpint (json_node_get_int (a), ==, json_node_get_int (b));
      else if (type == G_TYPE_DOUBLE)
        g_assert_true (memcmp (&(double) { json_node_get_double (a) },
                               &(double) { json_node_get_double (b) },
                               sizeof (double)) == 0);
      else if (type == G_TYPE_BOOLEAN)
        g_assert_cmpint (json_node_get_boolean (a), ==, json_node_get_boolean (b));
      else
        g_assert_cmpstr (json_node_get_string (a), ==, json_node_get_string (b));
    }
}

/* Writer */

static void
test_writer_exact (void)
{
  GString *out = g_string_new (NULL);
  AsrJsonWriter w;
  const char *expected =
    "{\n"
    "  \"format\": \"assessor\",\n"
    "  \"version\": 1,\n"
    "  \"empty-object\": {},\n"
    "  \"empty-array\": [],\n"
    "  \"items\": [\n"
    "    {\n"
    "      \"done\": true,\n"
    "      \"note\": null\n"
    "    },\n"
    "    -42,\n"
    "    false,\n"
    "    0.1,\n"
    "    [\n"
    "      \"a\"\n"
    "    ]\n"
    "  ],\n"
    "  \"text\": \"Caf\xc3\xa9 \\\"q\\\" \\\\ \\n\\t\\r\\b\\f\\u0001\\u001f\x7f \xe2\x80\xa8\"\n"
    "}\n";

  asr_json_writer_init (&w, out);
  asr_json_writer_begin_object (&w);
  asr_json_writer_key (&w, "format");
  asr_json_writer_string (&w, "assessor");
  asr_json_writer_key (&w, "version");
  asr_json_writer_int (&w, 1);
  asr_json_writer_key (&w, "empty-object");
  asr_json_writer_begin_object (&w);
  asr_json_writer_end_object (&w);
  asr_json_writer_key (&w, "empty-array");
  asr_json_writer_begin_array (&w);
  asr_json_writer_end_array (&w);
  asr_json_writer_key (&w, "items");
  asr_json_writer_begin_array (&w);
  asr_json_writer_begin_object (&w);
  asr_json_writer_key (&w, "done");
  asr_json_writer_boolean (&w, TRUE);
  asr_json_writer_key (&w, "note");
  asr_json_writer_string (&w, NULL);
  asr_json_writer_end_object (&w);
  asr_json_writer_int (&w, -42);
  asr_json_writer_boolean (&w, FALSE);
  asr_json_writer_double (&w, 0.1);
  asr_json_writer_begin_array (&w);
  asr_json_writer_string (&w, "a");
  asr_json_writer_end_array (&w);
  asr_json_writer_end_array (&w);
  asr_json_writer_key (&w, "text");
  asr_json_writer_string (&w, "Caf\xc3\xa9 \"q\" \\ \n\t\r\b\f\x01\x1f\x7f \xe2\x80\xa8");
  asr_json_writer_end_object (&w);
  asr_json_writer_finish (&w);

  g_assert_cmpstr (out->str, ==, expected);
  g_string_free (out, TRUE);
}

static void
test_writer_scalars (void)
{
  struct { double value; const char *text; } doubles[] = {
    { 0.1, "0.1" }, { 2.0, "2.0" }, { -0.0, "-0.0" }, { 1e300, "1e+300" },
    { 1.0 / 3.0, "0.3333333333333333" }, { 5e-324, "4.94065645841247e-324" }, { 0.30000000000000004, "0.30000000000000004" },
    { NAN, "null" }, { INFINITY, "null" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    {
      GString *out = g_string_new (NULL);
      AsrJsonWriter w;

      asr_json_writer_init (&w, out);
      asr_json_writer_double (&w, doubles[i].value);
      g_assert_cmpstr (out->str, ==, doubles[i].text);
      g_string_free (out, TRUE);
    }
}

static void
test_writer_escape (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  /* Long enough to go through the word-at-a-time path. */
  const char *long_plain = "abcdefghijklmnopqrstuvwxyz0123456789 \xc3\xa9\xc3\xa9 end";

  asr_json_escape_string (out, "");
  g_string_append_c (out, '|');
  asr_json_escape_string (out, long_plain);
  g_string_append_c (out, '|');
  /* Invalid UTF-8 must not reach the file: it becomes U+FFFD. */
  asr_json_escape_string (out, "ab\xff" "cd\xc3");
  g_assert_cmpstr (out->str, ==,
                   "\"\"|\"abcdefghijklmnopqrstuvwxyz0123456789 \xc3\xa9\xc3\xa9 end\"|"
                   "\"ab\xef\xbf\xbd" "cd\xef\xbf\xbd\"");
}

/* Round trip */

static const char *representative =
  "{\"format\":\"assessor\",\"version\":3,\"zeta\":1,\"alpha\":2,"
  "\"service\":{\"name\":\"Caf\xc3\xa9 \\\"Rose\\\" \\u00e9\\ud83d\\ude00\",\"beds\":0,"
  "\"ratio\":0.75,\"tiny\":-1.5e-300,\"neg\":-0.0,\"big\":9223372036854775807,"
  "\"small\":-9223372036854775808,\"flags\":[true,false,null],"
  "\"empty\":{},\"none\":[],\"\":\"empty key\"},"
  "\"notes\":[\"line1\\nline2\\ttab\\u0001\",\"\\\\path\\/x\",\"\xe2\x80\xa8\"],"
  "\"matrix\":[[1,2],[3,[4,{\"deep\":[5.5]}]]]}";

static void
test_round_trip (void)
{
  g_autoptr(JsonNode) tree = parse_ok (representative);
  g_autofree char *text = write_node (tree);
  g_autoptr(JsonNode) again = parse_ok (text);
  g_autofree char *text2 = write_node (again);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *service;

  assert_nodes_equal (tree, again);
  g_assert_cmpstr (text, ==, text2);

  /* json-glib reads our output as the same tree. */
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  assert_nodes_equal (tree, json_parser_get_root (parser));

  service = json_object_get_object_member (json_node_get_object (tree), "service");
  g_assert_cmpstr (json_object_get_string_member (service, "name"), ==,
                   "Caf\xc3\xa9 \"Rose\" \xc3\xa9\xf0\x9f\x98\x80");
  g_assert_cmpstr (json_object_get_string_member (service, ""), ==, "empty key");
  g_assert_true (json_node_get_parent (json_object_get_member (service, "beds")) ==
                 json_object_get_member (json_node_get_object (tree), "service"));
}

static void
test_member_order (void)
{
  g_autoptr(JsonNode) node = parse_ok ("{\"b\":1,\"a\":2,\"c\":3,\"0\":4}");
  const char *expected[] = { "b", "a", "c", "0" };
  JsonObjectIter iter;
  const char *name;
  guint i = 0;

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    g_assert_cmpstr (name, ==, expected[i++]);
  g_assert_cmpuint (i, ==, 4);
}

/* Values */

static void
test_surrogate_pair (void)
{
  g_autoptr(JsonNode) node = parse_ok ("\"\\ud83d\\ude00 \\uD834\\uDD1E \\u20ac\"");

  g_assert_cmpstr (json_node_get_string (node), ==,
                   "\xf0\x9f\x98\x80 \xf0\x9d\x84\x9e \xe2\x82\xac");
  assert_error ("\"\\ud83d\"", "1:2: high surrogate \\uD83D is not followed by a low surrogate");
  assert_error ("\"\\ud83d\\u0041\"", "1:2: high surrogate \\uD83D is not followed");
  assert_error ("\"\\ud83d\\ud83d\"", "1:2: high surrogate \\uD83D is not followed");
  assert_error ("\"x\\udc00\"", "1:3: lone low surrogate \\uDC00");
}

static void
test_integers (void)
{
  g_autoptr(JsonNode) max = parse_ok ("9223372036854775807");
  g_autoptr(JsonNode) min = parse_ok ("[-9223372036854775808]");
  g_autoptr(JsonNode) zero = parse_ok ("-0");
  g_autoptr(JsonNode) neg_zero = parse_ok ("-0.0");
  g_autoptr(JsonNode) exp = parse_ok ("[1E2, 1e-400, 0.5e+1]");
  JsonArray *array;

  g_assert_true (json_node_get_value_type (max) == G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (max), ==, G_MAXINT64);
  g_assert_cmpint (json_array_get_int_element (json_node_get_array (min), 0), ==, G_MININT64);
  g_assert_true (json_node_get_value_type (zero) == G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (zero), ==, 0);
  g_assert_true (json_node_get_value_type (neg_zero) == G_TYPE_DOUBLE);
  g_assert_true (signbit (json_node_get_double (neg_zero)));

  array = json_node_get_array (exp);
  g_assert_true (json_node_get_value_type (json_array_get_element (array, 0)) == G_TYPE_DOUBLE);
  g_assert_cmpfloat (json_array_get_double_element (array, 0), ==, 100.0);
  g_assert_cmpfloat (json_array_get_double_element (array, 1), ==, 0.0);
  g_assert_cmpfloat (json_array_get_double_element (array, 2), ==, 5.0);

  assert_error ("9223372036854775808", "1:1: integer out of range");
  assert_error ("[0, -9223372036854775809]", "1:5: integer out of range");
  assert_error ("[123456789012345678901234567890]", "1:2: integer out of range");
  assert_error ("1e400", "1:1: number out of range");
  assert_error ("[-1.5e400]", "1:2: number out of range");
  assert_error ("-", "1:2: unexpected end of file");
  assert_error ("[-a]", "1:3: expected a digit after \"-\", found \"a\"");
  assert_error ("[01]", "1:2: leading zeros are not allowed in numbers");
  assert_error ("[-01]", "1:2: leading zeros are not allowed in numbers");
  assert_error ("1.5.3", "1:4: unexpected content after the top-level value");
}

/* Errors */

static void
test_error_classes (void)
{
  assert_error ("", "1:1: empty file");
  assert_error (" \n\t ", "2:3: empty file");
  assert_error ("[1]\n  x", "2:3: unexpected content after the top-level value");
  assert_error ("{\"a\":1} // end", "1:9: unexpected content after the top-level value");
  assert_error ("{\n  // c\n}", "2:3: comments are not allowed in JSON");
  assert_error ("[/* c */]", "1:2: comments are not allowed in JSON");
  assert_error ("['a']", "1:2: single quotes are not allowed in JSON");
  assert_error ("{'a': 1}", "1:2: single quotes are not allowed in JSON");
  assert_error ("[1,\n]", "1:3: trailing commas are not allowed in JSON");
  assert_error ("{\"a\": 1,  }", "1:8: trailing commas are not allowed in JSON");
  assert_error ("{a: 1}", "1:2: expected a member name in double quotes, found \"a\"");
  assert_error ("[NaN]", "1:2: NaN and Infinity are not allowed in JSON");
  assert_error ("Infinity", "1:1: NaN and Infinity are not allowed in JSON");
  assert_error ("[0x10]", "1:2: hexadecimal numbers are not allowed in JSON");
  assert_error ("[+1]", "1:2: numbers must not start with \"+\"");
  assert_error ("{\"a\": [1, 2", "1:12: unexpected end of file");
  assert_error ("{\"a\"", "1:5: unexpected end of file");
  assert_error ("\"abc", "1:5: unexpected end of file in the string started at 1:1");
  assert_error ("[\"a\\", "1:5: unexpected end of file in the string started at 1:2");
  assert_error ("[\"\\x\"]", "1:3: invalid escape \\x in a string");
  assert_error ("[\"\\ \"]", "1:3: invalid escape: \\ followed by U+0020");
  assert_error ("[\"\\\xc3\xa9\"]", "1:3: invalid escape: \\ followed by U+00E9");
  assert_error ("[\"\\\xc3\"]", "1:4: invalid UTF-8");
  assert_error ("[\"\\u00zz\"]", "1:3: \\u must be followed by four hex digits");
  assert_error ("[\"a\\u0000\"]", "1:4: \\u0000 is not allowed in strings");
  assert_error ("[\"a\x01\"]", "1:4: control character U+0001 in a string must be escaped");
  assert_error ("[\"a\nb\"]", "1:4: line break in a string");
  assert_error ("[\"\xc3\xa9\xc3\xa9\"\xc2\xa0]", "1:6: expected \",\" or \"]\" after an array element, found U+00A0");
  assert_error ("{\"k\": 1}\r\n\r\n  ]", "3:3: unexpected content after the top-level value");
  assert_error ("{\"a\"\n:\n1\n\n, \"a\":2}", "5:3: duplicate key \"a\"");
  assert_error ("{\"a\\nb\": 1, \"a\\nb\": 2}", "1:13: duplicate key \"a\\nb\"");
}

static void
test_duplicates_per_object (void)
{
  g_autoptr(JsonNode) node = parse_ok ("[{\"a\":1},{\"a\":2,\"b\":{\"a\":3}}]");

  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
}

static void
test_bom (void)
{
  g_autoptr(JsonNode) node = parse_ok ("\xef\xbb\xbf{\"a\": 1}");

  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "a"), ==, 1);
  /* Columns count from after the BOM, as editors show them. */
  assert_error ("\xef\xbb\xbf[1,]", "1:3: trailing commas are not allowed");
  assert_error ("\xef\xbb\xbf", "1:1: empty file");
  /* Only one, and only at the start. */
  assert_error ("\xef\xbb\xbf\xef\xbb\xbf[]", "1:1: expected a value, found U+FEFF");
  assert_error ("[1, \xef\xbb\xbf 2]", "1:5: expected a value, found U+FEFF");
}

static void
test_nul_byte (void)
{
  static const char outside[] = "[1, 2,\0 3]";
  static const char in_string[] = "{\"k\": \"ab\0cd\"}";
  static const char after[] = "{}\n\0";
  static const char in_escape[] = "[\"\\\0\"]";

  assert_error_full (outside, sizeof outside - 1, NULL, ASR_ERROR_SYNTAX,
                     "1:7: unexpected NUL byte");
  assert_error_full (in_string, sizeof in_string - 1, NULL, ASR_ERROR_SYNTAX,
                     "1:10: unexpected NUL byte in a string");
  assert_error_full (after, sizeof after - 1, NULL, ASR_ERROR_SYNTAX,
                     "2:1: unexpected content after the top-level value (a NUL byte)");
  assert_error_full (in_escape, sizeof in_escape - 1, NULL, ASR_ERROR_SYNTAX,
                     "1:4: unexpected NUL byte in a string");
}

static void
test_invalid_utf8 (void)
{
  /* Overlong "/" */
  assert_error ("[\"a\xc0\xaf\"]", "1:4: invalid UTF-8");
  /* Overlong 3-byte encoding of U+0041 */
  assert_error ("[\"\xe0\x81\x81\"]", "1:3: invalid UTF-8");
  /* U+D800 encoded in UTF-8 */
  assert_error ("[\"\xc3\xa9\xed\xa0\x80\"]", "1:4: invalid UTF-8");
  /* Truncated sequence before the closing quote */
  assert_error ("[\"\xe2\x82\"]", "1:3: invalid UTF-8");
  /* Truncated at the end of a long string (the word-at-a-time path) */
  assert_error ("[\"0123456789012345678901234567890\xf0\x9f\x98\"]", "1:34: invalid UTF-8");
  /* Beyond U+10FFFF */
  assert_error ("[\"\xf4\x90\x80\x80\"]", "1:3: invalid UTF-8");
  /* A lone continuation byte outside any string */
  assert_error ("[1, \x80]", "1:5: invalid UTF-8");
  /* In a member name; columns count characters */
  assert_error ("{\"\xc3\xa9\xc3\xa9\xc3\xa9\xff\": 1}", "1:6: invalid UTF-8");
  /* On a later line */
  assert_error ("[\n\"ok\",\n  \"\xe2\x82\xac\xfe\"]", "3:5: invalid UTF-8");
}

static void
test_duplicate_keys (void)
{
  g_autoptr(GString) doc = g_string_new ("{");
  g_autofree char *expected = NULL;
  gsize offset;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (doc, "%s\"key%u\": %u", i > 0 ? ", " : "", i, i);
  g_string_append (doc, ", ");
  offset = doc->len;
  g_string_append (doc, "\"key17\": 0}");

  expected = g_strdup_printf ("1:%" G_GSIZE_FORMAT ": duplicate key \"key17\"",
                              offset + 1);
  assert_error (doc->str, expected);

  /* A large object without duplicates keeps every member, in order. */
  {
    g_autoptr(GString) big = g_string_new ("{");
    g_autoptr(JsonNode) node = NULL;

    for (guint i = 0; i < 5000; i++)
      g_string_append_printf (big, "%s\"m%u\": %u", i > 0 ? "," : "", i, i);
    g_string_append_c (big, '}');
    node = parse_ok (big->str);
    g_assert_cmpuint (json_object_get_size (json_node_get_object (node)), ==, 5000);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "m4999"), ==, 4999);
  }
}

static void
test_deep_nesting (void)
{
  const gsize n = 100000;
  g_autofree char *deep = g_malloc (2 * n + 1);
  AsrJsonLimits limits = { 0, 3 };
  g_autoptr(GString) ok = g_string_new (NULL);
  g_autoptr(GString) objects = g_string_new (NULL);
  g_autoptr(JsonNode) node = NULL;

  memset (deep, '[', n);
  memset (deep + n, ']', n);
  deep[2 * n] = '\0';
  assert_error_full (deep, -1, NULL, ASR_ERROR_TOO_LARGE,
                     "1:65: nesting deeper than 64 levels");
  for (guint i = 0; i < n; i++)
    g_string_append (objects, "{\"k\":");
  /* The 65th "{" starts at column 64 * 5 + 1. */
  assert_error_full (objects->str, objects->len, NULL, ASR_ERROR_TOO_LARGE,
                     "1:321: nesting deeper than 64 levels");

  /* Exactly at the limit is fine, empty containers included. */
  for (guint i = 0; i < 63; i++)
    g_string_append (ok, i % 2 ? "{\"k\":" : "[");
  g_string_append (ok, "{}");
  for (guint i = 63; i > 0; i--)
    g_string_append (ok, (i - 1) % 2 ? "}" : "]");
  node = parse_ok (ok->str);

  assert_error_full ("[{\"a\": [[]]}]", -1, &limits, ASR_ERROR_TOO_LARGE,
                     "1:9: nesting deeper than 3 levels");
}

static void
test_size_limit (void)
{
  AsrJsonLimits limits = { 10, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonNode *none;

  none = asr_json_parse ("[1, 2, 3, 4]", 12, "big.json", &limits, &error);
  g_assert_null (none);
  g_assert_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "big.json: file is too large (12 bytes; the limit is 10)");

  /* The size is checked before anything else, even for broken input. */
  g_clear_error (&error);
  none = asr_json_parse ("{{{{{{{{{{{", 11, "big.json", &limits, &error);
  g_assert_null (none);
  g_assert_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE);

  node = asr_json_parse ("[1, 2, 3]", 9, "ok.json", &limits, NULL);
  g_assert_nonnull (node);
}

static void
test_excerpt (void)
{
  g_autoptr(GString) doc = g_string_new ("{\"");
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  JsonNode *node;

  /* A 100-character key of 2-byte characters, repeated. */
  for (guint i = 0; i < 100; i++)
    g_string_append (doc, "\xc3\xa9");
  key = g_strndup (doc->str + 1, doc->len - 1);
  g_string_append_printf (doc, "\": 1, %s\": 2}", key);

  node = asr_json_parse (doc->str, doc->len, FILENAME, NULL, &error);
  g_assert_null (node);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_suffix (error->message, "\xe2\x80\xa6\""));
  g_assert_cmpuint (g_utf8_strlen (strstr (error->message, "\""), -1), ==, 40 + 2);
}

/* Corpus */

static const char *
corpus_dir (void)
{
  const char *dir = g_getenv ("ASR_JSON_CORPUS_DIR");

  if (dir != NULL && *dir != '\0')
    return dir;
#ifdef JSON_CORPUS_DIR
  return JSON_CORPUS_DIR;
#else
  return "json-corpus";
#endif
}

static void
replay_case (const char *dir,
             const char *name,
             const char *expected)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  JsonNode *node;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  node = asr_json_parse (contents, len, name, NULL, &error);
  g_assert_null (node);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, name));
  if (strstr (error->message, expected) == NULL)
    g_error ("%s: error “%s” does not contain “%s”", name, error->message, expected);
}

static void
test_corpus (void)
{
  const char *dir = corpus_dir ();
  g_autofree char *list_path = g_build_filename (dir, "expected.txt", NULL);
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                        g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) gdir = NULL;
  const char *entry;

  g_file_get_contents (list_path, &list, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      g_test_message ("%s", fields[0]);
      replay_case (dir, fields[0], fields[1]);
      g_hash_table_add (listed, g_strdup (fields[0]));
    }
  g_assert_cmpuint (g_hash_table_size (listed), >=, 40);

  /* Every file in the directory is replayed: none was left out of the list. */
  gdir = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((entry = g_dir_read_name (gdir)) != NULL)
    if (!g_str_equal (entry, "expected.txt") &&
        !g_hash_table_contains (listed, entry))
      g_error ("%s is not listed in expected.txt", entry);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/writer/exact", test_writer_exact);
  g_test_add_func ("/json/writer/scalars", test_writer_scalars);
  g_test_add_func ("/json/writer/escape", test_writer_escape);
  g_test_add_func ("/json/round-trip", test_round_trip);
  g_test_add_func ("/json/reader/member-order", test_member_order);
  g_test_add_func ("/json/reader/surrogate-pair", test_surrogate_pair);
  g_test_add_func ("/json/reader/integers", test_integers);
  g_test_add_func ("/json/reader/errors", test_error_classes);
  g_test_add_func ("/json/reader/duplicates-per-object", test_duplicates_per_object);
  g_test_add_func ("/json/reader/bom", test_bom);
  g_test_add_func ("/json/reader/nul-byte", test_nul_byte);
  g_test_add_func ("/json/reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/json/reader/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/json/reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json/reader/size-limit", test_size_limit);
  g_test_add_func ("/json/reader/excerpt", test_excerpt);
  g_test_add_func ("/json/reader/corpus", test_corpus);

  return g_test_run ();
}
