/* asr-spell-menu.c: suggestions for a misspelling in the context menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The menu is filled just before it opens (a right-click, Shift+F10, the
 * Menu key), for the underlined word at the pointer or cursor.  Choosing a
 * suggestion replaces only that word, as one edit of the notes, so the
 * window's history undoes it in one step.
 */
#define G_LOG_DOMAIN "asr-spell-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-core.h"
#include "asr-notes-buffer.h"
#include "asr-spell-view-private.h"
#include "asr-window.h"

#define MAX_SUGGESTIONS 5

/* The underlined word at @iter, or just before it, as [@start, @end). */
static gboolean
misspelling_at (AsrSpell          *spell,
                const GtkTextIter *iter,
                GtkTextIter       *start,
                GtkTextIter       *end)
{
  *start = *iter;
  if (!gtk_text_iter_has_tag (start, spell->error_tag) &&
      !(gtk_text_iter_backward_char (start) && gtk_text_iter_has_tag (start, spell->error_tag)))
    return FALSE;
  if (!gtk_text_iter_starts_tag (start, spell->error_tag))
    gtk_text_iter_backward_to_tag_toggle (start, spell->error_tag);
  *end = *start;
  gtk_text_iter_forward_to_tag_toggle (end, spell->error_tag);
  return TRUE;
}

static gboolean
misspelling_at_cursor (AsrSpell    *spell,
                       GtkTextIter *start,
                       GtkTextIter *end)
{
  GtkTextIter cursor;

  gtk_text_buffer_get_iter_at_mark (spell->buffer, &cursor, gtk_text_buffer_get_insert (spell->buffer));
  return misspelling_at (spell, &cursor, start, end);
}

static GMenu *
suggestions_section (AsrSpell   *spell,
                     const char *word)
{
  g_auto(GStrv) suggestions = asr_spell_checker_suggest (spell->checker, word, MAX_SUGGESTIONS);
  GMenu *section = g_menu_new ();

  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target_value (item, "spelling.correct",
                                               g_variant_new_string (suggestions[i]));
      g_menu_append_item (section, item);
    }
  /* An item with no action shows greyed out. */
  if (suggestions[0] == NULL)
    g_menu_append (section, _("No Suggestions"), "spelling.none");
  return section;
}

void
asr_spell_view_prepare_menu (GtkTextView *view)
{
  AsrSpell *spell;
  GtkTextIter start, end;
  g_autofree char *word = NULL;
  g_autofree char *add_label = NULL;
  g_autoptr(GMenu) suggestions = NULL;
  g_autoptr(GMenu) add = NULL;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  spell = _asr_spell_get (view);
  g_return_if_fail (spell != NULL);

  g_menu_remove_all (spell->menu);
  if (!asr_spell_checker_get_enabled (spell->checker) ||
      !misspelling_at_cursor (spell, &start, &end))
    return;

  word = gtk_text_iter_get_slice (&start, &end);
  suggestions = suggestions_section (spell, word);
  g_menu_append_section (spell->menu, NULL, G_MENU_MODEL (suggestions));
  add = g_menu_new ();
  /* Translators: %s is a word the spelling dictionary does not know */
  add_label = g_strdup_printf (_("_Add “%s” to Dictionary"), word);
  g_menu_append (add, add_label, "spelling.add");
  g_menu_append_section (spell->menu, NULL, G_MENU_MODEL (add));
}

/* One edit of the notes, a step of its own in the window's history. */
static void
replace (AsrSpell          *spell,
         const GtkTextIter *start,
         const GtkTextIter *end,
         const char        *replacement)
{
  GObject *owner = asr_notes_buffer_get_owner (spell->buffer);
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (spell->view), ASR_TYPE_WINDOW);
  AsrHistory *history = window != NULL ? asr_window_get_history (ASR_WINDOW (window)) : NULL;
  int from = gtk_text_iter_get_offset (start), to = gtk_text_iter_get_offset (end);
  GtkTextIter at = *start, stop = *end;

  if (owner == NULL)
    {
      gtk_text_buffer_begin_user_action (spell->buffer);
      gtk_text_buffer_delete (spell->buffer, &at, &stop);
      gtk_text_buffer_insert (spell->buffer, &at, replacement, -1);
      gtk_text_buffer_end_user_action (spell->buffer);
      return;
    }
  if (history != NULL)
    asr_history_close_step (history);
  asr_notes_owner_edit (owner, (guint) from, (guint) (to - from), replacement);
  if (history != NULL)
    asr_history_close_step (history);
}

static void
correct_cb (GSimpleAction *action,
            GVariant      *target,
            gpointer       user_data)
{
  AsrSpell *spell = user_data;
  GtkTextIter start, end;

  if (misspelling_at_cursor (spell, &start, &end))
    replace (spell, &start, &end, g_variant_get_string (target, NULL));
}

static void
add_cb (GSimpleAction *action,
        GVariant      *target,
        gpointer       user_data)
{
  AsrSpell *spell = user_data;
  GtkTextIter start, end;
  g_autofree char *word = NULL;

  if (!misspelling_at_cursor (spell, &start, &end))
    return;
  word = gtk_text_iter_get_slice (&start, &end);
  asr_spell_checker_add_word (spell->checker, word);
}

/* A right-click moves the cursor to the word clicked, unless it falls in
 * the selection, before the text view opens its menu. */
static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      AsrSpell        *spell)
{
  GtkTextIter iter, sel_start, sel_end;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (spell->view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (spell->view, &iter, bx, by);
  if (!gtk_text_buffer_get_selection_bounds (spell->buffer, &sel_start, &sel_end) ||
      !gtk_text_iter_in_range (&iter, &sel_start, &sel_end))
    gtk_text_buffer_place_cursor (spell->buffer, &iter);
  asr_spell_view_prepare_menu (spell->view);
}

static gboolean
menu_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  asr_spell_view_prepare_menu (GTK_TEXT_VIEW (widget));
  gtk_widget_activate_action (widget, "menu.popup", NULL);
  return TRUE;
}

void
_asr_spell_menu_setup (AsrSpell *spell)
{
  static const GActionEntry entries[] = {
    { "correct", correct_cb, "s" },
    { "add", add_cb },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutAction *popup = gtk_callback_action_new (menu_key_cb, NULL, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), spell);
  gtk_widget_insert_action_group (GTK_WIDGET (spell->view), "spelling", G_ACTION_GROUP (group));
  spell->menu = g_menu_new ();
  gtk_text_view_set_extra_menu (spell->view, G_MENU_MODEL (spell->menu));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed_cb), spell);
  gtk_widget_add_controller (GTK_WIDGET (spell->view), GTK_EVENT_CONTROLLER (click));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                   gtk_keyval_trigger_new (GDK_KEY_Menu, 0)),
                      popup));
  gtk_widget_add_controller (GTK_WIDGET (spell->view), keys);
}
