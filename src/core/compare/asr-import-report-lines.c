/* asr-import-report-lines.c: the lines of a published CQC report page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line by line: a page's structure is a few fixed phrases ("Report from …
 * assessment", "This service scored NN (out of 100)", "Score: N", "We did
 * not look at …") and headings that are names the framework knows (key
 * questions, quality statements).  Every other line is narrative: it
 * becomes the notes of the statement it follows.
 */
#define G_LOG_DOMAIN "asr-import-report"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-baseline.h"
#include "asr-import-report-private.h"

static void G_GNUC_PRINTF (2, 3)
unreadable (AsrReportParse      *p,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (p->import->unreadable, g_strdup_printf ("%s:%u: %s", p->filename, p->line, message));
}

/* Which key question @kq is, marking it present. */
static void
enter_key_question (AsrReportParse    *p,
                    int       kq,
                    gboolean  by_statements)
{
  AsrKeyQuestionRead *read = &p->import->key_questions[kq];

  p->kq = kq;
  if (!read->present)
    read->where = g_strdup_printf ("%s:%u", p->filename, p->line);
  read->present = TRUE;
  read->by_statements = read->by_statements || by_statements;
  if (p->pending_percentage >= 0)
    {
      read->percentage = p->pending_percentage;
      p->pending_percentage = -1;
    }
}

/* The statement named at the line before had no "Score: N" line. */
void
_asr_report_drop_awaiting (AsrReportParse *p)
{
  if (p->awaiting == NULL)
    return;
  g_ptr_array_add (p->import->unreadable,
                   g_strdup_printf (_("%s:%u: “%s” has no “Score: N” line; not imported"),
                                    p->filename, p->awaiting_line, p->awaiting));
  p->awaiting = NULL;
}

static const AsrStatementDef *
statement_def (AsrReportImport *import,
               guint            kq,
               guint            pos)
{
  return g_ptr_array_index (asr_framework_get_key_question (import->framework, kq)->statements, pos);
}

static const char *
key_question_name (AsrReportImport *import,
                   guint            kq)
{
  return asr_framework_get_key_question (import->framework, kq)->name;
}

/* A line that is a quality statement's name: its "Score:" comes next. */
static gboolean
read_statement_heading (AsrReportParse      *p,
                        const char *name)
{
  gpointer found = g_hash_table_lookup (p->import->names, name);
  guint kq, pos;

  if (found == NULL)
    return FALSE;
  kq = (GPOINTER_TO_UINT (found) - 1) >> 8;
  pos = (GPOINTER_TO_UINT (found) - 1) & 0xff;
  _asr_report_drop_awaiting (p);
  p->statement = NULL;
  if (p->kq >= 0 && (guint) p->kq != kq)
    {
      unreadable (p, _("“%s” is a quality statement of %s, not of %s; not imported"),
                  statement_def (p->import, kq, pos)->name,
                  key_question_name (p->import, kq), key_question_name (p->import, p->kq));
      return TRUE;
    }
  if (p->kq < 0)
    enter_key_question (p, kq, TRUE);
  p->statement = &p->import->key_questions[kq].statements[pos];
  p->statement->named = TRUE;
  p->awaiting = statement_def (p->import, kq, pos)->name;
  p->awaiting_line = p->line;
  return TRUE;
}

/* "Score: N" right after a statement's name. */
static gboolean
read_score (AsrReportParse      *p,
            const char *line)
{
  const char *value;
  char *end;
  gint64 score;

  if (!g_str_has_prefix (line, "Score:"))
    return FALSE;
  value = line + strlen ("Score:");
  while (*value == ' ')
    value++;
  score = g_ascii_strtoll (value, &end, 10);
  if (p->awaiting == NULL)
    unreadable (p, _("“%s” follows no quality statement; not imported"), line);
  else if (end == value || *end != '\0' || score < 1 || score > 4)
    {
      unreadable (p, _("the score of “%s” is “%s”, not 1–4; not imported"), p->awaiting, value);
      p->statement = NULL;
    }
  else
    {
      if (p->statement->listed)
        g_ptr_array_add (p->import->findings,
                         g_strdup_printf (_("%s:%u: “%s” appears again; the later score and text are kept"),
                                          p->filename, p->line, p->awaiting));
      p->statement->score = (int) score;
      p->statement->listed = TRUE;
      p->statement->carried_forward = FALSE;
      g_string_truncate (p->statement->notes, 0);
      p->paragraph = FALSE;
    }
  p->awaiting = NULL;
  return TRUE;
}

/* A key question's name alone on a line; its rating may follow. */
static gboolean
read_key_question_heading (AsrReportParse      *p,
                           const char *line)
{
  int kq = asr_baseline_index_for_name (line);

  if (kq < 0 || kq >= (int) p->import->n_key_questions)
    return FALSE;
  _asr_report_drop_awaiting (p);
  p->statement = NULL;
  enter_key_question (p, kq, FALSE);
  p->expect_rating = TRUE;
  return TRUE;
}

static gboolean
read_rating (AsrReportParse      *p,
             const char *line)
{
  AsrRating rating;

  if (!asr_baseline_parse_rating (line, &rating))
    return FALSE;
  p->import->key_questions[p->kq].rating = rating;
  return TRUE;
}

/* "This service scored 71 (out of 100) for this area." */
static gboolean
read_percentage (AsrReportParse      *p,
                 const char *line)
{
  const char *at = strstr (line, " scored ");
  char *end;
  gint64 value;

  if (at == NULL)
    return FALSE;
  at += strlen (" scored ");
  value = g_ascii_strtoll (at, &end, 10);
  if (end == at || !g_str_has_prefix (end, " (out of 100)"))
    return FALSE;
  if (value < 0 || value > 100)
    {
      unreadable (p, _("“%.*s” is not a percentage; not imported"), (int) (end - at), at);
      return TRUE;
    }
  if (p->kq >= 0)
    p->import->key_questions[p->kq].percentage = (int) value;
  else
    {
      p->pending_percentage = (int) value;
      p->pending_line = p->line;
    }
  return TRUE;
}

/* The service and the date are one per assessment: pages of another
 * service, or of another assessment, are named, never merged silently. */
static void
keep_first (AsrReportParse       *p,
            char       **kept,
            const char  *value)
{
  if (*kept == NULL)
    *kept = g_strdup (value);
  else if (strcmp (*kept, value) != 0)
    g_ptr_array_add (p->import->findings,
                     g_strdup_printf (_("%s:%u: “%s” differs from “%s” on an earlier page; the first is kept"),
                                      p->filename, p->line, value, *kept));
}

/* "Report from 15 August 2025 assessment": a new page begins. */
static gboolean
read_report_date (AsrReportParse      *p,
                  const char *line)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
  };
  char month[16];
  int day, year;

  if (!g_str_has_prefix (line, "Report from ") || !g_str_has_suffix (line, " assessment"))
    return FALSE;
  _asr_report_drop_awaiting (p);
  p->kq = -1;
  p->statement = NULL;
  if (sscanf (line, "Report from %d %15s %d assessment", &day, month, &year) == 3)
    for (guint m = 0; m < G_N_ELEMENTS (months); m++)
      if (g_ascii_strcasecmp (month, months[m]) == 0 && g_date_valid_dmy (day, m + 1, year))
        {
          g_autofree char *date = g_strdup_printf ("%04d-%02u-%02d", year, m + 1, day);

          keep_first (p, &p->import->date, date);
          return TRUE;
        }
  unreadable (p, _("“%s” has no date as “15 August 2025”"), line);
  return TRUE;
}

/* "We did not look at NAME during this assessment. The score for this
 * quality statement is based on the previous rating for Well-led." */
static gboolean
read_carried_forward (AsrReportParse      *p,
                      const char *line)
{
  if (!g_str_has_prefix (line, "We did not look at ") ||
      strstr (line, "based on the previous rating for") == NULL)
    return FALSE;
  if (p->statement != NULL && p->statement->listed)
    p->statement->carried_forward = TRUE;
  else
    unreadable (p, _("a statement carried forward, but of no quality statement read"));
  return TRUE;
}

/* "At our last assessment we rated well-led as requires improvement." */
static gboolean
read_previous (AsrReportParse      *p,
               const char *line)
{
  const char *prefix = "At our last assessment we rated ";
  g_autofree char *rest = NULL;
  char *as, *end;
  AsrRating rating;
  int kq;

  if (!g_str_has_prefix (line, prefix))
    return FALSE;
  rest = g_strdup (line + strlen (prefix));
  as = strstr (rest, " as ");
  end = as ? strpbrk (as, ".,") : NULL;
  if (as == NULL || end == NULL)
    return FALSE;
  *as = '\0';
  *end = '\0';
  kq = asr_baseline_index_for_name (rest);
  if (kq < 0 || kq >= (int) p->import->n_key_questions ||
      !asr_baseline_parse_rating (as + 4, &rating))
    return FALSE;
  p->import->key_questions[kq].previous = rating;
  return TRUE;
}

/* The line before "This is an organisation that runs …" names the
 * provider; before another "This is a …", the service. */
static gboolean
read_service (AsrReportParse      *p,
              const char *line)
{
  char **target;

  if (p->kq >= 0 || p->name_line == NULL || !g_str_has_prefix (line, "This is a"))
    return FALSE;
  target = g_str_has_prefix (line, "This is an organisation") ? &p->import->provider
                                                               : &p->import->service_name;
  keep_first (p, target, p->name_line);
  g_clear_pointer (&p->name_line, g_free);
  return TRUE;
}

static void
read_narrative (AsrReportParse      *p,
                const char *line)
{
  if (p->statement == NULL || !p->statement->listed)
    {
      if (p->kq < 0)
        {
          g_free (p->name_line);
          p->name_line = g_strdup (line);
        }
      return;
    }
  if (p->statement->notes->len > 0)
    g_string_append (p->statement->notes, p->paragraph ? "\n\n" : " ");
  g_string_append (p->statement->notes, line);
  p->paragraph = FALSE;
}

/* A page's header ("• Organisation", "This is an organisation …") ends the
 * narrative of the page before. */
static gboolean
read_page_start (AsrReportParse      *p,
                 const char *line)
{
  if (g_ascii_strcasecmp (line, "Organisation") != 0 &&
      g_ascii_strcasecmp (line, "Service provider") != 0 &&
      g_ascii_strcasecmp (line, "Location") != 0)
    return FALSE;
  _asr_report_drop_awaiting (p);
  p->kq = -1;
  p->statement = NULL;
  return TRUE;
}

/* Page structure first, then names the framework knows, then narrative. */
void
_asr_report_read_line (AsrReportParse *p,
                       char           *line)
{
  g_autofree char *name = NULL;
  gboolean expect_rating = p->expect_rating;

  while (g_str_has_prefix (g_strchug (line), "\u2022"))
    line += strlen ("\u2022");
  g_strchomp (line);
  if (*line == '\0')
    {
      p->paragraph = TRUE;
      return;
    }
  p->expect_rating = FALSE;
  if (read_page_start (p, line))
    return;
  name = _asr_report_normalise (line);
  if ((expect_rating && read_rating (p, line)) ||
      read_report_date (p, line) || read_percentage (p, line) || read_score (p, line) ||
      read_key_question_heading (p, line) || read_statement_heading (p, name))
    {
      p->n_recognised++;
      return;
    }
  _asr_report_drop_awaiting (p);
  if (read_carried_forward (p, line) || read_previous (p, line))
    p->n_recognised++;
  else if (read_service (p, line))
    return;
  read_narrative (p, line);
}
