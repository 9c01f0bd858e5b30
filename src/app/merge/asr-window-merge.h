/* asr-window-merge.h: Merge Draft… in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-window.h"

G_BEGIN_DECLS

/* Adds win.merge-draft. */
void _asr_window_merge_actions_init (AsrWindow *self);
/* Reads @theirs (and @base, or NULL for a two-way merge) on a worker
 * thread, merges them with the open document and applies the result as
 * one undo step; a toast says how many conflicts remain. */
void _asr_window_merge_files        (AsrWindow *self,
                                     GFile     *theirs,
                                     GFile     *base);
/* The open document changed (a new one, or its history): the banner, the
 * conflict view and the author follow. */
void _asr_window_merge_set_document (AsrWindow *self);

G_END_DECLS
