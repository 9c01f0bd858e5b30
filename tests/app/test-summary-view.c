/* test-summary-view.c: the summary view, the details dialog and the band bar,
 * through their real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <adwaita.h>

#include "asr-band-bar.h"
#include "asr-details-dialog-private.h"
#include "asr-summary-view-private.h"
#include "asr-test-render.h"
#include "test-util.h"

#define SAFE      0
#define WELL_LED  4
#define OVERALL   G_MAXUINT

/* The sample assessment when the source tree is known, so the pictures
 * show a realistic draft; a fresh one otherwise. */
static AsrAssessment *
load_sample (void)
{
  const char *root = g_getenv ("ASSESSOR_SOURCE_ROOT");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AsrAssessment *assessment;

  if (root == NULL)
    return test_new_assessment ("cqc-saf-2024");

  file = g_file_new_build_filename (root, "data", "samples", "sample.assessment", NULL);
  assessment = asr_assessment_load_from_file (file, NULL, &error);
  g_assert_no_error (error);

  return assessment;
}

static void
wait_until_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_true (gtk_widget_get_mapped (widget));
}

static GtkWindow *
present_in_window (GtkWidget *child,
                   int        width,
                   int        height)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());

  adw_window_set_content (ADW_WINDOW (window), child);
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  wait_until_mapped (child);

  return window;
}

static void
score_key_question (AsrKeyQuestion *kq,
                    const int      *scores,
                    guint           n_scores)
{
  GListModel *statements = asr_key_question_get_statements (kq);
  guint n = g_list_model_get_n_items (statements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, i);

      if (i < n_scores && scores[i] > 0)
        {
          asr_quality_statement_set_source (statement, ASR_SOURCE_ASSESSED);
          asr_quality_statement_set_score (statement, scores[i]);
        }
      else
        asr_quality_statement_set_source (statement, ASR_SOURCE_NOT_APPLICABLE);
    }
}

static void
score_all_good (AsrAssessment *assessment)
{
  static const int threes[] = { 3, 3, 3, 3, 3, 3, 3, 3 };
  GListModel *key_questions = asr_assessment_get_key_questions (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (key_questions); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (key_questions, i);

      score_key_question (kq, threes, G_N_ELEMENTS (threes));
    }
}

static AsrKeyQuestion *
get_key_question (AsrAssessment *assessment,
                  guint          position)
{
  GListModel *key_questions = asr_assessment_get_key_questions (assessment);
  AsrKeyQuestion *kq = g_list_model_get_item (key_questions, position);

  g_object_unref (kq); /* the model keeps it alive */
  return kq;
}

static const char *
part_text (AsrSummaryView *view,
           guint           position,
           AsrSummaryPart  part)
{
  GtkWidget *widget = asr_summary_view_get_part (view, position, part);

  g_assert_true (GTK_IS_LABEL (widget));
  return gtk_label_get_label (GTK_LABEL (widget));
}

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;

      if ((found = find_row_titled (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static void
record_cb (GObject  *view,
           GObject  *object,
           gpointer  user_data)
{
  g_set_object ((GObject **) user_data, object);
}

/* The first mapped one: the empty page has a clamp of its own. */
static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;

      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
render (GtkWidget  *widget,
        const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GError) error = NULL;

  asr_test_render_widget_to_png (widget, path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_test_message ("Rendered %s", path);
}

/* AdwApplication loads the style sheet in the application; these tests
 * have none, so they load it themselves for the pictures to be true. */
static void
load_style_sheet (void)
{
  const char *path = "/io/github/assessor/Assessor/style.css";
  g_autoptr(GtkCssProvider) provider = NULL;

  if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Every summary test starts from a fresh assessment shown in a window. */
typedef struct
{
  AsrAssessment  *assessment;
  AsrSummaryView *view;
  GtkWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->assessment = test_new_assessment ("cqc-saf-2024");
  f->view = ASR_SUMMARY_VIEW (asr_summary_view_new ());
  asr_summary_view_set_assessment (f->view, f->assessment);
  f->window = present_in_window (GTK_WIDGET (f->view), 720, 900);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->assessment);
}

static GtkWidget *
part (Fixture        *f,
      guint           position,
      AsrSummaryPart  which)
{
  GtkWidget *widget = asr_summary_view_get_part (f->view, position, which);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
text (Fixture        *f,
      guint           position,
      AsrSummaryPart  which)
{
  return part_text (f->view, position, which);
}

static gboolean
shown (Fixture        *f,
       guint           position,
       AsrSummaryPart  which)
{
  return gtk_widget_get_visible (part (f, position, which));
}

static int
band_percentage (Fixture *f,
                 guint    position)
{
  return asr_band_bar_get_percentage (ASR_BAND_BAR (part (f, position, ASR_SUMMARY_PART_BAND_BAR)));
}

static AsrQualityStatement *
get_statement (AsrKeyQuestion *kq,
               guint           position)
{
  return g_list_model_get_item (asr_key_question_get_statements (kq), position);
}

/* The accessible of an editable's text, where a screen reader's focus is. */
static GtkAccessible *
text_of (gpointer editable)
{
  return GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (editable)));
}

#define assert_accessible_label(widget, label) \
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), \
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label)

static void
test_templates_present (void)
{
  g_autoptr(AsrAssessment) assessment = load_sample ();
  GtkWidget *view = asr_summary_view_new ();
  GtkWidget *bar = asr_band_bar_new ();
  GtkWindow *window, *bar_window;
  GtkWidget *dialog;

  asr_summary_view_set_assessment (ASR_SUMMARY_VIEW (view), assessment);
  window = present_in_window (view, 720, 900);

  dialog = asr_details_dialog_new (window, assessment);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_until_mapped (dialog);

  asr_band_bar_set_framework (ASR_BAND_BAR (bar), asr_assessment_get_framework (assessment));
  asr_band_bar_set_percentage (ASR_BAND_BAR (bar), 71);
  bar_window = present_in_window (bar, 300, 60);
  g_assert_cmpint (gtk_widget_get_height (bar), >, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (bar_window);
  gtk_window_destroy (window);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_NAME), ==, "Safe");
  g_assert_cmpstr (text (f, WELL_LED, ASR_SUMMARY_PART_NAME), ==, "Well-led");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PERCENTAGE), ==, "Not scored yet");
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_RATING), ==, "Not rated");
  g_assert_true (shown (f, SAFE, ASR_SUMMARY_PART_PROVISIONAL));
  g_assert_cmpint (band_percentage (f, SAFE), ==, -1);

  asr_summary_view_set_assessment (f->view, NULL);
  g_assert_null (asr_summary_view_get_part (f->view, SAFE, ASR_SUMMARY_PART_NAME));
  asr_summary_view_set_assessment (f->view, f->assessment);
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_NAME), ==, "Safe");
}

/* Seed 000: Well-led 3,3,3,3,2,3,3 over 7 statements = 71, Good.  Every
 * check runs straight after the change, without iterating the main loop. */
static void
test_live_key_question (Fixture       *f,
                        gconstpointer  data)
{
  static const int seed_000[] = { 3, 3, 3, 3, 2, 3, 3 };
  static const int all_two[] = { 2, 2, 2, 2, 2, 2, 2 };
  AsrKeyQuestion *well_led = get_key_question (f->assessment, WELL_LED);
  g_autoptr(AsrQualityStatement) fifth = NULL;
  GtkWidget *rating = part (f, WELL_LED, ASR_SUMMARY_PART_RATING);

  score_key_question (well_led, seed_000, G_N_ELEMENTS (seed_000));
  g_assert_cmpstr (text (f, WELL_LED, ASR_SUMMARY_PART_PERCENTAGE), ==, "71 out of 100");
  g_assert_cmpstr (text (f, WELL_LED, ASR_SUMMARY_PART_RATING), ==, "Good");
  g_assert_cmpstr (text (f, WELL_LED, ASR_SUMMARY_PART_COUNT), ==,
                   "7 of 7 quality statements scored · 1 not applicable");
  g_assert_false (shown (f, WELL_LED, ASR_SUMMARY_PART_PROVISIONAL));
  g_assert_cmpint (band_percentage (f, WELL_LED), ==, 71);

  fifth = get_statement (well_led, 4);
  asr_quality_statement_set_score (fifth, 4);
  g_assert_cmpstr (text (f, WELL_LED, ASR_SUMMARY_PART_PERCENTAGE), ==, "79 out of 100");

  score_key_question (well_led, all_two, G_N_ELEMENTS (all_two));
  g_assert_cmpstr (text (f, WELL_LED, ASR_SUMMARY_PART_RATING), ==, "Requires improvement");
  g_assert_true (gtk_widget_has_css_class (rating, "rating-requires-improvement"));
  g_assert_false (gtk_widget_has_css_class (rating, "rating-good"));
}

static void
test_live_overall (Fixture       *f,
                   gconstpointer  data)
{
  static const int all_one[] = { 1, 1, 1, 1, 1, 1, 1, 1 };
  GtkWidget *inferred = gtk_widget_get_parent (part (f, OVERALL, ASR_SUMMARY_PART_WARNING));

  score_all_good (f->assessment);
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_RATING), ==, "Good");
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_LIMIT), ==,
                   asr_principle_to_label (ASR_PRINCIPLE_OTHERWISE_GOOD));
  g_assert_false (gtk_widget_get_visible (inferred));

  score_key_question (get_key_question (f->assessment, SAFE), all_one, G_N_ELEMENTS (all_one));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Inadequate");
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_RATING), ==, "Requires improvement");
  g_assert_true (gtk_widget_get_visible (inferred));

  asr_assessment_set_breach_of_regulation (f->assessment, TRUE);
  score_all_good (f->assessment);
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_RATING), ==, "Requires improvement");
  g_assert_true (shown (f, OVERALL, ASR_SUMMARY_PART_OBSERVED));
  g_assert_false (gtk_widget_get_visible (inferred));

  asr_assessment_set_previous_overall_rating (f->assessment, ASR_RATING_GOOD);
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Previously Good → now Requires improvement: declined");
}

/* No reason, or only blanks: the button stays insensitive, and even a
 * forced click leaves the model alone and shows the model's error. */
static void
test_override_needs_reason (Fixture       *f,
                            gconstpointer  data)
{
  AsrKeyQuestion *safe = get_key_question (f->assessment, SAFE);
  GtkWidget *apply = part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_APPLY);
  GtkWidget *reason = part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REASON);
  GtkWidget *error = part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_ERROR);
  const char * const invisible[] = { "\xe2\x80\x8b", "\xe2\x80\x8e\xe2\x81\xa0\xef\xbb\xbf",
                                     "\xe3\x80\x80 \xe2\x80\x8b" };

  score_all_good (f->assessment);
  g_assert_false (gtk_widget_get_sensitive (apply));
  g_assert_false (gtk_widget_get_sensitive (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REMOVE)));
  gtk_editable_set_text (GTK_EDITABLE (reason), "   ");
  g_assert_false (gtk_widget_get_sensitive (apply));

  test_click (apply);
  g_assert_cmpint (asr_key_question_get_override_rating (safe), ==, ASR_RATING_NONE);
  g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_GOOD);
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error)), "reason"));

  /* Zero-width and format characters are no reason either: U+200B alone
   * once overrode Safe to Outstanding. */
  for (guint i = 0; i < G_N_ELEMENTS (invisible); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (reason), invisible[i]);
      g_assert_false (gtk_widget_get_sensitive (apply));
      test_click (apply);
      g_assert_cmpint (asr_key_question_get_override_rating (safe), ==, ASR_RATING_NONE);
      g_assert_cmpint (asr_key_question_get_rating (safe), ==, ASR_RATING_GOOD);
      g_assert_true (gtk_widget_get_visible (error));
    }

  gtk_editable_set_text (GTK_EDITABLE (reason), "A reason");
  g_assert_true (gtk_widget_get_sensitive (apply));
  g_assert_false (gtk_widget_get_visible (error));
}

static void
test_override_apply_remove (Fixture       *f,
                            gconstpointer  data)
{
  AsrKeyQuestion *safe = get_key_question (f->assessment, SAFE);
  GtkWidget *reason = part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REASON);
  const char *why = "Exceptional safeguarding practice seen on site";
  AdwComboRow *rating;

  score_all_good (f->assessment);
  adw_combo_row_set_selected (ADW_COMBO_ROW (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_RATING)), 0);
  gtk_editable_set_text (GTK_EDITABLE (reason), why);
  test_click (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_APPLY));
  g_assert_cmpint (asr_key_question_get_override_rating (safe), ==, ASR_RATING_OUTSTANDING);
  g_assert_cmpstr (asr_key_question_get_override_reason (safe), ==, why);
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Outstanding");
  g_assert_true (shown (f, SAFE, ASR_SUMMARY_PART_LIMIT));
  g_assert_nonnull (strstr (text (f, SAFE, ASR_SUMMARY_PART_LIMIT), why));
  g_assert_true (gtk_widget_get_sensitive (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REMOVE)));

  test_click (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REMOVE));
  g_assert_cmpint (asr_key_question_get_override_rating (safe), ==, ASR_RATING_NONE);
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Good");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reason)), ==, "");
  g_assert_false (gtk_widget_get_sensitive (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_APPLY)));
  g_assert_false (shown (f, SAFE, ASR_SUMMARY_PART_LIMIT));

  /* An override set elsewhere (undo, a file) shows in the editor too. */
  g_assert_true (asr_key_question_set_override (safe, ASR_RATING_INADEQUATE, "Undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reason)), ==, "Undo");
  rating = ADW_COMBO_ROW (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_RATING));
  g_assert_cmpuint (adw_combo_row_get_selected (rating), ==, 3);
}

static void
test_enforcement (Fixture       *f,
                  gconstpointer  data)
{
  AsrKeyQuestion *safe = get_key_question (f->assessment, SAFE);
  AdwComboRow *enforcement = ADW_COMBO_ROW (part (f, SAFE, ASR_SUMMARY_PART_ENFORCEMENT));

  score_all_good (f->assessment);
  g_assert_cmpuint (adw_combo_row_get_selected (enforcement), ==, 0);
  g_assert_false (shown (f, SAFE, ASR_SUMMARY_PART_OBSERVED));

  adw_combo_row_set_selected (enforcement, 1);
  g_assert_cmpint (asr_key_question_get_enforcement (safe), ==, ASR_ENFORCEMENT_REQUIREMENT_NOTICE);
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Requires improvement");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PERCENTAGE), ==, "75 out of 100");
  g_assert_true (shown (f, SAFE, ASR_SUMMARY_PART_LIMIT));
  g_assert_true (shown (f, SAFE, ASR_SUMMARY_PART_OBSERVED));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_OBSERVED), ==,
                   "CQC’s published reports have shown 62 for ratings limited this way; "
                   "this is observed practice, not a published rule");

  asr_key_question_set_enforcement (safe, ASR_ENFORCEMENT_WARNING_NOTICE);
  g_assert_cmpuint (adw_combo_row_get_selected (enforcement), ==, 2);
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Inadequate");
}

static void
test_previous_and_carried_forward (Fixture       *f,
                                   gconstpointer  data)
{
  AsrKeyQuestion *safe = get_key_question (f->assessment, SAFE);
  g_autoptr(AsrQualityStatement) first = get_statement (safe, 0);
  GtkWidget *warning = gtk_widget_get_parent (part (f, SAFE, ASR_SUMMARY_PART_WARNING));

  g_assert_false (shown (f, SAFE, ASR_SUMMARY_PART_PREVIOUS));
  g_assert_false (gtk_widget_get_visible (warning));
  asr_quality_statement_set_source (first, ASR_SOURCE_CARRIED_FORWARD);
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PERCENTAGE), ==, "Not scored yet");

  asr_key_question_set_previous_rating (safe, ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_false (gtk_widget_get_visible (warning));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PERCENTAGE), ==, "50 out of 100");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Previously Requires improvement → now Requires improvement: stayed the same");
  asr_assessment_set_previous_date (f->assessment, "2023-03-02");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Previously Requires improvement (rated 2 March 2023) → now Requires "
                   "improvement: stayed the same");
  /* the direction follows the current rating */
  asr_quality_statement_set_source (first, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (first, 4);
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Previously Requires improvement (rated 2 March 2023) → now Outstanding: improved");
}

static void
test_activation (Fixture       *f,
                 gconstpointer  data)
{
  AsrKeyQuestion *well_led = get_key_question (f->assessment, WELL_LED);
  g_autoptr(AsrQualityStatement) third = get_statement (well_led, 2);
  g_autoptr(GObject) key_question_seen = NULL;
  g_autoptr(GObject) statement_seen = NULL;
  GtkWidget *row;

  g_signal_connect (f->view, "key-question-activated", G_CALLBACK (record_cb), &key_question_seen);
  g_signal_connect (f->view, "statement-activated", G_CALLBACK (record_cb), &statement_seen);

  gtk_widget_activate (part (f, WELL_LED, ASR_SUMMARY_PART_HEADER_ROW));
  g_assert_true (key_question_seen == G_OBJECT (well_led));

  row = find_row_titled (part (f, WELL_LED, ASR_SUMMARY_PART_STATEMENTS),
                         asr_quality_statement_get_name (third));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not started");
  asr_quality_statement_set_source (third, ASR_SOURCE_ASSESSED);
  asr_quality_statement_set_score (third, 3);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Score 3: evidence shows a good standard");
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_true (statement_seen == G_OBJECT (third));

  g_signal_handlers_disconnect_by_func (f->view, record_cb, &key_question_seen);
  g_signal_handlers_disconnect_by_func (f->view, record_cb, &statement_seen);
}

static void
test_accessibility_summary (Fixture       *f,
                            gconstpointer  data)
{
  static const int seed_000[] = { 3, 3, 3, 3, 2, 3, 3 };
  GtkWidget *bar = part (f, WELL_LED, ASR_SUMMARY_PART_BAND_BAR);
  GtkWidget *reason = part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REASON);

  score_key_question (get_key_question (f->assessment, WELL_LED), seed_000,
                      G_N_ELEMENTS (seed_000));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_ROLE_METER);
  assert_accessible_label (bar, "Position within the rating bands");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                       "71 out of 100, Good band 63 to 87");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                       71.0);

  assert_accessible_label (text_of (reason), "Reason for overriding the Safe rating");
  assert_accessible_label (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_APPLY),
                           "Apply the override of the Safe rating");
  assert_accessible_label (part (f, SAFE, ASR_SUMMARY_PART_OVERRIDE_REMOVE),
                           "Remove the override of the Safe rating");
  assert_accessible_label (part (f, WELL_LED, ASR_SUMMARY_PART_ENFORCEMENT),
                           "Enforcement action for Well-led");
  assert_accessible_label (part (f, WELL_LED, ASR_SUMMARY_PART_OVERRIDE_RATING),
                           "Override rating for Well-led");
}

/* The details dialog, shown over the fixture's window. */
static AsrDetailsDialog *
present_details (Fixture *f)
{
  AsrDetailsDialog *dialog = ASR_DETAILS_DIALOG (asr_details_dialog_new (f->window, f->assessment));

  gtk_window_present (GTK_WINDOW (dialog));
  wait_until_mapped (GTK_WIDGET (dialog));

  return dialog;
}

static GtkEditable *
field (AsrDetailsDialog *dialog,
       const char       *name)
{
  return GTK_EDITABLE (asr_details_dialog_get_row (dialog, name));
}

static void
test_details_text (Fixture       *f,
                   gconstpointer  data)
{
  AsrDetailsDialog *dialog = present_details (f);
  GtkWidget *date_row = asr_details_dialog_get_row (dialog, "date_row");
  const char * const *assessors;

  gtk_editable_set_text (field (dialog, "service_name_row"), "Larchfield House");
  g_assert_cmpstr (asr_assessment_get_service_name (f->assessment), ==, "Larchfield House");
  asr_assessment_set_provider (f->assessment, "Brookvale Care Ltd");
  g_assert_cmpstr (gtk_editable_get_text (field (dialog, "provider_row")), ==,
                   "Brookvale Care Ltd");

  gtk_editable_set_text (GTK_EDITABLE (date_row), "2024-02-30");
  g_assert_cmpstr (asr_assessment_get_date (f->assessment), ==, "");
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  gtk_test_accessible_assert_state (text_of (date_row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2024-02-29");
  g_assert_cmpstr (asr_assessment_get_date (f->assessment), ==, "2024-02-29");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  /* Typed the UK way: the file keeps the ISO date, and the row shows it. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "14/10/2026");
  g_assert_cmpstr (asr_assessment_get_date (f->assessment), ==, "2026-10-14");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2026-10-14");
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  gtk_editable_set_text (field (dialog, "location_id_row"), "1-000000001");
  g_assert_cmpstr (asr_assessment_get_location_id (f->assessment), ==, "1-000000001");

  gtk_editable_set_text (field (dialog, "assessors_row"), "A. Inspector, , B. Specialist adviser ");
  assessors = asr_assessment_get_assessors (f->assessment);
  g_assert_cmpuint (g_strv_length ((char **) assessors), ==, 2);
  g_assert_cmpstr (assessors[1], ==, "B. Specialist adviser");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_details_choices (Fixture       *f,
                      gconstpointer  data)
{
  AsrDetailsDialog *dialog = present_details (f);
  GtkWidget *advisory = asr_details_dialog_get_row (dialog, "advisory_switch");
  AdwComboRow *previous;

  previous = ADW_COMBO_ROW (asr_details_dialog_get_row (dialog, "previous_overall_row"));

  gtk_switch_set_active (GTK_SWITCH (asr_details_dialog_get_row (dialog, "breach_switch")), TRUE);
  g_assert_true (asr_assessment_get_breach_of_regulation (f->assessment));
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_RATING), ==, "Not rated");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (advisory)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (asr_details_dialog_get_row (dialog, "status_row")), 1);
  g_assert_cmpint (asr_assessment_get_status (f->assessment), ==, ASR_STATUS_FINAL);

  adw_combo_row_set_selected (previous, 3);
  g_assert_cmpint (asr_assessment_get_previous_overall_rating (f->assessment), ==,
                   ASR_RATING_REQUIRES_IMPROVEMENT);
  g_assert_cmpstr (text (f, OVERALL, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Previously Requires improvement");
  asr_assessment_set_previous_overall_rating (f->assessment, ASR_RATING_OUTSTANDING);
  g_assert_cmpuint (adw_combo_row_get_selected (previous), ==, 1);
  adw_combo_row_set_selected (previous, 0);
  g_assert_cmpint (asr_assessment_get_previous_overall_rating (f->assessment), ==, ASR_RATING_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
}

/* A focused assessment switched on in the Details dialog: a key question
 * with nothing assessed shows its previous rating, says it was carried
 * over and from when (its own date), in the card and the overall. */
static void
test_details_focused (Fixture       *f,
                      gconstpointer  data)
{
  AsrDetailsDialog *dialog = present_details (f);
  GtkSwitch *focused = GTK_SWITCH (asr_details_dialog_get_row (dialog, "focused_switch"));
  AsrKeyQuestion *safe = get_key_question (f->assessment, SAFE);

  g_assert_nonnull (focused);
  asr_key_question_set_previous_rating (safe, ASR_RATING_GOOD);
  asr_key_question_set_previous_date (safe, "2019-05-03");
  asr_assessment_set_previous_date (f->assessment, "2023-03-02");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Not rated");

  gtk_switch_set_active (focused, TRUE);
  g_assert_true (asr_assessment_get_focused (f->assessment));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Good");
  g_assert_true (shown (f, SAFE, ASR_SUMMARY_PART_PREVIOUS));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Not assessed in this focused assessment: the previous rating, Good of 3 May "
                   "2019, is carried over");
  /* Its own date gone: previous.date holds. */
  asr_key_question_set_previous_date (safe, "");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Not assessed in this focused assessment: the previous rating, Good of 2 March "
                   "2023, is carried over");

  gtk_switch_set_active (focused, FALSE);
  g_assert_false (asr_assessment_get_focused (f->assessment));
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_RATING), ==, "Not rated");
  g_assert_cmpstr (text (f, SAFE, ASR_SUMMARY_PART_PREVIOUS), ==,
                   "Previously Good (rated 2 March 2023)");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
}

static void
test_accessibility_details (Fixture       *f,
                            gconstpointer  data)
{
  AsrDetailsDialog *dialog = present_details (f);

  assert_accessible_label (text_of (field (dialog, "service_name_row")), "Service Name");
  assert_accessible_label (text_of (field (dialog, "date_row")), "Assessment Date");
  assert_accessible_label (asr_details_dialog_get_row (dialog, "breach_switch"),
                           "Breach of Regulation");
  assert_accessible_label (asr_details_dialog_get_row (dialog, "advisory_switch"),
                           "Advisory: limit a key question to Requires improvement when a "
                           "statement scores 1 — not a published CQC rule");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Renders the window as it is seen, then the whole scrolled content. */
static void
render_summary (AdwColorScheme  scheme,
                int             width,
                gboolean        expanded,
                const char     *name)
{
  g_autoptr(AsrAssessment) assessment = load_sample ();
  GtkWidget *view = asr_summary_view_new ();
  AsrSummaryView *v = ASR_SUMMARY_VIEW (view);
  g_autofree char *full_name = g_strconcat ("full-", name, NULL);
  GtkWindow *window;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  asr_summary_view_set_assessment (v, assessment);
  if (expanded)
    {
      GtkWidget *override = asr_summary_view_get_part (v, SAFE, ASR_SUMMARY_PART_OVERRIDE_EXPANDER);
      GtkWidget *statements = asr_summary_view_get_part (v, WELL_LED, ASR_SUMMARY_PART_STATEMENTS);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (override), TRUE);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (statements), TRUE);
    }
  window = present_in_window (view, width, 900);
  render (GTK_WIDGET (window), name);
  render (find_descendant (view, ADW_TYPE_CLAMP), full_name);
  gtk_window_destroy (window);
}

static void
render_others (void)
{
  g_autoptr(AsrAssessment) assessment = load_sample ();
  GtkWidget *bar = asr_band_bar_new ();
  GtkWindow *window;
  GtkWidget *dialog;

  asr_band_bar_set_framework (ASR_BAND_BAR (bar), asr_assessment_get_framework (assessment));
  asr_band_bar_set_percentage (ASR_BAND_BAR (bar), 62);
  window = present_in_window (bar, 320, 48);
  render (GTK_WIDGET (window), "band-bar.png");
  gtk_window_destroy (window);

  window = GTK_WINDOW (gtk_window_new ());
  dialog = asr_details_dialog_new (window, assessment);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_until_mapped (dialog);
  render (dialog, "details-dialog.png");
  render (find_descendant (dialog, ADW_TYPE_CLAMP), "full-details-dialog.png");
  gtk_window_destroy (window);
}

static void
test_render (void)
{
  render_summary (ADW_COLOR_SCHEME_FORCE_LIGHT, 720, FALSE, "summary-view-light.png");
  render_summary (ADW_COLOR_SCHEME_FORCE_DARK, 720, TRUE, "summary-view-dark.png");
  render_summary (ADW_COLOR_SCHEME_FORCE_LIGHT, 360, TRUE, "summary-view-narrow.png");
  render_others ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

#define add_fixture_test(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  load_style_sheet ();

  g_test_add_func ("/summary-view/templates-present", test_templates_present);
  add_fixture_test ("/summary-view/empty", test_empty);
  add_fixture_test ("/summary-view/live/key-question", test_live_key_question);
  add_fixture_test ("/summary-view/live/overall", test_live_overall);
  add_fixture_test ("/summary-view/override/needs-reason", test_override_needs_reason);
  add_fixture_test ("/summary-view/override/apply-remove", test_override_apply_remove);
  add_fixture_test ("/summary-view/enforcement", test_enforcement);
  add_fixture_test ("/summary-view/previous", test_previous_and_carried_forward);
  add_fixture_test ("/summary-view/activation", test_activation);
  add_fixture_test ("/summary-view/accessibility", test_accessibility_summary);
  g_test_add_func ("/summary-view/render", test_render);
  add_fixture_test ("/details-dialog/text-fields", test_details_text);
  add_fixture_test ("/details-dialog/choices", test_details_choices);
  add_fixture_test ("/details-dialog/focused", test_details_focused);
  add_fixture_test ("/details-dialog/accessibility", test_accessibility_details);

  return g_test_run ();
}
