/* test-report-util.c: assessments for the report tests, pdftotext, and
 * a PDF's content streams
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "test-report-util.h"

AsrAssessment *
report_test_load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "report", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

AsrAssessment *
report_test_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", &error);
  AsrAssessment *assessment;

  g_assert_no_error (error);
  assessment = asr_assessment_new (framework);
  asr_assessment_set_service_name (assessment, "Crisis Resolution Team");
  asr_assessment_set_provider (assessment, "Example NHS Foundation Trust");
  asr_assessment_set_date (assessment, "2025-08-15");
  asr_assessment_set_previous_date (assessment, "2023-05-02");
  return assessment;
}

static AsrQualityStatement *
statement_at (AsrAssessment *assessment,
              const char    *key_question_id,
              guint          position)
{
  AsrKeyQuestion *key_question = asr_assessment_lookup_key_question (assessment, key_question_id);
  g_autoptr(AsrQualityStatement) statement =
    g_list_model_get_item (asr_key_question_get_statements (key_question), position);

  return statement;   /* owned by the key question */
}

void
report_test_score (AsrAssessment *assessment,
                   const char    *key_question_id,
                   const int     *scores,
                   guint          n_scores)
{
  for (guint i = 0; i < n_scores; i++)
    {
      AsrQualityStatement *statement = statement_at (assessment, key_question_id, i);

      if (scores[i] == -1)
        asr_quality_statement_set_source (statement, ASR_SOURCE_NOT_APPLICABLE);
      else if (scores[i] == -2)
        asr_quality_statement_set_source (statement, ASR_SOURCE_CARRIED_FORWARD);
      else if (scores[i] > 0)
        {
          asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
          asr_quality_statement_set_score (statement, scores[i]);
        }
    }
}

void
report_test_set_notes (AsrAssessment *assessment,
                       const char    *key_question_id,
                       guint          position,
                       const char    *notes)
{
  asr_quality_statement_set_notes (statement_at (assessment, key_question_id, position), notes);
}

void
report_test_save (GBytes     *bytes,
                  const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "report", name, NULL);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
}

char *
report_test_pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  int status;

  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

/* The stream at @data inflated onto @out; FALSE if it is not one whole
 * zlib stream. */
static gboolean
inflate_stream (const guchar *data,
                gsize         size,
                GByteArray   *out)
{
  g_autoptr(GZlibDecompressor) inflater = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
  guchar buffer[64 * 1024];

  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult result = g_converter_convert (G_CONVERTER (inflater), data, size,
                                                     buffer, sizeof buffer,
                                                     G_CONVERTER_INPUT_AT_END, &read,
                                                     &written, NULL);

      if (result == G_CONVERTER_ERROR)
        return FALSE;
      g_byte_array_append (out, buffer, written);
      data += read;
      size -= read;
      if (result == G_CONVERTER_FINISHED)
        return TRUE;
    }
}

/* The next "stream" keyword from @p on, past its end of line; NULL if none. */
static const guchar *
next_stream (const guchar *p,
             const guchar *end)
{
  for (; (p = memchr (p, '\n', end - p)) != NULL; p++)
    if (end - p > 8 && memcmp (p, "\nstream\n", 8) == 0)
      return p + 8;
  return NULL;
}

char *
report_test_pdf_content (GBytes *pdf)
{
  gsize size;
  const guchar *data = g_bytes_get_data (pdf, &size);
  const guchar *end = data + size;
  const guchar *p = data;
  GString *content = g_string_new (NULL);

  while ((p = next_stream (p, end)) != NULL)
    {
      g_autoptr(GByteArray) stream = g_byte_array_new ();

      if (!inflate_stream (p, end - p, stream))
        continue;
      g_byte_array_append (stream, (const guchar *) "", 1);
      /* A page's operators select a font; a font program does not. */
      if (strstr ((const char *) stream->data, " Tf\n") != NULL)
        g_string_append_len (content, (const char *) stream->data, stream->len - 1);
    }
  return g_string_free (content, FALSE);
}
