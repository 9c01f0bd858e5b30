/* fuzz-report.h: what the report fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input is an .assessment file: whatever the loader accepts, every
 * renderer must turn into a report without a crash, a leak, a warning or
 * a hang.  Which report options are used follows from the input's size,
 * so the corpus covers all four combinations of evidence notes and the
 * comparison with previous ratings.
 */
#pragma once

#include "fuzz.h"
#include "asr-report.h"

static inline AsrReport *
fuzz_report_new (const uint8_t *data,
                 size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(AsrAssessment) assessment = NULL;
  AsrReportOptions options;
  AsrReport *report;

  fuzz_set_up ();
  assessment = asr_assessment_load_from_bytes (bytes, "fuzz.assessment", NULL);
  if (assessment == NULL)
    return NULL;
  asr_report_options_init (&options);
  options.evidence_notes = (size & 1) != 0;
  options.comparison = (size & 2) != 0;
  report = asr_report_new (assessment, &options);
  asr_report_options_clear (&options);
  return report;
}
