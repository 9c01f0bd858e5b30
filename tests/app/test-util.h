/* test-util.h: waiting on the main loop in interface tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "asr-application.h"
#include "asr-core.h"

G_BEGIN_DECLS

/* g_test_init(), adw_init() and a registered, non-unique application for
 * the test; the caller owns it. */
AsrApplication *test_init_application (int    *argc,
                                       char ***argv);
/* Runs the main loop until nothing is pending. */
void     test_spin     (void);
/* Runs it until @done returns TRUE (at most 10 s), then asserts it. */
void     test_wait_for (gboolean (*done) (gpointer),
                        gpointer   data);
gboolean test_is_mapped (gpointer widget);
/* data/samples/sample.assessment (Larchfield House), loaded. */
AsrAssessment *test_load_sample (void);
/* The output of "pdfinfo PATH" or "pdftotext PATH -", which must succeed. */
char          *test_run_pdf_tool (const char *tool,
                                  const char *path);

/* Renders @widget to RENDER_DIR/@name, which must succeed. */
void           test_render_png   (GtkWidget  *widget,
                                  const char *name);
/* Renders @widget light to @name.png and dark to @name-dark.png. */
void           test_render_png_schemes (GtkWidget  *widget,
                                        const char *name);

/* Asserts that every icon-only button, text field and score button under
 * @widget has an accessible label; counts them in @n_checked. */
void           test_check_accessible (GtkWidget *widget,
                                      guint     *n_checked);

G_END_DECLS
