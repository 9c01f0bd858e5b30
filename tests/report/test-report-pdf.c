/* test-report-pdf.c: the PDF and print layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF's text is read back with pdftotext.  The exported files are left
 * in the build directory (report-*.pdf) to look at: pdftoppm -png -r 80.
 */
#include "config.h"

#include <string.h>

#include "asr-report-layout-private.h"
#include "asr-report-pdf.h"
#include "bench.h"
#include "test-report-util.h"

/* Seed 000's Well-led (3,3,3,3,2,3,3 over 7) and a carried-forward Safe
 * statement, as in seed 004. */
static AsrAssessment *
new_assessment (void)
{
  static const int well_led[] = { 3, 3, 3, 3, 2, 3, 3, -1 };
  static const int safe[] = { -2, 3, 3, 2, 3, 3, 3, 3 };
  AsrAssessment *assessment = report_test_new ();

  report_test_score (assessment, "well-led", well_led, G_N_ELEMENTS (well_led));
  report_test_score (assessment, "safe", safe, G_N_ELEMENTS (safe));
  asr_key_question_set_previous_rating (asr_assessment_lookup_key_question (assessment, "safe"),
                                        ASR_RATING_GOOD);
  report_test_set_notes (assessment, "well-led", 0,
                         "Staff knew the trust’s vision and values and how they applied to their team.");
  return assessment;
}

static GBytes *
render_pdf (AsrAssessment          *assessment,
            const AsrReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = asr_report_render (assessment, options, ASR_REPORT_FORMAT_PDF, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
  return pdf;
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in the PDF’s text: %.2000s", needle, text);
}

static void
test_pdf_text (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  g_autoptr(GBytes) pdf = render_pdf (assessment, NULL);
  g_autofree char *text = report_test_pdf_text (pdf);

  report_test_save (pdf, "report-draft.pdf");
  assert_has (text, "Crisis Resolution Team");
  assert_has (text, "Report from 15 August 2025 assessment");
  assert_has (text, "Contents");
  assert_has (text, "Overall Rating");
  assert_has (text, "Well-led");
  assert_has (text, "Rating: Good");
  assert_has (text, "Shared direction and culture");
  assert_has (text, "Score: 3");
  assert_has (text, "This service scored 71 (out of 100) for this area.");
  assert_has (text, "We did not look at Learning culture during this assessment. The score for "
                    "this quality statement is based on the previous rating for Safe.");
  assert_has (text, "That rating is from 2 May 2023.");
  assert_has (text, "Staff knew the trust’s vision and values");
  assert_has (text, "Page 1 of ");
  assert_has (text, "DRAFT");
}

static void
test_pdf_final (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  asr_assessment_set_status (assessment, ASR_STATUS_FINAL);
  pdf = render_pdf (assessment, NULL);
  text = report_test_pdf_text (pdf);
  report_test_save (pdf, "report-final.pdf");
  assert_has (text, "This service scored 71 (out of 100) for this area.");
  g_assert_null (strstr (text, "DRAFT"));
}

static char *
long_note (void)
{
  GString *note = g_string_new ("Start of the long note. ");

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (note, "Sentence %u of a long note about medicines records. ", i);
  g_string_append (note, "\n\nA very long word: ");
  for (guint i = 0; i < 3000; i++)
    g_string_append_c (note, 'a' + i % 26);
  /* Scripts need fonts: CJK and emoji ones are not in our test machines'
   * list, so they are drawn (as boxes) but not read back. */
  g_string_append (note, "\n\nUnicode: ગુજરાતી, Ελληνικά, Русский, 中文, Cymraeg ŵ, 🙂, العربية. "
                   "End of the long note.");
  return g_string_free (note, FALSE);
}

static void
check_inside (AsrReportLayout  *layout,
              const PlacedLine *placed,
              PangoLayoutLine  *line,
              gpointer          data)
{
  PangoRectangle ink;

  /* Ink: a line drawn unwrapped keeps the width of its trailing space. */
  pango_layout_line_get_extents (line, &ink, NULL);
  g_assert_cmpfloat (placed->x, >=, layout->left - 0.01);
  g_assert_cmpfloat (placed->x + (double) (ink.x + ink.width) / PANGO_SCALE, <=, layout->right + 0.5);
  g_assert_cmpfloat (placed->baseline, <=, layout->bottom);
  g_assert_cmpfloat (placed->baseline, >, layout->top);
  (*(guint *) data)++;
}

/* Every line of every page lies inside the text area. */
static void
assert_inside_margins (AsrReportLayout *layout)
{
  guint n_lines = 0;

  for (guint page = 0; page < asr_report_layout_get_n_pages (layout); page++)
    _asr_report_layout_foreach_line (layout, page, check_inside, &n_lines);
  g_assert_cmpuint (n_lines, >, 40 * asr_report_layout_get_n_pages (layout));
}

static void
test_pdf_flow (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  g_autofree char *note = long_note ();
  g_autoptr(AsrReport) report = NULL;
  g_autoptr(AsrReportLayout) layout = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;

  report_test_set_notes (assessment, "safe", 1, note);
  report = asr_report_new (assessment, NULL);
  layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT);
  g_assert_cmpuint (asr_report_layout_get_n_pages (layout), >, 8);
  assert_inside_margins (layout);

  pdf = asr_report_pdf_render (report, NULL);
  report_test_save (pdf, "report-long.pdf");
  text = report_test_pdf_text (pdf);
  assert_has (text, "Start of the long note.");
  assert_has (text, "Sentence 1499 of a long note");
  assert_has (text, "ગુજરાતી, Ελληνικά, Русский,");
  assert_has (text, "Cymraeg ŵ");
  assert_has (text, "End of the long note.");
}

/* The contents list points at the page where each key question starts. */
static void
test_contents (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  g_autoptr(AsrReport) report = asr_report_new (assessment, NULL);
  g_autoptr(AsrReportLayout) layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH,
                                                             ASR_REPORT_A4_HEIGHT);
  guint n_entries = 0;

  for (guint i = 0; i < layout->blocks->len; i++)
    {
      Block *block = &g_array_index (layout->blocks, Block, i);
      Block *target;
      guint first_line;

      if (block->target < 0)
        continue;
      n_entries++;
      target = &g_array_index (layout->blocks, Block, block->target);
      g_assert_cmpstr (block->text, ==, target->text);
      g_assert_cmpuint (target->page, >, block->page);
      first_line = g_array_index (layout->page_starts, guint, target->page);
      g_assert_cmpuint (g_array_index (layout->lines, PlacedLine, first_line).block, ==, block->target);
      g_assert_cmpuint (g_array_index (layout->lines, PlacedLine, first_line).offset, ==, 0);
    }
  g_assert_cmpuint (n_entries, ==, 5);
}

/* Printing draws with the same layout on another surface. */
static void
test_draw_on_image (void)
{
  g_autoptr(AsrAssessment) assessment = new_assessment ();
  g_autoptr(AsrReport) report = asr_report_new (assessment, NULL);
  g_autoptr(AsrReportLayout) layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH,
                                                             ASR_REPORT_A4_HEIGHT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t *cr = cairo_create (surface);
  guint dark = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  asr_report_layout_draw_page (layout, cr, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  for (int y = 0; y < 842; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) +
                                  y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < 596; x++)
        dark += (row[x] & 0xff) < 0x80;
    }
  g_assert_cmpuint (dark, >, 2000);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_large (void)
{
  gsize skeleton = 0;
  g_autoptr(AsrAssessment) assessment = bench_build_assessment_of_size ("cqc-saf-2024",
                                                                        5 * 1024 * 1024,
                                                                        &skeleton);
  static const AsrReportFormat formats[] = {
    ASR_REPORT_FORMAT_PDF, ASR_REPORT_FORMAT_HTML, ASR_REPORT_FORMAT_MARKDOWN,
    ASR_REPORT_FORMAT_TEXT, ASR_REPORT_FORMAT_JSON,
  };
  AsrReportOptions options;

  asr_report_options_init (&options);
  options.evidence_notes = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = asr_report_render (assessment, &options, formats[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 4 * 1024 * 1024);
      g_test_message ("5 MB assessment as .%s: %.2f s, %.1f MB",
                      asr_report_format_to_extension (formats[i]),
                      (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                      g_bytes_get_size (bytes) / (1024.0 * 1024.0));
    }
}

/* The PDF's bytes with its creation date blanked: two exports then
 * compare equal when they draw the same. */
static GByteArray *
without_date (GBytes *pdf)
{
  GByteArray *bytes = g_byte_array_new ();
  const char *mark = "/CreationDate (D:20";
  gsize length = strlen (mark), i;

  g_byte_array_append (bytes, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  for (i = 0; i + length + 16 < bytes->len; i++)
    if (memcmp (bytes->data + i, mark, length) == 0)
      break;
  g_assert_cmpuint (i + length + 16, <, bytes->len);
  memset (bytes->data + i, 'x', length + 16);
  return bytes;
}

static void
layout_and_render (AsrReport        *report,
                   guint             n_threads,
                   AsrReportLayout **layout,
                   GByteArray      **pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  _asr_report_layout_set_threads (n_threads);
  *layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT);
  bytes = asr_report_pdf_render (report, &error);
  g_assert_no_error (error);
  *pdf = without_date (bytes);
  _asr_report_layout_set_threads (0);
}

/* A generated assessment of about @size bytes with the long note, its
 * evidence notes in the report.  (transfer full) */
static AsrReport *
long_report (gsize size)
{
  gsize skeleton = 0;
  g_autoptr(AsrAssessment) assessment = bench_build_assessment_of_size ("cqc-saf-2024", size,
                                                                        &skeleton);
  g_autofree char *note = long_note ();
  AsrReportOptions options;

  report_test_set_notes (assessment, "safe", 1, note);
  asr_report_options_init (&options);
  options.evidence_notes = TRUE;
  return asr_report_new (assessment, &options);
}

/* @report laid out and drawn on four threads gives the same pages, line
 * for line, and the same PDF, byte for byte, as on one thread; returns
 * how many. */
static guint
assert_four_threads_like_one (AsrReport *report)
{
  g_autoptr(AsrReportLayout) one = NULL;
  g_autoptr(AsrReportLayout) four = NULL;
  g_autoptr(GByteArray) pdf_one = NULL;
  g_autoptr(GByteArray) pdf_four = NULL;

  layout_and_render (report, 1, &one, &pdf_one);
  layout_and_render (report, 4, &four, &pdf_four);
  g_assert_cmpuint (asr_report_layout_get_n_pages (four), ==, asr_report_layout_get_n_pages (one));
  g_assert_cmpmem (four->lines->data, four->lines->len * sizeof (PlacedLine),
                   one->lines->data, one->lines->len * sizeof (PlacedLine));
  g_assert_cmpmem (four->page_starts->data, four->page_starts->len * sizeof (guint),
                   one->page_starts->data, one->page_starts->len * sizeof (guint));
  for (guint i = 0; i < one->blocks->len; i++)
    g_assert_cmpuint (g_array_index (four->blocks, Block, i).page, ==,
                      g_array_index (one->blocks, Block, i).page);
  g_assert_cmpmem (pdf_four->data, pdf_four->len, pdf_one->data, pdf_one->len);
  return asr_report_layout_get_n_pages (one);
}

/* A long report laid out and drawn on four threads (blocks measured in
 * parallel, pages shaped ahead of drawing) gives the same pages, line for
 * line, and the same PDF, byte for byte, as on one thread. */
static void
test_threads (void)
{
  g_autoptr(AsrReport) report = long_report (400 * 1000);

  g_assert_cmpuint (assert_four_threads_like_one (report), >, 40);
}

static guint
count_kept (AsrReportLayout *layout)
{
  guint n = 0;

  for (guint i = 0; i < layout->kept_lines->len; i++)
    n += g_array_index (layout->kept_lines, const KeptLine *, i) != NULL;
  return n;
}

static GByteArray *
render_keeping (AsrReport *report,
                gsize      keep_bytes,
                guint     *kept,
                gsize     *kept_bytes)
{
  g_autoptr(AsrReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  _asr_report_layout_set_keep_bytes (keep_bytes);
  layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT);
  *kept = count_kept (layout);
  *kept_bytes = _asr_report_layout_kept_bytes (layout);
  bytes = asr_report_pdf_render (report, &error);
  g_assert_no_error (error);
  _asr_report_layout_set_keep_bytes (ASR_REPORT_KEEP_BYTES);
  return without_date (bytes);
}

/* Pages drawn from the glyphs measuring kept are the pages drawn from
 * lines shaped again, byte for byte: plain lines, lines that wrap at a
 * space (Pango collapses it), a long word broken with Pango's hyphen,
 * right-to-left text, fallback fonts.  The glyphs kept stay within their
 * bound, and past it the lines are shaped again. */
static void
test_kept_lines (void)
{
  g_autoptr(AsrReport) report = long_report (300 * 1000);
  g_autoptr(GByteArray) shaped = NULL;
  g_autoptr(GByteArray) kept = NULL;
  g_autoptr(GByteArray) some = NULL;
  guint n_lines, n_kept, n_some;
  gsize kept_bytes;

  shaped = render_keeping (report, 0, &n_kept, &kept_bytes);
  g_assert_cmpuint (n_kept, ==, 0);
  g_assert_cmpuint (kept_bytes, ==, 0);
  kept = render_keeping (report, ASR_REPORT_KEEP_BYTES, &n_kept, &kept_bytes);
  some = render_keeping (report, 256 * 1024, &n_some, &kept_bytes);
  g_assert_cmpuint (kept_bytes, <=, 256 * 1024);
  {
    g_autoptr(AsrReportLayout) layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH,
                                                               ASR_REPORT_A4_HEIGHT);
    n_lines = layout->lines->len;
  }
  /* Nearly all are kept: not the broken word's lines, nor the Arabic. */
  g_assert_cmpuint (n_kept, >, n_lines * 9 / 10);
  g_assert_cmpuint (n_kept, <, n_lines);
  g_assert_cmpuint (n_some, >, 0);
  g_assert_cmpuint (n_some, <, n_kept / 2);
  g_assert_cmpmem (kept->data, kept->len, shaped->data, shaped->len);
  g_assert_cmpmem (some->data, some->len, shaped->data, shaped->len);
}

/* Past the string or number at @p in a text array, counting it: a
 * literal string has a byte a glyph, a hex string (of a CID font) two. */
static const char *
skip_text_item (const char *p,
                guint      *glyphs,
                guint      *adjustments)
{
  if (*p == '(')
    {
      for (p++; *p != ')' && *p != '\0'; (*glyphs)++)
        if (*p != '\\')
          p++;
        else if (g_ascii_isdigit (p[1]))
          p += 1 + MIN (strspn (p + 1, "01234567"), 3);
        else
          p += 2;
      return *p == ')' ? p + 1 : p;
    }
  if (*p == '<')
    {
      gsize digits = strspn (p + 1, "0123456789abcdefABCDEF");

      *glyphs += digits / 4;
      return p + 1 + digits + (p[1 + digits] == '>');
    }
  if (*p == '-' || *p == '.' || g_ascii_isdigit (*p))
    {
      (*adjustments)++;
      return p + strspn (p, "-.0123456789");
    }
  return p + 1;
}

/* The glyphs and the position adjustments in the TJ arrays of a page's
 * operators ("[(Lar)22(ch)]TJ": 5 glyphs, 1 adjustment). */
static void
count_text_arrays (const char *content,
                   guint      *glyphs,
                   guint      *adjustments)
{
  for (const char *p = strchr (content, '['); p != NULL; p = strchr (p, '['))
    {
      guint n_glyphs = 0, n_adjustments = 0;

      for (p++; *p != '\0' && *p != ']'; )
        p = skip_text_item (p, &n_glyphs, &n_adjustments);
      if (g_str_has_prefix (p, "]TJ") || g_str_has_prefix (p, "] TJ"))
        {
          *glyphs += n_glyphs;
          *adjustments += n_adjustments;
        }
    }
}

/* Glyphs stand where their fonts' advances put them (unhinted metrics,
 * positions not rounded), so cairo writes a line's text as whole strings,
 * with a number in a TJ array only where the font kerns.  Rounded
 * positions put a number before nearly every glyph: a PDF half as big
 * again, and slower to write. */
static void
test_text_runs (void)
{
  gsize skeleton = 0;
  g_autoptr(AsrAssessment) assessment = bench_build_assessment_of_size ("cqc-saf-2024",
                                                                        100 * 1000, &skeleton);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *content = NULL;
  guint glyphs = 0, adjustments = 0;
  AsrReportOptions options;

  asr_report_options_init (&options);
  options.evidence_notes = TRUE;
  pdf = render_pdf (assessment, &options);
  content = report_test_pdf_content (pdf);
  count_text_arrays (content, &glyphs, &adjustments);
  g_test_message ("%u glyphs in text arrays, %u position adjustments", glyphs, adjustments);
  g_assert_cmpuint (glyphs, >, 10000);
  g_assert_cmpuint (adjustments, <, glyphs / 8);
}

static guint
longest_block (AsrReportLayout *layout)
{
  guint longest = 0;

  for (guint i = 1; i < layout->blocks->len; i++)
    if (g_array_index (layout->blocks, Block, i).length >
        g_array_index (layout->blocks, Block, longest).length)
      longest = i;
  return longest;
}

/* Block @block measured in segments of @bytes, each on until @overlap
 * past the next one's start, has the lines of @whole: the block measured
 * in one go.  @met: whether every segment meets the one before. */
static void
assert_segments_measure (AsrReportLayout *layout,
                         KeptStore       *store,
                         guint            block,
                         GArray          *whole,
                         gsize            bytes,
                         gsize            overlap,
                         gboolean         met)
{
  GArray *segments;
  BlockLines out;

  _asr_report_layout_set_segments (bytes, overlap);
  segments = _asr_report_segments_plan (layout, block);
  _asr_report_layout_set_segments (ASR_REPORT_SEGMENT_BYTES, ASR_REPORT_OVERLAP_BYTES);
  g_assert_nonnull (segments);
  g_assert_cmpuint (segments->len, >, 4);
  for (guint k = 0; k < segments->len; k++)
    _asr_report_segment_measure (layout, &layout->shaper, store,
                                 &g_array_index (segments, Segment, k));
  g_assert_cmpint (_asr_report_segments_join (layout, segments, &layout->shaper, store, &out),
                   ==, met);
  g_assert_cmpuint (out.n_lines, ==, whole->len);
  for (guint i = 0; i < whole->len; i++)
    {
      const LineMetrics *expected = &g_array_index (whole, LineMetrics, i);

      g_assert_cmpuint (out.lines[i].offset, ==, expected->offset);
      g_assert_cmpuint (out.lines[i].length, ==, expected->length);
      g_assert_cmpfloat (out.lines[i].x, ==, expected->x);
      g_assert_cmpfloat (out.lines[i].height, ==, expected->height);
      g_assert_cmpfloat (out.lines[i].ascent, ==, expected->ascent);
    }
  g_free (out.lines);
}

/* A report of one note of @size bytes of prose.  (transfer full) */
static AsrReport *
single_note_report (gsize size)
{
  g_autoptr(AsrAssessment) assessment = bench_build_single_note ("cqc-saf-2024", size);
  AsrReportOptions options;

  asr_report_options_init (&options);
  return asr_report_new (assessment, &options);
}

/* Whether a 40 KB note of @sentence (with a %u for its number) is cut in
 * segments of 4 KB. */
static gboolean
plans_segments (const char *sentence)
{
  g_autoptr(AsrAssessment) assessment = report_test_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(AsrReport) report = NULL;
  g_autoptr(AsrReportLayout) layout = NULL;
  g_autoptr(GArray) segments = NULL;

  for (guint i = 0; note->len < 40 * 1000; i++)
    g_string_append_printf (note, sentence, i);
  report_test_set_notes (assessment, "safe", 1, note->str);
  report = asr_report_new (assessment, NULL);
  layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT);
  _asr_report_layout_set_segments (4 * 1024, ASR_REPORT_OVERLAP_BYTES);
  segments = _asr_report_segments_plan (layout, longest_block (layout));
  return segments != NULL;
}

/* A long note measured in segments has the lines of the note measured in
 * one go, whether the segments meet (prose wraps alike from any start
 * within a few lines) or, with no overlap, each is measured again in
 * order; and it draws the same PDF on four threads as on one, byte for
 * byte.  A note with right-to-left text is not cut in segments. */
static void
test_segments (void)
{
  g_autoptr(AsrReport) report = single_note_report (200 * 1000);
  g_autoptr(AsrReportLayout) layout = NULL;
  g_autoptr(GArray) whole = g_array_new (FALSE, FALSE, sizeof (LineMetrics));
  KeptStore *store;
  guint block;

  layout = asr_report_layout_new (report, ASR_REPORT_A4_WIDTH, ASR_REPORT_A4_HEIGHT);
  store = _asr_report_kept_store_new (layout, &layout->shaper);
  block = longest_block (layout);
  _asr_report_measure_lines (layout, &layout->shaper, store, block, 0, 0, G_MAXSIZE, whole);
  g_assert_cmpuint (whole->len, >, 1000);
  assert_segments_measure (layout, store, block, whole, 16 * 1024, ASR_REPORT_OVERLAP_BYTES, TRUE);
  assert_segments_measure (layout, store, block, whole, 16 * 1024, 0, FALSE);
  _asr_report_kept_store_free (store);

  _asr_report_layout_set_segments (16 * 1024, ASR_REPORT_OVERLAP_BYTES);
  assert_four_threads_like_one (report);

  g_assert_true (plans_segments ("Sentence %u of a note in English. "));
  g_assert_false (plans_segments ("Sentence %u of a note in English and العربية. "));
  _asr_report_layout_set_segments (ASR_REPORT_SEGMENT_BYTES, ASR_REPORT_OVERLAP_BYTES);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-pdf/text", test_pdf_text);
  g_test_add_func ("/report-pdf/final", test_pdf_final);
  g_test_add_func ("/report-pdf/flow", test_pdf_flow);
  g_test_add_func ("/report-pdf/contents", test_contents);
  g_test_add_func ("/report-pdf/draw-on-image", test_draw_on_image);
  g_test_add_func ("/report-pdf/threads", test_threads);
  g_test_add_func ("/report-pdf/segments", test_segments);
  g_test_add_func ("/report-pdf/kept-lines", test_kept_lines);
  g_test_add_func ("/report-pdf/text-runs", test_text_runs);
  g_test_add_func ("/report-pdf/large", test_large);

  return g_test_run ();
}
