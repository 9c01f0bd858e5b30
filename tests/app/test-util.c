/* test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-util.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "asr-test-render.h"

AsrApplication *
test_init_application (int    *argc,
                       char ***argv)
{
  g_autoptr(GError) error = NULL;
  AsrApplication *application;

  g_test_init (argc, argv, NULL);
  adw_init ();
  application = asr_application_new_for_test ();
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);
  return application;
}

void
test_spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
test_wait_for_named (gboolean   (*done) (gpointer),
                       gpointer     data,
                       const char  *name,
                       const char  *file,
                       int          line)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  test_spin ();
  if (!done (data))
    g_error ("%s:%d: waited 10 s for %s", file, line, name);
}

gboolean
test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

void
test_wait_for_transitions (void)
{
  gint64 end = g_get_monotonic_time () + 600 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

void
test_click (gpointer button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

AsrAssessment *
test_new_assessment (const char *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup (framework_id, &error);

  g_assert_no_error (error);
  return asr_assessment_new (framework);
}

AsrQualityStatement *
test_statement_at (AsrAssessment *assessment,
                   const char    *key_question_id,
                   guint          position)
{
  AsrKeyQuestion *key_question = asr_assessment_lookup_key_question (assessment, key_question_id);
  g_autoptr(AsrQualityStatement) statement = NULL;

  g_assert_nonnull (key_question);
  statement = g_list_model_get_item (asr_key_question_get_statements (key_question), position);
  g_assert_nonnull (statement);
  return statement;   /* owned by the assessment */
}

AsrWindow *
test_new_window (AsrApplication *application,
                 AsrAssessment  *assessment,
                 GFile          *file)
{
  AsrWindow *window = asr_window_new (application);

  if (assessment != NULL)
    asr_window_set_document (window, assessment, file);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  return window;
}

AsrAssessment *
test_load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"),
                                            "data", "samples", "sample.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment = asr_assessment_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

char *
test_run_pdf_tool (const char *tool,
                   const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

void
test_render_png (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *path = g_build_filename (RENDER_DIR, name, NULL);
  g_autoptr(GError) error = NULL;

  asr_test_render_widget_to_png (widget, path, &error);
  g_assert_no_error (error);
  g_test_message ("Rendered %s", path);
}

void
test_render_light_dark (GtkWidget  *widget,
                        const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  test_spin ();
  test_render_png (widget, light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (widget, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  test_spin ();
}

static void
assert_labelled (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("%s %p (%s) has no accessible label", G_OBJECT_TYPE_NAME (widget), widget,
             gtk_widget_get_tooltip_text (widget) ?: "no tooltip");
}

/* Icon-only buttons, text fields, score buttons, the Summary grid's
 * cells and drop-downs say what they act on.  An AdwEntryRow's insides
 * are libadwaita's (its text is labelled by the row's title, its apply
 * button by a tooltip); a GtkDropDown's are GTK's (its popover's search
 * entry, unused). */
void
test_check_accessible (GtkWidget *widget,
                       guint     *n_checked)
{
  if (ADW_IS_ENTRY_ROW (widget))
    return;
  if (GTK_IS_DROP_DOWN (widget))
    {
      assert_labelled (widget);
      (*n_checked)++;
      return;
    }

  if ((GTK_IS_BUTTON (widget) && gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL) ||
      (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget))) ||
      GTK_IS_TEXT_VIEW (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget) ||
      gtk_widget_has_css_class (widget, "score-button") ||
      gtk_widget_has_css_class (widget, "summary-cell"))
    {
      assert_labelled (widget);
      (*n_checked)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    test_check_accessible (child, n_checked);
}

GtkWidget *
test_find_descendant (GtkWidget *widget,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
test_assert_width_at_any_height (GtkWidget *widget,
                                 int        height)
{
  int min_any, nat_any, min_at, nat_at;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_any, &nat_any, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, height, &min_at, &nat_at, NULL, NULL);
  if (min_at != min_any || nat_at != nat_any)
    g_error ("%s: width %d/%d at height %d, %d/%d at any height",
             G_OBJECT_TYPE_NAME (widget), min_at, nat_at, height, min_any, nat_any);
}

void
test_run_xdotool (const char *first,
                  ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg = first;
  va_list args;
  int status;

  g_ptr_array_add (argv, (char *) "xdotool");
  va_start (args, first);
  for (; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

char *
test_dup_xid (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  return g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
}

/* The surface of the X window may be larger than the widget (a shadow). */
void
test_move_pointer (GtkWidget *widget,
                   double     x,
                   double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  g_autofree char *xid = test_dup_xid (GTK_WINDOW (native));
  g_autofree char *xs = NULL;
  g_autofree char *ys = NULL;
  graphene_point_t point;
  double dx, dy;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  xs = g_strdup_printf ("%d", (int) (point.x + dx));
  ys = g_strdup_printf ("%d", (int) (point.y + dy));
  test_run_xdotool ("mousemove", "--sync", "--window", xid, xs, ys, NULL);
  test_spin ();
}
