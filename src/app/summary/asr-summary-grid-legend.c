/* asr-summary-grid-legend.c: the Summary grid's title, hint and legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the words above and under the grid say, for a framework scored by
 * quality statements or one judged from items: the legend repeats every
 * sign a cell can show.
 */
#define G_LOG_DOMAIN "asr-summary-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-summary-grid-private.h"

typedef struct
{
  const char *sign;
  const char *meaning;
} LegendKey;

/* "3 score · ↻ carried forward · …": a no-break space keeps each sign on
 * the line of its meaning. */
static void
set_legend (GtkLabel        *legend,
            const LegendKey *keys,
            guint            n_keys)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (text, "%s%s\u00a0%s", i > 0 ? " · " : "",
                            g_dpgettext2 (GETTEXT_PACKAGE, "grid cell", keys[i].sign),
                            _(keys[i].meaning));
  gtk_label_set_label (legend, text->str);
}

void
_asr_summary_grid_update_texts (AsrSummaryGrid *self,
                                gboolean        judged)
{
  static const LegendKey scored[] = {
    { "3", N_("score") }, { "↻", N_("carried forward") },
    { "⚠", N_("stale previous rating") },
    { "?", N_("assessed, no score yet") },
    { "–", N_("not started") }, { NC_("grid cell", "N/A"), N_("not applicable") },
    { "✎", N_("notes written") },
  };
  static const LegendKey rated[] = {
    { NC_("grid cell", "O"), N_("Outstanding") }, { NC_("grid cell", "G"), N_("Good") },
    { NC_("grid cell", "RI"), N_("Requires improvement") },
    { NC_("grid cell", "I"), N_("Inadequate") }, { "?", N_("assessed, no rating yet") },
    { "–", N_("not started") }, { NC_("grid cell", "N/A"), N_("not applicable") },
    { "✎", N_("notes written") },
  };

  if (judged)
    {
      gtk_label_set_label (self->title, _("Items"));
      gtk_label_set_label (self->detail, _("Point at an item or move to it with the arrow keys "
                                           "to see its name; click it or press Enter to open it"));
      set_legend (self->legend, rated, G_N_ELEMENTS (rated));
    }
  else
    {
      gtk_label_set_label (self->title, _("Quality Statements"));
      gtk_label_set_label (self->detail, _("Point at a quality statement or move to it with the "
                                           "arrow keys to see its name; click it or press Enter "
                                           "to open it"));
      set_legend (self->legend, scored, G_N_ELEMENTS (scored));
    }
}
