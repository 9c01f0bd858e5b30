/* asr-merge.h: merging two drafts of one assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder merge/: the three-way merge of two drafts against the draft both
 * started from, the two-way merge without it, notes merged by paragraph,
 * and resolving the conflicts a merge leaves.  GTK-free; may depend on
 * model/, format/ and syntax/ (it merges the documents as the file
 * format writes them, so every member of the file is merged the same way,
 * including ones added later); nothing below depends on it.
 *
 * Rules (three-way): a value changed on one side only takes that side; the
 * same change on both is taken once; different changes are a conflict,
 * except notes, merged by paragraph where the changes do not overlap.
 * Two-way: a value present on one side only (a quality statement touched
 * on one side only) is taken; any other difference is a conflict.  In a
 * conflict the result keeps mine and records both (AsrConflict).  A
 * statement's "changed" takes the later of the two; a statement's source
 * and score are decided together (a conflict on the source keeps mine's
 * score too).
 */
#pragma once

#include "asr-assessment.h"

G_BEGIN_DECLS

/* Members of a quality statement or key question that are lists merged as
 * a union of both sides (each distinct item kept once, mine's first):
 * the hook for per-statement lists such as review comments. */
extern const char * const asr_merge_union_members[];

/* Merges @mine and @theirs (against @base, or two-way when @base is NULL)
 * into a new assessment, every conflict recorded in it.  The labels name
 * the sides in conflicts when the statements carry no names.  NULL with
 * an error when the drafts cannot be merged (different frameworks, or a
 * draft with conflicts of its own not resolved yet). */
AsrAssessment *asr_merge_assessments (AsrAssessment *base,
                                      AsrAssessment *mine,
                                      AsrAssessment *theirs,
                                      const char    *mine_label,
                                      const char    *theirs_label,
                                      GError       **error);

/* The paragraph merge of notes; NULL when the changes overlap. */
char          *asr_merge_notes       (const char    *base,
                                      const char    *mine,
                                      const char    *theirs);

typedef enum
{
  ASR_RESOLVE_KEEP_MINE,
  ASR_RESOLVE_TAKE_THEIRS,
  ASR_RESOLVE_KEEP_BOTH,   /* notes only: mine, then theirs, each attributed */
} AsrResolution;

/* TRUE when @conflict can be resolved by keeping both (it is notes). */
gboolean       asr_merge_can_keep_both (AsrConflict *conflict);
/* Resolves @conflict in @self (and, for a statement's source or score, the
 * other of the two), changing the document through its setters so an
 * undo history sees one change; the statement records the author. */
gboolean       asr_merge_resolve     (AsrAssessment *self,
                                      AsrConflict   *conflict,
                                      AsrResolution  resolution,
                                      GError       **error);

G_END_DECLS
