/* fuzz-import-cqc-api.c: a location's ratings from CQC's API, on arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "asr-import-cqc.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrBaseline) baseline = NULL;

  fuzz_set_up ();
  bytes = g_bytes_new (data, size);
  baseline = asr_import_cqc_api (bytes, "fuzz.json", &error);
  if (baseline == NULL && (error == NULL || !g_str_has_prefix (error->message, "fuzz.json")))
    g_error ("A refusal without a message naming the file: %s",
             error ? error->message : "(no error)");
  return 0;
}
