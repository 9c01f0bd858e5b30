/* asr-window-merge.c: Merge Draft… in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choose the other draft, then say whether there is a base (the draft both
 * started from) and choose it.  Both are read and checked on a worker
 * thread; the merge is applied to the open document through its setters
 * as one undo step, and a broken file changes nothing.
 */
#define G_LOG_DOMAIN "asr-window-merge"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-window-merge.h"
#include "asr-window-private.h"

typedef struct
{
  GFile         *theirs;
  GFile         *base;
  AsrAssessment *theirs_draft;
  AsrAssessment *base_draft;
} MergeLoad;

static void
merge_load_free (MergeLoad *load)
{
  g_clear_object (&load->theirs);
  g_clear_object (&load->base);
  g_clear_object (&load->theirs_draft);
  g_clear_object (&load->base_draft);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MergeLoad *load = task_data;
  GError *error = NULL;

  load->theirs_draft = asr_assessment_load_from_file (load->theirs, cancellable, &error);
  if (load->theirs_draft != NULL && load->base != NULL)
    load->base_draft = asr_assessment_load_from_file (load->base, cancellable, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
apply_merge (AsrWindow     *self,
             AsrAssessment *merged)
{
  guint n = asr_assessment_get_n_conflicts (merged);
  g_autofree char *message = NULL;

  asr_history_close_step (asr_window_get_history (self));
  asr_assessment_assign (self->assessment, merged);
  asr_history_close_step (asr_window_get_history (self));
  if (n == 0)
    {
      _asr_window_add_toast (self, _("Merged without conflicts"));
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merged: %u conflict to resolve",
                                          "Merged: %u conflicts to resolve", n), n);
  _asr_window_add_toast (self, message);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsrWindow *self = ASR_WINDOW (source);
  MergeLoad *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(AsrAssessment) merged = NULL;
  g_autofree char *mine_label = NULL;
  g_autofree char *theirs_label = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _asr_window_show_error (self, _("Could Not Merge the Draft"), error);
      return;
    }
  mine_label = _asr_window_dup_display_name (self);
  theirs_label = g_file_get_basename (load->theirs);
  merged = asr_merge_assessments (load->base_draft, self->assessment, load->theirs_draft,
                                  mine_label, theirs_label, &error);
  if (merged == NULL)
    _asr_window_show_error (self, _("Could Not Merge the Draft"), error);
  else
    apply_merge (self, merged);
}

void
_asr_window_merge_files (AsrWindow *self,
                         GFile     *theirs,
                         GFile     *base)
{
  g_autoptr(GTask) task = NULL;
  MergeLoad *load = g_new0 (MergeLoad, 1);

  g_return_if_fail (ASR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (theirs));

  load->theirs = g_object_ref (theirs);
  load->base = base ? g_object_ref (base) : NULL;
  task = g_task_new (self, self->cancellable, loaded_cb, NULL);
  g_task_set_task_data (task, load, (GDestroyNotify) merge_load_free);
  g_task_run_in_thread (task, load_thread);
}

/* The choosers: the other draft, then whether there is a base. */

static GtkFileChooserNative *
new_chooser (AsrWindow  *self,
             const char *title,
             const char *accept)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, accept, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Assessments"));
  gtk_file_filter_add_pattern (filter, "*.assessment");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
base_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                AsrWindow       *self)
{
  GFile *theirs = g_object_get_data (G_OBJECT (chooser), "theirs");
  g_autoptr(GFile) base = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    base = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (base != NULL)
    _asr_window_merge_files (self, theirs, base);
  g_object_unref (chooser);
}

static void
base_question_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  AsrWindow        *self)
{
  GFile *theirs = g_object_get_data (G_OBJECT (dialog), "theirs");
  GtkFileChooserNative *chooser;

  if (g_str_equal (response, "two-way"))
    _asr_window_merge_files (self, theirs, NULL);
  if (!g_str_equal (response, "base"))
    return;
  chooser = new_chooser (self, _("Choose the Draft You Both Started From"), _("_Merge"));
  g_object_set_data_full (G_OBJECT (chooser), "theirs", g_object_ref (theirs), g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (base_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
theirs_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  AsrWindow       *self)
{
  g_autoptr(GFile) theirs = NULL;
  AdwMessageDialog *dialog;

  if (response == GTK_RESPONSE_ACCEPT)
    theirs = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (theirs == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
    _("Merge Against the Draft You Both Started From?"),
    _("With that draft, each change is taken from the side that made it and only values you both changed differently are conflicts. Without it, every difference in a statement you both touched is a conflict.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "two-way", _("Merge _Without It"),
                                    "base", _("_Choose It…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "base", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "base");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "theirs", g_steal_pointer (&theirs), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (base_question_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_draft_action_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  AsrWindow *self = user_data;
  GtkFileChooserNative *chooser = new_chooser (self, _("Merge Draft"), _("_Next"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (theirs_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_asr_window_merge_actions_init (AsrWindow *self)
{
  static const GActionEntry entries[] = {
    { "merge-draft", merge_draft_action_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

static void
update_author (AsrWindow *self)
{
  g_autofree char *name = self->settings ? g_settings_get_string (self->settings, "assessor-name") : NULL;

  if (self->assessment != NULL)
    asr_assessment_set_author (self->assessment, name);
}

void
_asr_window_merge_set_document (AsrWindow *self)
{
  asr_conflict_banner_set_assessment (self->conflict_banner, self->assessment);
  asr_conflict_view_set_document (self->conflict_view, self->assessment, self->history);
  if (self->settings != NULL && !g_object_get_data (G_OBJECT (self), "author-watched"))
    {
      g_signal_connect_object (self->settings, "changed::assessor-name",
                               G_CALLBACK (update_author), self, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (self), "author-watched", GINT_TO_POINTER (TRUE));
    }
  update_author (self);
}
