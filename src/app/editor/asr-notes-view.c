/* asr-notes-view.c: a notes editor that grows with its text and counts words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The count follows each edit: before it, the words on the lines it will
 * touch are taken off; after it, the words on the lines it touched are
 * added.  Typing in a note of a megabyte recounts one paragraph, not the
 * note, and the chunked fill (asr-notes-buffer.c) counts each chunk as it
 * comes.
 */
#define G_LOG_DOMAIN "asr-notes-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "asr-notes-view.h"
#include "asr-spell-view.h"

typedef struct
{
  GtkTextView *view;       /* not owned */
  GtkLabel    *count;      /* not owned */
  guint        words;
  int          first_line; /* of the edit under way */
} Counter;

/* A word is a run of letters and digits; an apostrophe between two of
 * them ("don't", "people's") keeps it one word (asr_text_word_end()). */
guint
asr_notes_count_words (const GtkTextIter *start,
                       const GtkTextIter *end)
{
  g_autofree char *text = gtk_text_iter_get_slice (start, end);
  const char *stop = text + strlen (text);
  guint n = 0;

  for (const char *p = text; p < stop;)
    {
      if (g_unichar_isalnum (g_utf8_get_char (p)))
        {
          n++;
          p = asr_text_word_end (p, stop);
        }
      else
        p = g_utf8_next_char (p);
    }
  return n;
}

/* The words on lines @first to @last, whole lines. */
static guint
count_lines (GtkTextBuffer *buffer,
             int            first,
             int            last)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, first);
  gtk_text_buffer_get_iter_at_line (buffer, &end, last);
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  return asr_notes_count_words (&start, &end);
}

static void
show_count (Counter *counter)
{
  /* Translators: the number of words in a note */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words",
                                                        counter->words),
                                           counter->words);

  gtk_label_set_label (counter->count, text);
}

static void
insert_before_cb (GtkTextBuffer *buffer,
                  GtkTextIter   *location,
                  const char    *text,
                  int            length,
                  Counter       *counter)
{
  counter->first_line = gtk_text_iter_get_line (location);
  counter->words -= count_lines (buffer, counter->first_line, counter->first_line);
}

static void
insert_after_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *end,
                 const char    *text,
                 int            length,
                 Counter       *counter)
{
  counter->words += count_lines (buffer, counter->first_line, gtk_text_iter_get_line (end));
  show_count (counter);
}

static void
delete_before_cb (GtkTextBuffer *buffer,
                  GtkTextIter   *start,
                  GtkTextIter   *end,
                  Counter       *counter)
{
  int first = MIN (gtk_text_iter_get_line (start), gtk_text_iter_get_line (end));
  int last = MAX (gtk_text_iter_get_line (start), gtk_text_iter_get_line (end));

  counter->first_line = first;
  counter->words -= count_lines (buffer, first, last);
}

static void
delete_after_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 Counter       *counter)
{
  counter->words += count_lines (buffer, counter->first_line, counter->first_line);
  show_count (counter);
}

/* The page scrolls, not the view: keep the cursor on screen as it moves. */
static void
cursor_moved_cb (GtkTextBuffer *buffer,
                 GParamSpec    *pspec,
                 Counter       *counter)
{
  GtkWidget *view = GTK_WIDGET (counter->view);
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child;
  GtkTextIter cursor;
  GdkRectangle rect;
  graphene_point_t point;

  if (scroller == NULL || !gtk_widget_has_focus (view) ||
      !(child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))))
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (counter->view, &cursor, &rect);
  if (!gtk_widget_compute_point (view, child, &GRAPHENE_POINT_INIT (rect.x, rect.y), &point))
    return;
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                             point.y - 12, point.y + rect.height + 12);
}

void
asr_notes_view_setup (GtkTextView *view,
                      GtkLabel    *count)
{
  GtkTextBuffer *buffer;
  Counter *counter;
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (GTK_IS_LABEL (count));

  buffer = gtk_text_view_get_buffer (view);
  counter = g_new0 (Counter, 1);
  counter->view = view;
  counter->count = count;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  counter->words = asr_notes_count_words (&start, &end);
  g_object_set_data_full (G_OBJECT (view), "asr-notes-counter", counter, g_free);

  g_signal_connect (buffer, "insert-text", G_CALLBACK (insert_before_cb), counter);
  g_signal_connect_after (buffer, "insert-text", G_CALLBACK (insert_after_cb), counter);
  g_signal_connect (buffer, "delete-range", G_CALLBACK (delete_before_cb), counter);
  g_signal_connect_after (buffer, "delete-range", G_CALLBACK (delete_after_cb), counter);
  g_signal_connect (buffer, "notify::cursor-position", G_CALLBACK (cursor_moved_cb), counter);
  show_count (counter);
  asr_spell_view_attach (view, asr_spell_checker_get_default ());
}

guint
asr_notes_view_get_words (GtkTextView *view)
{
  Counter *counter;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), 0);

  counter = g_object_get_data (G_OBJECT (view), "asr-notes-counter");
  return counter != NULL ? counter->words : 0;
}
