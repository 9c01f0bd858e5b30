/* asr-spell-view.c: misspellings underlined in a notes editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An edit marks the text around it (out to the spaces on either side)
 * with a hidden "to check" tag; an idle handler checks what is marked, a
 * slice at a time, and moves the underline.  Typing in a note of a
 * megabyte checks a word or two per keystroke, and the chunked fill of a
 * long note (asr-notes-buffer.c) is checked chunk by chunk as it comes.
 */
#define G_LOG_DOMAIN "asr-spell-view"

#include "config.h"

#include "asr-spell-view-private.h"

/* Characters checked at a time; how long one idle call may go on
 * checking (well inside a 16 ms frame: 4096 characters at once made
 * 20-50 ms stalls while a long note was being checked); and how far an
 * edit's neighbourhood reaches out to find the spaces around it. */
#define SLICE_CHARS 512
#define SLICE_USEC  4000
#define REACH_CHARS 256

/* Disconnects @id from @instance unless @instance has let go of its
 * handlers already (a disposed view or frame clock has). */
static void
disconnect (gpointer  instance,
            gulong   *id)
{
  if (instance != NULL && *id != 0 && g_signal_handler_is_connected (instance, *id))
    g_signal_handler_disconnect (instance, *id);
  *id = 0;
}

static void
stop_waiting (AsrSpell *spell)
{
  disconnect (spell->view, &spell->map_id);
  disconnect (spell->clock, &spell->paint_id);
  g_clear_object (&spell->clock);
}

static void
spell_free (gpointer data)
{
  AsrSpell *spell = data;

  g_clear_handle_id (&spell->idle_id, g_source_remove);
  stop_waiting (spell);
  g_clear_signal_handler (&spell->changed_id, spell->checker);
  g_signal_handlers_disconnect_by_data (spell->buffer, spell);
  g_clear_object (&spell->checker);
  g_clear_object (&spell->buffer);
  g_clear_object (&spell->menu);
  g_free (spell);
}

AsrSpell *
_asr_spell_get (GtkTextView *view)
{
  return g_object_get_data (G_OBJECT (view), "asr-spell");
}

static gboolean
is_space_at (const GtkTextIter *iter)
{
  return g_unichar_isspace (gtk_text_iter_get_char (iter));
}

/* Widens [@start, @end) to the spaces around it, so that whole words,
 * and whole addresses, are checked. */
static void
widen (GtkTextIter *start,
       GtkTextIter *end)
{
  for (int i = 0; i < REACH_CHARS && !gtk_text_iter_is_start (start); i++)
    {
      gtk_text_iter_backward_char (start);
      if (is_space_at (start))
        {
          gtk_text_iter_forward_char (start);
          break;
        }
    }
  for (int i = 0; i < REACH_CHARS && !gtk_text_iter_is_end (end) && !is_space_at (end); i++)
    gtk_text_iter_forward_char (end);
}

static void
mark_word (const char *word,
           gsize       offset,
           gsize       length,
           gpointer    user_data)
{
  AsrSpell *spell = user_data;
  GtkTextIter start, end;

  if (asr_spell_checker_check_word (spell->checker, word, (gssize) length))
    return;
  /* Offsets in characters, counted on from the last word. */
  spell->slice_chars += g_utf8_strlen (spell->slice_text + spell->slice_bytes,
                                       (gssize) (offset - spell->slice_bytes));
  spell->slice_bytes = offset;
  gtk_text_buffer_get_iter_at_offset (spell->buffer, &start, spell->slice_chars);
  end = start;
  gtk_text_iter_forward_chars (&end, (int) g_utf8_strlen (word, (gssize) length));
  gtk_text_buffer_apply_tag (spell->buffer, spell->error_tag, &start, &end);
}

static void
check_range (AsrSpell          *spell,
             const GtkTextIter *start,
             const GtkTextIter *end)
{
  g_autofree char *text = gtk_text_iter_get_slice (start, end);

  spell->checked += (guint64) (gtk_text_iter_get_offset (end) - gtk_text_iter_get_offset (start));
  gtk_text_buffer_remove_tag (spell->buffer, spell->error_tag, start, end);
  spell->slice_text = text;
  spell->slice_bytes = 0;
  spell->slice_chars = gtk_text_iter_get_offset (start);
  asr_spell_foreach_word (text, -1, mark_word, spell);
  spell->slice_text = NULL;
  gtk_text_buffer_remove_tag (spell->buffer, spell->dirty_tag, start, end);
}

/* The first range still to check; FALSE when there is none. */
static gboolean
next_dirty (AsrSpell    *spell,
            GtkTextIter *start,
            GtkTextIter *end)
{
  gtk_text_buffer_get_start_iter (spell->buffer, start);
  if (!gtk_text_iter_has_tag (start, spell->dirty_tag) &&
      !gtk_text_iter_forward_to_tag_toggle (start, spell->dirty_tag))
    return FALSE;
  *end = *start;
  gtk_text_iter_forward_to_tag_toggle (end, spell->dirty_tag);
  return !gtk_text_iter_equal (start, end);
}

static gboolean check_idle_cb (gpointer data);

static void
after_paint_cb (GdkFrameClock *clock,
                AsrSpell      *spell)
{
  stop_waiting (spell);
  spell->drawn = TRUE;
  if (spell->idle_id == 0)
    spell->idle_id = g_idle_add_full (G_PRIORITY_LOW, check_idle_cb, spell, NULL);
}

static void
map_cb (GtkWidget *view,
        AsrSpell  *spell)
{
  disconnect (view, &spell->map_id);
  spell->clock = g_object_ref (gtk_widget_get_frame_clock (view));
  spell->paint_id = g_signal_connect (spell->clock, "after-paint", G_CALLBACK (after_paint_cb), spell);
}

/* Whether checking waits for the view to be shown and painted: the first
 * check opens the dictionary (a worker thread parsing for 100 ms), which
 * should come after a window's first frame, not beside it (issue 10). */
static gboolean
wait_for_frame (AsrSpell *spell)
{
  if (spell->drawn || spell->paint_id != 0 || spell->map_id != 0)
    return !spell->drawn;
  if (gtk_widget_get_mapped (GTK_WIDGET (spell->view)))
    map_cb (GTK_WIDGET (spell->view), spell);
  else
    spell->map_id = g_signal_connect (spell->view, "map", G_CALLBACK (map_cb), spell);
  return TRUE;
}

static gboolean
check_idle_cb (gpointer data)
{
  AsrSpell *spell = data;
  gint64 deadline = g_get_monotonic_time () + SLICE_USEC;
  GtkTextIter start, end;

  if (wait_for_frame (spell))
    {
      spell->idle_id = 0;
      return G_SOURCE_REMOVE;
    }
  /* The dictionary is being opened: its "changed" checks all again. */
  if (!asr_spell_checker_prepare (spell->checker))
    {
      spell->idle_id = 0;
      return G_SOURCE_REMOVE;
    }
  while (next_dirty (spell, &start, &end))
    {
      if (gtk_text_iter_get_offset (&end) - gtk_text_iter_get_offset (&start) > SLICE_CHARS)
        {
          end = start;
          gtk_text_iter_forward_chars (&end, SLICE_CHARS);
          widen (&start, &end);
        }
      check_range (spell, &start, &end);
      if (g_get_monotonic_time () >= deadline)
        break;
    }
  if (next_dirty (spell, &start, &end))
    return G_SOURCE_CONTINUE;
  spell->idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
mark_dirty (AsrSpell    *spell,
            GtkTextIter *start,
            GtkTextIter *end)
{
  if (!asr_spell_checker_get_enabled (spell->checker))
    return;
  widen (start, end);
  gtk_text_buffer_apply_tag (spell->buffer, spell->dirty_tag, start, end);
  if (spell->idle_id == 0)
    spell->idle_id = g_idle_add_full (G_PRIORITY_LOW, check_idle_cb, spell, NULL);
}

static void
inserted_cb (GtkTextBuffer *buffer,
             GtkTextIter   *location,
             const char    *text,
             int            length,
             AsrSpell      *spell)
{
  GtkTextIter start = *location, end = *location;

  gtk_text_iter_backward_chars (&start, (int) g_utf8_strlen (text, length));
  mark_dirty (spell, &start, &end);
}

static void
deleted_cb (GtkTextBuffer *buffer,
            GtkTextIter   *start,
            GtkTextIter   *end,
            AsrSpell      *spell)
{
  GtkTextIter from = *start, to = *start;

  mark_dirty (spell, &from, &to);
}

/* Checking turned on or off, another language, a word added. */
static void
checker_changed_cb (AsrSpellChecker *checker,
                    AsrSpell        *spell)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (spell->buffer, &start, &end);
  gtk_text_buffer_remove_tag (spell->buffer, spell->error_tag, &start, &end);
  gtk_text_buffer_remove_tag (spell->buffer, spell->dirty_tag, &start, &end);
  g_clear_handle_id (&spell->idle_id, g_source_remove);
  mark_dirty (spell, &start, &end);
}

void
asr_spell_view_attach (GtkTextView     *view,
                       AsrSpellChecker *checker)
{
  AsrSpell *spell;
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (ASR_IS_SPELL_CHECKER (checker));
  g_return_if_fail (_asr_spell_get (view) == NULL);

  spell = g_new0 (AsrSpell, 1);
  spell->view = view;
  spell->checker = g_object_ref (checker);
  spell->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  spell->error_tag = gtk_text_buffer_create_tag (spell->buffer, NULL,
                                                 "underline", PANGO_UNDERLINE_ERROR, NULL);
  spell->dirty_tag = gtk_text_buffer_create_tag (spell->buffer, NULL, NULL);
  g_object_set_data_full (G_OBJECT (view), "asr-spell", spell, spell_free);

  g_signal_connect_after (spell->buffer, "insert-text", G_CALLBACK (inserted_cb), spell);
  g_signal_connect_after (spell->buffer, "delete-range", G_CALLBACK (deleted_cb), spell);
  spell->changed_id = g_signal_connect (checker, "changed", G_CALLBACK (checker_changed_cb), spell);
  _asr_spell_menu_setup (spell);

  gtk_text_buffer_get_bounds (spell->buffer, &start, &end);
  mark_dirty (spell, &start, &end);
}

GtkTextTag *
asr_spell_view_get_error_tag (GtkTextView *view)
{
  AsrSpell *spell;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  spell = _asr_spell_get (view);
  return spell != NULL ? spell->error_tag : NULL;
}

gboolean
asr_spell_view_is_pending (GtkTextView *view)
{
  AsrSpell *spell;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), FALSE);

  spell = _asr_spell_get (view);
  return spell != NULL &&
         (spell->idle_id != 0 || spell->paint_id != 0 || spell->map_id != 0 ||
          asr_spell_checker_get_loading (spell->checker));
}

guint64
asr_spell_view_get_checked (GtkTextView *view)
{
  AsrSpell *spell;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), 0);

  spell = _asr_spell_get (view);
  return spell != NULL ? spell->checked : 0;
}
