/* test-report.c: the report document, Markdown, text and HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Markdown and text are compared byte for byte with golden files
 * (small.md, small.txt); run with REPORT_UPDATE_GOLDEN=1 to rewrite them
 * after a deliberate change of wording, then read the diff.
 */
#include "config.h"

#include <string.h>

#include "test-report-util.h"

static void
compare_golden (const char *actual,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "report", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("REPORT_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, actual, -1, &error);
      g_assert_no_error (error);
    }
  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
}

static void
small_options (AsrAssessment    *assessment,
               AsrReportOptions *options)
{
  g_autoptr(GError) error = NULL;

  asr_report_options_init (options);
  options->evidence_notes = TRUE;
  asr_report_options_set_key_questions (options, assessment, "well-led, caring", &error);
  g_assert_no_error (error);
}

static void
test_markdown_golden (void)
{
  g_autoptr(AsrAssessment) assessment = report_test_load ("small.assessment");
  AsrReportOptions options;
  g_autoptr(AsrReport) report = NULL;
  g_autofree char *markdown = NULL;

  small_options (assessment, &options);
  report = asr_report_new (assessment, &options);
  markdown = asr_report_to_markdown (report);
  compare_golden (markdown, "small.md");
  asr_report_options_clear (&options);
}

static void
test_text_golden (void)
{
  g_autoptr(AsrAssessment) assessment = report_test_load ("small.assessment");
  AsrReportOptions options;
  g_autoptr(AsrReport) report = NULL;
  g_autofree char *text = NULL;

  small_options (assessment, &options);
  report = asr_report_new (assessment, &options);
  text = asr_report_to_text (report);
  compare_golden (text, "small.txt");
  asr_report_options_clear (&options);
}

/* The seed-000 shape: Well-led 3,3,3,3,2,3,3 over 7 statements. */
static AsrAssessment *
new_seed_000 (void)
{
  static const int well_led[] = { 3, 3, 3, 3, 2, 3, 3, -1 };
  AsrAssessment *assessment = report_test_new ();

  report_test_score (assessment, "well-led", well_led, G_N_ELEMENTS (well_led));
  asr_key_question_set_previous_rating (asr_assessment_lookup_key_question (assessment, "well-led"),
                                        ASR_RATING_REQUIRES_IMPROVEMENT);
  return assessment;
}

static const AsrReportSection *
find_section (const AsrReport *report,
              const char      *id)
{
  for (guint i = 0; i < report->sections->len; i++)
    {
      const AsrReportSection *section = g_ptr_array_index (report->sections, i);

      if (g_str_equal (section->id, id))
        return section;
    }
  return NULL;
}

/* The paragraphs the report makes of @notes (the first safe statement's). */
static GPtrArray *
paragraphs_of (const char *notes)
{
  static const int scores[] = { 3 };
  g_autoptr(AsrAssessment) assessment = report_test_new ();
  g_autoptr(AsrReport) report = NULL;
  const AsrReportStatement *statement;

  report_test_score (assessment, "safe", scores, G_N_ELEMENTS (scores));
  report_test_set_notes (assessment, "safe", 0, notes);
  report = asr_report_new (assessment, NULL);
  statement = g_ptr_array_index (find_section (report, "safe")->statements, 0);
  return g_ptr_array_ref (statement->paragraphs);
}

static void
assert_paragraphs (const char         *notes,
                   const char * const *expected)
{
  g_autoptr(GPtrArray) paragraphs = paragraphs_of (notes);

  g_assert_cmpuint (paragraphs->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < paragraphs->len; i++)
    g_assert_cmpstr (g_ptr_array_index (paragraphs, i), ==, expected[i]);
}

/* Blank lines (with spaces or tabs, CR LF or CR) part paragraphs; a
 * single line break stays; white space around a paragraph goes. */
static void
test_paragraphs (void)
{
  const char *mixed[] = { "First line\nsame paragraph", "Second", "Third", "Fourth", "Five\nsix", NULL };
  const char *none[] = { NULL };
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GPtrArray) paragraphs = NULL;

  assert_paragraphs ("  First line\nsame paragraph\n \t\n\u00a0\u2003 Second\r\n\r\nThird"
                     "\n\n\n\n \n Fourth  \n\n\t\nFive\rsix\r\r", mixed);
  assert_paragraphs (" \n\n \t\n", none);
  /* A megabyte of short paragraphs is one pass (a GRegex split took
   * minutes: it checked the whole text again at each blank line). */
  for (guint i = 0; i < 300000; i++)
    g_string_append (many, "a\n\n");
  paragraphs = paragraphs_of (many->str);
  g_assert_cmpuint (paragraphs->len, ==, 300000);
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 299999), ==, "a");
}

static void
test_document (void)
{
  g_autoptr(AsrAssessment) assessment = new_seed_000 ();
  g_autoptr(AsrReport) report = asr_report_new (assessment, NULL);
  const AsrReportSection *well_led = find_section (report, "well-led");
  const AsrReportStatement *last;

  g_assert_cmpuint (report->sections->len, ==, 5);
  g_assert_nonnull (well_led);
  g_assert_cmpstr (report->subtitle, ==, "Report from 15 August 2025 assessment");
  g_assert_cmpstr (well_led->rating, ==, "Good");
  g_assert_cmpstr (well_led->score_sentence, ==, "This service scored 71 (out of 100) for this area.");
  g_assert_cmpstr (well_led->comparison, ==,
                   "At the previous assessment, on 2 May 2023, the rating was Requires improvement. "
                   "At this assessment it has improved to Good.");
  g_assert_cmpuint (well_led->statements->len, ==, 8);
  last = g_ptr_array_index (well_led->statements, 7);
  g_assert_cmpstr (last->score_line, ==, "Not applicable");
  /* Not every key question is rated: the overall rating says so. */
  g_assert_cmpstr (report->overall_rating, ==, "Not rated");
  g_assert_true (report->draft);
}

static void
test_options (void)
{
  g_autoptr(AsrAssessment) assessment = new_seed_000 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrReport) report = NULL;
  AsrReportOptions options;

  asr_report_options_init (&options);
  g_assert_true (options.comparison);
  g_assert_false (options.evidence_notes);
  g_assert_false (asr_report_options_set_key_questions (&options, assessment, "safe,kind", &error));
  g_assert_error (error, ASR_ERROR, ASR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“kind”"));
  g_assert_null (options.key_questions);

  options.comparison = FALSE;
  g_assert_true (asr_report_options_set_key_questions (&options, assessment, "well-led", NULL));
  report = asr_report_new (assessment, &options);
  g_assert_cmpuint (report->sections->len, ==, 1);
  g_assert_null (((AsrReportSection *) g_ptr_array_index (report->sections, 0))->comparison);
  /* A report of some key questions has no overall rating. */
  g_assert_null (report->overall_heading);
  asr_report_options_clear (&options);
}

static void
test_formats (void)
{
  static const struct { const char *name; gboolean known; AsrReportFormat format; } cases[] = {
    { "out.pdf", TRUE, ASR_REPORT_FORMAT_PDF }, { "OUT.PDF", TRUE, ASR_REPORT_FORMAT_PDF },
    { "a.b/report.html", TRUE, ASR_REPORT_FORMAT_HTML }, { "r.md", TRUE, ASR_REPORT_FORMAT_MARKDOWN },
    { "r.txt", TRUE, ASR_REPORT_FORMAT_TEXT }, { "r.json", TRUE, ASR_REPORT_FORMAT_JSON },
    { "r.docx", FALSE, 0 }, { "a.pdf/report", FALSE, 0 }, { "report", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AsrReportFormat format = ASR_REPORT_FORMAT_TEXT;

      g_assert_cmpint (asr_report_format_from_filename (cases[i].name, &format), ==, cases[i].known);
      if (cases[i].known)
        g_assert_cmpint (format, ==, cases[i].format);
    }
}

static void
test_html_escapes (void)
{
  g_autoptr(AsrAssessment) assessment = new_seed_000 ();
  g_autoptr(AsrReport) report = NULL;
  g_autofree char *html = NULL;

  asr_assessment_set_service_name (assessment, "Smith & Sons <Care>");
  report_test_set_notes (assessment, "well-led", 0,
                         "<script>alert(\"x\")</script> Fish & chips &amp; peas\nline two");
  report = asr_report_new (assessment, NULL);
  html = asr_report_to_html (report);

  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "Fish &amp; chips &amp;amp; peas<br>\nline two"));
  g_assert_nonnull (strstr (html, "<h1>Smith &amp; Sons &lt;Care&gt;</h1>"));
  g_assert_nonnull (strstr (html, "<title>Smith &amp; Sons &lt;Care&gt; — "));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "<h2>Well-led</h2>"));
  g_assert_nonnull (strstr (html, "<h3>Shared direction and culture</h3>"));
  g_assert_nonnull (strstr (html, "<a href=\"#kq-well-led\">Well-led</a>"));
  g_assert_nonnull (strstr (html, "class=\"draft\""));
  /* Nothing outside the file: no links to stylesheets, scripts or images. */
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "src="));
}

static void
test_html_final (void)
{
  g_autoptr(AsrAssessment) assessment = new_seed_000 ();
  g_autoptr(AsrReport) report = NULL;
  g_autofree char *html = NULL;

  asr_assessment_set_status (assessment, ASR_STATUS_FINAL);
  report = asr_report_new (assessment, NULL);
  html = asr_report_to_html (report);
  g_assert_null (strstr (html, "DRAFT"));
  g_assert_null (strstr (html, "class=\"draft\""));
}

static void
test_markdown_escapes (void)
{
  g_autoptr(AsrAssessment) assessment = new_seed_000 ();
  g_autoptr(AsrReport) report = NULL;
  g_autofree char *markdown = NULL;

  report_test_set_notes (assessment, "well-led", 0,
                         "# not a heading\n    not code\n- a list item\n===\n<b>x</b> [y](z)");
  report = asr_report_new (assessment, NULL);
  markdown = asr_report_to_markdown (report);
  g_assert_nonnull (strstr (markdown, "\\# not a heading\\\nnot code\\\n\\- a list item\\\n\\===\\\n"
                                      "\\<b\\>x\\</b\\> \\[y\\](z)\n\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/markdown-golden", test_markdown_golden);
  g_test_add_func ("/report/text-golden", test_text_golden);
  g_test_add_func ("/report/document", test_document);
  g_test_add_func ("/report/paragraphs", test_paragraphs);
  g_test_add_func ("/report/options", test_options);
  g_test_add_func ("/report/formats", test_formats);
  g_test_add_func ("/report/html-escapes", test_html_escapes);
  g_test_add_func ("/report/html-final", test_html_final);
  g_test_add_func ("/report/markdown-escapes", test_markdown_escapes);

  return g_test_run ();
}
