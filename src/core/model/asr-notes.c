/* asr-notes.c: the text of a note, edited in place or shared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "asr-evidence.h"
#include "asr-notes.h"
#include "asr-quality-statement.h"

const char *
_asr_notes_get (AsrNotes *notes)
{
  if (notes->draft != NULL)
    return notes->draft->str;
  return notes->shared != NULL ? notes->shared : "";
}

void
_asr_notes_clear (AsrNotes *notes)
{
  g_clear_pointer (&notes->shared, g_ref_string_release);
  if (notes->draft != NULL)
    g_string_free (g_steal_pointer (&notes->draft), TRUE);
  notes->mark_chars = notes->mark_bytes = 0;
}

void
_asr_notes_take_shared (AsrNotes *notes,
                        char     *shared)
{
  _asr_notes_clear (notes);
  notes->shared = shared;
}

char *
_asr_notes_dup_shared (AsrNotes *notes)
{
  /* A draft is copied (once per snapshot, not per keystroke) and kept:
   * the text returned by _asr_notes_get() stays valid, and typing goes on
   * without copying it back. */
  if (notes->draft != NULL)
    return notes->draft->len > 0 ? g_ref_string_new_len (notes->draft->str, notes->draft->len) : NULL;
  return notes->shared != NULL ? g_ref_string_acquire (notes->shared) : NULL;
}

/* The edit from the text to @text, in whole characters. */
static gboolean
replace (AsrNotes    *notes,
         const char  *text,
         guint       *offset,
         char       **removed,
         char       **inserted)
{
  const char *old = _asr_notes_get (notes);
  gsize old_len = strlen (old), new_len = strlen (text), head = 0, tail = 0;

  while (head < old_len && head < new_len && old[head] == text[head])
    head++;
  if (head == old_len && head == new_len)
    return FALSE;
  while (tail < old_len - head && tail < new_len - head &&
         old[old_len - 1 - tail] == text[new_len - 1 - tail])
    tail++;
  /* Whole characters only. */
  while (head > 0 && (old[head] & 0xc0) == 0x80)
    head--;
  while (tail > 0 && (text[new_len - tail] & 0xc0) == 0x80)
    tail--;

  *offset = (guint) g_utf8_strlen (old, head);
  *removed = g_strndup (old + head, old_len - head - tail);
  *inserted = g_strndup (text + head, new_len - head - tail);
  _asr_notes_take_shared (notes, new_len > 0 ? g_ref_string_new (text) : NULL);
  return TRUE;
}

/* Walks @n characters forward from byte @from; FALSE past the end. */
static gboolean
walk (GString *text,
      gsize    from,
      gsize    n,
      gsize   *out)
{
  const char *p = text->str + from, *end = text->str + text->len;

  for (; n > 0 && p < end; n--)
    p = g_utf8_next_char (p);
  *out = (gsize) (p - text->str);
  return n == 0 && p <= end;
}

/* The byte offset of character @offset, walking from the mark: typing at
 * one place never rescans the note. */
static gboolean
find_byte (AsrNotes *notes,
           gsize     offset,
           gsize    *out)
{
  const char *str = notes->draft->str, *p;
  gsize chars;

  if (offset >= notes->mark_chars)
    return walk (notes->draft, notes->mark_bytes, offset - notes->mark_chars, out);
  if (offset < notes->mark_chars / 2)
    return walk (notes->draft, 0, offset, out);
  for (p = str + notes->mark_bytes, chars = notes->mark_chars; chars > offset; chars--)
    p = g_utf8_prev_char (p);
  *out = (gsize) (p - str);
  return TRUE;
}

static char *
edit (AsrNotes   *notes,
      guint       offset,
      guint       n_removed,
      const char *inserted)
{
  gsize start, end, length = strlen (inserted);
  char *removed;

  if (notes->draft == NULL)
    {
      notes->draft = g_string_new (notes->shared);
      g_clear_pointer (&notes->shared, g_ref_string_release);
      notes->mark_chars = notes->mark_bytes = 0;
    }
  if (!find_byte (notes, offset, &start) || !walk (notes->draft, start, n_removed, &end))
    return NULL;
  removed = g_strndup (notes->draft->str + start, end - start);
  g_string_erase (notes->draft, (gssize) start, (gssize) (end - start));
  g_string_insert_len (notes->draft, (gssize) start, inserted, (gssize) length);
  notes->mark_chars = offset + (gsize) g_utf8_strlen (inserted, (gssize) length);
  notes->mark_bytes = start + length;
  return removed;
}

static void
tell (GObject    *owner,
      guint       signal_id,
      GParamSpec *pspec,
      guint       offset,
      const char *removed,
      const char *inserted)
{
  g_signal_emit (owner, signal_id, 0, offset, removed, inserted);
  g_object_notify_by_pspec (owner, pspec);
}

gboolean
_asr_notes_set (AsrNotes   *notes,
                GObject    *owner,
                guint       signal_id,
                GParamSpec *pspec,
                const char *text)
{
  g_autofree char *removed = NULL;
  g_autofree char *inserted = NULL;
  guint offset;

  if (!replace (notes, text != NULL ? text : "", &offset, &removed, &inserted))
    return FALSE;
  tell (owner, signal_id, pspec, offset, removed, inserted);
  return TRUE;
}

gboolean
_asr_notes_edit (AsrNotes   *notes,
                 GObject    *owner,
                 guint       signal_id,
                 GParamSpec *pspec,
                 guint       offset,
                 guint       n_removed,
                 const char *inserted,
                 gboolean   *changed)
{
  g_autofree char *removed = NULL;

  *changed = n_removed > 0 || *inserted != '\0';
  if (!*changed)
    return TRUE;
  if (!(removed = edit (notes, offset, n_removed, inserted)))
    return FALSE;
  tell (owner, signal_id, pspec, offset, removed, inserted);
  return TRUE;
}

guint
_asr_notes_signal_new (GType type)
{
  return g_signal_new ("notes-edited", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                       G_TYPE_NONE, 3, G_TYPE_UINT,
                       G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                       G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

const char *
asr_notes_owner_get (GObject *owner)
{
  if (ASR_IS_QUALITY_STATEMENT (owner))
    return asr_quality_statement_get_notes (ASR_QUALITY_STATEMENT (owner));
  if (ASR_IS_EVIDENCE (owner))
    return asr_evidence_get_notes (ASR_EVIDENCE (owner));
  return "";
}

gboolean
asr_notes_owner_edit (GObject    *owner,
                      guint       offset,
                      guint       n_removed,
                      const char *inserted)
{
  if (ASR_IS_QUALITY_STATEMENT (owner))
    return asr_quality_statement_edit_notes (ASR_QUALITY_STATEMENT (owner), offset, n_removed, inserted);
  g_return_val_if_fail (ASR_IS_EVIDENCE (owner), FALSE);
  return asr_evidence_edit_notes (ASR_EVIDENCE (owner), offset, n_removed, inserted);
}
