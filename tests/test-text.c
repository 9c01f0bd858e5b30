/* test-text.c: text from a file, made safe to show (asr-text.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "asr-core.h"
#include "asr-date.h"

static void
test_neutralize (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "plain “text” é\tand\nlines", "plain “text” é\tand\nlines" },
    { "a\x1b[31mb\x07", "a\\u001b[31mb\\u0007" },
    { "cr\r del\x7f c1\xc2\x85\xc2\x9b", "cr\\u000d del\\u007f c1\\u0085\\u009b" },
    { "\xe2\x80\xae" "evil" "\xe2\x81\xa6\xe2\x81\xa9\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c",
      "\\u202eevil\\u2066\\u2069\\u200e\\u200f\\u061c" },
    { "bad\xff byte", "bad\\xff byte" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = asr_text_neutralize (cases[i].in);
      g_autofree char *again = asr_text_neutralize (shown);

      g_assert_cmpstr (shown, ==, cases[i].out);
      g_assert_true (g_utf8_validate (shown, -1, NULL));
      /* Idempotent: an error message escaped, then printed, reads the same. */
      g_assert_cmpstr (again, ==, shown);
    }
}

static void
test_quote (void)
{
  g_autoptr(GString) long_text = g_string_new ("x");
  g_autofree char *quoted = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *short_text = asr_text_quote ("safe");

  g_assert_cmpstr (short_text, ==, "safe");

  /* Characters are counted, not bytes: no character is cut in half. */
  for (guint i = 0; i < 200; i++)
    g_string_append (long_text, "é");
  quoted = asr_text_quote (long_text->str);
  g_assert_true (g_utf8_validate (quoted, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (quoted, -1), ==, ASR_TEXT_QUOTE_MAX + 1);
  g_assert_true (g_str_has_prefix (quoted, "xéé"));
  g_assert_true (g_str_has_suffix (quoted, "é…"));

  /* An escape is never cut: 78 letters leave no room for "\u001b". */
  g_string_assign (long_text, "");
  for (guint i = 0; i < ASR_TEXT_QUOTE_MAX - 2; i++)
    g_string_append_c (long_text, 'k');
  g_string_append (long_text, "\x1b tail");
  escaped = asr_text_quote (long_text->str);
  g_assert_true (g_str_has_suffix (escaped, "kk…"));
  g_assert_null (strchr (escaped, '\\'));
}

static void
test_has_visible (void)
{
  const char * const invisible[] = {
    "", " \t\n", "\xc2\xa0", "\xe2\x80\x8b", "\xe2\x80\x8e\xe2\x81\xa0\xef\xbb\xbf",
    "\xe3\x80\x80\xe2\x80\xa8\xe2\x80\xa9", "\x1b\x07", "\xe2\x80\xae", "\xff",
  };
  const char * const visible[] = { "x", "\xe2\x80\x8bNo\xe2\x80\x8b", " 1 ", "é", "\xe2\x80\xa6" };

  g_assert_false (asr_text_has_visible (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (invisible); i++)
    g_assert_false (asr_text_has_visible (invisible[i]));
  for (guint i = 0; i < G_N_ELEMENTS (visible); i++)
    g_assert_true (asr_text_has_visible (visible[i]));
}

/* Dates as typed: ISO and UK day-first both give the ISO date kept in the
 * file; a day that does not exist, a US month-first date or a two-digit
 * year is refused with a message, never read another way. */
static void
test_date_input (void)
{
  const struct { const char *in, *out; } good[] = {
    { "2026-10-14", "2026-10-14" }, { "14/10/2026", "2026-10-14" },
    { " 4/1/2026 ", "2026-01-04" }, { "14.10.2026", "2026-10-14" },
    { "29/02/2024", "2024-02-29" }, { "", "" }, { "  ", "" },
  };
  const char *bad[] = {
    "31/02/2026", "10/14/2026", "14/10/26", "2026-13-01", "2026/10-14", "14-10/2026",
    "0000-01-01", "tomorrow", "14/10/2026x", "114/10/2026", "29/02/2026", "12026-01-01",
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = asr_date_parse_input (good[i].in, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = asr_date_parse_input (bad[i], &error);

      g_assert_null (iso);
      g_assert_error (error, ASR_ERROR, ASR_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
  g_assert_true (asr_date_to_gdate ("14/10/2026", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 14);
  g_assert_cmpint (g_date_get_month (&date), ==, 10);
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  g_assert_false (asr_date_to_gdate ("", &date));
}

/* One form for a figure everywhere (issue 11): "71 out of 100", never
 * "71%" or "71 (out of 100)" (that one is CQC's sentence, quoted only). */
static void
test_figure (void)
{
  const struct { int in; const char *out; } cases[] = {
    { 71, "71 out of 100" }, { 25, "25 out of 100" }, { 100, "100 out of 100" }, { 0, "0 out of 100" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *figure = asr_summary_format_figure (cases[i].in);

      g_assert_cmpstr (figure, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/neutralize", test_neutralize);
  g_test_add_func ("/text/quote", test_quote);
  g_test_add_func ("/text/has-visible", test_has_visible);
  g_test_add_func ("/text/date-input", test_date_input);
  g_test_add_func ("/text/figure", test_figure);
  return g_test_run ();
}
