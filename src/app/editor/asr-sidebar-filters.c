/* asr-sidebar-filters.c: which quality statements the sidebar shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-sidebar-filters"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-sidebar-filters.h"

#define SNIPPET_BEFORE 24  /* characters of context before the match */
#define SNIPPET_AFTER  40  /* and after it */

static gboolean
is_not_started (AsrQualityStatement   *statement,
                const AsrSidebarFacts *facts)
{
  return asr_quality_statement_get_source (statement) == ASR_SOURCE_NOT_STARTED;
}

static gboolean
has_blank_notes (AsrQualityStatement *statement)
{
  for (const char *p = asr_quality_statement_get_notes (statement); *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Scored (an item of a judgement framework: rated) but nothing written. */
static gboolean
is_scored_without_notes (AsrQualityStatement   *statement,
                         const AsrSidebarFacts *facts)
{
  gboolean scored = asr_quality_statement_get_scored (statement) ||
                    asr_quality_statement_get_rating (statement) != ASR_RATING_NONE;

  return scored && has_blank_notes (statement);
}

static gboolean
is_carried_forward (AsrQualityStatement   *statement,
                    const AsrSidebarFacts *facts)
{
  return asr_quality_statement_get_source (statement) == ASR_SOURCE_CARRIED_FORWARD;
}

static gboolean
is_changed (AsrQualityStatement   *statement,
            const AsrSidebarFacts *facts)
{
  return facts->changed != NULL && g_hash_table_contains (facts->changed, statement);
}

static gboolean
has_open_comments (AsrQualityStatement   *statement,
                   const AsrSidebarFacts *facts)
{
  return asr_quality_statement_has_open_comments (statement);
}

static const AsrSidebarFilter filters[] = {
  { "all", N_("All Quality Statements"), NULL, FALSE },
  { "not-started", N_("Not Started"), is_not_started, FALSE },
  { "no-notes", N_("Scored Without Notes"), is_scored_without_notes, FALSE },
  { "carried-forward", N_("Carried Forward"), is_carried_forward, FALSE },
  { "changed", N_("Changed Since the Previous Assessment"), is_changed, TRUE },
  { "open-comments", N_("Open Comments"), has_open_comments, FALSE },
};

const AsrSidebarFilter *
asr_sidebar_filters (guint *n_filters)
{
  *n_filters = G_N_ELEMENTS (filters);
  return filters;
}

const AsrSidebarFilter *
asr_sidebar_filter_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (g_strcmp0 (filters[i].id, id) == 0)
      return &filters[i];
  return NULL;
}

gboolean
asr_sidebar_filter_matches (const AsrSidebarFilter *filter,
                            AsrQualityStatement    *statement,
                            const AsrSidebarFacts  *facts)
{
  return filter->predicate == NULL || filter->predicate (statement, facts);
}

void
asr_sidebar_facts_clear (AsrSidebarFacts *facts)
{
  g_clear_pointer (&facts->stale, g_hash_table_unref);
  g_clear_pointer (&facts->changed, g_hash_table_unref);
}

static void
collect_stale (AsrSidebarFacts *facts,
               AsrComparison   *comparison)
{
  AsrAssessment *assessment = asr_comparison_get_assessment (comparison);
  g_autoptr(GPtrArray) items = asr_comparison_list_carried_forward (comparison);

  for (guint i = 0; i < items->len; i++)
    {
      AsrCarriedForward *item = g_ptr_array_index (items, i);
      AsrQualityStatement *statement =
        asr_assessment_lookup_statement (assessment, item->key_question_id, item->statement_id);

      if (item->stale && statement != NULL)
        g_hash_table_add (facts->stale, statement);
    }
}

static void
collect_changed (AsrSidebarFacts *facts,
                 AsrComparison   *comparison)
{
  AsrAssessment *assessment = asr_comparison_get_assessment (comparison);
  g_autoptr(GPtrArray) changes = asr_comparison_list_statements (comparison);

  for (guint i = 0; i < changes->len; i++)
    {
      AsrStatementChange *change = g_ptr_array_index (changes, i);
      AsrQualityStatement *statement =
        asr_assessment_lookup_statement (assessment, change->key_question_id, change->statement_id);

      if (change->changed && statement != NULL)
        g_hash_table_add (facts->changed, statement);
    }
}

void
asr_sidebar_facts_update (AsrSidebarFacts *facts,
                          AsrComparison   *comparison,
                          gboolean         with_changes)
{
  asr_sidebar_facts_clear (facts);
  facts->stale = g_hash_table_new (NULL, NULL);
  if (comparison == NULL)
    return;

  collect_stale (facts, comparison);
  if (asr_comparison_get_baseline (comparison) == NULL)
    return;
  facts->changed = g_hash_table_new (NULL, NULL);
  if (with_changes)
    collect_changed (facts, comparison);
}

char *
asr_sidebar_fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

/* The byte offset in @text whose folded prefix is @folded_offset bytes
 * long (rounded up to the next whole character). */
static const char *
unfold_offset (const char *text,
               gsize       folded_offset)
{
  gsize folded = 0;
  const char *p = text;

  while (*p != '\0' && folded < folded_offset)
    {
      const char *next = g_utf8_next_char (p);
      g_autofree char *one = g_strndup (p, next - p);
      g_autofree char *one_folded = asr_sidebar_fold (one);

      folded += strlen (one_folded);
      p = next;
    }
  return p;
}

/* @n characters before @from, moved on to the start of a word. */
static const char *
context_start (const char *text,
               const char *from,
               int         n)
{
  const char *p = from;

  for (; n > 0 && p > text; n--)
    p = g_utf8_prev_char (p);
  if (p > text)
    {
      while (p < from && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      while (p < from && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
    }
  return p;
}

/* @n characters after @from, moved back to the end of a word. */
static const char *
context_end (const char *from,
             int         n)
{
  const char *p = from;
  const char *last_space = NULL;

  for (; n > 0 && *p != '\0'; n--, p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      last_space = p;
  return *p == '\0' || last_space == NULL ? p : last_space;
}

static void
append_escaped (GString    *out,
                const char *start,
                const char *end)
{
  g_autofree char *part = g_strndup (start, end - start);
  g_autofree char *escaped = g_markup_escape_text (g_strdelimit (part, "\n\r\t", ' '), -1);

  g_string_append (out, escaped);
}

char *
asr_sidebar_notes_snippet (const char *notes,
                           const char *folded_query)
{
  g_autofree char *folded = NULL;
  const char *hit, *start, *end, *before, *after;
  GString *out;

  g_return_val_if_fail (notes != NULL && folded_query != NULL, NULL);

  folded = asr_sidebar_fold (notes);
  hit = strstr (folded, folded_query);
  if (folded_query[0] == '\0' || hit == NULL)
    return NULL;

  start = unfold_offset (notes, hit - folded);
  end = unfold_offset (notes, hit - folded + strlen (folded_query));
  before = context_start (notes, start, SNIPPET_BEFORE);
  after = context_end (end, SNIPPET_AFTER);

  out = g_string_new (before > notes ? "…" : "");
  append_escaped (out, before, start);
  g_string_append (out, "<b>");
  append_escaped (out, start, end);
  g_string_append (out, "</b>");
  append_escaped (out, end, after);
  if (*after != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}
