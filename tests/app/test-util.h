/* test-util.h: waiting on the main loop, documents, windows and clicks in
 * interface tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "asr-application.h"
#include "asr-core.h"
#include "asr-window.h"

G_BEGIN_DECLS

/* g_test_init(), adw_init() and a registered, non-unique application for
 * the test; the caller owns it. */
AsrApplication *test_init_application (int    *argc,
                                       char ***argv);
/* Runs the main loop until nothing is pending. */
void     test_spin     (void);
/* Runs it until @done returns TRUE (at most 10 s), then asserts it; a
 * failure names the condition and where it was waited for. */
#define test_wait_for(done, data) \
  test_wait_for_named ((done), (data), #done, __FILE__, __LINE__)
void     test_wait_for_named (gboolean   (*done) (gpointer),
                              gpointer     data,
                              const char  *name,
                              const char  *file,
                              int          line);
gboolean test_is_mapped (gpointer widget);
/* Lets transitions (a leaflet folding, a page sliding in) finish: runs
 * the main loop for 600 ms. */
void     test_wait_for_transitions (void);
/* What a click does (gtk_widget_activate() clicks a button only after a
 * timeout, to show it pressed). */
void     test_click (gpointer button);

/* A new, empty assessment of the built-in framework @framework_id. */
AsrAssessment       *test_new_assessment (const char *framework_id);
/* The @position-th quality statement of a key question, owned by
 * @assessment. */
AsrQualityStatement *test_statement_at   (AsrAssessment *assessment,
                                          const char    *key_question_id,
                                          guint          position);
/* A window of @application on @assessment (none if NULL) saved as @file
 * (may be NULL), presented and mapped. */
AsrWindow           *test_new_window     (AsrApplication *application,
                                          AsrAssessment  *assessment,
                                          GFile          *file);
/* data/samples/sample.assessment (Larchfield House), loaded. */
AsrAssessment *test_load_sample (void);
/* The output of "pdfinfo PATH" or "pdftotext PATH -", which must succeed. */
char          *test_run_pdf_tool (const char *tool,
                                  const char *path);

/* @widget itself or its first descendant of @type, depth first; NULL if none. */
GtkWidget     *test_find_descendant (GtkWidget *widget,
                                    GType      type);

/* Fails unless @widget's width at @height is its width at any height (no
 * search over widths, as GTK 4.8 does for a wrapping label). */
void           test_assert_width_at_any_height (GtkWidget *widget,
                                                int        height);

/* Renders @widget to RENDER_DIR/@name, which must succeed. */
void           test_render_png   (GtkWidget  *widget,
                                  const char *name);
/* Renders @widget light to RENDER_DIR/@name.png and dark to
 * @name-dark.png, spinning the main loop around each change of scheme. */
void           test_render_light_dark (GtkWidget  *widget,
                                       const char *name);

/* Real input under Xvfb: runs xdotool with @first and the arguments
 * after it, up to NULL, which must succeed. */
void           test_run_xdotool  (const char *first,
                                  ...) G_GNUC_NULL_TERMINATED;
/* @window's X window id, as xdotool takes it. */
char          *test_dup_xid      (GtkWindow  *window);
/* Moves the pointer to (@x, @y) in @widget's coordinates, with xdotool. */
void           test_move_pointer (GtkWidget  *widget,
                                  double      x,
                                  double      y);

/* Asserts that every icon-only button, text field and score button under
 * @widget has an accessible label; counts them in @n_checked. */
void           test_check_accessible (GtkWidget *widget,
                                      guint     *n_checked);

G_END_DECLS
