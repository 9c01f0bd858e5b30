/* asr-notes-view.c: a notes editor that grows with its text and counts words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view sits in a scrolled window of its own that takes the view's
 * height up to most of the page's visible height, and scrolls inside
 * itself above that.  A view sized to all its text inside the page's
 * scroller had GTK lay out and draw every line each frame: a megabyte of
 * notes cost most of a second per frame.  Scrolling itself, the view lays
 * out and draws only the lines in sight; a short note still shows whole,
 * and a long one never in a small box.  At the box's ends the wheel moves
 * the page on (asr-scroll-chain.c).
 *
 * The count follows each edit: before it, the words on the lines it will
 * touch are taken off; after it, the words on the lines it touched are
 * added.  Typing in a note of a megabyte recounts one paragraph, not the
 * note, and the chunked fill (asr-notes-buffer.c) counts each chunk as it
 * comes.
 */
#define G_LOG_DOMAIN "asr-notes-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "asr-notes-view.h"
#include "asr-scroll-chain.h"
#include "asr-spell-view.h"

/* How much of the page's visible height stays out of a long note's box,
 * so that the page around it can be seen and scrolled by. */
#define PAGE_MARGIN 96
/* The box's greatest height until the page has one. */
#define UNKNOWN_PAGE_HEIGHT 480

typedef struct
{
  GtkTextView       *view;         /* not owned */
  GtkLabel          *count;        /* not owned */
  GtkScrolledWindow *scroller;     /* not owned: the view's own */
  GtkAdjustment     *page;         /* the page's, while mapped */
  gulong             page_size_id;
  guint              fit_id;
  int                min_height;
  guint              words;
  int                first_line;   /* of the edit under way */
} NotesView;

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
show_count (NotesView *self)
{
  /* Translators: the number of words in a note */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words",
                                                        self->words),
                                           self->words);

  gtk_label_set_label (self->count, text);
}

static void
insert_before_cb (GtkTextBuffer *buffer,
                  GtkTextIter   *location,
                  const char    *text,
                  int            length,
                  NotesView     *self)
{
  self->first_line = gtk_text_iter_get_line (location);
  self->words -= count_lines (buffer, self->first_line, self->first_line);
}

static void
insert_after_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *end,
                 const char    *text,
                 int            length,
                 NotesView     *self)
{
  self->words += count_lines (buffer, self->first_line, gtk_text_iter_get_line (end));
  show_count (self);
}

static void
delete_before_cb (GtkTextBuffer *buffer,
                  GtkTextIter   *start,
                  GtkTextIter   *end,
                  NotesView     *self)
{
  int first = MIN (gtk_text_iter_get_line (start), gtk_text_iter_get_line (end));
  int last = MAX (gtk_text_iter_get_line (start), gtk_text_iter_get_line (end));

  self->first_line = first;
  self->words -= count_lines (buffer, first, last);
}

static void
delete_after_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 NotesView     *self)
{
  self->words += count_lines (buffer, self->first_line, self->first_line);
  show_count (self);
}

/* The page's scrolled window, around the view's own. */
static GtkWidget *
find_page (NotesView *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->scroller));

  return parent != NULL ? gtk_widget_get_ancestor (parent, GTK_TYPE_SCROLLED_WINDOW) : NULL;
}

/* Where the cursor will be in the view once the view has scrolled itself
 * to it (it scrolls as little as it must): its place in the text, kept
 * within the part of the view on screen. */
static void
cursor_in_view (NotesView    *self,
                GdkRectangle *rect)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter cursor;
  int height = gtk_widget_get_height (GTK_WIDGET (self->view));

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (self->view, &cursor, rect);
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET,
                                         rect->x, rect->y, &rect->x, &rect->y);
  rect->y = CLAMP (rect->y, 0, MAX (0, height - rect->height));
}

/* The view keeps the cursor in its own box; the page keeps that part of
 * the box on screen as the cursor moves. */
static void
cursor_moved_cb (GtkTextBuffer *buffer,
                 GParamSpec    *pspec,
                 NotesView     *self)
{
  GtkWidget *view = GTK_WIDGET (self->view);
  GtkWidget *page, *child;
  GdkRectangle rect;
  graphene_point_t point;

  page = find_page (self);
  if (page == NULL || !gtk_widget_has_focus (view) ||
      !(child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page))))
    return;

  cursor_in_view (self, &rect);
  if (!gtk_widget_compute_point (view, child, &GRAPHENE_POINT_INIT (rect.x, rect.y), &point))
    return;
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page)),
                             point.y - 12, point.y + rect.height + 12);
}

/* The box grows with the text up to the page's visible height less a
 * margin, never below its least height. */
static void
fit_to_page (NotesView *self)
{
  int page = self->page != NULL ? (int) gtk_adjustment_get_page_size (self->page) : 0;
  int height = page > 0 ? page - PAGE_MARGIN : UNKNOWN_PAGE_HEIGHT;

  height = MAX (height, self->min_height);
  if (gtk_scrolled_window_get_max_content_height (self->scroller) != height)
    gtk_scrolled_window_set_max_content_height (self->scroller, height);
}

static gboolean
fit_idle_cb (gpointer data)
{
  NotesView *self = data;

  self->fit_id = 0;
  fit_to_page (self);
  return G_SOURCE_REMOVE;
}

/* The page's height changes while it is being allocated: the box's
 * greatest height follows after, not in the middle of that. */
static void
page_size_cb (GtkAdjustment *page,
              GParamSpec    *pspec,
              NotesView     *self)
{
  if (self->fit_id == 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle_cb, self, NULL);
}

static void
unfollow_page (NotesView *self)
{
  g_clear_handle_id (&self->fit_id, g_source_remove);
  g_clear_signal_handler (&self->page_size_id, self->page);
  g_clear_object (&self->page);
}

static void
mapped_cb (GtkWidget *scroller,
           NotesView *self)
{
  GtkWidget *page = find_page (self);

  unfollow_page (self);
  if (page != NULL)
    {
      self->page = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page)));
      self->page_size_id = g_signal_connect (self->page, "notify::page-size",
                                             G_CALLBACK (page_size_cb), self);
    }
  page_size_cb (self->page, NULL, self);
}

static void
unmapped_cb (GtkWidget *scroller,
             NotesView *self)
{
  unfollow_page (self);
}

static void
notes_view_free (gpointer data)
{
  NotesView *self = data;

  unfollow_page (self);
  g_free (self);
}

/* The page gives its content the least height it asks for: the box asks
 * for the height it would like (its text's, within bounds) as its least. */
static void
measure_box (GtkWidget      *box,
             GtkOrientation  orientation,
             int             for_size,
             int            *minimum,
             int            *natural,
             int            *minimum_baseline,
             int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural;
}

static void
allocate_box (GtkWidget *box,
              int        width,
              int        height,
              int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (box), width, height, baseline, NULL);
}

static GtkSizeRequestMode
box_request_mode (GtkWidget *box)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The view's own scrolled window: as tall as the text, within bounds. */
static void
setup_scroller (NotesView *self)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (self->view));
  GtkWidget *box = gtk_widget_get_parent (scroller);
  int min_height;

  gtk_widget_set_layout_manager (box, gtk_custom_layout_new (box_request_mode, measure_box, allocate_box));

  self->scroller = GTK_SCROLLED_WINDOW (scroller);
  gtk_widget_get_size_request (GTK_WIDGET (self->view), NULL, &min_height);
  self->min_height = MAX (min_height, 0);
  gtk_widget_set_size_request (GTK_WIDGET (self->view), -1, -1);
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (self->scroller, TRUE);
  gtk_scrolled_window_set_min_content_height (self->scroller, self->min_height);
  fit_to_page (self);
  asr_scroll_chain_attach (self->scroller);
  g_signal_connect (scroller, "map", G_CALLBACK (mapped_cb), self);
  g_signal_connect (scroller, "unmap", G_CALLBACK (unmapped_cb), self);
}

GtkWidget *
asr_notes_view_frame (GtkTextView *view)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *box = adw_bin_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
  adw_bin_set_child (ADW_BIN (box), scroller);
  gtk_frame_set_child (GTK_FRAME (frame), box);
  return frame;
}

void
asr_notes_view_setup (GtkTextView *view,
                      GtkLabel    *count)
{
  GtkTextBuffer *buffer;
  NotesView *self;
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (view))));
  g_return_if_fail (ADW_IS_BIN (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (view)))));
  g_return_if_fail (GTK_IS_LABEL (count));

  buffer = gtk_text_view_get_buffer (view);
  self = g_new0 (NotesView, 1);
  self->view = view;
  self->count = count;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  self->words = asr_notes_count_words (&start, &end);
  g_object_set_data_full (G_OBJECT (view), "asr-notes-view", self, notes_view_free);
  setup_scroller (self);

  g_signal_connect (buffer, "insert-text", G_CALLBACK (insert_before_cb), self);
  g_signal_connect_after (buffer, "insert-text", G_CALLBACK (insert_after_cb), self);
  g_signal_connect (buffer, "delete-range", G_CALLBACK (delete_before_cb), self);
  g_signal_connect_after (buffer, "delete-range", G_CALLBACK (delete_after_cb), self);
  g_signal_connect (buffer, "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self);
  show_count (self);
  asr_spell_view_attach (view, asr_spell_checker_get_default ());
}

guint
asr_notes_view_get_words (GtkTextView *view)
{
  NotesView *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), 0);

  self = g_object_get_data (G_OBJECT (view), "asr-notes-view");
  return self != NULL ? self->words : 0;
}
