/* test-first-run.c: the welcome page, New Assessment, the header bar and
 * menu, through the window a user sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "asr-details-dialog-private.h"
#include "asr-export-dialog-private.h"
#include "asr-new-assessment-dialog.h"
#include "asr-print.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
has_toplevel (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
is_enabled (AsrWindow  *window,
            const char *action)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), action);
}

static const char *
visible_page (AsrWindow *window)
{
  return gtk_stack_get_visible_child_name (window->main_stack);
}

static void
destroy_windows (void)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  test_spin ();
}

static GFile *
copy_sample (const char *name)
{
  g_autofree char *sample = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"), "data",
                                              "samples", "sample.assessment", NULL);
  g_autofree char *dir = g_dir_make_tmp ("assessor-first-run-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return g_file_new_for_path (path);
}

static char *remembered_uri;

/* The file just remembered is the newest: the first row. */
static gboolean
has_recent_row (gpointer window)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (ASR_WINDOW (window)->recent_list));
  GVariant *target;

  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (ASR_WINDOW (window)->recent_group)))
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  return g_str_equal (g_variant_get_string (target, NULL), remembered_uri);
}

static void
remember (GFile *file)
{
  g_free (remembered_uri);
  remembered_uri = g_file_get_uri (file);
  _asr_window_remember_file (file);
}

static gboolean
has_file (gpointer window)
{
  return asr_window_get_file (window) != NULL;
}

/* Started with no file: the welcome page, not an empty statement page;
 * opening a recent file replaces it in the same window. */
static void
test_welcome (void)
{
  g_autoptr(GFile) file = copy_sample ("Larchfield House.assessment");
  g_autofree char *uri = g_file_get_uri (file);
  AsrWindow *window = test_new_window (application, NULL, NULL);
  GtkWidget *row;
  GVariant *target;

  g_assert_cmpstr (visible_page (window), ==, "welcome");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Assessor");
  g_assert_true (find_action_button (GTK_WIDGET (window), "win.new-assessment") != NULL);
  g_assert_true (find_action_button (GTK_WIDGET (window), "app.open") != NULL);
  /* Nothing to save, print or score yet. */
  g_assert_false (is_enabled (window, "save"));
  g_assert_false (is_enabled (window, "print"));
  g_assert_false (is_enabled (window, "set-score"));
  g_assert_true (is_enabled (window, "new-assessment"));
  g_assert_false (asr_window_get_modified (window));

  remember (file);
  test_wait_for (has_recent_row, window);
  row = gtk_widget_get_first_child (GTK_WIDGET (window->recent_list));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Larchfield House.assessment");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "app.open-recent");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);

  g_assert_true (gtk_widget_activate (row));
  test_wait_for (has_file, window);
  g_assert_cmpstr (visible_page (window), ==, "document");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Larchfield House.assessment");
  g_assert_true (is_enabled (window, "save"));
  destroy_windows ();
}

static AsrNewAssessmentDialog *
open_new_assessment (AsrWindow *window)
{
  GtkWindow *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-assessment", NULL);
  test_wait_for (has_toplevel, GSIZE_TO_POINTER (ASR_TYPE_NEW_ASSESSMENT_DIALOG));
  dialog = find_toplevel (ASR_TYPE_NEW_ASSESSMENT_DIALOG);
  test_wait_for (test_is_mapped, dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  return ASR_NEW_ASSESSMENT_DIALOG (dialog);
}

static void
set_row (AsrNewAssessmentDialog *dialog,
         const char             *name,
         const char             *text)
{
  gtk_editable_set_text (GTK_EDITABLE (asr_new_assessment_dialog_get_row (dialog, name)), text);
}

/* Picks @choice from the service type row's list, as a click would. */
static void
pick_service_type (AsrNewAssessmentDialog *dialog,
                   const char             *choice)
{
  GtkWidget *row = asr_new_assessment_dialog_get_row (dialog, "service_type_row");
  GtkWidget *button = test_find_descendant (row, GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  GtkWidget *list = test_find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX);

  for (GtkWidget *item = gtk_widget_get_first_child (list); item;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (item));

      if (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), choice))
        {
          g_signal_emit_by_name (list, "row-activated", item);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
assert_created (AsrAssessment *assessment)
{
  const char * const *assessors = asr_assessment_get_assessors (assessment);

  g_assert_cmpstr (asr_assessment_get_provider (assessment), ==, "Brookvale Care Ltd");
  g_assert_cmpstr (asr_assessment_get_location (assessment), ==, "Larchfield House, Leeds");
  g_assert_cmpstr (asr_assessment_get_location_id (assessment), ==, "1-101010101");
  g_assert_cmpstr (asr_assessment_get_service_name (assessment), ==, "Larchfield House");
  g_assert_cmpstr (asr_assessment_get_service_type (assessment), ==,
                   "Care home service with nursing");
  g_assert_cmpstr (asr_assessment_get_date (assessment), ==, "2026-10-14");
  g_assert_cmpuint (g_strv_length ((char **) assessors), ==, 2);
  g_assert_cmpstr (assessors[1], ==, "B. Specialist adviser");
}

/* What identifies the draft is asked first; an invalid date is refused
 * with a message and creates nothing; the rest goes into the document
 * shown in the same window, and stays editable in Assessment Details. */
static void
test_new_assessment_flow (void)
{
  AsrWindow *window = test_new_window (application, NULL, NULL);
  AsrNewAssessmentDialog *dialog = open_new_assessment (window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *date_row = asr_new_assessment_dialog_get_row (dialog, "date_row");
  AdwComboRow *framework_row =
    ADW_COMBO_ROW (asr_new_assessment_dialog_get_row (dialog, "framework_row"));
  GListModel *frameworks = asr_framework_registry_list ();
  GtkWindow *details;
  guint selected;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, today);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (framework_row)), ==,
                    g_list_model_get_n_items (frameworks));
  set_row (dialog, "provider_row", "Brookvale Care Ltd");
  set_row (dialog, "location_row", "Larchfield House, Leeds");
  set_row (dialog, "location_id_row", "1-101010101");
  set_row (dialog, "service_name_row", "Larchfield House");
  pick_service_type (dialog, "Care home service with nursing");
  set_row (dialog, "assessors_row", "A. Inspector, B. Specialist adviser");

  set_row (dialog, "date_row", "31/02/2026");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_false (asr_new_assessment_dialog_create (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (visible_page (window), ==, "welcome");

  set_row (dialog, "date_row", "14/10/2026");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  selected = adw_combo_row_get_selected (framework_row);
  g_assert_true (asr_new_assessment_dialog_create (dialog));
  test_spin ();

  g_assert_cmpstr (visible_page (window), ==, "document");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, 1);
  assert_created (window->assessment);
  {
    g_autoptr(AsrFramework) chosen = g_list_model_get_item (frameworks, selected);

    g_assert_cmpstr (asr_framework_get_id (asr_assessment_get_framework (window->assessment)), ==,
                     asr_framework_get_id (chosen));
  }
  /* Not saved yet: closing would ask. */
  g_assert_true (asr_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  g_action_group_activate_action (G_ACTION_GROUP (window), "details", NULL);
  test_wait_for (has_toplevel, GSIZE_TO_POINTER (ASR_TYPE_DETAILS_DIALOG));
  details = find_toplevel (ASR_TYPE_DETAILS_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (asr_details_dialog_get_row (ASR_DETAILS_DIALOG (details), "location_id_row"))),
                   ==, "1-101010101");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (asr_details_dialog_get_row (ASR_DETAILS_DIALOG (details), "date_row"))),
                   ==, "2026-10-14");
  gtk_window_destroy (details);

  /* From a window with a document: a new window, and the offer to import
   * previous ratings taken (Import Previous Ratings' file chooser). */
  dialog = open_new_assessment (window);
  gtk_switch_set_active (GTK_SWITCH (asr_new_assessment_dialog_get_row (dialog, "import_switch")),
                         TRUE);
  g_assert_true (asr_new_assessment_dialog_create (dialog));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, 2);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  test_wait_for (has_toplevel, GSIZE_TO_POINTER (GTK_TYPE_FILE_CHOOSER_DIALOG));
  gtk_window_destroy (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l; l = l->next)
    ASR_WINDOW (l->data)->discard = TRUE;
  destroy_windows ();
}

static guint
count_items (GMenuModel *menu,
             GString    *labels)
{
  guint n = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *label = NULL;

      if (section != NULL)
        {
          n += count_items (section, labels);
          continue;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_string_append_printf (labels, "%s|", label);
      n++;
    }
  return n;
}

static gboolean
file_exists (gpointer file)
{
  return g_file_query_exists (file, NULL);
}

/* New, Open and Save are buttons; the menu is short, in sections, and
 * "Export JSON…" is now what it does: Save a Copy…. */
static void
test_header_bar (void)
{
  g_autoptr(GFile) file = copy_sample ("Larchfield House.assessment");
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_from_file (file, NULL, NULL);
  g_autoptr(GString) labels = g_string_new ("|");
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) copy = g_file_get_child (parent, "copy.assessment");
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  g_auto(GStrv) accels = NULL;
  AsrWindow *window = test_new_window (application, assessment, file);
  GtkMenuButton *menu_button;
  GMenuModel *menu;

  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.new-assessment"));
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "app.open"));
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.save"));
  g_assert_nonnull (find_action_button (GTK_WIDGET (window), "win.details"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                  "win.new-assessment");
  g_assert_cmpstr (accels[0], ==, "<Control>n");

  /* The menu is set on its button when first opened (test-first-frame.c). */
  menu_button = window->primary_menu_button;
  gtk_menu_button_popup (menu_button);
  menu = gtk_menu_button_get_menu_model (menu_button);
  g_assert_true (menu == window->primary_menu);
  gtk_menu_button_popdown (menu_button);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);
  g_assert_cmpuint (count_items (menu, labels), <=, 11);
  g_test_message ("Menu: %s", labels->str);
  g_assert_null (strstr (labels->str, "JSON"));
  g_assert_nonnull (strstr (labels->str, "|Save a _Copy…|"));
  g_assert_null (strstr (labels->str, "|_Save|"));   /* a button now */

  /* Save a Copy writes the document as Save would, and the window stays on
   * its own file. */
  _asr_window_export_to (window, copy);
  test_wait_for (file_exists, copy);
  expected = asr_assessment_serialize (window->assessment);
  written = g_file_load_bytes (copy, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (expected, written));
  g_assert_true (g_file_equal (asr_window_get_file (window), file));
  destroy_windows ();
}

/* Print to File is offered the document's name: the window names the
 * operation's output after its file, which GTK's file printer uses for
 * the name it suggests (output-basename). */
static void
test_print_to_file_name (void)
{
  g_autoptr(GFile) file = copy_sample ("Larchfield House.assessment");
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_from_file (file, NULL, NULL);
  g_autoptr(GtkPrintOperation) operation = asr_print_operation_new (assessment);
  AsrWindow *window = asr_window_new (application);
  g_autofree char *name = NULL;
  GtkPrintSettings *settings;

  asr_window_set_document (window, assessment, file);
  name = _asr_window_dup_document_name (window);
  g_assert_cmpstr (name, ==, "Larchfield House");
  asr_print_operation_set_document_name (operation, name);
  settings = gtk_print_operation_get_print_settings (operation);
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   "Larchfield House");

  /* Not saved yet: the service's name. */
  {
    g_autoptr(AsrAssessment) fresh = asr_assessment_new (asr_assessment_get_framework (assessment));
    g_autofree char *fresh_name = NULL;

    asr_assessment_set_service_name (fresh, "Oak Lodge");
    asr_window_set_document (window, fresh, NULL);
    fresh_name = _asr_window_dup_document_name (window);
    g_assert_cmpstr (fresh_name, ==, "Oak Lodge");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_open_toast (gpointer window)
{
  return find_button_labelled (GTK_WIDGET (ASR_WINDOW (window)->toast_overlay), "_Open") != NULL;
}

/* A finished export says so in a toast whose Open button opens that file. */
static void
test_exported_toast_opens (void)
{
  g_autoptr(GFile) file = copy_sample ("Larchfield House.assessment");
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_from_file (file, NULL, NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) report = g_file_get_child (parent, "Larchfield House report.pdf");
  g_autofree char *uri = g_file_get_uri (report);
  AsrWindow *window = test_new_window (application, assessment, file);
  GtkWindow *dialog;
  GtkWidget *open;
  GVariant *target;

  g_action_group_activate_action (G_ACTION_GROUP (window), "export-report", NULL);
  test_wait_for (has_toplevel, GSIZE_TO_POINTER (ASR_TYPE_EXPORT_DIALOG));
  dialog = find_toplevel (ASR_TYPE_EXPORT_DIALOG);
  _asr_export_dialog_emit_exported (ASR_EXPORT_DIALOG (dialog), report);
  test_wait_for (has_open_toast, window);
  open = find_button_labelled (GTK_WIDGET (window->toast_overlay), "_Open");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "win.open-uri");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (open));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "open-uri"));
  gtk_window_destroy (dialog);
  destroy_windows ();
}

static void
test_accessibility (void)
{
  AsrWindow *window = test_new_window (application, NULL, NULL);
  AsrNewAssessmentDialog *dialog;
  guint n_checked = 0;

  test_check_accessible (GTK_WIDGET (window->main_stack), &n_checked);
  gtk_test_accessible_assert_property (GTK_WIDGET (window->recent_list),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Recent assessments");
  dialog = open_new_assessment (window);
  test_check_accessible (GTK_WIDGET (dialog), &n_checked);
  gtk_test_accessible_assert_property (test_find_descendant (asr_new_assessment_dialog_get_row (dialog, "date_row"),
                                                        GTK_TYPE_MENU_BUTTON),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Pick the assessment date");
  gtk_test_accessible_assert_property (gtk_editable_get_delegate (GTK_EDITABLE (asr_new_assessment_dialog_get_row (dialog, "location_id_row"))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "CQC Location ID");
  gtk_test_accessible_assert_property (asr_new_assessment_dialog_get_row (dialog, "import_switch"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Import Previous Ratings Next");
  g_test_message ("%u controls have accessible labels", n_checked);
  g_assert_cmpuint (n_checked, >, 12);
  destroy_windows ();
}

static void
render_three (GtkWindow  *window,
              const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s-light.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);
  g_autofree char *narrow = g_strdup_printf ("%s-narrow.png", name);

  settle ();
  test_render_png (GTK_WIDGET (window), light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle ();
  test_render_png (GTK_WIDGET (window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (window, 360, 640);
  settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  test_render_png (GTK_WIDGET (window), narrow);
}

static void
test_render (void)
{
  g_autoptr(GFile) file = copy_sample ("Larchfield House.assessment");
  g_autoptr(AsrAssessment) assessment = asr_assessment_load_from_file (file, NULL, NULL);
  AsrWindow *window = test_new_window (application, NULL, NULL);
  AsrNewAssessmentDialog *dialog;

  remember (file);
  test_wait_for (has_recent_row, window);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  render_three (GTK_WINDOW (window), "welcome");
  dialog = open_new_assessment (window);
  render_three (GTK_WINDOW (dialog), "new-assessment");
  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_windows ();

  window = asr_window_new (application);
  asr_window_set_document (window, assessment, file);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  render_three (GTK_WINDOW (window), "header-bar");
  destroy_windows ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);

  g_test_add_func ("/first-run/welcome", test_welcome);
  g_test_add_func ("/first-run/new-assessment", test_new_assessment_flow);
  g_test_add_func ("/first-run/header-bar", test_header_bar);
  g_test_add_func ("/first-run/print-to-file-name", test_print_to_file_name);
  g_test_add_func ("/first-run/exported-toast-opens", test_exported_toast_opens);
  g_test_add_func ("/first-run/accessibility", test_accessibility);
  g_test_add_func ("/first-run/render", test_render);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
