/* fuzz-assessment.c: the assessment loader on arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides "no crash, no leak, no hang", a second oracle: whatever the
 * loader accepts, Assessor must be able to write and read back, and the
 * second writing must be byte for byte the first.
 */
#include "config.h"

#include <string.h>

#include "fuzz.h"

static void
check_round_trip (AsrAssessment *assessment)
{
  g_autoptr(GBytes) first = asr_assessment_serialize (assessment);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) again = asr_assessment_load_from_bytes (first, "round-trip", &error);
  g_autoptr(GBytes) second = NULL;

  if (again == NULL)
    g_error ("An accepted file does not load once saved: %s", error->message);
  second = asr_assessment_serialize (again);
  if (!g_bytes_equal (first, second))
    g_error ("An accepted file changes when saved twice");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) assessment = NULL;

  fuzz_set_up ();
  bytes = g_bytes_new (data, size);
  assessment = asr_assessment_load_from_bytes (bytes, "fuzz.assessment", &error);
  if (assessment == NULL)
    {
      /* Every refusal names the file. */
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.assessment"))
        g_error ("A refusal without a message naming the file: %s",
                 error ? error->message : "(no error)");
      return 0;
    }
  g_assert (error == NULL);
  check_round_trip (assessment);
  return 0;
}
