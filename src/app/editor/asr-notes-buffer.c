/* asr-notes-buffer.c: a text buffer that edits notes keystroke by keystroke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GBinding of "notes" to the buffer's "text" copied the whole text out
 * of the buffer and into the model on every keystroke, and the history
 * kept two more copies: typing in a note of a megabyte cost milliseconds.
 * Here the buffer's own signals give the edit (where, what was removed,
 * what was inserted) and the model applies just that.
 *
 * Long notes are put into the buffer a chunk at a time, at idle priority
 * after the first one, so that showing a statement with a megabyte of
 * notes never holds up a frame.  Until then the buffer holds the start of
 * the notes: the user can only edit there, which leaves the part still to
 * come, the end of the notes, as it was; an edit from the model (undo)
 * fills the rest at once first, and a long insertion from the model comes
 * in chunks the same way.
 */
#define G_LOG_DOMAIN "asr-notes-buffer"

#include "config.h"

#include <string.h>

#include "asr-core.h"
#include "asr-notes-buffer.h"

#define CHUNK_BYTES (8 * 1024)

typedef struct
{
  GtkTextBuffer *buffer;     /* not owned: owns us */
  GObject       *owner;
  gulong         edited_id;
  guint          fill_id;
  gsize          pending;    /* bytes at the end of the notes not in the buffer yet */
  gboolean       syncing;    /* an edit is passing from one side to the other */
} Link;

static void
link_free (gpointer data)
{
  Link *link = data;

  g_clear_handle_id (&link->fill_id, g_source_remove);
  g_clear_signal_handler (&link->edited_id, link->owner);
  g_clear_object (&link->owner);
  g_free (link);
}

/* Appends the next @max bytes (whole characters) still to come. */
static void
append_pending (Link  *link,
                gsize  max)
{
  const char *notes = asr_notes_owner_get (link->owner);
  gsize length = strlen (notes), from = length - link->pending, to = from + MIN (max, link->pending);
  GtkTextIter end;

  while (to < length && (notes[to] & 0xc0) == 0x80)
    to++;
  gtk_text_buffer_get_end_iter (link->buffer, &end);
  link->syncing = TRUE;
  gtk_text_buffer_insert (link->buffer, &end, notes + from, (int) (to - from));
  link->syncing = FALSE;
  link->pending = length - to;
}

static gboolean
fill_cb (gpointer data)
{
  Link *link = data;

  append_pending (link, CHUNK_BYTES);
  if (link->pending > 0)
    return G_SOURCE_CONTINUE;
  link->fill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
finish_fill (Link *link)
{
  g_clear_handle_id (&link->fill_id, g_source_remove);
  if (link->pending > 0)
    append_pending (link, G_MAXSIZE);
}

static void
edit_owner (Link       *link,
            guint       offset,
            guint       n_removed,
            const char *inserted)
{
  gboolean done;

  link->syncing = TRUE;
  done = asr_notes_owner_edit (link->owner, offset, n_removed, inserted);
  link->syncing = FALSE;
  /* The buffer and the notes hold the same text: an edit always fits. */
  g_assert (done);
}

static void
insert_text_cb (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                const char    *text,
                int            length,
                Link          *link)
{
  g_autofree char *inserted = NULL;

  if (link->syncing || link->owner == NULL)
    return;
  inserted = g_strndup (text, length < 0 ? G_MAXSIZE : (gsize) length);
  edit_owner (link, (guint) gtk_text_iter_get_offset (location), 0, inserted);
}

static void
delete_range_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 Link          *link)
{
  int from = gtk_text_iter_get_offset (start);
  int to = gtk_text_iter_get_offset (end);

  if (link->syncing || link->owner == NULL)
    return;
  edit_owner (link, (guint) MIN (from, to), (guint) ABS (to - from), "");
}

/* A long insertion from the model (notes set from elsewhere, a long paste
 * redone) comes into the buffer in chunks, as a long note does when shown:
 * the buffer keeps the text before @offset, the rest follows at idle. */
static void
refill_from (Link  *link,
             guint  offset)
{
  const char *notes = asr_notes_owner_get (link->owner);
  GtkTextIter start, end;

  link->syncing = TRUE;
  gtk_text_buffer_get_iter_at_offset (link->buffer, &start, (int) offset);
  gtk_text_buffer_get_end_iter (link->buffer, &end);
  gtk_text_buffer_delete (link->buffer, &start, &end);
  link->syncing = FALSE;
  link->pending = strlen (notes) - (gsize) (g_utf8_offset_to_pointer (notes, offset) - notes);
  append_pending (link, CHUNK_BYTES);
  if (link->pending > 0)
    link->fill_id = g_idle_add (fill_cb, link);
}

static void
notes_edited_cb (GObject       *owner,
                 guint          offset,
                 const char    *removed,
                 const char    *inserted,
                 GtkTextBuffer *buffer)
{
  Link *link = g_object_get_data (G_OBJECT (buffer), "asr-notes-link");
  GtkTextIter start, end;

  if (link->syncing)
    return;
  finish_fill (link);
  if (strlen (inserted) > CHUNK_BYTES)
    {
      refill_from (link, offset);
      return;
    }
  link->syncing = TRUE;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) (offset + g_utf8_strlen (removed, -1)));
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, inserted, -1);
  link->syncing = FALSE;
}

static Link *
get_link (GtkTextBuffer *buffer)
{
  Link *link = g_object_get_data (G_OBJECT (buffer), "asr-notes-link");

  if (link == NULL)
    {
      link = g_new0 (Link, 1);
      link->buffer = buffer;
      g_object_set_data_full (G_OBJECT (buffer), "asr-notes-link", link, link_free);
      g_signal_connect (buffer, "insert-text", G_CALLBACK (insert_text_cb), link);
      g_signal_connect (buffer, "delete-range", G_CALLBACK (delete_range_cb), link);
    }
  return link;
}

void
asr_notes_buffer_bind (GtkTextBuffer *buffer,
                       GObject       *owner)
{
  Link *link;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (!owner || ASR_IS_QUALITY_STATEMENT (owner) || ASR_IS_EVIDENCE (owner));

  link = get_link (buffer);
  g_clear_handle_id (&link->fill_id, g_source_remove);
  g_clear_signal_handler (&link->edited_id, link->owner);
  g_set_object (&link->owner, owner);

  link->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, "", 0);
  link->syncing = FALSE;
  link->pending = strlen (asr_notes_owner_get (owner));
  append_pending (link, CHUNK_BYTES);
  if (link->pending > 0)
    link->fill_id = g_idle_add (fill_cb, link);
  if (owner != NULL)
    link->edited_id = g_signal_connect (owner, "notes-edited", G_CALLBACK (notes_edited_cb), buffer);
}

GObject *
asr_notes_buffer_get_owner (GtkTextBuffer *buffer)
{
  Link *link;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  link = g_object_get_data (G_OBJECT (buffer), "asr-notes-link");
  return link != NULL ? link->owner : NULL;
}
