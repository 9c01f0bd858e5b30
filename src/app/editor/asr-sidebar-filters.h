/* asr-sidebar-filters.h: which quality statements the sidebar shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filters are one table of {id, label, predicate}: a new filter is one
 * more entry.  A predicate looks at the statement and at the facts the
 * comparison gives (which carried-forward scores are stale, which
 * statements changed since the previous assessment); it copies nothing.
 */
#pragma once

#include <glib.h>

#include "asr-core.h"
#include "asr-comparison.h"

G_BEGIN_DECLS

typedef struct
{
  GHashTable *stale;    /* AsrQualityStatement * set: stale carried forward */
  GHashTable *changed;  /* AsrQualityStatement * set; NULL: no previous assessment */
} AsrSidebarFacts;

typedef gboolean (*AsrSidebarPredicate) (AsrQualityStatement   *statement,
                                         const AsrSidebarFacts *facts);

typedef struct
{
  const char          *id;
  const char          *label;          /* N_(): translate when shown */
  AsrSidebarPredicate  predicate;      /* NULL: every statement */
  gboolean             needs_baseline; /* insensitive without one */
} AsrSidebarFilter;

/* The table, "all" first. */
const AsrSidebarFilter *asr_sidebar_filters          (guint                  *n_filters);
/* NULL for an unknown id. */
const AsrSidebarFilter *asr_sidebar_filter_lookup    (const char             *id);
gboolean                asr_sidebar_filter_matches   (const AsrSidebarFilter *filter,
                                                      AsrQualityStatement    *statement,
                                                      const AsrSidebarFacts  *facts);

/* Recomputes @facts from @comparison (stale always, changed only when it
 * has a baseline); @with_changes FALSE skips the statement comparison. */
void                    asr_sidebar_facts_update     (AsrSidebarFacts        *facts,
                                                      AsrComparison          *comparison,
                                                      gboolean                with_changes);
void                    asr_sidebar_facts_clear      (AsrSidebarFacts        *facts);

/* Normalized and casefolded, for matching. */
char                   *asr_sidebar_fold             (const char             *text);
/* Where @folded_query occurs in @notes: Pango markup, the match in bold
 * with a few words either side ("…the <b>ligature</b> policy…"); NULL when
 * it does not occur. */
char                   *asr_sidebar_notes_snippet    (const char             *notes,
                                                      const char             *folded_query);

G_END_DECLS
