/* asr-notes-buffer.c: a text buffer that edits notes keystroke by keystroke
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GBinding of "notes" to the buffer's "text" copied the whole text out
 * of the buffer and into the model on every keystroke, and the history
 * kept two more copies: typing in a note of a megabyte cost milliseconds.
 * Here the buffer's own signals give the edit (where, what was removed,
 * what was inserted) and the model applies just that.
 */
#define G_LOG_DOMAIN "asr-notes-buffer"

#include "config.h"

#include "asr-core.h"
#include "asr-notes-buffer.h"

typedef struct
{
  GObject  *owner;
  gulong    edited_id;
  gboolean  syncing;    /* an edit is passing from one side to the other */
} Link;

static void
link_free (gpointer data)
{
  Link *link = data;

  g_clear_signal_handler (&link->edited_id, link->owner);
  g_clear_object (&link->owner);
  g_free (link);
}

static void
edit_owner (Link       *link,
            guint       offset,
            guint       n_removed,
            const char *inserted)
{
  gboolean done;

  link->syncing = TRUE;
  if (ASR_IS_QUALITY_STATEMENT (link->owner))
    done = asr_quality_statement_edit_notes (ASR_QUALITY_STATEMENT (link->owner), offset, n_removed, inserted);
  else
    done = asr_evidence_edit_notes (ASR_EVIDENCE (link->owner), offset, n_removed, inserted);
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
  const char *notes = "";

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (!owner || ASR_IS_QUALITY_STATEMENT (owner) || ASR_IS_EVIDENCE (owner));

  link = get_link (buffer);
  g_clear_signal_handler (&link->edited_id, link->owner);
  g_set_object (&link->owner, owner);
  if (ASR_IS_QUALITY_STATEMENT (owner))
    notes = asr_quality_statement_get_notes (ASR_QUALITY_STATEMENT (owner));
  else if (ASR_IS_EVIDENCE (owner))
    notes = asr_evidence_get_notes (ASR_EVIDENCE (owner));

  link->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, notes, -1);
  link->syncing = FALSE;
  if (owner != NULL)
    link->edited_id = g_signal_connect (owner, "notes-edited", G_CALLBACK (notes_edited_cb), buffer);
}
