/* asr-assessment-io.h: the .assessment file format, version 1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder format/: reading and writing .assessment files and the summary
 * output. May depend on model/, rules/, framework/, syntax/ and storage/.
 */
#pragma once

#include <gio/gio.h>

#include "asr-assessment.h"

G_BEGIN_DECLS

#define ASR_ASSESSMENT_FORMAT  "assessor-assessment"
#define ASR_ASSESSMENT_VERSION 1

/* Builds a new assessment from the bytes of a file; @filename names it in
 * messages.  On any problem returns NULL with an error naming the file and
 * line:col or the path of the offending value; nothing else is touched. */
AsrAssessment *asr_assessment_load_from_bytes (GBytes        *bytes,
                                               const char    *filename,
                                               GError       **error);
/* Like asr_assessment_load_from_bytes(), but an invalid value (well-formed
 * JSON, wrong value) does not stop the load: each is listed in @problems
 * ("file: /path: message", at most ASR_LOAD_MAX_PROBLEMS and a count of the
 * rest) and left out, and the valid rest is returned.  Syntax errors, a
 * file too large, another format or version still return NULL. */
AsrAssessment *asr_assessment_load_with_problems (GBytes      *bytes,
                                                  const char  *filename,
                                                  GPtrArray  **problems,
                                                  GError     **error);
AsrAssessment *asr_assessment_load_file_with_problems (GFile         *file,
                                                       GCancellable  *cancellable,
                                                       GPtrArray    **problems,
                                                       GError       **error);
AsrAssessment *asr_assessment_load_from_file  (GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error);
void           asr_assessment_load_async      (GFile              *file,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
AsrAssessment *asr_assessment_load_finish     (GAsyncResult  *result,
                                               GError       **error);
/* The same load, with its invalid values listed as by
 * asr_assessment_load_with_problems(). */
AsrAssessment *asr_assessment_load_with_problems_finish (GAsyncResult  *result,
                                                         GPtrArray    **problems,
                                                         GError       **error);

/* TRUE while no quality statement (or item) is started: only then can
 * the draft move to another framework. */
gboolean       asr_assessment_can_change_framework (AsrAssessment *self);
/* A new assessment under @framework with the same service, details and
 * previous ratings; fails (ASR_ERROR_RULE) once a statement is started. */
AsrAssessment *asr_assessment_with_framework  (AsrAssessment *self,
                                               AsrFramework  *framework,
                                               GError       **error);

/* Serialises to the stable, pretty format (with "results" computed). */
GBytes        *asr_assessment_serialize       (AsrAssessment *self);
/* Atomic replace (asr_safe_file_replace()): never torn, the file keeps its
 * permissions; new files are created readable by the owner only. */
gboolean       asr_assessment_save_to_file    (AsrAssessment *self,
                                               GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error);
void           asr_assessment_save_async      (AsrAssessment      *self,
                                               GFile              *file,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
gboolean       asr_assessment_save_finish     (AsrAssessment *self,
                                               GAsyncResult  *result,
                                               GError       **error);

G_END_DECLS
