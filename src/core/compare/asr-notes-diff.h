/* asr-notes-diff.h: a readable diff of two notes, word by word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An inspector compares last time's notes with this time's: the diff is a
 * list of passages, each unchanged, removed or added, built from a longest
 * common subsequence of words (whitespace is kept with the word before it,
 * so joining the passages gives back the texts).  Time and memory are
 * bounded: past ASR_NOTES_DIFF_MAX_CELLS the diff falls back to sentences,
 * and past that again to "all removed, all added".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Cells of the LCS table (2 bytes each): 4 MiB at most per diff. */
#define ASR_NOTES_DIFF_MAX_CELLS ((gsize) 2 * 1024 * 1024)

typedef enum
{
  ASR_DIFF_SAME = 0,
  ASR_DIFF_REMOVED,
  ASR_DIFF_ADDED,
} AsrDiffKind;

typedef struct
{
  AsrDiffKind  kind;
  char        *text;
} AsrDiffPart;

/* The passages of @after compared with @before, in reading order (a
 * removal comes before the addition that replaces it); adjacent passages
 * of one kind are merged.  Returns a GPtrArray of AsrDiffPart, empty when
 * both texts are empty. */
GPtrArray *asr_notes_diff          (const char *before,
                                    const char *after);
/* TRUE when the diff has any removed or added passage. */
gboolean   asr_notes_diff_changed  (GPtrArray  *parts);
/* Plain text for a terminal or a screen reader: "[-removed-]{+added+}"
 * markers around what changed, as wdiff writes them. */
char      *asr_notes_diff_to_text  (GPtrArray  *parts);

G_END_DECLS
