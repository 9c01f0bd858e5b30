/* asr-csv.c: a strict RFC 4180 CSV reader for untrusted files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-csv.h"
#include "asr-error.h"
#include "asr-text.h"

typedef struct
{
  const char *filename;
  const char *p;
  const char *end;
  const char *line_start;
  guint       line;
  GString    *field;
} Scanner;

static gboolean G_GNUC_PRINTF (4, 5)
fail_at (Scanner     *s,
         const char  *where,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  glong column = g_utf8_strlen (s->line_start, where - s->line_start) + 1;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, ASR_ERROR, ASR_ERROR_SYNTAX, "%s:%u:%ld: %s",
               s->filename, s->line, column, message);
  return FALSE;
}

static void
new_line (Scanner *s)
{
  s->line++;
  s->line_start = s->p;
}

/* The input must be UTF-8 without NUL bytes; the error points at the
 * first byte that is not. */
static gboolean
check_text (Scanner  *s,
            GError  **error)
{
  const char *bad = NULL;

  if (g_utf8_validate_len (s->p, (gsize) (s->end - s->p), &bad))
    return TRUE;
  for (const char *q = s->p; q < bad; q++)
    if (*q == '\n')
      s->line++, s->line_start = q + 1;
  if (*bad == '\0')
    return fail_at (s, bad, error, _("a NUL byte; this is not a text file"));
  return fail_at (s, bad, error, _("not UTF-8 text (save the sheet as “CSV UTF-8”)"));
}

static gboolean
read_quoted (Scanner  *s,
             GError  **error)
{
  const char *open = s->p;
  const char *open_line_start = s->line_start;
  guint open_line = s->line;

  s->p++;
  for (;;)
    {
      if (s->p == s->end)
        {
          s->line = open_line;
          s->line_start = open_line_start;
          return fail_at (s, open, error, _("this quoted field is never closed"));
        }
      if (*s->p == '"' && s->p + 1 < s->end && s->p[1] == '"')
        {
          g_string_append_c (s->field, '"');
          s->p += 2;
          continue;
        }
      if (*s->p == '"')
        break;
      g_string_append_c (s->field, *s->p++);
      if (s->p[-1] == '\n')
        new_line (s);
    }
  s->p++;
  if (s->p < s->end && strchr (",\r\n", *s->p) == NULL)
    return fail_at (s, s->p, error,
                    _("text after the closing quote (a quote inside a quoted field is written twice: \"\")"));
  return TRUE;
}

static gboolean
read_field (Scanner  *s,
            GError  **error)
{
  g_string_truncate (s->field, 0);
  if (s->p < s->end && *s->p == '"')
    return read_quoted (s, error);

  while (s->p < s->end && *s->p != ',' && *s->p != '\n' && *s->p != '\r')
    {
      if (*s->p == '"')
        return fail_at (s, s->p, error,
                        _("a quote inside an unquoted field (quote the whole field and double the quote)"));
      g_string_append_c (s->field, *s->p++);
    }
  return TRUE;
}

/* Reads one record into @fields; ends after its line break or at the end. */
static gboolean
read_record (Scanner    *s,
             GPtrArray  *fields,
             GError    **error)
{
  for (;;)
    {
      if (!read_field (s, error))
        return FALSE;
      g_ptr_array_add (fields, g_strndup (s->field->str, s->field->len));
      if (s->p == s->end)
        return TRUE;
      if (*s->p == ',')
        {
          s->p++;
          continue;
        }
      if (*s->p == '\r' && (s->p + 1 == s->end || s->p[1] != '\n'))
        return fail_at (s, s->p, error, _("a carriage return without a line feed"));
      s->p += *s->p == '\r' ? 2 : 1;
      new_line (s);
      return TRUE;
    }
}

static gboolean
check_header (const char  *filename,
              GPtrArray   *header,
              GError     **error)
{
  /* A set, so that a sheet of 100 000 columns is checked in one pass. */
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < header->len; i++)
    {
      const char *name = g_ptr_array_index (header, i);

      if (*name == '\0')
        {
          g_set_error (error, ASR_ERROR, ASR_ERROR_SYNTAX,
                       _("%s:1: column %u of the header has no name"), filename, i + 1);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) name))
        {
          g_autofree char *shown = asr_text_quote (name);

          g_set_error (error, ASR_ERROR, ASR_ERROR_SYNTAX,
                       _("%s:1: the column “%s” appears twice in the header"), filename, shown);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_width (AsrCsv   *csv,
             guint     line,
             GError  **error)
{
  guint n = g_strv_length (g_ptr_array_index (csv->records, csv->records->len - 1));

  if (n == csv->header->len)
    return TRUE;
  g_set_error (error, ASR_ERROR, ASR_ERROR_SYNTAX,
               g_dngettext (GETTEXT_PACKAGE, "%s:%u: %u field, but the header has %u columns",
                            "%s:%u: %u fields, but the header has %u columns", n),
               csv->filename, line, n, csv->header->len);
  return FALSE;
}

static gboolean
read_records (Scanner  *s,
              AsrCsv   *csv,
              GError  **error)
{
  while (s->p < s->end)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      guint line = s->line;

      if (!read_record (s, fields, error))
        return FALSE;
      g_ptr_array_add (fields, NULL);
      g_ptr_array_set_free_func (fields, NULL);
      g_ptr_array_add (csv->records, g_ptr_array_free (g_steal_pointer (&fields), FALSE));
      g_array_append_val (csv->lines, line);
      if (!check_width (csv, line, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
skip_bom (const char *data,
          gsize       length)
{
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return data + 3;
  return data;
}

AsrCsv *
asr_csv_parse (const char  *data,
               gsize        length,
               const char  *filename,
               GError     **error)
{
  g_autoptr(AsrCsv) csv = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  const char *start = skip_bom (data, length);
  Scanner s = { filename, start, data + length, start, 1, field };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  if (length > ASR_CSV_MAX_SIZE)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_TOO_LARGE,
                   _("%s: larger than %u MB"), filename, (guint) (ASR_CSV_MAX_SIZE >> 20));
      return NULL;
    }
  if (!check_text (&s, error))
    return NULL;
  if (s.p == s.end)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_SYNTAX, _("%s: empty; expected a header line"), filename);
      return NULL;
    }

  csv = g_new0 (AsrCsv, 1);
  csv->filename = g_strdup (filename);
  csv->header = g_ptr_array_new_with_free_func (g_free);
  csv->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  csv->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!read_record (&s, csv->header, error) || !check_header (filename, csv->header, error) ||
      !read_records (&s, csv, error))
    return NULL;
  return g_steal_pointer (&csv);
}

void
asr_csv_free (AsrCsv *csv)
{
  if (csv == NULL)
    return;
  g_free (csv->filename);
  g_clear_pointer (&csv->header, g_ptr_array_unref);
  g_clear_pointer (&csv->records, g_ptr_array_unref);
  g_clear_pointer (&csv->lines, g_array_unref);
  g_free (csv);
}

int
asr_csv_column (AsrCsv     *csv,
                const char *name)
{
  g_return_val_if_fail (csv != NULL, -1);

  for (guint i = 0; i < csv->header->len; i++)
    if (g_str_equal (g_ptr_array_index (csv->header, i), name))
      return (int) i;
  return -1;
}
