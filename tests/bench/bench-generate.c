/* bench-generate.c: assessments with long notes of realistic prose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Notes mix plain text with what costs a reader and a writer: non-ASCII
 * (curly quotes, accents, a Gujarati word, an emoji), double quotes,
 * backslashes, tabs and line breaks.
 */
#include "bench.h"

static const char * const sentences[] = {
  "Staff reported incidents through the electronic system and knew how to use it.",
  "Managers reviewed each incident within 48 hours and shared lessons at the monthly team meeting.",
  "People told us staff were “like family”, and the relatives we spoke with agreed.",
  "One relative said: \"They always ring me if anything changes, even at night.\"",
  "Mrs O’Brien’s care plan described her routines — breakfast at 7:30, a walk after "
    "lunch — in her own words.",
  "The café on the ground floor hosted a weekly coffee morning (£2 donation, proceeds "
    "to the residents’ fund).",
  "Medicines administration records had gaps for 4 people over 2 weeks; time-sensitive "
    "medicines for Parkinson’s disease were not always given on time.",
  "We observed one person given a meal of the wrong texture at lunch; staff corrected "
    "this when we raised it.",
  "Rotas showed the home was regularly one care worker short at night.",
  "Agency staff did not always receive an induction before their first shift.",
  "The registered manager was visible and known to everyone we spoke with.",
  "Feedback from the local authority’s quality team was positive: “responsive and open "
    "to challenge”.",
  "Risk assessments for choking were reviewed monthly, but two had not been updated "
    "after the speech and language therapist’s visit.",
  "Staff spoke Polish, Urdu and Tagalog with people who preferred it; the menu was "
    "also available in Gujarati (ગુજરાતી) and Welsh (Cymraeg).",
  "Temperatures in the clinic room stayed between 15 °C and 25 °C throughout the month we sampled.",
  "We saw staff knock before entering rooms and speak with people at eye level 🙂.",
  "Audits had not identified the gaps in medicines records that we found.",
  "Daily notes read, for example, \"Settled well.\tSlept 22:00–06:30, no PRN given.\"",
  "Policies were kept on the shared drive under S:\\Care\\Policies\\2024 and staff "
    "could find them.",
  "A naïve reading of the falls data suggests improvement; the rise in unwitnessed "
    "falls after 02:00 tells another story.",
  "Safeguarding referrals (n = 3) were made promptly and the outcomes were recorded.",
};

/* Appends whole sentences to @out until it has grown by @length bytes,
 * with paragraph breaks and, now and then, a list. */
static void
append_prose (GString *out,
              GRand   *rand,
              gsize    length)
{
  gsize goal = out->len + length;
  guint in_paragraph = 0;

  while (out->len < goal)
    {
      const char *sentence = sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (sentences))];

      if (in_paragraph > 0 && g_rand_int_range (rand, 0, 5) == 0)
        {
          g_string_append (out, g_rand_int_range (rand, 0, 4) == 0 ? "\n- " : "\n\n");
          in_paragraph = 0;
        }
      else if (in_paragraph > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, sentence);
      in_paragraph++;
    }
}

static char *
make_note (GRand *rand,
           gsize  length)
{
  GString *out = g_string_sized_new (length + 256);

  if (length > 0)
    append_prose (out, rand, length);
  return g_string_free (out, FALSE);
}

char *
bench_make_prose (gsize length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261014);

  return make_note (rand, length);
}

/* ------------------------------------------------------------------ */
/* Assessments                                                         */

void
bench_fill_metadata (AsrAssessment *self)
{
  const char * const assessors[] = {
    "A. Inspector", "B. Specialist adviser", "C. Expert by experience", NULL
  };
  static const AsrRating previous[] = {
    ASR_RATING_GOOD, ASR_RATING_GOOD, ASR_RATING_OUTSTANDING,
    ASR_RATING_GOOD, ASR_RATING_REQUIRES_IMPROVEMENT,
  };
  GListModel *kqs = asr_assessment_get_key_questions (self);

  asr_assessment_set_provider (self, "Brookvale Care Ltd");
  asr_assessment_set_location (self, "Larchfield House, 12 Mill Lane, Exampleton");
  asr_assessment_set_service_name (self, "Larchfield House");
  asr_assessment_set_service_type (self, "Care home without nursing");
  asr_assessment_set_date (self, "2026-10-14");
  asr_assessment_set_assessors (self, assessors);
  asr_assessment_set_breach_of_regulation (self, TRUE);
  asr_assessment_set_previous_date (self, "2023-03-02");
  asr_assessment_set_previous_source (self, "Typed in from the published report of 2 March 2023");
  asr_assessment_set_previous_overall_rating (self, ASR_RATING_GOOD);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);

      asr_key_question_set_previous_rating (kq, previous[i % G_N_ELEMENTS (previous)]);
      if (i == 0)
        asr_key_question_set_enforcement (kq, ASR_ENFORCEMENT_REQUIREMENT_NOTICE);
    }
}

static void
fill_statement (AsrQualityStatement *statement,
                guint                index,
                gboolean             legacy,
                gsize                unit,
                GRand               *rand)
{
  GListModel *evidence = asr_quality_statement_get_evidence (statement);
  g_autofree char *notes = make_note (rand, 3 * unit);
  /* Mostly assessed; a few carried forward or not applicable. */
  AsrSource source = index % 11 == 4 ? ASR_SOURCE_CARRIED_FORWARD
                     : index % 17 == 9 ? ASR_SOURCE_NOT_APPLICABLE
                     : ASR_SOURCE_ASSESSED;

  asr_quality_statement_set_source (statement, source);
  if (source == ASR_SOURCE_ASSESSED && !legacy)
    asr_quality_statement_set_score (statement, 1 + (index * 7 + 2) % 4);
  asr_quality_statement_set_notes (statement, notes);
  for (guint e = 0; e < g_list_model_get_n_items (evidence); e++)
    {
      g_autoptr(AsrEvidence) category = g_list_model_get_item (evidence, e);

      if (legacy || e < BENCH_N_EVIDENCE_NOTES)
        asr_evidence_set_score (category, 1 + (index + e * 3) % 4);
      if (e < BENCH_N_EVIDENCE_NOTES)
        {
          g_autofree char *text = make_note (rand, unit);
          asr_evidence_set_notes (category, text);
        }
    }
}

AsrAssessment *
bench_build_assessment (const char *framework_id,
                        gsize       unit)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup (framework_id, NULL);
  AsrAssessment *self = asr_assessment_new (framework);
  gboolean legacy = asr_framework_get_scoring_method (framework) == ASR_SCORING_EVIDENCE_CATEGORIES;
  GListModel *kqs = asr_assessment_get_key_questions (self);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261014);
  guint index = 0;

  bench_fill_metadata (self);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      GListModel *statements = asr_key_question_get_statements (kq);

      for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
        {
          g_autoptr(AsrQualityStatement) statement = g_list_model_get_item (statements, j);
          fill_statement (statement, index++, legacy, unit, rand);
        }
    }
  return self;
}

/* Every statement filled, every note empty but one: a single paragraph of
 * about @length bytes in the first quality statement. */
AsrAssessment *
bench_build_single_note (const char *framework_id,
                         gsize       length)
{
  AsrAssessment *self = bench_build_assessment (framework_id, 0);
  GListModel *kqs = asr_assessment_get_key_questions (self);
  g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, 0);
  g_autoptr(AsrQualityStatement) statement =
    g_list_model_get_item (asr_key_question_get_statements (kq), 0);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261014);
  GString *note = g_string_sized_new (length + 256);

  while (note->len < length)
    {
      g_string_append (note, sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (sentences))]);
      g_string_append_c (note, ' ');
    }
  asr_quality_statement_set_notes (statement, note->str);
  g_string_free (note, TRUE);
  return self;
}

static gsize
serialized_size (AsrAssessment *assessment)
{
  g_autoptr(GBytes) bytes = asr_assessment_serialize (assessment);

  return g_bytes_get_size (bytes);
}

/* The file size grows about linearly with the note length: two small
 * builds give the line, then one correction for whole-sentence notes
 * running over their length. */
AsrAssessment *
bench_build_assessment_of_size (const char *framework_id,
                                gsize       target,
                                gsize      *skeleton_size)
{
  const gsize probe = 400;
  g_autoptr(AsrAssessment) empty = bench_build_assessment (framework_id, 0);
  g_autoptr(AsrAssessment) probed = bench_build_assessment (framework_id, probe);
  g_autoptr(AsrAssessment) first = NULL;
  gsize base = serialized_size (empty);
  double slope = (double) (serialized_size (probed) - base) / probe;
  gsize unit = target > base ? (gsize) ((target - base) / slope) : 0;
  gsize size;

  *skeleton_size = base;
  if (unit == 0)
    return g_steal_pointer (&empty);
  first = bench_build_assessment (framework_id, unit);
  size = serialized_size (first);
  unit = (gsize) (unit * ((double) (target - base) / (size - base)));
  return bench_build_assessment (framework_id, unit);
}

int
bench_write_generated (const char *path,
                       const char *framework_id,
                       gsize       size)
{
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup (framework_id, NULL);
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize skeleton_size;

  if (framework == NULL)
    {
      g_printerr ("bench: unknown framework %s\n", framework_id);
      return 2;
    }
  assessment = bench_build_assessment_of_size (framework_id, size, &skeleton_size);
  bytes = asr_assessment_serialize (assessment);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      g_printerr ("bench: %s\n", error->message);
      return 1;
    }
  return 0;
}
