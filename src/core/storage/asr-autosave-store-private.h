/* asr-autosave-store-private.h: what the store and its scan share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-autosave-store.h"

G_BEGIN_DECLS

#define ASR_AUTOSAVE_SIDECAR_FORMAT "assessor-autosave"

/* The files of an entry, after its id: the autosave, its description and
 * its lock. */
#define ASR_AUTOSAVE_N_SUFFIXES 3
extern const char * const _asr_autosave_suffixes[ASR_AUTOSAVE_N_SUFFIXES];

struct _AsrAutosaveEntry
{
  GObject  parent_instance;

  char    *id;
  char    *dir;
  GFile   *original;
  char    *display_name;
  char    *service_name;
  gint64   changed;
  int      lock_fd;      /* -1 until the entry holds its lock */
  guint    generation;   /* counts removals: a write that finishes after one is undone */
  gboolean exists;
};

/* ID.lock in @dir_fd (the autosave directory, already checked), locked:
 * FALSE if another process holds it or it cannot be opened (@error says
 * which). */
gboolean _asr_autosave_entry_take_lock (AsrAutosaveEntry  *self,
                                        int                dir_fd,
                                        GError           **error);

G_END_DECLS
