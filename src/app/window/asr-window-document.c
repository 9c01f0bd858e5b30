/* asr-window-document.c: the window's document: open, save, export, close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All file I/O is asynchronous and cancelled with the window.  A load that
 * fails changes nothing: the new assessment is built aside by the core and
 * only shown once it is complete.
 */
#define G_LOG_DOMAIN "asr-window-document"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-safe-file.h"
#include "asr-window-private.h"

#define MIME_TYPE "application/x-assessor-assessment"
#define SUFFIX    ".assessment"

typedef struct
{
  AsrWindow    *window;
  GFile        *file;
  GCancellable *cancellable;
  gboolean      claimed;      /* the window was empty: the document goes there */
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_clear_object (&data->cancellable);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

void
_asr_window_remember_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "assessor %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* What was left out is listed; the document is not what is in the file,
 * so it is unsaved, and saving it goes to a new file: the original stays
 * as it was for whoever wants to look at it again. */
static void
opened_with_problems (AsrWindow *self,
                      GPtrArray *problems)
{
  g_autofree char *name = g_file_get_parse_name (self->file);

  asr_problems_bar_set_problems (self->problems_bar, problems, name);
  self->save_as_new = TRUE;
  /* Not what is in the file (the invalid values were left out). */
  self->saved_state = G_MAXUINT64;
  _asr_window_update_modified (self);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AsrWindow *self = data->window;
  AsrWindow *target = self;

  assessment = asr_assessment_load_with_problems_finish (result, &problems, &error);
  if (g_cancellable_is_cancelled (data->cancellable))
    return;
  if (data->claimed)
    self->n_claims--;

  if (assessment == NULL)
    {
      g_autofree char *name = g_file_get_basename (data->file);
      g_autofree char *display = g_filename_display_name (name);
      g_autofree char *heading = NULL;

      /* The message names the framework, its version and where to put it. */
      if (g_error_matches (error, ASR_ERROR, ASR_ERROR_FRAMEWORK_MISSING))
        heading = g_strdup_printf (_("“%s” Needs a Framework That Is Not Installed"), display);
      else
        heading = g_strdup_printf (_("Could Not Open “%s”"), display);

      /* A window opened for this file waited for it. */
      gtk_window_present (GTK_WINDOW (self));
      _asr_window_show_error (self, heading, error);
      return;
    }

  if (!data->claimed || asr_window_get_modified (self) || self->file != NULL)
    target = asr_window_new (ASR_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  asr_window_set_document (target, assessment, data->file);
  if (problems->len > 0)
    opened_with_problems (target, problems);
  _asr_window_remember_file (data->file);
  gtk_window_present (GTK_WINDOW (target));
}

void
asr_window_open_file (AsrWindow *self,
                      GFile     *file)
{
  OpenData *data;

  g_return_if_fail (ASR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (OpenData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  data->cancellable = g_object_ref (self->cancellable);
  data->claimed = asr_window_is_empty (self);
  if (data->claimed)
    self->n_claims++;

  asr_assessment_load_async (file, self->cancellable, load_cb, data);
}

void
_asr_window_show_error (AsrWindow    *self,
                        const char   *heading,
                        const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_asr_window_add_toast (AsrWindow  *self,
                       const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* The window closes once the dialog is gone: a dialog must not outlive the
 * window it is transient for. */
static void
confirm_close_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  AsrWindow        *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->discard = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    _asr_window_save (self, self->file, TRUE);
}

void
_asr_window_confirm_close (AsrWindow *self)
{
  g_autofree char *name = _asr_window_dup_display_name (self);
  g_autofree char *body = g_strdup_printf (_("“%s” has unsaved changes. Changes which are not "
                                             "saved will be permanently lost."), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_close_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  AsrWindow    *window;
  GFile        *file;
  GCancellable *cancellable;
  guint64       serial;        /* the history's state when the save began */
  gboolean      close_after;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_clear_object (&data->cancellable);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static char *
dup_file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return g_filename_display_name (basename);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) assessments = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (assessments, _("Assessments"));
  gtk_file_filter_add_pattern (assessments, "*" SUFFIX);
  gtk_file_filter_add_mime_type (assessments, "application/x-assessor-assessment");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, assessments);
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, assessments);
}

/* A name for a file not saved yet: the service's, else a generic one. */
static char *
suggest_name (AsrWindow  *self,
              const char *suffix)
{
  const char *service = asr_assessment_get_service_name (self->assessment);
  g_autofree char *base = NULL;

  if (self->file != NULL)
    {
      g_autofree char *name = dup_file_display_name (self->file);

      if (g_str_has_suffix (name, SUFFIX))
        name[strlen (name) - strlen (SUFFIX)] = '\0';
      /* Not the original's name: it stays untouched. */
      if (self->save_as_new)
        return g_strconcat (name, _(" (corrected)"), suffix, NULL);
      return g_strconcat (name, suffix, NULL);
    }

  base = g_strdup (service[0] != '\0' ? service : _("Assessment"));
  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, suffix, NULL);
}

char *
_asr_window_dup_document_name (AsrWindow *self)
{
  return suggest_name (self, "");
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  g_autoptr(GError) error = NULL;
  AsrWindow *self = data->window;
  g_autofree char *name = dup_file_display_name (data->file);

  if (!asr_assessment_save_finish (ASR_ASSESSMENT (source), result, &error))
    {
      g_autofree char *heading = NULL;

      if (g_cancellable_is_cancelled (data->cancellable))
        return;
      heading = g_strdup_printf (_("Could Not Save “%s”"), name);
      /* A window opened for this file waited for it. */
      gtk_window_present (GTK_WINDOW (self));
      _asr_window_show_error (self, heading, error);
      return;
    }
  if (g_cancellable_is_cancelled (data->cancellable) ||
      ASR_ASSESSMENT (source) != self->assessment)
    return;

  g_set_object (&self->file, data->file);
  self->saved_state = data->serial;
  self->save_as_new = FALSE;
  _asr_window_remember_file (data->file);
  _asr_window_update_title (self);
  _asr_window_update_modified (self);
  g_object_notify (G_OBJECT (self), "file");

  if (data->close_after)
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_to (AsrWindow *self,
         GFile     *file,
         gboolean   close_after)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  data->cancellable = g_object_ref (self->cancellable);
  /* Typing on after the save starts a new step: undoing it comes back
   * to the state saved. */
  asr_history_close_step (asr_window_get_history (self));
  data->serial = asr_history_get_state (asr_window_get_history (self));
  data->close_after = close_after;
  asr_assessment_save_async (self->assessment, file, self->cancellable, save_cb, data);
}

static GFile *
with_suffix (GFile      *file,
             const char *suffix)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (g_str_has_suffix (basename, suffix) || !(parent = g_file_get_parent (file)))
    return g_object_ref (file);

  name = g_strconcat (basename, suffix, NULL);
  return g_file_get_child (parent, name);
}

static void
save_as_response_cb (GtkNativeDialog *native,
                     int              response,
                     AsrWindow       *self)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "close-after"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GFile) file = with_suffix (chosen, SUFFIX);

      save_to (self, file, close_after);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
_asr_window_save (AsrWindow *self,
                  GFile     *file,
                  gboolean   close_after)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  if (self->save_as_new && file == self->file)
    file = NULL;
  if (file != NULL)
    {
      save_to (self, file, close_after);
      return;
    }

  native = gtk_file_chooser_native_new (_("Save Assessment"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native));
  name = suggest_name (self, SUFFIX);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data (G_OBJECT (native), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (native, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(AsrWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_file_display_name (G_FILE (source));

  if (!asr_safe_file_replace_finish (result, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Save a Copy as “%s”"), name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _asr_window_show_error (self, heading, error);
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("Saved a copy as “%s”"), name);

      _asr_window_add_toast (self, title);
    }
}

/* Through the same safe writer as Save (asr-safe-file.h): the notes may
 * hold personal details, so a new file is the owner's only, and a failed
 * export leaves an existing file as it was. */
void
_asr_window_export_to (AsrWindow *self,
                       GFile     *file)
{
  g_autoptr(GBytes) bytes = asr_assessment_serialize (self->assessment);

  asr_safe_file_replace_async (file, bytes, self->cancellable, export_cb, g_object_ref (self));
}

static void
export_response_cb (GtkNativeDialog *native,
                    int              response,
                    AsrWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      _asr_window_export_to (self, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

/* Save a Copy: the same file format as Save, written elsewhere; the window
 * stays on its own file (the copy is not opened). */
void
_asr_window_export (AsrWindow *self)
{
  /* Translators: the suggested name of a copy, %s is the document's name */
  g_autofree char *base = _asr_window_dup_document_name (self);
  g_autofree char *copy = g_strdup_printf (_("%s (copy)"), base);
  g_autofree char *name = g_strconcat (copy, SUFFIX, NULL);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
