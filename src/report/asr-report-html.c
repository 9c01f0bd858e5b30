/* asr-report-html.c: the report as one self-contained HTML file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inline CSS (with a print stylesheet: A4, no contents links, headings kept
 * with what follows), semantic headings h1–h4, and every string escaped,
 * ours and the inspector's alike.  Control characters and bidirectional
 * overrides are shown as escapes ("\u202e", asr-text.h), as in the text
 * and Markdown reports: a character reference would still reorder a line
 * or vanish.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-report-private.h"
#include "asr-text.h"

static const char stylesheet[] =
  ":root{color-scheme:light dark;--accent:#1c71d8;--muted:#5e5c64;--draft:#c01c28}\n"
  "body{font-family:Cantarell,\"Noto Sans\",\"DejaVu Sans\",sans-serif;line-height:1.5;"
  "max-width:46em;margin:2em auto;padding:0 1em;overflow-wrap:anywhere}\n"
  "h1,h2,h3,h4{line-height:1.25;margin:1.4em 0 .4em}\n"
  "h1{font-size:2em;margin-top:.4em}h2{font-size:1.5em;border-bottom:1px solid #c0bfbc;"
  "padding-bottom:.2em}h3{font-size:1.15em}h4{font-size:1em;color:var(--muted)}\n"
  ".subtitle{font-size:1.15em;font-weight:bold}.facts{list-style:none;padding:0;color:var(--muted)}\n"
  ".rating{font-size:1.25em;font-weight:bold;color:var(--accent)}.score{font-weight:bold}\n"
  ".draft{border:2px solid var(--draft);color:var(--draft);padding:.5em 1em;border-radius:6px}\n"
  ".watermark{display:none}.note{color:var(--muted)}\n"
  "footer{margin-top:3em;border-top:1px solid #c0bfbc;color:var(--muted);font-size:.9em}\n"
  "@media (prefers-color-scheme:dark){body{background:#242424;color:#fff}"
  ":root{--accent:#78aeed;--muted:#c0bfbc;--draft:#ff7b63}}\n"
  "@media print{@page{size:A4;margin:20mm 18mm}"
  ":root{--accent:#1c71d8;--muted:#5e5c64;--draft:#c01c28}"
  "body{max-width:none;margin:0;padding:0;background:#fff;color:#000;font-size:10.5pt}"
  "nav{display:none}h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}"
  "section.key-question{break-before:page;page-break-before:always}"
  ".watermark{display:block;position:fixed;top:40%;left:0;right:0;text-align:center;"
  "font-size:96pt;font-weight:bold;color:rgba(192,28,40,.12);transform:rotate(-30deg);"
  "z-index:-1}}\n";

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *shown = asr_text_neutralize (text);
  g_autofree char *escaped = g_markup_escape_text (shown, -1);
  g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<br>\n");
      g_string_append (out, lines[i]);
    }
}

static void
append_element (GString    *out,
                const char *open,
                const char *text,
                const char *close)
{
  g_string_append (out, open);
  append_escaped (out, text);
  g_string_append (out, close);
}

static void
append_paragraphs (GString   *out,
                   GPtrArray *paragraphs,
                   const char *open)
{
  for (guint i = 0; i < paragraphs->len; i++)
    append_element (out, open, g_ptr_array_index (paragraphs, i), "</p>\n");
}

static void
append_statement (GString                  *out,
                  const AsrReportStatement *statement)
{
  g_string_append (out, "<article class=\"statement\">\n");
  append_element (out, "<h3>", statement->name, "</h3>\n");
  append_element (out, "<p class=\"score\">", statement->score_line, "</p>\n");
  append_paragraphs (out, statement->paragraphs, "<p>");
  for (guint i = 0; i < statement->evidence->len; i++)
    {
      const AsrReportEvidence *evidence = g_ptr_array_index (statement->evidence, i);

      g_string_append (out, "<section class=\"evidence\">\n");
      append_element (out, "<h4>", evidence->name, "</h4>\n");
      if (evidence->score_line != NULL)
        append_element (out, "<p class=\"score\">", evidence->score_line, "</p>\n");
      append_paragraphs (out, evidence->paragraphs, "<p>");
      g_string_append (out, "</section>\n");
    }
  g_string_append (out, "</article>\n");
}

static void
append_section (GString                *out,
                const AsrReportSection *section)
{
  g_autofree char *id = g_markup_escape_text (section->id, -1);
  g_autofree char *rating = _asr_report_rating_line (section->rating);

  g_string_append_printf (out, "<section class=\"key-question\" id=\"kq-%s\">\n", id);
  append_element (out, "<h2>", section->name, "</h2>\n");
  append_element (out, "<p class=\"rating\">", rating, "</p>\n");
  if (section->comparison != NULL)
    append_element (out, "<p>", section->comparison, "</p>\n");
  append_element (out, "<p class=\"score\">", section->score_sentence, "</p>\n");
  append_paragraphs (out, section->notes, "<p class=\"note\">");
  for (guint i = 0; i < section->statements->len; i++)
    append_statement (out, g_ptr_array_index (section->statements, i));
  g_string_append (out, "</section>\n");
}

static void
append_contents (GString         *out,
                 const AsrReport *report)
{
  g_string_append (out, "<nav aria-labelledby=\"contents\">\n");
  append_element (out, "<h2 id=\"contents\">", _asr_report_contents_title (), "</h2>\n<ol>\n");
  if (report->overall_heading != NULL)
    append_element (out, "<li><a href=\"#overall\">", report->overall_heading, "</a></li>\n");
  for (guint i = 0; i < report->sections->len; i++)
    {
      const AsrReportSection *section = g_ptr_array_index (report->sections, i);
      g_autofree char *id = g_markup_escape_text (section->id, -1);

      g_string_append_printf (out, "<li><a href=\"#kq-%s\">", id);
      append_element (out, "", section->name, "</a></li>\n");
    }
  g_string_append (out, "</ol>\n</nav>\n");
}

static void
append_header (GString         *out,
               const AsrReport *report)
{
  g_string_append (out, "<header>\n");
  if (report->draft)
    {
      append_element (out, "<div class=\"watermark\" aria-hidden=\"true\">",
                      _asr_report_draft_mark (), "</div>\n");
      append_element (out, "<p class=\"draft\" role=\"note\"><strong>",
                      _asr_report_draft_mark (), "</strong>: ");
      append_element (out, "", report->draft_notice, "</p>\n");
    }
  append_element (out, "<h1>", report->service_name, "</h1>\n");
  append_element (out, "<p class=\"subtitle\">", report->subtitle, "</p>\n");
  g_string_append (out, "<ul class=\"facts\">\n");
  for (guint i = 0; i < report->facts->len; i++)
    append_element (out, "<li>", g_ptr_array_index (report->facts, i), "</li>\n");
  g_string_append (out, "</ul>\n</header>\n");
}

static void
append_head (GString         *out,
             const AsrReport *report)
{
  /* Translators: the language tag of the report's wording (BCP 47) */
  append_element (out, "<!DOCTYPE html>\n<html lang=\"", C_("html lang", "en-GB"),
                  "\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  append_element (out, "<title>", report->service_name, " — ");
  append_element (out, "", report->subtitle, "</title>\n");
  g_string_append_printf (out, "<style>\n%s</style>\n</head>\n<body>\n", stylesheet);
}

char *
asr_report_to_html (const AsrReport *report)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  append_head (out, report);
  append_header (out, report);
  append_contents (out, report);
  g_string_append (out, "<main>\n");
  if (report->overall_heading != NULL)
    {
      g_string_append (out, "<section id=\"overall\">\n");
      append_element (out, "<h2>", report->overall_heading, "</h2>\n");
      append_element (out, "<p class=\"rating\">", report->overall_rating, "</p>\n");
      append_paragraphs (out, report->overall_notes, "<p>");
      g_string_append (out, "</section>\n");
    }
  for (guint i = 0; i < report->sections->len; i++)
    append_section (out, g_ptr_array_index (report->sections, i));
  append_element (out, "</main>\n<footer>\n<p>", report->footer, "</p>\n</footer>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
