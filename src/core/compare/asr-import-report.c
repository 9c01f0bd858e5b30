/* asr-import-report.c: reading the text of published CQC report pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import's state, the texts' checks (UTF-8, a report at all) and the
 * names the framework knows; the lines themselves are read in
 * asr-import-report-lines.c.
 */
#define G_LOG_DOMAIN "asr-import-report"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-baseline.h"
#include "asr-error.h"
#include "asr-framework-registry.h"
#include "asr-import-report-private.h"
#include "asr-summary.h"


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

  import->framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
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
  AsrReportParse p = { import, filename, 0, -1, };
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
    _asr_report_read_line (&p, lines[p.line - 1]);
  p.line--;
  _asr_report_drop_awaiting (&p);
  if (p.pending_percentage >= 0)
    {
      g_autofree char *figure = asr_summary_format_figure (p.pending_percentage);

      g_ptr_array_add (import->unreadable,
                       g_strdup_printf (_("%s:%u: the figure %s belongs to no key question that could be recognised"),
                                        filename, p.pending_line, figure));
    }
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
