/* test-portfolio.c: the portfolio window, through its real widgets, on a
 * temporary folder of assessments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "asr-portfolio-window-private.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

/* Every statement of each key question scored alike: @scores, five digits
 * for safe … well-led; @date the assessment's (NULL: none). */
static void
make (const char *dir,
      const char *name,
      const char *location_id,
      const char *location,
      const char *core_service,
      const char *scores,
      const char *date)
{
  g_autoptr(AsrAssessment) assessment = test_new_assessment ("cqc-saf-2024");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  asr_assessment_set_provider (assessment, "Example NHS Trust");
  asr_assessment_set_location (assessment, location);
  asr_assessment_set_location_id (assessment, location_id);
  asr_assessment_set_core_service (assessment, core_service);
  if (date != NULL)
    asr_assessment_set_date (assessment, date);
  for (guint k = 0; k < 5; k++)
    {
      const char *id = asr_portfolio_key_question_id (k);
      GListModel *statements = asr_key_question_get_statements (asr_assessment_lookup_key_question (assessment, id));

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, i);

          asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
          asr_quality_statement_set_score (statement, scores[k] - '0');
        }
    }
  asr_assessment_save_to_file (assessment, file, NULL, &error);
  g_assert_no_error (error);
}

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("portfolio-XXXXXX", &error);
  g_autofree char *broken = NULL;

  g_assert_no_error (error);
  make (dir, "a.assessment", "1-111", "East Hospital", "Medical care", "33333", "2026-10-14");
  make (dir, "b.assessment", "1-111", "East Hospital", "Surgery", "23333", "2024-03-02");
  make (dir, "c.assessment", "1-222", "West Clinic", "Outpatients", "33333", NULL);
  broken = g_build_filename (dir, "broken.assessment", NULL);
  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));
  return dir;
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

typedef struct
{
  AsrPortfolioWindow *window;
  guint               n;
} Expect;

static gboolean
has_n_items (gpointer data)
{
  Expect *expect = data;

  return expect->window->n_loading == 0 &&
         g_list_model_get_n_items (G_LIST_MODEL (expect->window->items)) == expect->n;
}

static gboolean
has_n_shown (gpointer data)
{
  Expect *expect = data;

  return g_list_model_get_n_items (G_LIST_MODEL (expect->window->sorted)) == expect->n;
}

static AsrPortfolioWindow *
open_folder (const char *dir,
             guint       n)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  AsrPortfolioWindow *window = asr_portfolio_window_new (GTK_APPLICATION (application), folder);
  Expect expect = { window, n };

  gtk_window_present (GTK_WINDOW (window));
  test_wait_for (test_is_mapped, window);
  test_wait_for (has_n_items, &expect);
  return window;
}

static char *
shown_text (AsrPortfolioWindow *window,
            guint               position,
            AsrPortfolioColumn  column)
{
  g_autoptr(AsrPortfolioItem) item = g_list_model_get_item (G_LIST_MODEL (window->sorted), position);

  g_assert_nonnull (item);
  return asr_portfolio_item_dup_text (item, column);
}

#define assert_shown(window, position, column, text) G_STMT_START { \
  g_autofree char *shown__ = shown_text (window, position, column); \
  g_assert_cmpstr (shown__, ==, text); \
} G_STMT_END

static void
test_templates (void)
{
  g_autofree char *dir = g_dir_make_tmp ("portfolio-XXXXXX", NULL);
  AsrPortfolioWindow *window = open_folder (dir, 0);

  g_assert_true (ASR_IS_PORTFOLIO_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->column_view)));
  g_assert_cmpstr (gtk_label_get_text (window->status_label), ==, "0 assessments");
  {
    guint n_checked = 0;

    test_check_accessible (GTK_WIDGET (window), &n_checked);
    g_assert_cmpuint (n_checked, >=, 1);
    gtk_test_accessible_assert_property (window->search_entry, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Filter services");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

static GtkWidget *
level_row_at (AsrPortfolioWindow *window,
              int                 index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (window->levels_list, index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* One row per file with its ratings; the locations and the provider
 * aggregated by CQC's rule, each with its explanation. */
static void
test_lists (void)
{
  g_autofree char *dir = make_folder ();
  AsrPortfolioWindow *window = open_folder (dir, 4);
  const AsrPortfolioLevel *east;
  GtkWidget *row;

  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_SERVICE, "Medical care");
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_SAFE, "Good · 75 out of 100");
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_PROGRESS, "34/34");
  assert_shown (window, 1, ASR_PORTFOLIO_COLUMN_SAFE, "Requires improvement · 50 out of 100");
  assert_shown (window, 1, ASR_PORTFOLIO_COLUMN_OVERALL, "Good");
  /* the file that cannot be read is listed with its error */
  assert_shown (window, 2, ASR_PORTFOLIO_COLUMN_SERVICE, "broken.assessment");
  {
    g_autofree char *error = shown_text (window, 2, ASR_PORTFOLIO_COLUMN_LOCATION);

    g_test_message ("%s", error);
    g_assert_true (g_str_has_prefix (error, "Could not be read: "));
    g_assert_nonnull (strstr (error, "broken.assessment"));
  }
  g_assert_cmpstr (gtk_label_get_text (window->status_label), ==, "4 assessments, 1 could not be read");

  g_assert_cmpuint (asr_portfolio_get_n_locations (window->portfolio), ==, 2);
  east = asr_portfolio_get_location (window->portfolio, 0);
  g_assert_cmpint (east->key_questions[0].rating, ==, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpint (asr_portfolio_get_provider (window->portfolio)->key_questions[0].rating, ==,
                   ASR_RATING_REQUIRES_IMPROVEMENT);
  row = level_row_at (window, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "East Hospital (Location ID 1-111)");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Overall: Good");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, east->overall_explanation);
  /* each rating an explanation names comes with the date it is from */
  g_assert_cmpstr (east->explanations[0], ==, "Requires improvement: 1 of 2 ratings are Requires improvement, "
                   "at least X (X = 1 for 1–3 ratings). From: Medical care Good (14 October 2026), "
                   "Surgery Requires improvement (2 March 2024)");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row),
                            "From: safe Requires improvement (2 March 2024 – 14 October 2026), "));
  row = level_row_at (window, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Provider Example NHS Trust");
  g_assert_null (gtk_list_box_get_row_at_index (window->levels_list, 3));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

static void
test_sort_filter (void)
{
  g_autofree char *dir = make_folder ();
  AsrPortfolioWindow *window = open_folder (dir, 4);
  GListModel *columns = gtk_column_view_get_columns (window->column_view);
  g_autoptr(GtkColumnViewColumn) service = g_list_model_get_item (columns, ASR_PORTFOLIO_COLUMN_SERVICE);
  g_autoptr(GtkColumnViewColumn) safe = g_list_model_get_item (columns, ASR_PORTFOLIO_COLUMN_SAFE);
  g_autoptr(GtkColumnViewColumn) date = g_list_model_get_item (columns, ASR_PORTFOLIO_COLUMN_DATE);
  Expect one = { window, 1 }, all = { window, 4 };

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, ASR_PORTFOLIO_N_COLUMNS);
  /* a file that cannot be read sorts last, first when descending */
  gtk_column_view_sort_by_column (window->column_view, service, GTK_SORT_DESCENDING);
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_SERVICE, "broken.assessment");
  assert_shown (window, 1, ASR_PORTFOLIO_COLUMN_SERVICE, "Surgery");
  assert_shown (window, 3, ASR_PORTFOLIO_COLUMN_SERVICE, "Medical care");
  gtk_column_view_sort_by_column (window->column_view, safe, GTK_SORT_ASCENDING);
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_SERVICE, "Surgery");
  assert_shown (window, 3, ASR_PORTFOLIO_COLUMN_SERVICE, "broken.assessment");
  gtk_column_view_sort_by_column (window->column_view, safe, GTK_SORT_DESCENDING);
  assert_shown (window, 3, ASR_PORTFOLIO_COLUMN_SERVICE, "Surgery");
  /* the Date column sorts by the ISO date, no date first */
  g_assert_cmpstr (gtk_column_view_column_get_title (date), ==, "Date");
  gtk_column_view_sort_by_column (window->column_view, date, GTK_SORT_ASCENDING);
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_DATE, "no date");
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_SERVICE, "Outpatients");
  assert_shown (window, 1, ASR_PORTFOLIO_COLUMN_DATE, "2 March 2024");
  assert_shown (window, 2, ASR_PORTFOLIO_COLUMN_DATE, "14 October 2026");
  assert_shown (window, 3, ASR_PORTFOLIO_COLUMN_SERVICE, "broken.assessment");
  gtk_column_view_sort_by_column (window->column_view, date, GTK_SORT_DESCENDING);
  assert_shown (window, 1, ASR_PORTFOLIO_COLUMN_SERVICE, "Medical care");

  gtk_widget_activate_action (GTK_WIDGET (window), "portfolio.search", NULL);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (window->search_entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (window->search_entry)));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "WEST clinic");
  test_wait_for (has_n_shown, &one);
  assert_shown (window, 0, ASR_PORTFOLIO_COLUMN_SERVICE, "Outpatients");
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "");
  test_wait_for (has_n_shown, &all);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

static gboolean
sub_is_rescored (gpointer window)
{
  AsrPortfolioWindow *self = window;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(AsrPortfolioItem) last = n ? g_list_model_get_item (G_LIST_MODEL (self->items), n - 1) : NULL;

  return last != NULL && asr_portfolio_item_get_row (last)->ratings[0] == ASR_RATING_REQUIRES_IMPROVEMENT;
}

/* A file added to the folder appears and counts in the aggregation; one
 * removed goes; one changed in a sub-folder is read again. */
static void
test_follows_folder (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.assessment", NULL);
  g_autofree char *sub_file = g_build_filename (sub, "e.assessment", NULL);
  AsrPortfolioWindow *window;
  Expect six, five;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  make (sub, "e.assessment", "1-444", "South Unit", "Community", "33333", NULL);
  window = open_folder (dir, 5);
  six = (Expect) { window, 6 };
  five = (Expect) { window, 5 };
  g_assert_cmpuint (asr_portfolio_get_provider (window->portfolio)->key_questions[1].counts[ASR_RATING_GOOD], ==, 3);
  make (dir, "d.assessment", "1-333", "North Unit", "Maternity", "32222", NULL);
  test_wait_for (has_n_items, &six);
  g_assert_cmpuint (asr_portfolio_get_n_locations (window->portfolio), ==, 4);
  /* the provider's Effective now counts North Unit's Requires improvement */
  g_assert_cmpuint (asr_portfolio_get_provider (window->portfolio)->key_questions[1].counts[ASR_RATING_REQUIRES_IMPROVEMENT],
                    ==, 1);
  g_assert_nonnull (strstr (asr_portfolio_get_provider (window->portfolio)->explanations[1], "1-333 Requires improvement"));
  /* in the command line's order: a, b, broken, c, d, sub/e */
  {
    g_autoptr(AsrPortfolioItem) added = g_list_model_get_item (G_LIST_MODEL (window->items), 4);
    g_autofree char *name = g_file_get_basename (asr_portfolio_item_get_file (added));

    g_assert_cmpstr (name, ==, "d.assessment");
  }
  g_unlink (broken);
  test_wait_for (has_n_items, &five);
  g_assert_cmpstr (gtk_label_get_text (window->status_label), ==, "5 assessments");
  make (sub, "e.assessment", "1-444", "South Unit", "Community", "23333", NULL);
  test_wait_for (sub_is_rescored, window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->items)), ==, 5);
  /* two reads of one file at once: one row, the file's last state */
  {
    g_autoptr(GFile) file = g_file_new_for_path (sub_file);

    _asr_portfolio_window_reload_file (window, file);
    _asr_portfolio_window_reload_file (window, file);
    test_wait_for (has_n_items, &five);
    g_assert_true (sub_is_rescored (window));
    g_assert_cmpuint (g_hash_table_size (window->reads), ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (sub_file);
  g_rmdir (sub);
  remove_folder (dir);
}

static AsrWindow *
find_document_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ASR_IS_WINDOW (toplevel) && asr_window_get_file (ASR_WINDOW (toplevel)) != NULL)
        return ASR_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
has_document_window (gpointer unused)
{
  return find_document_window () != NULL;
}

static void
test_activate (void)
{
  g_autofree char *dir = make_folder ();
  AsrPortfolioWindow *window = open_folder (dir, 4);
  g_autofree char *expected = g_build_filename (dir, "b.assessment", NULL);
  g_autofree char *opened = NULL;
  AsrWindow *document;

  g_signal_emit_by_name (window->column_view, "activate", 1);
  test_wait_for (has_document_window, NULL);
  document = find_document_window ();
  opened = g_file_get_path (asr_window_get_file (document));
  g_assert_cmpstr (opened, ==, expected);
  g_assert_cmpstr (asr_assessment_get_core_service (asr_window_get_assessment (document)), ==, "Surgery");
  gtk_window_destroy (GTK_WINDOW (document));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

static gboolean
has_exported (gpointer window)
{
  return ASR_PORTFOLIO_WINDOW (window)->n_exports > 0;
}

/* Export writes exactly what assessor --portfolio prints. */
static void
check_export (const char *dir,
              const char *option,
              const char *name)
{
  AsrPortfolioWindow *window = open_folder (dir, 4);
  g_autofree char *out_dir = g_dir_make_tmp ("portfolio-out-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (out_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  const char *argv[] = { ASSESSOR_BIN, "--portfolio", option, dir, NULL };
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &expected, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (expected, "Surgery"));
  _asr_portfolio_window_export_to (window, file, g_str_equal (option, "--json") ? ASR_PORTFOLIO_JSON
                                                                                 : ASR_PORTFOLIO_CSV);
  test_wait_for (has_exported, window);
  g_file_get_contents (out, &written, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, expected);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (out_dir);
}

static void
test_export (void)
{
  g_autofree char *dir = make_folder ();

  check_export (dir, "--csv", "portfolio.csv");
  check_export (dir, "--json", "portfolio.json");
  remove_folder (dir);
}

static gboolean
is_narrow (gpointer window)
{
  /* 360 asked for; an AdwWindow's content may come out a few pixels
   * narrower under Xvfb */
  return gtk_widget_get_width (window) <= 360 && gtk_widget_get_width (window) >= 340;
}

static void
test_render (void)
{
  g_autofree char *dir = make_folder ();
  AsrPortfolioWindow *window = open_folder (dir, 4);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (level_row_at (window, 0)), TRUE);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "portfolio-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  test_spin ();
  test_render_png (GTK_WIDGET (window), "portfolio-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  test_wait_for (is_narrow, window);
  test_render_png (GTK_WIDGET (window), "portfolio-narrow.png");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  application = test_init_application (&argc, &argv);

  g_test_add_func ("/portfolio/templates", test_templates);
  g_test_add_func ("/portfolio/lists", test_lists);
  g_test_add_func ("/portfolio/sort-filter", test_sort_filter);
  g_test_add_func ("/portfolio/follows-folder", test_follows_folder);
  g_test_add_func ("/portfolio/activate", test_activate);
  g_test_add_func ("/portfolio/export", test_export);
  g_test_add_func ("/portfolio/render", test_render);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
