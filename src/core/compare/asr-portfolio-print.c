/* asr-portfolio-print.c: a portfolio as text, JSON or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One printer for the command line and the window's export, so both write
 * the same bytes.
 */
#define G_LOG_DOMAIN "asr-portfolio"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-portfolio-print.h"

static const char * const kq_labels[ASR_PORTFOLIO_N_KQ] = {
  N_("Safe"), N_("Effective"), N_("Caring"), N_("Responsive"), N_("Well-led")
};

static void
flush (AsrPortfolioPrinter *p)
{
  if (p->out->len > 0)
    p->sink (p->out->str, p->sink_data);
  g_string_truncate (p->out, 0);
}

/* CSV */

/* A cell a spreadsheet would take for a formula (a provider named
 * "=HYPERLINK(…)") is kept as text: a leading apostrophe, as spreadsheets
 * themselves write it. */
static gboolean
csv_looks_like_formula (const char *value)
{
  return value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}

static void
csv_field (GString    *out,
           const char *value,
           gboolean    last)
{
  if (value == NULL)
    value = "";
  if (csv_looks_like_formula (value) || strpbrk (value, ",\"\r\n") != NULL)
    {
      g_autoptr(GString) quoted = g_string_new (value);

      if (csv_looks_like_formula (value))
        g_string_prepend_c (quoted, '\'');

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (out, "\"%s\"", quoted->str);
    }
  else
    g_string_append (out, value);
  g_string_append_c (out, last ? '\n' : ',');
}

static void
csv_int (GString *out,
         int      value)
{
  if (value >= 0)
    g_string_append_printf (out, "%d", value);
  g_string_append_c (out, ',');
}

static void
csv_header (GString *out)
{
  g_string_append (out, "kind,file,provider,location,location_id,core_service,level,date");
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    g_string_append_printf (out, ",%s,%s_percentage", asr_portfolio_key_question_id (k),
                            asr_portfolio_key_question_id (k));
  g_string_append (out, ",scored,in_scope,overall,previous_overall,direction,"
                        "stale_carried_forward,explanation,error\n");
}

static void
csv_row (GString               *out,
         const AsrPortfolioRow *row)
{
  gboolean ok = row->error == NULL;

  csv_field (out, "service", FALSE);
  csv_field (out, row->file, FALSE);
  csv_field (out, row->provider, FALSE);
  csv_field (out, row->location, FALSE);
  csv_field (out, row->location_id, FALSE);
  csv_field (out, row->core_service, FALSE);
  csv_field (out, ok ? asr_level_to_id (row->level) : NULL, FALSE);
  csv_field (out, row->date, FALSE);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      csv_field (out, ok ? asr_rating_to_id (row->ratings[k]) : NULL, FALSE);
      csv_int (out, ok ? row->percentages[k] : -1);
    }
  csv_int (out, ok ? (int) row->n_scored : -1);
  csv_int (out, ok ? (int) row->n_in_scope : -1);
  csv_field (out, ok ? asr_rating_to_id (row->overall) : NULL, FALSE);
  csv_field (out, ok ? asr_rating_to_id (row->previous_overall) : NULL, FALSE);
  csv_field (out, ok && row->direction ? asr_direction_to_id (row->direction) : NULL, FALSE);
  csv_int (out, ok ? (int) row->n_stale : -1);
  csv_field (out, NULL, FALSE);
  csv_field (out, row->error, TRUE);
}

static void
csv_level (GString                 *out,
           const char              *kind,
           const AsrPortfolioLevel *level)
{
  g_autoptr(GString) why = g_string_new (level->overall_explanation);

  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    g_string_append_printf (why, " | %s: %s", _(kq_labels[k]), level->explanations[k]);
  csv_field (out, kind, FALSE);
  csv_field (out, NULL, FALSE);
  csv_field (out, level->id ? NULL : level->name, FALSE);
  csv_field (out, level->id ? level->name : NULL, FALSE);
  csv_field (out, level->id, FALSE);
  csv_field (out, NULL, FALSE);
  csv_field (out, level->id ? NULL : "provider", FALSE);
  csv_field (out, NULL, FALSE);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      csv_field (out, asr_rating_to_id (level->key_questions[k].rating), FALSE);
      csv_int (out, -1);
    }
  g_string_append (out, ",,");
  csv_field (out, asr_rating_to_id (level->overall.rating), FALSE);
  g_string_append (out, ",,,");
  csv_field (out, why->str, FALSE);
  csv_field (out, NULL, TRUE);
}

/* JSON */

static void
json_string (AsrJsonWriter *w,
             const char    *key,
             const char    *value)
{
  asr_json_writer_key (w, key);
  asr_json_writer_string (w, value);
}

static void
json_key_questions (AsrJsonWriter         *w,
                    const AsrPortfolioRow *row)
{
  asr_json_writer_key (w, "key_questions");
  asr_json_writer_begin_object (w);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      asr_json_writer_key (w, asr_portfolio_key_question_id (k));
      asr_json_writer_begin_object (w);
      json_string (w, "rating", asr_rating_to_id (row->ratings[k]));
      asr_json_writer_key (w, "percentage");
      if (row->percentages[k] < 0)
        asr_json_writer_null (w);
      else
        asr_json_writer_int (w, row->percentages[k]);
      asr_json_writer_end_object (w);
    }
  asr_json_writer_end_object (w);
}

static void
json_row (AsrJsonWriter         *w,
          const AsrPortfolioRow *row)
{
  asr_json_writer_begin_object (w);
  json_string (w, "file", row->file);
  if (row->error != NULL)
    {
      json_string (w, "error", row->error);
      asr_json_writer_end_object (w);
      return;
    }
  json_string (w, "provider", row->provider);
  json_string (w, "location", row->location);
  json_string (w, "location_id", row->location_id);
  json_string (w, "core_service", row->core_service);
  json_string (w, "level", asr_level_to_id (row->level));
  json_string (w, "date", row->date);
  json_key_questions (w, row);
  asr_json_writer_key (w, "progress");
  asr_json_writer_begin_object (w);
  asr_json_writer_key (w, "scored");
  asr_json_writer_int (w, row->n_scored);
  asr_json_writer_key (w, "in_scope");
  asr_json_writer_int (w, row->n_in_scope);
  asr_json_writer_end_object (w);
  json_string (w, "overall", asr_rating_to_id (row->overall));
  json_string (w, "previous_overall", asr_rating_to_id (row->previous_overall));
  json_string (w, "direction", row->direction ? asr_direction_to_id (row->direction) : NULL);
  asr_json_writer_key (w, "stale_carried_forward");
  asr_json_writer_int (w, row->n_stale);
  asr_json_writer_end_object (w);
}

static void
json_level (AsrJsonWriter           *w,
            const AsrPortfolioLevel *level)
{
  asr_json_writer_begin_object (w);
  if (level->id != NULL)
    json_string (w, "location_id", level->id);
  json_string (w, "name", level->name);
  asr_json_writer_key (w, "key_questions");
  asr_json_writer_begin_object (w);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    json_string (w, asr_portfolio_key_question_id (k), asr_rating_to_id (level->key_questions[k].rating));
  asr_json_writer_end_object (w);
  asr_json_writer_key (w, "explanations");
  asr_json_writer_begin_object (w);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    json_string (w, asr_portfolio_key_question_id (k), level->explanations[k]);
  asr_json_writer_end_object (w);
  json_string (w, "overall", asr_rating_to_id (level->overall.rating));
  json_string (w, "explanation", level->overall_explanation);
  asr_json_writer_end_object (w);
}

static void
json_end (AsrPortfolioPrinter *p,
          AsrPortfolio        *portfolio)
{
  AsrJsonWriter *w = &p->writer;
  GPtrArray *notices = asr_portfolio_get_notices (portfolio);

  asr_json_writer_end_array (w);
  asr_json_writer_key (w, "locations");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < asr_portfolio_get_n_locations (portfolio); i++)
    json_level (w, asr_portfolio_get_location (portfolio, i));
  asr_json_writer_end_array (w);
  asr_json_writer_key (w, "provider");
  json_level (w, asr_portfolio_get_provider (portfolio));
  asr_json_writer_key (w, "notices");
  asr_json_writer_begin_array (w);
  for (guint i = 0; i < notices->len; i++)
    asr_json_writer_string (w, g_ptr_array_index (notices, i));
  asr_json_writer_end_array (w);
  asr_json_writer_end_object (w);
  asr_json_writer_finish (w);
}

/* Text */

static void
text_row (GString               *out,
          const AsrPortfolioRow *row)
{
  g_autofree char *date = NULL;

  if (row->error != NULL)
    {
      g_string_append_printf (out, _("%s: could not be read: %s\n"), row->file, row->error);
      return;
    }
  date = asr_portfolio_format_date (row->date);
  g_string_append_printf (out, "%s: %s · %s%s%s%s%s%s · %s\n ", row->file, row->provider, row->location,
                          *row->location_id ? " (" : "", row->location_id, *row->location_id ? ")" : "",
                          *row->core_service ? " · " : "", row->core_service, date);
  if (row->level == ASR_LEVEL_PROVIDER)
    g_string_append_printf (out, " [%s]", asr_level_to_label (row->level));
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    {
      g_string_append_printf (out, " %s %s", _(kq_labels[k]), asr_rating_to_label (row->ratings[k]));
      if (row->percentages[k] >= 0)
        g_string_append_printf (out, " %d", row->percentages[k]);
      g_string_append (out, k + 1 < ASR_PORTFOLIO_N_KQ ? " ·" : "\n");
    }
  /* Translators: "  30 of 34 statements scored · overall Good · previously Good: stayed the same · 2 stale carried forward" */
  g_string_append_printf (out, _("  %u of %u statements scored · overall %s · previously %s: %s · %u stale carried forward\n"),
                          row->n_scored, row->n_in_scope, asr_rating_to_label (row->overall),
                          asr_rating_to_label (row->previous_overall),
                          asr_direction_to_label (row->direction), row->n_stale);
}

static void
text_level (GString                 *out,
            const char              *heading,
            const AsrPortfolioLevel *level)
{
  g_string_append_printf (out, "\n%s\n", heading);
  for (guint k = 0; k < ASR_PORTFOLIO_N_KQ; k++)
    g_string_append_printf (out, "  %s: %s\n", _(kq_labels[k]), level->explanations[k]);
  g_string_append_printf (out, _("  Overall: %s\n"), level->overall_explanation);
}

static void
text_end (AsrPortfolioPrinter *p,
          AsrPortfolio        *portfolio)
{
  const AsrPortfolioLevel *provider = asr_portfolio_get_provider (portfolio);
  GPtrArray *notices = asr_portfolio_get_notices (portfolio);
  g_autofree char *provider_heading = g_strdup_printf (_("Provider %s"), provider->name ? provider->name : "");

  for (guint i = 0; i < asr_portfolio_get_n_locations (portfolio); i++)
    {
      const AsrPortfolioLevel *level = asr_portfolio_get_location (portfolio, i);
      g_autofree char *heading = g_strdup_printf (_("Location %s%s%s%s"), level->name,
                                                  *level->id ? " (" : "", level->id, *level->id ? ")" : "");

      text_level (p->out, heading, level);
    }
  text_level (p->out, provider_heading, provider);
  for (guint i = 0; i < notices->len; i++)
    g_string_append_printf (p->out, _("Note: %s\n"), (char *) g_ptr_array_index (notices, i));
}

/* The printer */

void
asr_portfolio_printer_begin (AsrPortfolioPrinter *p,
                             AsrPortfolioFormat   format,
                             AsrPortfolioSink     sink,
                             gpointer             sink_data)
{
  memset (p, 0, sizeof *p);
  p->format = format;
  p->sink = sink;
  p->sink_data = sink_data;
  p->out = g_string_new (NULL);
  if (format == ASR_PORTFOLIO_CSV)
    csv_header (p->out);
  else if (format == ASR_PORTFOLIO_JSON)
    {
      asr_json_writer_init (&p->writer, p->out);
      asr_json_writer_begin_object (&p->writer);
      asr_json_writer_key (&p->writer, "services");
      asr_json_writer_begin_array (&p->writer);
    }
  flush (p);
}

void
asr_portfolio_printer_row (AsrPortfolioPrinter   *p,
                           const AsrPortfolioRow *row)
{
  p->n_failed += row->error != NULL;
  if (p->format == ASR_PORTFOLIO_CSV)
    csv_row (p->out, row);
  else if (p->format == ASR_PORTFOLIO_JSON)
    json_row (&p->writer, row);
  else
    text_row (p->out, row);
  flush (p);
}

void
asr_portfolio_printer_error (AsrPortfolioPrinter *p,
                             const char          *message)
{
  AsrPortfolioRow row = { .file = (char *) "", .error = (char *) message };

  asr_portfolio_printer_row (p, &row);
}

gboolean
asr_portfolio_printer_end (AsrPortfolioPrinter *p,
                           AsrPortfolio        *portfolio)
{
  gboolean failed = p->n_failed > 0;

  if (p->format == ASR_PORTFOLIO_CSV)
    {
      for (guint i = 0; i < asr_portfolio_get_n_locations (portfolio); i++)
        csv_level (p->out, "location", asr_portfolio_get_location (portfolio, i));
      csv_level (p->out, "provider", asr_portfolio_get_provider (portfolio));
    }
  else if (p->format == ASR_PORTFOLIO_JSON)
    json_end (p, portfolio);
  else
    text_end (p, portfolio);
  flush (p);
  g_string_free (p->out, TRUE);
  return failed;
}
