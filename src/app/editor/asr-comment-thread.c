/* asr-comment-thread.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-comment-thread"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-comment-thread.h"

struct _AsrCommentThread
{
  AdwBin      parent_instance;
  GListModel *comments;
  GSettings  *settings;
  GtkListBox *list;
  GtkEntry   *entry;
  GtkButton  *add_button;
};

G_DEFINE_FINAL_TYPE (AsrCommentThread, asr_comment_thread, ADW_TYPE_BIN)

static void
toggle_resolved_cb (GtkButton  *button,
                    AsrComment *comment)
{
  asr_comment_set_resolved (comment, !asr_comment_get_resolved (comment));
}

static void
update_row (GtkWidget  *row,
            GParamSpec *pspec,
            AsrComment *comment)
{
  GtkButton *button = g_object_get_data (G_OBJECT (row), "toggle");
  gboolean resolved = asr_comment_get_resolved (comment);
  const char *author = asr_comment_get_author (comment);
  const char *date = asr_comment_get_date (comment);
  g_autofree char *shown_date = *date != '\0' ? asr_format_date (date) : NULL;
  g_autofree char *subtitle = g_strdup_printf ("%s%s%s — %s", *author ? author : _("Unnamed"),
                                               shown_date ? ", " : "", shown_date ? shown_date : "",
                                               resolved ? _("Resolved") : _("Open"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), asr_comment_get_text (comment));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_button_set_label (button, resolved ? _("Reopen") : _("Resolve"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), resolved ? _("Reopen this comment")
                                                             : _("Mark this comment resolved"));
  if (resolved)
    gtk_widget_add_css_class (row, "dim-label");
  else
    gtk_widget_remove_css_class (row, "dim-label");
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  AsrComment *comment = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "toggle", button);
  g_signal_connect_object (button, "clicked", G_CALLBACK (toggle_resolved_cb), comment, 0);
  g_signal_connect_object (comment, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row, NULL, comment);
  return row;
}

static void
entry_changed_cb (AsrCommentThread *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            self->comments != NULL && asr_text_has_visible (text));
}

static void
add_clicked_cb (AsrCommentThread *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (self->comments == NULL || !asr_text_has_visible (text))
    return;
  asr_comment_thread_add (self, text);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static void
asr_comment_thread_dispose (GObject *object)
{
  AsrCommentThread *self = ASR_COMMENT_THREAD (object);

  g_clear_object (&self->comments);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (asr_comment_thread_parent_class)->dispose (object);
}

static void
asr_comment_thread_class_init (AsrCommentThreadClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_comment_thread_dispose;
}

static GtkWidget *
build_entry_row (AsrCommentThread *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Add a comment…"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New review comment"), -1);
  self->add_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Add Comment")));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (add_clicked_cb), self);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->add_button));
  return box;
}

/* Run from the build tree without the schema installed: no name. */
static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    return NULL;
  return g_settings_new (APP_ID);
}

static void
asr_comment_thread_init (AsrCommentThread *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Review Comments"));
  GtkWidget *placeholder = gtk_label_new (_("No comments"));

  self->settings = lookup_settings ();
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review comments"), -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), build_entry_row (self));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
asr_comment_thread_new (void)
{
  return g_object_new (ASR_TYPE_COMMENT_THREAD, NULL);
}

void
asr_comment_thread_set_comments (AsrCommentThread *self,
                                 GListModel       *comments)
{
  g_return_if_fail (ASR_IS_COMMENT_THREAD (self));

  if (!g_set_object (&self->comments, comments))
    return;
  gtk_list_box_bind_model (self->list, comments, create_row, NULL, NULL);
  entry_changed_cb (self);
}

void
asr_comment_thread_add (AsrCommentThread *self,
                        const char       *text)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *author = self->settings != NULL
                            ? g_settings_get_string (self->settings, "assessor-name") : g_strdup ("");
  g_autoptr(AsrComment) comment = asr_comment_new (author, date, text, FALSE);

  g_return_if_fail (ASR_IS_COMMENT_THREAD (self));
  g_return_if_fail (self->comments != NULL);

  g_list_store_append (G_LIST_STORE (self->comments), comment);
}

GtkWidget *
asr_comment_thread_get_entry (AsrCommentThread *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT_THREAD (self), NULL);
  return GTK_WIDGET (self->entry);
}

GtkListBox *
asr_comment_thread_get_list (AsrCommentThread *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT_THREAD (self), NULL);
  return self->list;
}
