/* test-text-layout.c: how often the window lays out each text to show a
 * document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laying out text was the largest part of the first frame (issue 10; the
 * time itself is build-aux/bench.sh --ui).  A wrapping label is laid out
 * once for its minimum width, once for its natural width, and once for
 * each width it is given; asked for its width at a height, GTK 4.8 finds
 * it by trying widths, a layout per guess (8 to 17 of them).  These tests
 * count the layouts of texts the first frame shows (test-layout-count.c).
 */
#include "config.h"

#include <adwaita.h>

#include "asr-label-wrap.h"
#include "asr-sidebar-rows.h"
#include "asr-window-private.h"
#include "test-layout-count.h"
#include "test-util.h"

/* A wrapping label measured (minimum and natural width, height at the
 * natural width, at the window's minimum width and at the leaflet's) and
 * allocated: no search, which takes 8 or more. */
#define MAX_LAYOUTS 6

static AsrApplication *application;

/* The sample's window, as the application opens it: the document is set
 * before the window is first shown; counted until nothing is pending. */
static AsrWindow *
open_sample_counting (void)
{
  g_autoptr(AsrAssessment) assessment = test_load_sample ();
  AsrWindow *window;

  test_layout_count_reset ();
  window = test_new_window (application, assessment, NULL);
  test_spin ();
  return window;
}

static void
assert_laid_out (const char *text)
{
  guint n = test_layout_count (text);

  if (n == 0 || n > MAX_LAYOUTS)
    g_error ("\"%s\" laid out %u times (expected 1 to %u)", text, n, MAX_LAYOUTS);
}

/* The subtitles of the Source rows (the header box asks the title box
 * for its width at the row's height); not the titles: sidebar rows say
 * "Assessed" or "Not applicable" too, as many times as rows are built. */
static void
test_source_rows (void)
{
  AsrWindow *window = open_sample_counting ();
  const char *texts[] = {
    "Not looked at yet: the key question stays provisional",
    "Scored in this assessment, by your judgement of the evidence",
    "Does not apply to this service: left out of the score of Safe",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_laid_out (texts[i]);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The overall progress under the sidebar (the leaflet asks the sidebar's
 * box for its width at the window's height). */
static void
test_progress_label (void)
{
  AsrWindow *window = open_sample_counting ();

  assert_laid_out (asr_progress_label_get_text (window->progress_label));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Fewer runs of text shaped for each layout of @text than half its
 * characters: laid out at width 0 for its minimum width, a label wrapping
 * at characters puts each character on a line of its own, tries a hyphen
 * after it and shapes the rest again, a run a character or more for each
 * layout; wrapping at words, a few runs a layout. */
static void
assert_shaped_by_words (const char *text)
{
  guint n = test_layout_count_shapes (text);
  guint n_layouts = test_layout_count (text);

  if (n == 0 || n >= n_layouts * g_utf8_strlen (text, -1) / 2)
    g_error ("\"%s\" shaped in %u runs for %u layouts", text, n, n_layouts);
}

/* Each wrapping label under @widget that wraps at words only (and is
 * allocated) breaks its lines where wrapping at words and characters
 * would: it looks the same. */
static guint
assert_wraps_as_word_char (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0 &&
      gtk_label_get_wrap (GTK_LABEL (widget)) &&
      gtk_label_get_wrap_mode (GTK_LABEL (widget)) == PANGO_WRAP_WORD)
    {
      g_autoptr(PangoLayout) layout = pango_layout_copy (gtk_label_get_layout (GTK_LABEL (widget)));
      g_autoptr(PangoLayout) word_char = pango_layout_copy (layout);
      int width, height, word_char_width, word_char_height;

      /* At the width the label shows, not one it was last measured at. */
      pango_layout_set_width (layout, gtk_widget_get_width (widget) * PANGO_SCALE);
      pango_layout_set_width (word_char, gtk_widget_get_width (widget) * PANGO_SCALE);
      pango_layout_set_wrap (word_char, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_size (layout, &width, &height);
      pango_layout_get_size (word_char, &word_char_width, &word_char_height);
      if (pango_layout_get_line_count (word_char) != pango_layout_get_line_count (layout))
        g_error ("\"%s\" at %d px: %d lines, %d wrapping at characters too",
                 gtk_label_get_text (GTK_LABEL (widget)), gtk_widget_get_width (widget),
                 pango_layout_get_line_count (layout), pango_layout_get_line_count (word_char));
      g_assert_cmpint (word_char_width, ==, width);
      g_assert_cmpint (word_char_height, ==, height);
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_wraps_as_word_char (child);
  return n;
}

static gboolean
is_narrow (gpointer window)
{
  return gtk_widget_get_width (window) == 360;
}

/* The sidebar's quality statement names, the statement's name and score
 * and the Source rows wrap at words: shaped once a layout, and shown as
 * when they wrapped at characters too, wide and at 360 px. */
static void
test_wrap_words (void)
{
  AsrWindow *window = open_sample_counting ();
  AsrQualityStatement *statement = asr_window_get_statement (window);
  GtkListBox *list = asr_sidebar_get_list_box (window->sidebar);
  GtkListBoxRow *row;
  guint n_rows = 0;
  const char *texts[] = {
    "Not looked at yet: the key question stays provisional",
    "Scored in this assessment, by your judgement of the evidence",
    asr_quality_statement_get_name (statement),
    gtk_label_get_text (asr_statement_page_get_score_label (window->statement_page)),
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_shaped_by_words (texts[i]);
  /* The rows laid out so far (the rest come a slice a frame). */
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      AsrQualityStatement *shown = asr_sidebar_row_get_statement (row);

      if (shown == NULL || test_layout_count (asr_quality_statement_get_name (shown)) == 0)
        continue;
      assert_shaped_by_words (asr_quality_statement_get_name (shown));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, >=, 10);
  g_assert_cmpuint (assert_wraps_as_word_char (GTK_WIDGET (window)), >=, 20);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  test_wait_for (is_narrow, window);
  test_wait_for_transitions ();
  g_assert_cmpuint (assert_wraps_as_word_char (GTK_WIDGET (window)), >=, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A text with a word too long for a narrow line still wraps inside it,
 * and a label follows its text. */
static void
test_wrap_long_words (void)
{
  GtkLabel *label = GTK_LABEL (g_object_ref_sink (gtk_label_new ("Safe and effective staffing")));

  g_assert_cmpint (asr_label_wrap_mode_for ("Safe and effective staffing"), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (asr_label_wrap_mode_for ("seventeen-letters"), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (asr_label_wrap_mode_for ("sixteen-letters!"), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (asr_label_wrap_mode_for (NULL), ==, PANGO_WRAP_WORD);
  asr_label_wrap_words (label);
  g_assert_true (gtk_label_get_wrap (label));
  g_assert_cmpint (gtk_label_get_wrap_mode (label), ==, PANGO_WRAP_WORD);
  gtk_label_set_label (label, "See https://www.cqc.org.uk/guidance-providers/assessment");
  g_assert_cmpint (gtk_label_get_wrap_mode (label), ==, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_label (label, "Medicines optimisation");
  g_assert_cmpint (gtk_label_get_wrap_mode (label), ==, PANGO_WRAP_WORD);
  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/text-layout/source-rows", test_source_rows);
  g_test_add_func ("/text-layout/progress-label", test_progress_label);
  g_test_add_func ("/text-layout/wrap-words", test_wrap_words);
  g_test_add_func ("/text-layout/wrap-long-words", test_wrap_long_words);
  return g_test_run ();
}
