/* fuzz-import-cqc-csv.c: CQC's "Latest ratings" sheet, on arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every location the sheet lists must give a baseline or a clear error.
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
  g_autoptr(AsrCqcRatings) ratings = NULL;

  fuzz_set_up ();
  bytes = g_bytes_new (data, size);
  ratings = asr_cqc_ratings_parse (bytes, "fuzz.csv", &error);
  if (ratings == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.csv"))
        g_error ("A refusal without a message naming the file: %s",
                 error ? error->message : "(no error)");
      return 0;
    }
  for (guint i = 0; i < asr_cqc_ratings_get_n_locations (ratings); i++)
    {
      const char *id = asr_cqc_ratings_get_location_id (ratings, i);
      g_autoptr(GError) location_error = NULL;
      g_autoptr(AsrBaseline) baseline = asr_cqc_ratings_get_baseline (ratings, id, &location_error);

      if (baseline == NULL && location_error == NULL)
        g_error ("No baseline and no error for location %s", id);
      (void) asr_cqc_ratings_get_location_name (ratings, i);
    }
  return 0;
}
