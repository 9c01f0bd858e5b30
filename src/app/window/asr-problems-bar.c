/* asr-problems-bar.c: the problems a file was opened with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file with invalid values opens "with problems": its valid parts load
 * and each left-out value is listed here, with its place, until the user
 * hides the list.  A recycling list: a damaged file may list a hundred.
 * Its widgets are built when the first problems come: most windows never
 * show the bar, and a start-up never pays for it (issue 10).
 */
#define G_LOG_DOMAIN "asr-problems-bar"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-problems-bar.h"
#include "asr-reveal.h"
#include "asr-width-bin.h"

struct _AsrProblemsBar
{
  AdwBin         parent_instance;

  GtkRevealer   *revealer;
  GtkLabel      *heading;
  GtkStringList *problems;
};

G_DEFINE_FINAL_TYPE (AsrProblemsBar, asr_problems_bar, ADW_TYPE_BIN)

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkStringObject *problem = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (problem));
}

static GtkWidget *
build_list (AsrProblemsBar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)));
  GtkWidget *list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_widget_add_css_class (list, "problems-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Problems found in the file"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 140);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

static void
hide_cb (AsrProblemsBar *self)
{
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

static GtkWidget *
build_header (AsrProblemsBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *hide = gtk_button_new_with_mnemonic (_("_Hide Problems"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (hide), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hide Problems"), -1);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading, 0);
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->heading), TRUE);
  gtk_widget_set_valign (hide, GTK_ALIGN_START);
  g_signal_connect_swapped (hide, "clicked", G_CALLBACK (hide_cb), self);
  /* Its width at the box's height costs no search over widths (issue 10). */
  gtk_box_append (GTK_BOX (box), asr_width_bin_new (GTK_WIDGET (self->heading)));
  gtk_box_append (GTK_BOX (box), hide);
  return box;
}

static void
asr_problems_bar_dispose (GObject *object)
{
  AsrProblemsBar *self = ASR_PROBLEMS_BAR (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  self->revealer = NULL;
  self->heading = NULL;
  g_clear_object (&self->problems);
  G_OBJECT_CLASS (asr_problems_bar_parent_class)->dispose (object);
}

static void
asr_problems_bar_class_init (AsrProblemsBarClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = asr_problems_bar_dispose;
}

static void
asr_problems_bar_init (AsrProblemsBar *self)
{
  self->problems = gtk_string_list_new (NULL);
}

static void
build_bar (AsrProblemsBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_widget_add_css_class (box, "problems-bar");
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_list (self));
  gtk_revealer_set_child (self->revealer, box);
  asr_reveal_hide_concealed_child (self->revealer);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
}

GtkWidget *
asr_problems_bar_new (void)
{
  return g_object_new (ASR_TYPE_PROBLEMS_BAR, NULL);
}

void
asr_problems_bar_set_problems (AsrProblemsBar *self,
                               GPtrArray      *problems,
                               const char     *filename)
{
  guint n = problems != NULL ? problems->len : 0;
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  g_autofree char *heading = NULL;

  g_return_if_fail (ASR_IS_PROBLEMS_BAR (self));

  /* The heading names the file: each row starts at the place. */
  gtk_string_list_splice (self->problems, 0, old, NULL);
  for (guint i = 0; i < n; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (filename != NULL && g_str_has_prefix (problem, filename) &&
          g_str_has_prefix (problem + strlen (filename), ": "))
        problem += strlen (filename) + 2;
      gtk_string_list_append (self->problems, problem);
    }
  if (self->revealer == NULL)
    {
      if (n == 0)
        return;
      build_bar (self);
    }

  heading = g_strdup_printf (g_dngettext (NULL,
                                          "Opened with %u problem: this value was left out. "
                                          "Save asks for a new name, so the original file stays as it was.",
                                          "Opened with %u problems: these values were left out. "
                                          "Save asks for a new name, so the original file stays as it was.", n), n);
  gtk_label_set_text (self->heading, heading);
  gtk_revealer_set_reveal_child (self->revealer, n > 0);
}

GListModel *
asr_problems_bar_get_problems (AsrProblemsBar *self)
{
  g_return_val_if_fail (ASR_IS_PROBLEMS_BAR (self), NULL);
  return G_LIST_MODEL (self->problems);
}
