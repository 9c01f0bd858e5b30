/* asr-import-report.c: reading the text of published CQC report pages
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
#include "asr-error.h"
#include "asr-import-report-private.h"

typedef struct
{
  AsrReportImport  *import;
  const char       *filename;
  guint             line;
  int               kq;             /* the key question being read; -1 none */
  gboolean          expect_rating;  /* the line after a key question heading */
  AsrStatementRead *statement;      /* the statement whose narrative this is */
  const char       *awaiting;       /* a statement named, its "Score:" not yet read */
  guint             awaiting_line;
  gboolean          paragraph;      /* a blank line since the last narrative */
  int               pending_percentage;  /* read before its key question */
  guint             pending_line;
  char             *name_line;      /* the last line that may name the service */
  guint             n_recognised;   /* lines of a report's structure */
} Parse;

char *
_asr_report_normalise (const char *text)
{
  static const char * const from[] = { "\u2019", "\u2018", "\u2013", "\u2014", "\u00a0" };
  static const char * const to[] = { "'", "'", "-", "-", " " };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autoptr(GString) out = g_string_new (folded);

  for (guint i = 0; i < G_N_ELEMENTS (from); i++)
    g_string_replace (out, from[i], to[i], 0);
  while (g_string_replace (out, "  ", " ", 0) > 0)
    ;
  g_strstrip (out->str);
  return g_strdup (out->str);
}

static void
index_statements (AsrReportImport *import)
{
  for (guint k = 0; k < import->n_key_questions; k++)
    {
      const AsrKeyQuestionDef *def = asr_framework_get_key_question (import->framework, k);
      AsrKeyQuestionRead *read = &import->key_questions[k];

      read->percentage = -1;
      read->n_statements = def->statements->len;
      read->statements = g_new0 (AsrStatementRead, read->n_statements);
      for (guint s = 0; s < def->statements->len; s++)
        {
          const AsrStatementDef *sdef = g_ptr_array_index (def->statements, s);

          read->statements[s].notes = g_string_new (NULL);
          g_hash_table_insert (import->names, _asr_report_normalise (sdef->name),
                               GUINT_TO_POINTER (((k << 8) | s) + 1));
        }
    }
}

AsrReportImport *
asr_report_import_new (void)
{
  AsrReportImport *import = g_new0 (AsrReportImport, 1);

  import->framework = asr_framework_get_builtin ("cqc-saf-2024", NULL);
  g_assert (import->framework != NULL);
  import->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->n_key_questions = asr_framework_get_n_key_questions (import->framework);
  import->key_questions = g_new0 (AsrKeyQuestionRead, import->n_key_questions);
  import->findings = g_ptr_array_new_with_free_func (g_free);
  import->unreadable = g_ptr_array_new_with_free_func (g_free);
  index_statements (import);
  return import;
}

void
asr_report_import_free (AsrReportImport *import)
{
  if (import == NULL)
    return;
  for (guint k = 0; k < import->n_key_questions; k++)
    {
      AsrKeyQuestionRead *read = &import->key_questions[k];

      for (guint s = 0; s < read->n_statements; s++)
        g_string_free (read->statements[s].notes, TRUE);
      g_free (read->statements);
      g_free (read->where);
    }
  g_free (import->key_questions);
  g_hash_table_unref (import->names);
  g_clear_object (&import->framework);
  g_free (import->provider);
  g_free (import->service_name);
  g_free (import->date);
  g_ptr_array_unref (import->findings);
  g_ptr_array_unref (import->unreadable);
  g_free (import);
}

GPtrArray *
asr_report_import_get_findings (AsrReportImport *import)
{
  return import->findings;
}

GPtrArray *
asr_report_import_get_unreadable (AsrReportImport *import)
{
  return import->unreadable;
}

static void G_GNUC_PRINTF (2, 3)
unreadable (Parse      *p,
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
enter_key_question (Parse    *p,
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
static void
drop_awaiting (Parse *p)
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
read_statement_heading (Parse      *p,
                        const char *name)
{
  gpointer found = g_hash_table_lookup (p->import->names, name);
  guint kq, pos;

  if (found == NULL)
    return FALSE;
  kq = (GPOINTER_TO_UINT (found) - 1) >> 8;
  pos = (GPOINTER_TO_UINT (found) - 1) & 0xff;
  drop_awaiting (p);
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
read_score (Parse      *p,
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
read_key_question_heading (Parse      *p,
                           const char *line)
{
  int kq = asr_baseline_index_for_name (line);

  if (kq < 0 || kq >= (int) p->import->n_key_questions)
    return FALSE;
  drop_awaiting (p);
  p->statement = NULL;
  enter_key_question (p, kq, FALSE);
  p->expect_rating = TRUE;
  return TRUE;
}

static gboolean
read_rating (Parse      *p,
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
read_percentage (Parse      *p,
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
keep_first (Parse       *p,
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
read_report_date (Parse      *p,
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
  drop_awaiting (p);
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
read_carried_forward (Parse      *p,
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
read_previous (Parse      *p,
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
read_service (Parse      *p,
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
read_narrative (Parse      *p,
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
read_page_start (Parse      *p,
                 const char *line)
{
  if (g_ascii_strcasecmp (line, "Organisation") != 0 &&
      g_ascii_strcasecmp (line, "Service provider") != 0 &&
      g_ascii_strcasecmp (line, "Location") != 0)
    return FALSE;
  drop_awaiting (p);
  p->kq = -1;
  p->statement = NULL;
  return TRUE;
}

/* Page structure first, then names the framework knows, then narrative. */
static void
read_line (Parse *p,
           char  *line)
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
  drop_awaiting (p);
  if (read_carried_forward (p, line) || read_previous (p, line))
    p->n_recognised++;
  else if (read_service (p, line))
    return;
  read_narrative (p, line);
}

static gboolean
check_utf8 (const char  *text,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  const char *end;
  guint line = 1;

  if (g_utf8_validate (text, length, &end) && memchr (text, '\0', length) == NULL)
    return TRUE;
  if (g_utf8_validate (text, length, NULL))
    end = memchr (text, '\0', length);
  for (const char *c = text; c < end; c++)
    line += *c == '\n';
  g_set_error (error, ASR_ERROR, ASR_ERROR_SYNTAX,
               _("%s:%u: not a published CQC report page: not UTF-8 text"), filename, line);
  return FALSE;
}

gboolean
asr_report_import_add_text (AsrReportImport *import,
                            const char      *text,
                            gsize            length,
                            const char      *filename,
                            GError         **error)
{
  Parse p = { import, filename, 0, -1, };
  guint n_unreadable = import->unreadable->len;
  guint n_findings = import->findings->len;
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (!check_utf8 (text, length, filename, error))
    return FALSE;
  copy = g_strndup (text, length);
  g_strdelimit (copy, "\r", '\n');
  lines = g_strsplit (copy, "\n", -1);
  p.pending_percentage = -1;
  for (p.line = 1; lines[p.line - 1] != NULL; p.line++)
    read_line (&p, lines[p.line - 1]);
  p.line--;
  drop_awaiting (&p);
  if (p.pending_percentage >= 0)
    g_ptr_array_add (import->unreadable,
                     g_strdup_printf (_("%s:%u: the figure %d (out of 100) belongs to no key question that could be recognised"),
                                      filename, p.pending_line, p.pending_percentage));
  g_free (p.name_line);
  if (p.n_recognised > 0)
    return TRUE;
  g_ptr_array_set_size (import->unreadable, n_unreadable);
  g_ptr_array_set_size (import->findings, n_findings);
  g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
               _("%s:1: not a published CQC report page: no key question heading, no quality statement with “Score: N” and no “scored NN (out of 100)”"),
               filename);
  return FALSE;
}

gboolean
asr_report_looks_like (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!g_utf8_validate (data, size, NULL))
    return FALSE;
  text = g_strndup (data, size);
  g_strchug (text);
  if (*text == '{' || *text == '[')
    return FALSE;
  return strstr (text, "\nScore: ") != NULL || strstr (text, " (out of 100)") != NULL;
}
