/* asr-report-markdown.c: the report as Markdown (CommonMark)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the inspector wrote is escaped, so a note never turns into a
 * heading, a rule, a list, a quote, a code block, a link or raw HTML: it
 * renders as the text typed, inside a paragraph.  A line break in a note
 * stays a line break (CommonMark's backslash at the end of a line), so a
 * list the inspector typed still reads as one, line by line.  Control
 * characters and bidirectional overrides are shown escaped (asr-text.h).
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>

#include "asr-report-private.h"
#include "asr-text.h"

/* The ASCII punctuation CommonMark gives an inline meaning to: emphasis,
 * code spans, links and images, autolinks and raw HTML, entities, escapes,
 * and (at a line's start) headings, quotes, tables and fences. */
#define INLINE_SPECIALS "\\`*_[]<>#|~&!"

/* Escapes one line that may start a block: the marks of a list ("- ",
 * "+ ", "1. ", "1) "), a setext underline or rule ("===", "- - -") get a
 * backslash; leading blanks (indented code) are dropped. */
static void
append_line_escaped (GString    *out,
                     const char *line,
                     gsize       len)
{
  gsize digits;

  while (len > 0 && (*line == ' ' || *line == '\t'))
    line++, len--;
  while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
    len--;
  digits = strspn (line, "0123456789");
  if (len > 0 && strchr ("-+=", line[0]) != NULL)
    g_string_append_c (out, '\\');
  else if (digits > 0 && digits < len && (line[digits] == '.' || line[digits] == ')'))
    {
      g_string_append_len (out, line, digits);
      g_string_append_c (out, '\\');
      line += digits, len -= digits;
    }
  for (gsize i = 0; i < len; i++)
    {
      if (strchr (INLINE_SPECIALS, line[i]) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, line[i]);
    }
}

/* TEXT as lines of one paragraph, each line break kept as a hard break. */
static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *shown = asr_text_neutralize (text);
  g_auto(GStrv) lines = g_strsplit (shown, "\n", -1);
  gboolean first = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][strspn (lines[i], " \t")] == '\0')
        continue;  /* a blank line would end the paragraph */
      if (!first)
        g_string_append (out, "\\\n");
      append_line_escaped (out, lines[i], strlen (lines[i]));
      first = FALSE;
    }
}

/* TEXT on one line (a heading, a list item, bold text): line breaks
 * become spaces, as they would end the block. */
static void
append_line (GString    *out,
             const char *text)
{
  g_autofree char *shown = asr_text_neutralize (text);

  g_strdelimit (shown, "\n", ' ');
  append_line_escaped (out, shown, strlen (shown));
}

static void
append_paragraph (GString    *out,
                  const char *text)
{
  append_text (out, text);
  g_string_append (out, "\n\n");
}

static void
append_heading (GString    *out,
                guint       level,
                const char *text)
{
  for (guint i = 0; i < level; i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  append_line (out, text);
  g_string_append (out, "\n\n");
}

static void
append_strong (GString    *out,
               const char *text)
{
  g_string_append (out, "**");
  append_line (out, text);
  g_string_append (out, "**\n\n");
}

static void
append_paragraphs (GString   *out,
                   GPtrArray *paragraphs)
{
  for (guint i = 0; i < paragraphs->len; i++)
    append_paragraph (out, g_ptr_array_index (paragraphs, i));
}

static void
append_statement (GString                  *out,
                  const AsrReportStatement *statement)
{
  append_heading (out, 3, statement->name);
  append_strong (out, statement->score_line);
  append_paragraphs (out, statement->paragraphs);
  for (guint i = 0; i < statement->evidence->len; i++)
    {
      const AsrReportEvidence *evidence = g_ptr_array_index (statement->evidence, i);

      append_heading (out, 4, evidence->name);
      if (evidence->score_line != NULL)
        append_paragraph (out, evidence->score_line);
      append_paragraphs (out, evidence->paragraphs);
    }
}

static void
append_section (GString                *out,
                const AsrReportSection *section)
{
  g_autofree char *rating = _asr_report_rating_line (section->rating);

  append_heading (out, 2, section->name);
  append_strong (out, rating);
  if (section->comparison != NULL)
    append_paragraph (out, section->comparison);
  append_paragraph (out, section->score_sentence);
  append_paragraphs (out, section->notes);
  for (guint i = 0; i < section->statements->len; i++)
    append_statement (out, g_ptr_array_index (section->statements, i));
}

static void
append_overview (GString         *out,
                 const AsrReport *report)
{
  append_heading (out, 1, report->service_name);
  if (report->draft)
    {
      g_string_append_printf (out, "**%s**: ", _asr_report_draft_mark ());
      append_paragraph (out, report->draft_notice);
    }
  append_strong (out, report->subtitle);
  for (guint i = 0; i < report->facts->len; i++)
    {
      g_string_append (out, "- ");
      append_line (out, g_ptr_array_index (report->facts, i));
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
  if (report->overall_heading != NULL)
    {
      append_heading (out, 2, report->overall_heading);
      append_strong (out, report->overall_rating);
      append_paragraphs (out, report->overall_notes);
    }
}

char *
asr_report_to_markdown (const AsrReport *report)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  append_overview (out, report);
  for (guint i = 0; i < report->sections->len; i++)
    append_section (out, g_ptr_array_index (report->sections, i));
  g_string_append (out, "---\n\n*");
  append_line (out, report->footer);
  g_string_append (out, "*\n");
  return g_string_free (out, FALSE);
}
