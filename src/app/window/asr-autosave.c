/* asr-autosave.c: every open document is autosaved a moment after an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Serialising a large assessment takes tens of milliseconds, too long for
 * the main thread while the user types: the main thread takes a snapshot
 * (asr_assessment_snapshot(): the values copied, the notes shared, never
 * their text), a worker thread serialises it, and the autosave store's
 * worker writes the bytes.  Each edit restarts the delay, so typing is
 * never interrupted, but a long run of edits is autosaved at least every
 * few delays.
 *
 * An autosave directory that is not the user's own (a link, another
 * user's) is refused by the store: autosave is then off for the window,
 * and a message that stays says so, rather than a write failing quietly
 * after every edit.
 */
#define G_LOG_DOMAIN "asr-autosave"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-autosave.h"
#include "asr-private-dir.h"
#include "asr-window-private.h"

#define DEFAULT_DELAY_SECONDS 2
#define MAX_POSTPONE          5   /* delays: the longest a run of edits waits */

struct _AsrAutosave
{
  GObject           parent_instance;

  AsrWindow        *window;          /* owns us */
  GSettings        *settings;
  GSignalGroup     *assessment_signals;
  AsrAutosaveEntry *entry;
  GCancellable     *cancellable;
  gint64            last_change;     /* wall clock, µs */
  gint64            first_pending;   /* monotonic, µs: first change not autosaved */
  guint             timeout_id;
  guint             generation;      /* counts removals: a late write is dropped */
  gboolean          writing;         /* serialising or writing */
  gboolean          write_again;     /* changed while writing */
  gboolean          error_shown;
  gboolean          stopped;         /* the directory was refused */
};

G_DEFINE_FINAL_TYPE (AsrAutosave, asr_autosave, G_TYPE_OBJECT)

static void write_now (AsrAutosave *self);

static guint
get_delay_ms (AsrAutosave *self)
{
  int seconds = DEFAULT_DELAY_SECONDS;

  if (self->settings != NULL)
    seconds = g_settings_get_int (self->settings, "autosave-delay");
  return (guint) MAX (seconds, 1) * 1000;
}

static gboolean
timeout_cb (gpointer user_data)
{
  AsrAutosave *self = user_data;

  self->timeout_id = 0;
  write_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (AsrAutosave *self)
{
  guint delay = get_delay_ms (self);
  gint64 now = g_get_monotonic_time ();

  if (self->stopped)
    return;
  if (self->timeout_id == 0)
    self->first_pending = now;
  else if (now - self->first_pending < (gint64) MAX_POSTPONE * delay * 1000)
    g_clear_handle_id (&self->timeout_id, g_source_remove);
  else
    return;   /* edits for a while now: let the pending autosave happen */

  self->timeout_id = g_timeout_add (delay, timeout_cb, self);
}

static void
report_error (AsrAutosave  *self,
              const GError *error)
{
  g_autofree char *title = NULL;

  if (g_error_matches (error, ASR_PRIVATE_DIR_ERROR, ASR_PRIVATE_DIR_ERROR_UNTRUSTED))
    {
      asr_autosave_stop (self, error);
      return;
    }
  /* Once per document: a full disk must not bury the user in toasts. */
  if (self->error_shown || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->error_shown = TRUE;
  g_message ("Could not autosave: %s", error->message);
  title = g_strdup_printf (_("Could not autosave: %s"), error->message);
  _asr_window_add_toast (self->window, title);
}

static void
finish_write (AsrAutosave *self)
{
  self->writing = FALSE;
  if (self->write_again && self->window != NULL)
    {
      self->write_again = FALSE;
      write_now (self);
    }
}

static void
write_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(AsrAutosave) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!asr_autosave_entry_write_finish (ASR_AUTOSAVE_ENTRY (source), result, &error))
    report_error (self, error);
  finish_write (self);
}

static void
serialize_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  g_task_return_pointer (task, asr_assessment_serialize (task_data),
                         (GDestroyNotify) g_bytes_unref);
}

static void
serialize_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsrAutosave *self = ASR_AUTOSAVE (source);
  guint generation = GPOINTER_TO_UINT (user_data);
  g_autoptr(GBytes) bytes = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Removed (saved, discarded, another document) meanwhile: not written. */
  if (bytes == NULL || generation != self->generation)
    finish_write (self);
  else
    asr_autosave_entry_write_async (self->entry, bytes, self->cancellable, write_cb,
                                    g_object_ref (self));
}

static void
write_now (AsrAutosave *self)
{
  g_autoptr(AsrAssessment) snapshot = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;

  if (self->window == NULL || self->stopped || !asr_window_get_modified (self->window))
    return;
  if (self->writing)
    {
      self->write_again = TRUE;
      return;
    }

  name = _asr_window_dup_display_name (self->window);
  asr_autosave_entry_set_document (self->entry, asr_window_get_file (self->window), name,
                                   asr_assessment_get_service_name (self->window->assessment),
                                   self->last_change);
  snapshot = asr_assessment_snapshot (self->window->assessment);
  self->writing = TRUE;
  task = g_task_new (self, self->cancellable, serialize_cb, GUINT_TO_POINTER (self->generation));
  g_task_set_source_tag (task, write_now);
  g_task_set_task_data (task, g_steal_pointer (&snapshot), g_object_unref);
  g_task_run_in_thread (task, serialize_thread);
}

static void
remove_autosave (AsrAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->write_again = FALSE;
  self->generation++;
  asr_autosave_entry_remove (self->entry);
}

static void
assessment_changed_cb (AsrAutosave *self)
{
  self->last_change = g_get_real_time ();
  schedule (self);
}

static void
modified_cb (AsrAutosave *self)
{
  if (!asr_window_get_modified (self->window))
    remove_autosave (self);
}

/* Another document in the window (a file opened into an empty window). */
static void
assessment_notify_cb (AsrAutosave *self)
{
  remove_autosave (self);
  g_clear_object (&self->entry);
  self->entry = asr_autosave_entry_new ();
  self->error_shown = FALSE;
  g_signal_group_set_target (self->assessment_signals, self->window->assessment);
}

/* A save or a discard is a clean close; a window destroyed with unsaved
 * changes otherwise (the session ending, say) keeps its autosave. */
static void
window_destroy_cb (AsrAutosave *self)
{
  if (!asr_window_get_modified (self->window) || self->window->discard)
    remove_autosave (self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_signal_group_set_target (self->assessment_signals, NULL);
  g_signal_handlers_disconnect_by_data (self->window, self);
  self->window = NULL;
}

static void
asr_autosave_dispose (GObject *object)
{
  AsrAutosave *self = ASR_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (asr_autosave_parent_class)->dispose (object);
}

static void
asr_autosave_class_init (AsrAutosaveClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_autosave_dispose;
}

static void
asr_autosave_init (AsrAutosave *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build tree without the schema installed: the default. */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->entry = asr_autosave_entry_new ();
  self->assessment_signals = g_signal_group_new (ASR_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "changed",
                                  G_CALLBACK (assessment_changed_cb), self);
}

AsrAutosave *
asr_autosave_attach (AsrWindow *window)
{
  AsrAutosave *self;

  g_return_val_if_fail (ASR_IS_WINDOW (window), NULL);

  if ((self = asr_autosave_get (window)))
    return self;
  self = g_object_new (ASR_TYPE_AUTOSAVE, NULL);
  self->window = window;
  g_object_set_data_full (G_OBJECT (window), "asr-autosave", self, g_object_unref);
  g_signal_group_set_target (self->assessment_signals, window->assessment);
  g_signal_connect_swapped (window, "notify::assessment", G_CALLBACK (assessment_notify_cb), self);
  g_signal_connect_swapped (window, "notify::modified", G_CALLBACK (modified_cb), self);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (window_destroy_cb), self);
  return self;
}

AsrAutosave *
asr_autosave_get (AsrWindow *window)
{
  g_return_val_if_fail (ASR_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), "asr-autosave");
}

AsrAutosaveEntry *
asr_autosave_get_entry (AsrAutosave *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE (self), NULL);

  return self->entry;
}

void
asr_autosave_stop (AsrAutosave  *self,
                   const GError *error)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (ASR_IS_AUTOSAVE (self));
  g_return_if_fail (error != NULL);

  if (self->stopped)
    return;
  self->stopped = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->write_again = FALSE;
  g_message ("Autosave is off: %s", error->message);
  if (self->window == NULL)
    return;
  title = g_strdup_printf (_("Autosave is off: %s"), error->message);
  toast = adw_toast_new (title);
  /* Not a passing notice: the user's work is not being kept. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->window->toast_overlay, toast);
}

gboolean
asr_autosave_is_stopped (AsrAutosave *self)
{
  g_return_val_if_fail (ASR_IS_AUTOSAVE (self), FALSE);

  return self->stopped;
}

void
asr_autosave_adopt (AsrAutosave      *self,
                    AsrAutosaveEntry *entry)
{
  g_return_if_fail (ASR_IS_AUTOSAVE (self));
  g_return_if_fail (ASR_IS_AUTOSAVE_ENTRY (entry));

  remove_autosave (self);
  g_set_object (&self->entry, entry);
  self->last_change = asr_autosave_entry_get_changed (entry);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  if (ASR_IS_WINDOW (window))
    asr_autosave_attach (ASR_WINDOW (window));
}

void
asr_autosave_watch_application (GtkApplication *application)
{
  g_return_if_fail (GTK_IS_APPLICATION (application));

  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);
}
