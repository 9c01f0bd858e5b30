/* test-rules.c: CQC's scoring rules against the figures in the domain notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every figure here comes from ../shared/domain/cqc-saf.md (section in
 * brackets); a rule that changes must change a figure below.
 */
#define G_LOG_DOMAIN "test-rules"

#include <string.h>
#include <glib.h>

#include "asr-aggregate.h"
#include "asr-core.h"

static AsrFramework *
builtin (const char *id)
{
  g_autoptr(GError) error = NULL;
  AsrFramework *framework = asr_framework_registry_lookup (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);
  return framework;
}

/* 100·S ÷ (4·n) = 25·S ÷ n, rounded half up, from the exact fraction:
 * quotient q and remainder r of 25·S by n; round up when r/n ≥ ½. */
static int
reference_percentage (gint64 sum,
                      gint64 n)
{
  gint64 q = (25 * sum) / n;
  gint64 r = (25 * sum) % n;

  return (int) (2 * r >= n ? q + 1 : q);
}

/* [§2] exhaustively for every n 1–40 and every possible sum 0–4n */
static void
test_percentage_exhaustive (void)
{
  for (gint64 n = 1; n <= 40; n++)
    for (gint64 sum = 0; sum <= 4 * n; sum++)
      {
        int got = asr_rules_percentage (sum, n);
        int want = reference_percentage (sum, n);

        if (got != want)
          g_error ("asr_rules_percentage (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                   ") = %d, expected %d", sum, n, got, want);
      }
}

static void
test_percentage_none (void)
{
  /* Nothing scored: no figure, never 0 (§7: "11 out of 100"). */
  g_assert_cmpint (asr_rules_percentage (0, 0), ==, -1);
}

typedef struct
{
  const char *what;
  gint64      sum;
  gint64      n;
  int         percentage;
  AsrRating   band;
} NamedCase;

/* [§2], [§7] */
static const NamedCase named_cases[] = {
  { "seed 000 Well-led 3,3,3,3,2,3,3", 20, 7, 71, ASR_RATING_GOOD },
  { "seed 004 seven 3s", 21, 7, 75, ASR_RATING_GOOD },
  { "4×3 + 4×2: 62.5 rounds up to Good", 20, 8, 63, ASR_RATING_GOOD },
  { "sum 28 of 8: 87.5 rounds up to Outstanding", 28, 8, 88, ASR_RATING_OUTSTANDING },
  { "3 of 2 statements: 37.5 → 38, still Inadequate", 3, 2, 38, ASR_RATING_INADEQUATE },
  { "CQC worked example 11/16", 11, 4, 69, ASR_RATING_GOOD },
  { "published safe 68.75", 11, 4, 69, ASR_RATING_GOOD },
  { "published 71.875", 23, 8, 72, ASR_RATING_GOOD },
  { "published responsive 85.71", 24, 7, 86, ASR_RATING_GOOD },
  { "published well-led 28.57", 8, 7, 29, ASR_RATING_INADEQUATE },
  { "all 4s", 32, 8, 100, ASR_RATING_OUTSTANDING },
  { "all 1s", 8, 8, 25, ASR_RATING_INADEQUATE },
  { "all 2s", 14, 7, 50, ASR_RATING_REQUIRES_IMPROVEMENT },
};

static void
test_percentage_named (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2024");

  for (guint i = 0; i < G_N_ELEMENTS (named_cases); i++)
    {
      const NamedCase *c = &named_cases[i];
      int got = asr_rules_percentage (c->sum, c->n);

      g_test_message ("%s", c->what);
      g_assert_cmpint (got, ==, c->percentage);
      g_assert_cmpint (asr_framework_rating_for_percentage (framework, got), ==, c->band);
    }
}

/* [§7] truncation cannot give the published numbers */
static void
test_percentage_not_truncated (void)
{
  static const struct { gint64 sum, n; int published, truncated; } cases[] = {
    { 11, 4, 69, 68 }, { 23, 8, 72, 71 }, { 24, 7, 86, 85 }, { 8, 7, 29, 28 },
    { 20, 8, 63, 62 }, { 28, 8, 88, 87 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int got = asr_rules_percentage (cases[i].sum, cases[i].n);

      g_assert_cmpint (got, ==, cases[i].published);
      g_assert_cmpint ((int) (100 * cases[i].sum / (4 * cases[i].n)), ==, cases[i].truncated);
    }
}

/* [§2] 88–100 Outstanding · 63–87 Good · 39–62 RI · 25–38 Inadequate */
static void
test_bands_edges (void)
{
  static const struct { int percentage; AsrRating band; } edges[] = {
    { 24, ASR_RATING_NONE },
    { 25, ASR_RATING_INADEQUATE },
    { 38, ASR_RATING_INADEQUATE },
    { 39, ASR_RATING_REQUIRES_IMPROVEMENT },
    { 62, ASR_RATING_REQUIRES_IMPROVEMENT },
    { 63, ASR_RATING_GOOD },
    { 87, ASR_RATING_GOOD },
    { 88, ASR_RATING_OUTSTANDING },
    { 100, ASR_RATING_OUTSTANDING },
    { 101, ASR_RATING_NONE },
  };
  /* The numeric built-ins: a judgement framework has no bands. */
  static const char * const ids[] = { "cqc-saf-2024", "cqc-saf-2023", NULL };

  for (guint f = 0; ids[f] != NULL; f++)
    {
      g_autoptr(AsrFramework) framework = builtin (ids[f]);

      for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
        g_assert_cmpint (asr_framework_rating_for_percentage (framework, edges[i].percentage),
                         ==, edges[i].band);
    }
}

static void
test_bands_every_percentage (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2024");

  for (int p = 25; p <= 100; p++)
    {
      AsrRating want = p >= 88 ? ASR_RATING_OUTSTANDING
                       : p >= 63 ? ASR_RATING_GOOD
                       : p >= 39 ? ASR_RATING_REQUIRES_IMPROVEMENT
                       : ASR_RATING_INADEQUATE;

      g_assert_cmpint (asr_framework_rating_for_percentage (framework, p), ==, want);
    }
}

/* [§2] Outstanding 4, Good 3, Requires improvement 2, Inadequate 1 */
static void
test_carried_forward (void)
{
  g_assert_cmpint (asr_rules_carried_forward_score (ASR_RATING_OUTSTANDING), ==, 4);
  g_assert_cmpint (asr_rules_carried_forward_score (ASR_RATING_GOOD), ==, 3);
  g_assert_cmpint (asr_rules_carried_forward_score (ASR_RATING_REQUIRES_IMPROVEMENT), ==, 2);
  g_assert_cmpint (asr_rules_carried_forward_score (ASR_RATING_INADEQUATE), ==, 1);
  g_assert_cmpint (asr_rules_carried_forward_score (ASR_RATING_NONE), ==, 0);
}

static void
assert_kq_rating (AsrRating      band,
                  AsrEnforcement enforcement,
                  gboolean       limiters,
                  guint          n_one,
                  AsrRating      override,
                  AsrRating      want,
                  AsrLimit       want_limit)
{
  AsrLimit limit = 99;
  AsrRating got = asr_rules_key_question_rating (band, enforcement, limiters, n_one,
                                                 override, &limit);

  g_assert_cmpint (got, ==, want);
  g_assert_cmpint (limit, ==, want_limit);
}

/* [§3] a requirement notice limits to Requires improvement at best */
static void
test_kq_requirement_notice (void)
{
  const AsrEnforcement rn = ASR_ENFORCEMENT_REQUIREMENT_NOTICE;

  assert_kq_rating (ASR_RATING_OUTSTANDING, rn, FALSE, 0, ASR_RATING_NONE,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_REQUIREMENT_NOTICE);
  assert_kq_rating (ASR_RATING_GOOD, rn, FALSE, 0, ASR_RATING_NONE,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_REQUIREMENT_NOTICE);
  assert_kq_rating (ASR_RATING_REQUIRES_IMPROVEMENT, rn, FALSE, 0, ASR_RATING_NONE,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_NONE);
  assert_kq_rating (ASR_RATING_INADEQUATE, rn, FALSE, 0, ASR_RATING_NONE,
                    ASR_RATING_INADEQUATE, ASR_LIMIT_NONE);
}

/* [§3] a warning notice makes it Inadequate */
static void
test_kq_warning_notice (void)
{
  const AsrEnforcement wn = ASR_ENFORCEMENT_WARNING_NOTICE;

  for (AsrRating band = ASR_RATING_REQUIRES_IMPROVEMENT; band <= ASR_RATING_OUTSTANDING; band++)
    assert_kq_rating (band, wn, FALSE, 0, ASR_RATING_NONE,
                      ASR_RATING_INADEQUATE, ASR_LIMIT_WARNING_NOTICE);
  assert_kq_rating (ASR_RATING_INADEQUATE, wn, FALSE, 0, ASR_RATING_NONE,
                    ASR_RATING_INADEQUATE, ASR_LIMIT_NONE);
}

static void
test_kq_no_enforcement (void)
{
  for (AsrRating band = ASR_RATING_NONE; band <= ASR_RATING_OUTSTANDING; band++)
    assert_kq_rating (band, ASR_ENFORCEMENT_NONE, FALSE, 3, ASR_RATING_NONE,
                      band, ASR_LIMIT_NONE);
}

/* [§3] limiters are advisory and only apply when enabled */
static void
test_kq_advisory_limiter (void)
{
  const AsrEnforcement none = ASR_ENFORCEMENT_NONE;

  assert_kq_rating (ASR_RATING_GOOD, none, FALSE, 1, ASR_RATING_NONE,
                    ASR_RATING_GOOD, ASR_LIMIT_NONE);
  assert_kq_rating (ASR_RATING_GOOD, none, TRUE, 0, ASR_RATING_NONE,
                    ASR_RATING_GOOD, ASR_LIMIT_NONE);
  assert_kq_rating (ASR_RATING_GOOD, none, TRUE, 1, ASR_RATING_NONE,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_ADVISORY_LIMITER);
  assert_kq_rating (ASR_RATING_OUTSTANDING, none, TRUE, 2, ASR_RATING_NONE,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_ADVISORY_LIMITER);
  assert_kq_rating (ASR_RATING_REQUIRES_IMPROVEMENT, none, TRUE, 1, ASR_RATING_NONE,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_NONE);
  /* A warning notice is the stronger limit. */
  assert_kq_rating (ASR_RATING_GOOD, ASR_ENFORCEMENT_WARNING_NOTICE, TRUE, 1, ASR_RATING_NONE,
                    ASR_RATING_INADEQUATE, ASR_LIMIT_WARNING_NOTICE);
}

/* [§3] an override wins, either way, and says so */
static void
test_kq_override (void)
{
  assert_kq_rating (ASR_RATING_GOOD, ASR_ENFORCEMENT_NONE, FALSE, 0, ASR_RATING_OUTSTANDING,
                    ASR_RATING_OUTSTANDING, ASR_LIMIT_OVERRIDE);
  assert_kq_rating (ASR_RATING_OUTSTANDING, ASR_ENFORCEMENT_REQUIREMENT_NOTICE, FALSE, 0,
                    ASR_RATING_GOOD, ASR_RATING_GOOD, ASR_LIMIT_OVERRIDE);
  assert_kq_rating (ASR_RATING_GOOD, ASR_ENFORCEMENT_WARNING_NOTICE, TRUE, 1,
                    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_RATING_REQUIRES_IMPROVEMENT,
                    ASR_LIMIT_OVERRIDE);
  assert_kq_rating (ASR_RATING_GOOD, ASR_ENFORCEMENT_NONE, FALSE, 0, ASR_RATING_GOOD,
                    ASR_RATING_GOOD, ASR_LIMIT_OVERRIDE);
  /* Judgement may rate a key question that has no figure yet. */
  assert_kq_rating (ASR_RATING_NONE, ASR_ENFORCEMENT_NONE, FALSE, 0, ASR_RATING_INADEQUATE,
                    ASR_RATING_INADEQUATE, ASR_LIMIT_OVERRIDE);
}

static void
test_kq_unrated (void)
{
  assert_kq_rating (ASR_RATING_NONE, ASR_ENFORCEMENT_WARNING_NOTICE, TRUE, 1, ASR_RATING_NONE,
                    ASR_RATING_NONE, ASR_LIMIT_NONE);
}

typedef struct
{
  const char  *what;
  guint        n_i, n_ri, n_g, n_o, n_none;
  AsrRating    rating;
  AsrPrinciple principle;
  int          inferred;   /* -1: not asserted */
} OverallCase;

/* [§4] */
static const OverallCase overall_cases[] = {
  { "seed 001: Caring and Well-led Outstanding, rest Good", 0, 0, 3, 2, 0,
    ASR_RATING_OUTSTANDING, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "two Inadequate", 2, 0, 3, 0, 0,
    ASR_RATING_INADEQUATE, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "five Inadequate", 5, 0, 0, 0, 0,
    ASR_RATING_INADEQUATE, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "two Inadequate, two Outstanding", 2, 0, 1, 2, 0,
    ASR_RATING_INADEQUATE, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "one Inadequate, rest Good", 1, 0, 4, 0, 0,
    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_PRINCIPLE_ONE_INADEQUATE, TRUE },
  { "one Inadequate, rest Outstanding", 1, 0, 0, 4, 0,
    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_PRINCIPLE_ONE_INADEQUATE, TRUE },
  { "one Inadequate, two RI: the two-RI rule", 1, 2, 2, 0, 0,
    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "one Inadequate, one RI", 1, 1, 3, 0, 0,
    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_PRINCIPLE_ONE_INADEQUATE, -1 },
  { "two RI", 0, 2, 3, 0, 0,
    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "two RI, three Outstanding", 0, 2, 0, 3, 0,
    ASR_RATING_REQUIRES_IMPROVEMENT, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "two Outstanding, one RI: not Outstanding", 0, 1, 2, 2, 0,
    ASR_RATING_GOOD, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "four Outstanding, one RI", 0, 1, 0, 4, 0,
    ASR_RATING_GOOD, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "one Outstanding", 0, 0, 4, 1, 0,
    ASR_RATING_GOOD, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "one RI, rest Good", 0, 1, 4, 0, 0,
    ASR_RATING_GOOD, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "all Good", 0, 0, 5, 0, 0,
    ASR_RATING_GOOD, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "all Outstanding", 0, 0, 0, 5, 0,
    ASR_RATING_OUTSTANDING, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "one unrated", 0, 0, 4, 0, 1,
    ASR_RATING_NONE, ASR_PRINCIPLE_NONE, FALSE },
  { "one unrated, two Inadequate", 2, 0, 2, 0, 1,
    ASR_RATING_NONE, ASR_PRINCIPLE_NONE, FALSE },
  { "nothing rated", 0, 0, 0, 0, 5,
    ASR_RATING_NONE, ASR_PRINCIPLE_NONE, FALSE },
  { "no key questions", 0, 0, 0, 0, 0,
    ASR_RATING_NONE, ASR_PRINCIPLE_NONE, FALSE },
};

static void
test_overall (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2024");
  g_autoptr(AsrFramework) legacy = builtin ("cqc-saf-2023");

  for (guint i = 0; i < 2 * G_N_ELEMENTS (overall_cases); i++)
    {
      const OverallCase *c = &overall_cases[i % G_N_ELEMENTS (overall_cases)];
      AsrFramework *f = i < G_N_ELEMENTS (overall_cases) ? framework : legacy;
      AsrPrinciple principle = 99;
      gboolean inferred = 99;
      AsrRating got;

      g_test_message ("%s", c->what);
      got = asr_rules_overall (f, c->n_i, c->n_ri, c->n_g, c->n_o, c->n_none,
                               &principle, &inferred);
      g_assert_cmpint (got, ==, c->rating);
      g_assert_cmpint (principle, ==, c->principle);
      if (c->inferred >= 0)
        g_assert_cmpint (inferred, ==, c->inferred);
    }
}

/* [§8] The aggregation rule at n = 1…12; ratings as letters: I Inadequate,
 * R Requires improvement, G Good, O Outstanding.  X = 1 for 1–3, 2 for 4–8,
 * 3 for 9 and more. */
typedef struct
{
  const char  *ratings;
  AsrRating    rating;
  AsrPrinciple principle;
  gboolean     inferred;
} AggregateCase;

#define I_ ASR_RATING_INADEQUATE
#define R_ ASR_RATING_REQUIRES_IMPROVEMENT
#define G_ ASR_RATING_GOOD
#define O_ ASR_RATING_OUTSTANDING

static const AggregateCase aggregate_cases[] = {
  { "I", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "R", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "G", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "O", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "OG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "OR", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "IO", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "GG", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "OOG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "GGR", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "GGI", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "IGGG", R_, ASR_PRINCIPLE_ONE_INADEQUATE, TRUE },
  { "IIGG", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "RRGG", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "RGGG", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "OOGG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "OGGG", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "OORG", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "IRGG", R_, ASR_PRINCIPLE_ONE_INADEQUATE, FALSE },
  { "OOGGG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "RRGGGG", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "IGGGGO", R_, ASR_PRINCIPLE_ONE_INADEQUATE, TRUE },
  { "OOGGGGG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "IIGGGGGG", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "OOGGGGGG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "RGGGGGGO", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "IIGGGGGGG", R_, ASR_PRINCIPLE_ONE_INADEQUATE, TRUE },
  { "IIIGGGGGG", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
  { "RRGGGGGGG", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "RRRGGGGGG", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "OOOGGGGGG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "OOGGGGGGG", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "RRRRGGGGGG", R_, ASR_PRINCIPLE_TWO_REQUIRES_IMPROVEMENT, FALSE },
  { "IIRRGGGGGG", R_, ASR_PRINCIPLE_ONE_INADEQUATE, FALSE },
  { "OOOGGGGGGGG", O_, ASR_PRINCIPLE_TWO_OUTSTANDING, FALSE },
  { "OOOOGGGGGGGR", G_, ASR_PRINCIPLE_OTHERWISE_GOOD, FALSE },
  { "IIIRRRGGGGGG", I_, ASR_PRINCIPLE_TWO_INADEQUATE, FALSE },
};

static void
test_aggregate (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2024");
  guint covered = 0;

  for (guint i = 0; i < G_N_ELEMENTS (aggregate_cases); i++)
    {
      const AggregateCase *c = &aggregate_cases[i];
      AsrRating ratings[16];
      guint n = strlen (c->ratings);
      AsrAggregate a;

      for (guint k = 0; k < n; k++)
        ratings[k] = c->ratings[k] == 'I' ? I_ : c->ratings[k] == 'R' ? R_
                     : c->ratings[k] == 'G' ? G_ : O_;
      g_test_message ("%s", c->ratings);
      asr_aggregate_ratings (framework, ratings, n, &a);
      g_assert_cmpuint (a.n, ==, n);
      g_assert_cmpint (a.rating, ==, c->rating);
      g_assert_cmpint (a.principle, ==, c->principle);
      g_assert_cmpint (a.inferred, ==, c->inferred);
      covered |= 1u << n;
    }
  /* every n from 1 to 12 */
  g_assert_cmpuint (covered, ==, 0x1ffe);
}

static void
test_aggregate_explain (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2024");
  const AsrRating ratings[] = { I_, G_, G_, O_, ASR_RATING_NONE };
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  AsrAggregate a;

  asr_aggregate_ratings (framework, ratings, G_N_ELEMENTS (ratings), &a);
  text = asr_aggregate_explain (&a, "A Inadequate, B Good, C Good, D Outstanding");
  g_assert_cmpstr (text, ==,
                   "Requires improvement: 1 of 4 ratings are Inadequate, fewer than X; Requires "
                   "improvement is inferred (the published rule does not cover this case) "
                   "(X = 2 for 4–8 ratings). From: A Inadequate, B Good, C Good, D Outstanding");
  asr_aggregate_ratings (framework, ratings + 4, 1, &a);
  g_assert_cmpint (a.rating, ==, ASR_RATING_NONE);
  none = asr_aggregate_explain (&a, "");
  g_assert_cmpstr (none, ==, "Not rated: there are no ratings to combine");
}

/* [§3] any breach of regulation caps the overall at Requires improvement */
static void
test_breach_cap (void)
{
  static const struct { AsrRating in; gboolean breach; AsrRating out; gboolean capped; } cases[] = {
    { ASR_RATING_OUTSTANDING, TRUE, ASR_RATING_REQUIRES_IMPROVEMENT, TRUE },
    { ASR_RATING_GOOD, TRUE, ASR_RATING_REQUIRES_IMPROVEMENT, TRUE },
    { ASR_RATING_REQUIRES_IMPROVEMENT, TRUE, ASR_RATING_REQUIRES_IMPROVEMENT, FALSE },
    { ASR_RATING_INADEQUATE, TRUE, ASR_RATING_INADEQUATE, FALSE },
    { ASR_RATING_NONE, TRUE, ASR_RATING_NONE, FALSE },
    { ASR_RATING_OUTSTANDING, FALSE, ASR_RATING_OUTSTANDING, FALSE },
    { ASR_RATING_GOOD, FALSE, ASR_RATING_GOOD, FALSE },
    { ASR_RATING_INADEQUATE, FALSE, ASR_RATING_INADEQUATE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean capped = 99;

      g_assert_cmpint (asr_rules_breach_cap (cases[i].in, cases[i].breach, &capped),
                       ==, cases[i].out);
      g_assert_cmpint (capped, ==, cases[i].capped);
    }
}

/* [§2 legacy] evidence categories 3,2,3,3 = 11/16 = 69% → 3 */
static void
test_legacy_worked_example (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2023");
  int percentage = -2;

  g_assert_cmpint (asr_framework_get_scoring_method (framework), ==,
                   ASR_SCORING_EVIDENCE_CATEGORIES);
  g_assert_cmpint (asr_rules_score_from_evidence (framework, 3 + 2 + 3 + 3, 4, &percentage), ==, 3);
  g_assert_cmpint (percentage, ==, 69);
}

static void
test_legacy_score_from_evidence (void)
{
  g_autoptr(AsrFramework) framework = builtin ("cqc-saf-2023");
  static const struct { gint64 sum, n; int percentage, score; } cases[] = {
    { 0, 0, -1, 0 },       /* nothing scored */
    { 1, 1, 25, 1 },
    { 3, 2, 38, 1 },       /* 37.5 → 38: 1 */
    { 7, 4, 44, 2 },       /* 2,2,2,1 */
    { 5, 2, 63, 3 },       /* 3,2: 62.5 → 63 → 3, truncation would say 2 */
    { 7, 2, 88, 4 },       /* 4,3: 87.5 → 88 → 4 */
    { 15, 4, 94, 4 },
    { 24, 6, 100, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int percentage = -2;

      g_assert_cmpint (asr_rules_score_from_evidence (framework, cases[i].sum, cases[i].n,
                                                      &percentage), ==, cases[i].score);
      g_assert_cmpint (percentage, ==, cases[i].percentage);
    }

  /* And for every combination of up to six categories, the band of the
   * rounded percentage. */
  for (gint64 n = 1; n <= 6; n++)
    for (gint64 sum = n; sum <= 4 * n; sum++)
      {
        int percentage;
        int score = asr_rules_score_from_evidence (framework, sum, n, &percentage);

        g_assert_cmpint (percentage, ==, reference_percentage (sum, n));
        g_assert_cmpint (score, ==, percentage >= 88 ? 4 : percentage >= 63 ? 3
                                    : percentage >= 39 ? 2 : 1);
      }
}

/* [§7] observed practice: 62 when limited to RI from a better band */
static void
test_observed_published (void)
{
  static const struct { int pct; AsrRating band, rating; AsrLimit limit; int want; } cases[] = {
    { 66, ASR_RATING_GOOD, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_REQUIREMENT_NOTICE, 62 },
    { 69, ASR_RATING_GOOD, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_REQUIREMENT_NOTICE, 62 },
    { 90, ASR_RATING_OUTSTANDING, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_REQUIREMENT_NOTICE, 62 },
    { 75, ASR_RATING_GOOD, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_ADVISORY_LIMITER, 62 },
    /* not limited, or not to Requires improvement: the arithmetic figure */
    { 71, ASR_RATING_GOOD, ASR_RATING_GOOD, ASR_LIMIT_NONE, 71 },
    { 50, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_NONE, 50 },
    { 75, ASR_RATING_GOOD, ASR_RATING_INADEQUATE, ASR_LIMIT_WARNING_NOTICE, 75 },
    { 30, ASR_RATING_INADEQUATE, ASR_RATING_INADEQUATE, ASR_LIMIT_NONE, 30 },
    { 71, ASR_RATING_GOOD, ASR_RATING_REQUIRES_IMPROVEMENT, ASR_LIMIT_OVERRIDE, 71 },
    { -1, ASR_RATING_NONE, ASR_RATING_NONE, ASR_LIMIT_NONE, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (asr_rules_observed_published_percentage (cases[i].pct, cases[i].band,
                                                              cases[i].rating, cases[i].limit),
                     ==, cases[i].want);
}

static void
test_direction (void)
{
  g_assert_cmpint (asr_rules_direction (ASR_RATING_REQUIRES_IMPROVEMENT, ASR_RATING_GOOD), ==, ASR_DIRECTION_IMPROVED);
  g_assert_cmpint (asr_rules_direction (ASR_RATING_GOOD, ASR_RATING_GOOD), ==, ASR_DIRECTION_SAME);
  g_assert_cmpint (asr_rules_direction (ASR_RATING_OUTSTANDING, ASR_RATING_INADEQUATE), ==, ASR_DIRECTION_DECLINED);
  g_assert_cmpint (asr_rules_direction (ASR_RATING_NONE, ASR_RATING_GOOD), ==, ASR_DIRECTION_NONE);
  g_assert_cmpint (asr_rules_direction (ASR_RATING_GOOD, ASR_RATING_NONE), ==, ASR_DIRECTION_NONE);
  g_assert_cmpstr (asr_direction_to_id (ASR_DIRECTION_IMPROVED), ==, "improved");
  g_assert_cmpstr (asr_direction_to_label (ASR_DIRECTION_SAME), ==, "Stayed the same");
}

/* [§9] A focused assessment: every combination of focused, assessed or
 * not, band and previous rating. */
static void
test_focused_base (void)
{
  for (AsrRating band = ASR_RATING_NONE; band <= ASR_RATING_OUTSTANDING; band++)
    for (AsrRating previous = ASR_RATING_NONE; previous <= ASR_RATING_OUTSTANDING; previous++)
      for (guint n_assessed = 0; n_assessed <= 2; n_assessed++)
        {
          gboolean carried = TRUE;

          /* Not focused: nothing changes, ever. */
          g_assert_cmpint (asr_rules_focused_base (FALSE, n_assessed, band, previous, &carried), ==, band);
          g_assert_false (carried);
          /* Focused: the previous rating (even NONE) when nothing is assessed. */
          g_assert_cmpint (asr_rules_focused_base (TRUE, n_assessed, band, previous, &carried), ==,
                           n_assessed == 0 ? previous : band);
          g_assert_cmpint (carried, ==, n_assessed == 0);
        }
  /* A carried Good under a requirement notice is capped like a band. */
  g_assert_cmpint (asr_rules_key_question_rating (asr_rules_focused_base (TRUE, 0, ASR_RATING_NONE,
                                                                          ASR_RATING_GOOD, NULL),
                                                  ASR_ENFORCEMENT_REQUIREMENT_NOTICE, FALSE, 0,
                                                  ASR_RATING_NONE, NULL),
                   ==, ASR_RATING_REQUIRES_IMPROVEMENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/percentage/exhaustive", test_percentage_exhaustive);
  g_test_add_func ("/rules/percentage/none", test_percentage_none);
  g_test_add_func ("/rules/percentage/named", test_percentage_named);
  g_test_add_func ("/rules/percentage/not-truncated", test_percentage_not_truncated);
  g_test_add_func ("/rules/bands/edges", test_bands_edges);
  g_test_add_func ("/rules/bands/every-percentage", test_bands_every_percentage);
  g_test_add_func ("/rules/carried-forward", test_carried_forward);
  g_test_add_func ("/rules/key-question/requirement-notice", test_kq_requirement_notice);
  g_test_add_func ("/rules/key-question/warning-notice", test_kq_warning_notice);
  g_test_add_func ("/rules/key-question/no-enforcement", test_kq_no_enforcement);
  g_test_add_func ("/rules/key-question/advisory-limiter", test_kq_advisory_limiter);
  g_test_add_func ("/rules/key-question/override", test_kq_override);
  g_test_add_func ("/rules/key-question/unrated", test_kq_unrated);
  g_test_add_func ("/rules/overall/principles", test_overall);
  g_test_add_func ("/rules/overall/breach-cap", test_breach_cap);
  g_test_add_func ("/rules/aggregate/n-1-to-12", test_aggregate);
  g_test_add_func ("/rules/aggregate/explain", test_aggregate_explain);
  g_test_add_func ("/rules/legacy/worked-example", test_legacy_worked_example);
  g_test_add_func ("/rules/legacy/score-from-evidence", test_legacy_score_from_evidence);
  g_test_add_func ("/rules/observed-published", test_observed_published);
  g_test_add_func ("/rules/direction", test_direction);
  g_test_add_func ("/rules/focused/base", test_focused_base);

  return g_test_run ();
}
