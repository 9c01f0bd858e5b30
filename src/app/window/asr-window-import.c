/* asr-window-import.c: Import Previous Ratings… and Compare With Assessment…
 * (an assessment or a published report's text)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import reads and checks the whole file first (a Latest ratings sheet
 * then asks for the location); only a complete baseline is applied, through
 * the model's setters, so one undo step takes it back and a broken file
 * changes nothing.  A previous assessment is also kept by the comparison
 * view for the statement-level comparison; it is not saved in the file.
 */
#define G_LOG_DOMAIN "asr-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-window-import.h"
#include "asr-window-private.h"
#include "asr-read-file.h"

typedef enum
{
  IMPORT_PREVIOUS_RATINGS,   /* ratings (and, from an assessment, the statements too) */
  COMPARE_WITH_ASSESSMENT,   /* the statement-level baseline only */
} ImportMode;

typedef struct
{
  AsrWindow  *window;
  ImportMode  mode;
  char       *display_name;
} Import;

static void
import_free (Import *import)
{
  g_clear_object (&import->window);
  g_free (import->display_name);
  g_free (import);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Import, import_free)

static void
show_done (AsrWindow   *self,
           AsrBaseline *baseline)
{
  g_autofree char *notices = asr_baseline_dup_notices (baseline);
  AdwMessageDialog *dialog;

  adw_view_stack_set_visible_child_name (self->view_stack, "compare");
  if (*notices == '\0')
    {
      _asr_window_add_toast (self, _("Previous ratings imported"));
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Previous Ratings Imported"),
                                                       g_strstrip (notices)));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Everything is checked: apply it as one step of the history. */
void
_asr_window_apply_baseline (AsrWindow     *self,
                            AsrBaseline   *baseline,
                            AsrAssessment *previous)
{
  g_return_if_fail (ASR_IS_WINDOW (self));
  g_return_if_fail (baseline != NULL);

  asr_history_close_step (asr_window_get_history (self));
  asr_baseline_apply (baseline, self->assessment);
  asr_history_close_step (asr_window_get_history (self));
  if (previous != NULL)
    {
      _asr_window_ensure_views (self);
      asr_comparison_view_set_baseline (_asr_window_get_comparison_view (self), previous);
      asr_sidebar_set_baseline (self->sidebar, previous);
    }
  show_done (self, baseline);
}

static void
location_chosen_cb (AsrLocationPicker *picker,
                    const char        *location_id,
                    AsrWindow         *self)
{
  AsrCqcRatings *ratings = g_object_get_data (G_OBJECT (picker), "ratings");
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrBaseline) baseline = asr_cqc_ratings_get_baseline (ratings, location_id, &error);

  if (baseline == NULL)
    _asr_window_show_error (self, _("Could Not Import Previous Ratings"), error);
  else
    _asr_window_apply_baseline (self, baseline, NULL);
}

AsrLocationPicker *
_asr_window_pick_location (AsrWindow     *self,
                           AsrCqcRatings *ratings,
                           const char    *display_name)
{
  AsrLocationPicker *picker = asr_location_picker_new (GTK_WINDOW (self), ratings, display_name);

  g_object_set_data_full (G_OBJECT (picker), "ratings", ratings,
                          (GDestroyNotify) asr_cqc_ratings_free);
  g_signal_connect_object (picker, "location-chosen", G_CALLBACK (location_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (picker));
  return picker;
}

static void
import_bytes (Import *import,
              GBytes *bytes)
{
  AsrWindow *self = import->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) previous = NULL;
  g_autoptr(AsrBaseline) baseline = NULL;

  if (asr_import_is_csv_name (import->display_name))
    {
      AsrCqcRatings *ratings = asr_cqc_ratings_parse (bytes, import->display_name, &error);

      if (ratings == NULL)
        _asr_window_show_error (self, _("Could Not Import Previous Ratings"), error);
      else
        _asr_window_pick_location (self, ratings, import->display_name);
      return;
    }
  baseline = asr_import_previous (bytes, import->display_name, NULL, NULL, &previous, &error);
  /* An assessment and a published report both have statements. */
  if (baseline != NULL && import->mode == COMPARE_WITH_ASSESSMENT && previous == NULL)
    {
      g_clear_pointer (&baseline, asr_baseline_free);
      g_set_error (&error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: neither an Assessor assessment nor a published report; CQC’s ratings "
                     "data has no quality statements (use Import Previous Ratings… for it)"),
                   import->display_name);
    }
  if (baseline == NULL)
    _asr_window_show_error (self, import->mode == COMPARE_WITH_ASSESSMENT
                                  ? _("Could Not Compare With the Assessment")
                                  : _("Could Not Import Previous Ratings"), error);
  else if (import->mode == COMPARE_WITH_ASSESSMENT)
    {
      _asr_window_ensure_views (self);
      asr_comparison_view_set_baseline (_asr_window_get_comparison_view (self), previous);
      asr_sidebar_set_baseline (self->sidebar, previous);
      adw_view_stack_set_visible_child_name (self->view_stack, "compare");
    }
  else
    _asr_window_apply_baseline (self, baseline, previous);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(Import) import = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = asr_read_file_bounded_finish (G_FILE (source), result, &error);

  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _asr_window_show_error (import->window, _("Could Not Read the File"), error);
      return;
    }
  import_bytes (import, bytes);
}

void
_asr_window_import_file (AsrWindow *self,
                         GFile     *file,
                         gboolean   statements_only)
{
  Import *import = g_new0 (Import, 1);
  g_autofree char *basename = g_file_get_basename (file);

  import->window = g_object_ref (self);
  import->mode = statements_only ? COMPARE_WITH_ASSESSMENT : IMPORT_PREVIOUS_RATINGS;
  import->display_name = g_filename_display_name (basename);
  asr_read_file_bounded_async (file, asr_import_max_size (basename), self->cancellable,
                               load_cb, import);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     AsrWindow       *self)
{
  gboolean statements_only = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "statements-only"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    _asr_window_import_file (self, file, statements_only);
  g_object_unref (chooser);
}

static void
choose_file (AsrWindow *self,
             gboolean   statements_only)
{
  static const char * const all[] = { "*.assessment", "*.json", "*.csv", "*.CSV", "*.txt", NULL };
  static const char * const assessments[] = { "*.assessment", NULL };
  static const char * const compared[] = { "*.assessment", "*.txt", NULL };
  static const char * const reports[] = { "*.txt", NULL };
  static const char * const api[] = { "*.json", NULL };
  static const char * const sheets[] = { "*.csv", "*.CSV", NULL };
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (statements_only ? _("Compare With Assessment")
                                                 : _("Import Previous Ratings"),
                                 GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                 statements_only ? _("_Compare") : _("_Import"), NULL);

  if (!statements_only)
    add_filter (GTK_FILE_CHOOSER (chooser), _("Previous ratings (assessments, CQC API JSON, "
                                              "CQC Latest ratings CSV, published reports)"), all);
  else
    add_filter (GTK_FILE_CHOOSER (chooser), _("Assessments and published reports"), compared);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Assessments"), assessments);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Published CQC reports (text)"), reports);
  if (!statements_only)
    {
      add_filter (GTK_FILE_CHOOSER (chooser), _("CQC API location (JSON)"), api);
      add_filter (GTK_FILE_CHOOSER (chooser), _("CQC Latest ratings (CSV)"), sheets);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "statements-only", GINT_TO_POINTER (statements_only));
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_previous_action_cb (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  choose_file (ASR_WINDOW (user_data), FALSE);
}

static void
compare_with_action_cb (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  choose_file (ASR_WINDOW (user_data), TRUE);
}

void
_asr_window_import_actions_init (AsrWindow *self)
{
  static const GActionEntry entries[] = {
    { "import-previous", import_previous_action_cb },
    { "compare-with", compare_with_action_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}
