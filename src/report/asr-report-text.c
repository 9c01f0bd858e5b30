/* asr-report-text.c: the report as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For pasting into other systems: paragraphs are not wrapped (the system
 * pasted into wraps them), headings are underlined.  Control characters
 * and bidirectional overrides in what the file says are shown escaped
 * (asr-text.h), so a pasted report cannot hide or reorder text.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include "asr-report-private.h"
#include "asr-text.h"

static void
append_heading (GString    *out,
                const char *text,
                char        underline)
{
  g_autofree char *shown = asr_text_neutralize (text);
  glong width = g_utf8_strlen (shown, -1);

  g_string_append (out, shown);
  g_string_append_c (out, '\n');
  for (glong i = 0; i < width; i++)
    g_string_append_c (out, underline);
  g_string_append (out, "\n\n");
}

static void
append_paragraph (GString    *out,
                  const char *text)
{
  asr_text_append_neutral (out, text, 0);
  g_string_append (out, "\n\n");
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
  append_heading (out, statement->name, '-');
  append_paragraph (out, statement->score_line);
  append_paragraphs (out, statement->paragraphs);
  for (guint i = 0; i < statement->evidence->len; i++)
    {
      const AsrReportEvidence *evidence = g_ptr_array_index (statement->evidence, i);

      g_string_append_c (out, '[');
      asr_text_append_neutral (out, evidence->name, 0);
      g_string_append (out, "]\n\n");
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

  append_heading (out, section->name, '=');
  append_paragraph (out, rating);
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
  append_heading (out, report->service_name, '#');
  if (report->draft)
    {
      g_string_append_printf (out, "%s: ", _asr_report_draft_mark ());
      append_paragraph (out, report->draft_notice);
    }
  append_paragraph (out, report->subtitle);
  for (guint i = 0; i < report->facts->len; i++)
    {
      asr_text_append_neutral (out, g_ptr_array_index (report->facts, i), 0);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
  if (report->overall_heading != NULL)
    {
      g_autofree char *rating = _asr_report_rating_line (report->overall_rating);

      append_heading (out, report->overall_heading, '=');
      append_paragraph (out, rating);
      append_paragraphs (out, report->overall_notes);
    }
}

char *
asr_report_to_text (const AsrReport *report)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  append_overview (out, report);
  for (guint i = 0; i < report->sections->len; i++)
    append_section (out, g_ptr_array_index (report->sections, i));
  g_string_append (out, "--\n");
  append_paragraph (out, report->footer);
  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
