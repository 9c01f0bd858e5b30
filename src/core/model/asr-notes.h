/* asr-notes.h: the text of a note, edited in place or shared (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A note is either an immutable GRefString, shared with snapshots and
 * never copied for them, or, while it is being typed in, a GString edited
 * in place: a keystroke costs the edit, not a copy of the text.  Offsets
 * are in characters, as a GtkTextBuffer counts them; the byte position of
 * the last edit is kept, so typing at one place never rescans the note.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char    *shared;      /* a GRefString, or NULL */
  GString *draft;       /* when being edited: the text; @shared is then NULL */
  gsize    mark_chars;  /* a known place in @draft: its character offset */
  gsize    mark_bytes;  /* and its byte offset */
} AsrNotes;

/* The text, "" for none. */
const char *_asr_notes_get         (AsrNotes   *notes);
void        _asr_notes_clear       (AsrNotes   *notes);
/* Replaces the text by @text (NULL for none), then tells @owner's
 * "notes-edited" (@signal_id) the edit, the common start and end left
 * out, and notifies @pspec.  FALSE, and nothing told, when it is the same. */
gboolean    _asr_notes_set         (AsrNotes   *notes,
                                    GObject    *owner,
                                    guint       signal_id,
                                    GParamSpec *pspec,
                                    const char *text);
/* Replaces @n_removed characters at character @offset by @inserted and
 * tells it the same way; FALSE, and nothing changed, when the range is
 * outside the text.  @changed: FALSE for an edit that changes nothing. */
gboolean    _asr_notes_edit        (AsrNotes   *notes,
                                    GObject    *owner,
                                    guint       signal_id,
                                    GParamSpec *pspec,
                                    guint       offset,
                                    guint       n_removed,
                                    const char *inserted,
                                    gboolean   *changed);
/* The text as a GRefString to share (a copy of a draft). */
char       *_asr_notes_dup_shared  (AsrNotes   *notes);
/* Takes @shared (a GRefString or NULL) as the whole text. */
void        _asr_notes_take_shared (AsrNotes   *notes,
                                    char       *shared);

/* The "notes-edited" signal of @type: (guint offset, const char *removed,
 * const char *inserted), offsets in characters, emitted before "notify". */
guint       _asr_notes_signal_new  (GType       type);

G_END_DECLS
