/* asr-check-row.c: a boxed-list row with a check button, a title and a
 * subtitle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an AdwActionRow with a check button as its prefix shows, made of
 * the same widgets with the same style classes (libadwaita's stylesheet
 * styles "row > box.header > box.title"), so it looks the same; but the
 * title box is an AsrWidthBin.  The header box asks the title box for its
 * width at the row's height, and a vertical GtkBox answers that in GTK 4.8
 * with a search over widths, laying out both wrapping labels at each guess:
 * 17 layouts of each label, half the text shaped at start-up (issue 10).
 * Asked through the bin, the box is measured at any height instead.
 */
#define G_LOG_DOMAIN "asr-check-row"

#include "config.h"

#include "asr-check-row.h"
#include "asr-label-wrap.h"
#include "asr-width-bin.h"

static GtkWidget *
row_label (const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  asr_label_wrap_words (GTK_LABEL (label));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
styled_box (GtkOrientation  orientation,
            int             spacing,
            const char     *style)
{
  GtkWidget *box = gtk_box_new (orientation, spacing);

  gtk_widget_add_css_class (box, style);
  return box;
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *activated,
                  GtkWidget     *row)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "asr-check-row-check");

  if (GTK_WIDGET (activated) == row)
    gtk_widget_mnemonic_activate (check, FALSE);
}

/* As AdwActionRow: the list, not the row, reports a click. */
static void
parent_cb (GtkWidget *row)
{
  GtkWidget *parent = gtk_widget_get_parent (row);

  if (GTK_IS_LIST_BOX (parent))
    g_signal_connect_object (parent, "row-activated", G_CALLBACK (row_activated_cb), row, 0);
}

/* The title and subtitle labels in a vertical box, in an AsrWidthBin that
 * is styled as libadwaita's "box.title" (its margins; the spacing is the
 * inner box's, as the stylesheet's border-spacing of 3px would give). */
static GtkWidget *
title_box (const char *title,
           GtkLabel  **title_label,
           GtkLabel  **subtitle)
{
  const char *classes[] = { "title", NULL };
  GtkWidget *bin = g_object_new (ASR_TYPE_WIDTH_BIN, "css-name", "box", "css-classes", classes, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  *title_label = GTK_LABEL (row_label ("title"));
  *subtitle = GTK_LABEL (row_label ("subtitle"));
  gtk_widget_set_hexpand (bin, TRUE);
  gtk_widget_set_valign (bin, GTK_ALIGN_CENTER);
  gtk_label_set_label (*title_label, title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*title_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*subtitle));
  adw_bin_set_child (ADW_BIN (bin), box);
  return bin;
}

GtkWidget *
asr_check_row_new (GtkCheckButton *check,
                   const char     *title,
                   GtkLabel      **subtitle)
{
  GtkWidget *row, *header, *prefixes, *suffixes, *titles;
  GtkLabel *title_label;

  g_return_val_if_fail (GTK_IS_CHECK_BUTTON (check), NULL);
  g_return_val_if_fail (title != NULL && subtitle != NULL, NULL);

  /* Spacings, alignments and classes as libadwaita 1.2 has them (its
   * stylesheet sets the spacings). */
  row = adw_preferences_row_new ();
  header = styled_box (GTK_ORIENTATION_HORIZONTAL, 0, "header");
  prefixes = styled_box (GTK_ORIENTATION_HORIZONTAL, 0, "prefixes");
  suffixes = styled_box (GTK_ORIENTATION_HORIZONTAL, 0, "suffixes");
  /* A preferences row: AdwPreferencesGroup puts only those in its list. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  titles = title_box (title, &title_label, subtitle);
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (check), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (prefixes), GTK_WIDGET (check));
  gtk_widget_set_visible (suffixes, FALSE);
  gtk_box_append (GTK_BOX (header), prefixes);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), suffixes);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, *subtitle, NULL,
                                  -1);
  g_object_set_data (G_OBJECT (row), "asr-check-row-check", check);
  g_object_set_data (G_OBJECT (row), "asr-check-row-suffixes", suffixes);
  g_signal_connect (row, "notify::parent", G_CALLBACK (parent_cb), NULL);
  return row;
}

void
asr_check_row_add_suffix (GtkWidget *row,
                          GtkWidget *widget)
{
  GtkWidget *suffixes;

  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  suffixes = g_object_get_data (G_OBJECT (row), "asr-check-row-suffixes");
  gtk_box_append (GTK_BOX (suffixes), widget);
  gtk_widget_set_visible (suffixes, TRUE);
}
