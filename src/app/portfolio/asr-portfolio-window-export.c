/* asr-portfolio-window-export.c: Export CSV / JSON, and the search key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes come from the core's printer, the one assessor --portfolio
 * uses, over the rows already read (in the command line's file order), and
 * reach the disk through the safe writer.
 */
#define G_LOG_DOMAIN "asr-portfolio-window"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-portfolio-window-private.h"
#include "asr-safe-file.h"

static void
append_sink (const char *text,
             gpointer    data)
{
  g_string_append (data, text);
}

GBytes *
_asr_portfolio_window_print (AsrPortfolioWindow *self,
                             AsrPortfolioFormat  format)
{
  GString *out = g_string_new (NULL);
  AsrPortfolioPrinter printer;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  asr_portfolio_printer_begin (&printer, format, append_sink, out);
  for (guint i = 0; i < self->folder_errors->len; i++)
    asr_portfolio_printer_error (&printer, g_ptr_array_index (self->folder_errors, i));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrPortfolioItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      asr_portfolio_printer_row (&printer, asr_portfolio_item_get_row (item));
    }
  asr_portfolio_printer_end (&printer, self->portfolio);
  return g_string_free_to_bytes (out);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(AsrPortfolioWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *message = NULL;

  if (!asr_safe_file_replace_finish (result, &error))
    {
      AdwMessageDialog *dialog;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export the Portfolio"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  self->n_exports++;
  message = g_strdup_printf (_("Exported “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
_asr_portfolio_window_export_to (AsrPortfolioWindow *self,
                                 GFile              *file,
                                 AsrPortfolioFormat  format)
{
  g_autoptr(GBytes) bytes = _asr_portfolio_window_print (self, format);

  asr_safe_file_replace_async (file, bytes, self->cancellable, written_cb, g_object_ref (self));
}

static void
export_chosen_cb (GtkNativeDialog    *chooser,
                  int                 response,
                  AsrPortfolioWindow *self)
{
  AsrPortfolioFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "format"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    _asr_portfolio_window_export_to (self, file, format);
  g_object_unref (chooser);
}

void
_asr_portfolio_window_choose_export (AsrPortfolioWindow *self,
                                     AsrPortfolioFormat  format)
{
  g_autofree char *base = g_file_get_basename (self->folder);
  g_autofree char *name = g_strconcat (base, format == ASR_PORTFOLIO_JSON ? ".json" : ".csv", NULL);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (format == ASR_PORTFOLIO_JSON ? _("Export Portfolio as JSON")
                                                              : _("Export Portfolio as CSV"),
                                 GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_asr_portfolio_window_focus_search (AsrPortfolioWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
