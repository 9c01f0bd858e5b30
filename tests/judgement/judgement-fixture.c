/* judgement-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "judgement-fixture.h"

#include <string.h>

#include "asr-framework-registry.h"

GBytes *
judgement_fixture_bytes (const char *name)
{
  g_autofree char *path = g_build_filename (JUDGEMENT_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (text, length);
}

AsrFramework *
judgement_fixture_framework (void)
{
  static AsrFramework *framework;

  if (framework == NULL)
    {
      g_autoptr(GBytes) bytes = judgement_fixture_bytes ("framework.json");
      g_autoptr(GError) error = NULL;

      framework = asr_framework_new_from_bytes (bytes, "framework.json", &error);
      g_assert_no_error (error);
      asr_framework_registry_add (asr_framework_registry_get_default (), framework, &error);
      g_assert_no_error (error);
    }
  return framework;
}

AsrAssessment *
judgement_fixture_load (const char *name)
{
  g_autoptr(GBytes) bytes = judgement_fixture_bytes (name);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment;

  judgement_fixture_framework ();
  assessment = asr_assessment_load_from_bytes (bytes, name, &error);
  g_assert_no_error (error);
  return assessment;
}

AsrAssessment *
judgement_fixture_load_edited (const char  *name,
                               const char  *from,
                               const char  *to,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = judgement_fixture_bytes (name);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) edited = NULL;

  judgement_fixture_framework ();
  g_assert_nonnull (strstr (text->str, from));
  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  edited = g_bytes_new (text->str, text->len);
  return asr_assessment_load_from_bytes (edited, name, error);
}
