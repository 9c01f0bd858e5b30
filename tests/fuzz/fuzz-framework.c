/* fuzz-framework.c: the framework loader on arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework that loads must be usable: an assessment built on it can be
 * written and read back with the same framework.
 */
#include "config.h"

#include "fuzz.h"

static void
use_framework (AsrFramework *framework)
{
  g_autoptr(AsrAssessment) assessment = asr_assessment_new (framework);
  g_autoptr(GBytes) bytes = asr_assessment_serialize (assessment);
  g_autoptr(GPtrArray) problems = asr_assessment_list_problems (assessment);

  g_assert (bytes != NULL && problems != NULL);
  (void) asr_assessment_get_overall_rating (assessment);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = NULL;

  fuzz_set_up ();
  bytes = g_bytes_new (data, size);
  framework = asr_framework_new_from_bytes (bytes, "fuzz.json", &error);
  if (framework == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        g_error ("A framework refused without a message");
      return 0;
    }
  g_assert (error == NULL);
  use_framework (framework);
  return 0;
}
