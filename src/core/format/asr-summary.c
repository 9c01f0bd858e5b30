/* asr-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-summary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "asr-summary.h"

static void
write_int_or_null (AsrJsonWriter *writer,
                   const char    *key,
                   int            value)
{
  asr_json_writer_key (writer, key);
  if (value < 0)
    asr_json_writer_null (writer);
  else
    asr_json_writer_int (writer, value);
}

char *
asr_summary_format_figure (int percentage)
{
  g_return_val_if_fail (percentage >= 0 && percentage <= 100, NULL);

  /* TRANSLATORS: a key question's (or evidence categories') figure, "71 out
   * of 100": the one form Assessor writes a figure in, everywhere except
   * where CQC's own published sentence "scored 71 (out of 100)" is copied. */
  return g_strdup_printf (_("%d out of 100"), percentage);
}

gboolean
asr_summary_is_judged (AsrKeyQuestion *kq)
{
  AsrAssessment *assessment = asr_key_question_get_assessment (kq);

  return assessment != NULL &&
         asr_framework_get_scoring_method (asr_assessment_get_framework (assessment))
         == ASR_SCORING_JUDGEMENT;
}

char *
asr_summary_explain_judgement (AsrKeyQuestion *kq)
{
  AsrRating judged = asr_key_question_get_judgement_rating (kq);
  AsrLimit limit = asr_key_question_get_limited_by (kq);

  if (judged == ASR_RATING_NONE)
    return g_strdup (_("Not judged yet: this rating is judged in the round from the evidence, without a score."));
  if (limit == ASR_LIMIT_NONE)
    return g_strdup_printf (_("Judged %s in the round from the evidence, without a score."),
                            asr_rating_to_label (judged));
  /* TRANSLATORS: the second %s is a limit ("Limited to Requires improvement by a requirement notice") */
  return g_strdup_printf (_("Judged %s in the round from the evidence, without a score. %s."),
                          asr_rating_to_label (judged), asr_limit_to_label (limit));
}

/* "rating_from" always; with "previous", the date it is from. */
static void
write_rating_from (AsrKeyQuestion *kq,
                   AsrJsonWriter  *writer)
{
  const char *date;

  asr_json_writer_key (writer, "rating_from");
  if (!asr_key_question_get_carried_over (kq))
    {
      asr_json_writer_string (writer, "this-assessment");
      return;
    }
  asr_json_writer_string (writer, "previous");
  date = asr_key_question_get_previous_date_in_effect (kq);
  asr_json_writer_key (writer, "previous_date");
  if (*date == '\0')
    asr_json_writer_null (writer);
  else
    asr_json_writer_string (writer, date);
}

static void
write_key_question (AsrKeyQuestion *kq,
                    AsrJsonWriter  *writer)
{
  asr_json_writer_begin_object (writer);
  asr_json_writer_key (writer, "id");
  asr_json_writer_string (writer, asr_key_question_get_id (kq));
  asr_json_writer_key (writer, "scored");
  asr_json_writer_int (writer, asr_key_question_get_n_scored (kq));
  asr_json_writer_key (writer, "in_scope");
  asr_json_writer_int (writer, asr_key_question_get_n_in_scope (kq));
  /* A judged key question has no figures: null, as for the percentage. */
  write_int_or_null (writer, "sum", asr_summary_is_judged (kq) ? -1 : asr_key_question_get_sum (kq));
  write_int_or_null (writer, "maximum", asr_summary_is_judged (kq) ? -1 : asr_key_question_get_maximum (kq));
  write_int_or_null (writer, "percentage", asr_key_question_get_percentage (kq));
  asr_json_writer_key (writer, "band");
  asr_json_writer_string (writer, asr_rating_to_id (asr_key_question_get_band (kq)));
  asr_json_writer_key (writer, "rating");
  asr_json_writer_string (writer, asr_rating_to_id (asr_key_question_get_rating (kq)));
  asr_json_writer_key (writer, "limited_by");
  asr_json_writer_string (writer, asr_limit_to_id (asr_key_question_get_limited_by (kq)));
  write_int_or_null (writer, "observed_published_percentage",
                     asr_key_question_get_published_percentage (kq));
  asr_json_writer_key (writer, "provisional");
  asr_json_writer_boolean (writer, asr_key_question_get_provisional (kq));
  asr_json_writer_key (writer, "complete");
  asr_json_writer_boolean (writer, asr_key_question_get_complete (kq));
  asr_json_writer_key (writer, "carried_forward_missing");
  asr_json_writer_int (writer, asr_key_question_get_n_carried_forward_missing (kq));
  write_rating_from (kq, writer);
  asr_json_writer_end_object (writer);
}

void
asr_summary_write_json (AsrAssessment *assessment,
                        AsrJsonWriter *writer)
{
  GListModel *kqs = asr_assessment_get_key_questions (assessment);

  asr_json_writer_begin_object (writer);
  asr_json_writer_key (writer, "framework");
  asr_json_writer_string (writer, asr_framework_get_id (asr_assessment_get_framework (assessment)));
  asr_json_writer_key (writer, "key_questions");
  asr_json_writer_begin_array (writer);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);
      write_key_question (kq, writer);
    }
  asr_json_writer_end_array (writer);

  asr_json_writer_key (writer, "overall");
  asr_json_writer_begin_object (writer);
  asr_json_writer_key (writer, "rating");
  asr_json_writer_string (writer, asr_rating_to_id (asr_assessment_get_overall_rating (assessment)));
  asr_json_writer_key (writer, "principle");
  asr_json_writer_string (writer, asr_principle_to_id (asr_assessment_get_overall_principle (assessment)));
  asr_json_writer_key (writer, "inferred");
  asr_json_writer_boolean (writer, asr_assessment_get_overall_inferred (assessment));
  asr_json_writer_key (writer, "breach_capped");
  asr_json_writer_boolean (writer, asr_assessment_get_overall_breach_capped (assessment));
  asr_json_writer_end_object (writer);
  asr_json_writer_end_object (writer);
}

char *
asr_summary_to_json (AsrAssessment *assessment)
{
  GString *out = g_string_new (NULL);
  AsrJsonWriter writer;

  asr_json_writer_init (&writer, out);
  asr_summary_write_json (assessment, &writer);
  asr_json_writer_finish (&writer);
  return g_string_free (out, FALSE);
}

/* A judged key question: items assessed, the rating and how it was
 * reached, the rationale; no figures. */
static void
append_judged_text (GString        *out,
                    AsrKeyQuestion *kq)
{
  AsrRating rating = asr_key_question_get_rating (kq);
  g_autofree char *explanation = asr_summary_explain_judgement (kq);
  const char *rationale = asr_key_question_get_judgement_rationale (kq);

  g_string_append_printf (out, "%-11s ", asr_key_question_get_name (kq));
  /* TRANSLATORS: "2 of 3 assessed": items assessed of those in scope */
  g_string_append_printf (out, _("%u of %u assessed"),
                          asr_key_question_get_n_scored (kq),
                          asr_key_question_get_n_in_scope (kq));
  g_string_append_printf (out, "   %s", rating == ASR_RATING_NONE ? _("not judged yet")
                                                                  : asr_rating_to_label (rating));
  if (asr_key_question_get_provisional (kq))
    g_string_append_printf (out, "   (%s)", _("provisional"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "            %s\n", explanation);
  if (*rationale != '\0')
    g_string_append_printf (out, "            %s %s\n", _("Rationale:"), rationale);
}

static void
append_key_question_text (GString        *out,
                          AsrKeyQuestion *kq)
{
  int percentage = asr_key_question_get_percentage (kq);
  int published = asr_key_question_get_published_percentage (kq);
  AsrLimit limit = asr_key_question_get_limited_by (kq);

  g_string_append_printf (out, "%-11s ", asr_key_question_get_name (kq));
  /* TRANSLATORS: "7 of 8 scored": quality statements scored of those in scope */
  g_string_append_printf (out, _("%u of %u scored"),
                          asr_key_question_get_n_scored (kq),
                          asr_key_question_get_n_in_scope (kq));
  if (asr_key_question_get_carried_over (kq))
    g_string_append_printf (out, "   %s   %s", _("not assessed"),
                            asr_rating_to_label (asr_key_question_get_rating (kq)));
  else if (percentage < 0)
    g_string_append_printf (out, "   %s", _("no score yet"));
  else
    {
      g_autofree char *figure = asr_summary_format_figure (percentage);

      g_string_append_printf (out, "   %s   %s", figure,
                              asr_rating_to_label (asr_key_question_get_rating (kq)));
    }
  if (asr_key_question_get_provisional (kq))
    g_string_append_printf (out, "   (%s)", _("provisional"));
  g_string_append_c (out, '\n');

  if (asr_key_question_get_carried_over (kq))
    {
      g_autofree char *from = asr_key_question_describe_carried_over (kq);
      g_string_append_printf (out, "            %s\n", from);
    }
  if (limit != ASR_LIMIT_NONE)
    g_string_append_printf (out, "            %s\n", asr_limit_to_label (limit));
  if (limit == ASR_LIMIT_OVERRIDE)
    g_string_append_printf (out, "            %s %s\n", _("Reason:"),
                            asr_key_question_get_override_reason (kq));
  if (published >= 0 && published != percentage)
    {
      /* Worded for an inspector: what CQC did, and that it is no rule. */
      g_string_append (out, "            ");
      g_string_append_printf (out, _("CQC’s published reports have shown %d for ratings limited this way; "
                                     "this is observed practice, not a published rule"), published);
      g_string_append_c (out, '\n');
    }
  if (asr_key_question_get_n_carried_forward_missing (kq) > 0)
    g_string_append_printf (out, "            %s\n", _("Error: carried forward without a previous rating"));
}

char *
asr_summary_to_text (AsrAssessment *assessment)
{
  GListModel *kqs = asr_assessment_get_key_questions (assessment);
  GString *out = g_string_new (NULL);
  AsrRating overall = asr_assessment_get_overall_rating (assessment);
  const char *name = asr_assessment_get_service_name (assessment);

  if (*name != '\0')
    g_string_append_printf (out, "%s\n\n", name);
  for (guint i = 0; i < g_list_model_get_n_items (kqs); i++)
    {
      g_autoptr(AsrKeyQuestion) kq = g_list_model_get_item (kqs, i);

      if (asr_summary_is_judged (kq))
        append_judged_text (out, kq);
      else
        append_key_question_text (out, kq);
    }

  g_string_append_printf (out, "\n%-11s %s\n", _("Overall"),
                          asr_rating_to_label (overall));
  g_string_append_printf (out, "            %s\n",
                          asr_principle_to_label (asr_assessment_get_overall_principle (assessment)));
  if (asr_assessment_get_overall_breach_capped (assessment))
    g_string_append_printf (out, "            %s\n",
                            _("Limited to Requires improvement by a breach of regulation"));
  return g_string_free (out, FALSE);
}
