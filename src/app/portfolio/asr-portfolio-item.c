/* asr-portfolio-item.c: one assessment of a portfolio, as a list item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-portfolio-item"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-portfolio-item.h"
#include "asr-summary.h"

struct _AsrPortfolioItem
{
  GObject          parent_instance;
  GFile           *file;
  AsrPortfolioRow *row;
};

G_DEFINE_FINAL_TYPE (AsrPortfolioItem, asr_portfolio_item, G_TYPE_OBJECT)

static const char * const titles[ASR_PORTFOLIO_N_COLUMNS] = {
  N_("Service"), N_("Location"), N_("Provider"), N_("Date"),
  N_("Safe"), N_("Effective"), N_("Caring"), N_("Responsive"), N_("Well-led"),
  N_("Progress"), N_("Overall"), N_("Previous"), N_("Stale"),
};

static void
asr_portfolio_item_finalize (GObject *object)
{
  AsrPortfolioItem *self = ASR_PORTFOLIO_ITEM (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->row, asr_portfolio_row_free);
  G_OBJECT_CLASS (asr_portfolio_item_parent_class)->finalize (object);
}

static void
asr_portfolio_item_class_init (AsrPortfolioItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = asr_portfolio_item_finalize;
}

static void
asr_portfolio_item_init (AsrPortfolioItem *self)
{
}

AsrPortfolioItem *
asr_portfolio_item_new (GFile           *file,
                        AsrPortfolioRow *row)
{
  AsrPortfolioItem *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (ASR_TYPE_PORTFOLIO_ITEM, NULL);
  self->file = g_object_ref (file);
  self->row = row;
  return self;
}

GFile *
asr_portfolio_item_get_file (AsrPortfolioItem *self)
{
  g_return_val_if_fail (ASR_IS_PORTFOLIO_ITEM (self), NULL);
  return self->file;
}

const AsrPortfolioRow *
asr_portfolio_item_get_row (AsrPortfolioItem *self)
{
  g_return_val_if_fail (ASR_IS_PORTFOLIO_ITEM (self), NULL);
  return self->row;
}

const char *
asr_portfolio_column_title (AsrPortfolioColumn column)
{
  g_return_val_if_fail (column < ASR_PORTFOLIO_N_COLUMNS, NULL);
  return _(titles[column]);
}

static char *
dup_service (AsrPortfolioItem *self)
{
  const AsrPortfolioRow *row = self->row;

  if (row->error == NULL && *row->core_service)
    return g_strdup (row->core_service);
  if (row->error == NULL && *row->service_name)
    return g_strdup (row->service_name);
  return g_file_get_basename (self->file);
}

static char *
dup_rating (const AsrPortfolioRow *row,
            guint                  k)
{
  g_autofree char *figure = NULL;

  if (row->ratings[k] == ASR_RATING_NONE)
    return g_strdup ("—");
  if (row->percentages[k] < 0)
    return g_strdup (asr_rating_to_label (row->ratings[k]));
  figure = asr_summary_format_figure (row->percentages[k]);
  /* Translators: a key question's rating and figure, "Good · 72 out of 100" */
  return g_strdup_printf (_("%s · %s"), asr_rating_to_label (row->ratings[k]), figure);
}

static char *
dup_previous (const AsrPortfolioRow *row)
{
  if (row->previous_overall == ASR_RATING_NONE)
    return g_strdup ("—");
  /* Translators: the previous overall rating and the direction, "Good · improved" */
  return g_strdup_printf (_("%s · %s"), asr_rating_to_label (row->previous_overall),
                          asr_direction_to_label (row->direction));
}

char *
asr_portfolio_item_dup_text (AsrPortfolioItem  *self,
                             AsrPortfolioColumn column)
{
  const AsrPortfolioRow *row = self->row;

  g_return_val_if_fail (ASR_IS_PORTFOLIO_ITEM (self), NULL);
  if (column == ASR_PORTFOLIO_COLUMN_SERVICE)
    return dup_service (self);
  if (row->error != NULL)
    /* The error stands where the location would be. */
    return column == ASR_PORTFOLIO_COLUMN_LOCATION
           ? g_strdup_printf (_("Could not be read: %s"), row->error) : g_strdup ("");
  switch (column)
    {
    case ASR_PORTFOLIO_COLUMN_LOCATION:
      return g_strdup (row->location);
    case ASR_PORTFOLIO_COLUMN_PROVIDER:
      return row->level == ASR_LEVEL_PROVIDER
             ? g_strdup_printf (_("%s (%s)"), row->provider, asr_level_to_label (row->level))
             : g_strdup (row->provider);
    case ASR_PORTFOLIO_COLUMN_DATE:
      return asr_portfolio_format_date (row->date);
    case ASR_PORTFOLIO_COLUMN_PROGRESS:
      /* Translators: quality statements scored of those in scope, "30/34" */
      return g_strdup_printf (_("%u/%u"), row->n_scored, row->n_in_scope);
    case ASR_PORTFOLIO_COLUMN_OVERALL:
      return g_strdup (asr_rating_to_label (row->overall));
    case ASR_PORTFOLIO_COLUMN_PREVIOUS:
      return dup_previous (row);
    case ASR_PORTFOLIO_COLUMN_STALE:
      return g_strdup_printf ("%u", row->n_stale);
    default:
      return dup_rating (row, column - ASR_PORTFOLIO_COLUMN_SAFE);
    }
}

char *
asr_portfolio_item_dup_tooltip (AsrPortfolioItem  *self,
                                AsrPortfolioColumn column)
{
  const AsrPortfolioRow *row = self->row;

  if (row->error != NULL)
    return g_strdup_printf (_("%s: could not be read: %s"), row->file, row->error);
  if (column == ASR_PORTFOLIO_COLUMN_LOCATION && *row->location_id)
    /* Translators: a location and its CQC Location ID */
    return g_strdup_printf (_("%s (Location ID %s)"), row->location, row->location_id);
  if (column == ASR_PORTFOLIO_COLUMN_STALE)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u carried-forward score is older than two years",
                                         "%u carried-forward scores are older than two years", row->n_stale),
                            row->n_stale);
  if (column == ASR_PORTFOLIO_COLUMN_SERVICE)
    return g_strdup (row->file);
  return asr_portfolio_item_dup_text (self, column);
}

static int
compare_numbers (gint64 a,
                 gint64 b)
{
  return a < b ? -1 : a > b;
}

static int
compare_values (const AsrPortfolioRow *a,
                const AsrPortfolioRow *b,
                AsrPortfolioColumn     column)
{
  guint k = column - ASR_PORTFOLIO_COLUMN_SAFE;

  switch (column)
    {
    case ASR_PORTFOLIO_COLUMN_DATE:
      /* YYYY-MM-DD sorts as text; no date sorts first */
      return g_strcmp0 (a->date, b->date);
    case ASR_PORTFOLIO_COLUMN_PROGRESS:
      /* a/b against c/d, integer-exact */
      return compare_numbers ((gint64) a->n_scored * MAX (b->n_in_scope, 1),
                              (gint64) b->n_scored * MAX (a->n_in_scope, 1));
    case ASR_PORTFOLIO_COLUMN_OVERALL:
      return compare_numbers (a->overall, b->overall);
    case ASR_PORTFOLIO_COLUMN_PREVIOUS:
      return compare_numbers (a->previous_overall, b->previous_overall);
    case ASR_PORTFOLIO_COLUMN_STALE:
      return compare_numbers (a->n_stale, b->n_stale);
    default:
      if (a->ratings[k] != b->ratings[k])
        return compare_numbers (a->ratings[k], b->ratings[k]);
      return compare_numbers (a->percentages[k], b->percentages[k]);
    }
}

int
asr_portfolio_item_compare (AsrPortfolioItem  *a,
                            AsrPortfolioItem  *b,
                            AsrPortfolioColumn column)
{
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  /* Files that could not be read sort after the others (so before them
   * when the column view sorts descending). */
  if ((a->row->error != NULL) != (b->row->error != NULL))
    return a->row->error != NULL ? 1 : -1;
  if (column > ASR_PORTFOLIO_COLUMN_PROVIDER && a->row->error == NULL)
    return compare_values (a->row, b->row, column);
  ta = asr_portfolio_item_dup_text (a, column);
  tb = asr_portfolio_item_dup_text (b, column);
  return g_utf8_collate (ta, tb);
}

gboolean
asr_portfolio_item_matches (AsrPortfolioItem *self,
                            const char       *casefolded_words)
{
  g_autoptr(GString) haystack = g_string_new (self->row->file);
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = g_strsplit (casefolded_words, " ", -1);

  for (AsrPortfolioColumn c = 0; c < ASR_PORTFOLIO_N_COLUMNS; c++)
    {
      g_autofree char *text = asr_portfolio_item_dup_text (self, c);

      g_string_append_printf (haystack, "\n%s", text);
    }
  folded = g_utf8_casefold (haystack->str, -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] && strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}
