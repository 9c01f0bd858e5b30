/* asr-assessment.h: the assessment being drafted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder model/: the assessment, its key questions, quality statements and
 * evidence as GObjects with live derived figures. May depend on syntax/,
 * rules/ and framework/; never on format/, compare/ or storage/.
 *
 * Writable properties (metadata): "provider", "location", "service-name",
 * "service-type", "location-id" (CQC's Location ID), "core-service" (an NHS
 * core service, "Urgent and emergency care"), "level" (AsrLevel: a service
 * or the provider-wide well-led assessment), "date" (YYYY-MM-DD or ""), "assessors" (GStrv), "status"
 * (AsrStatus), "breach-of-regulation", "advisory-limiters" (off unless
 * asked for), "focused" (a focused assessment: a key question with nothing
 * assessed keeps its previous rating, cqc-saf.md §9), "previous-date", "previous-overall-rating", "previous-source"
 * (where the previous ratings came from, free text).
 * Read-only: "framework" (AsrFramework), "key-questions" (GListModel of
 * AsrKeyQuestion, in CQC order) and, derived, "overall-rating",
 * "overall-principle" (AsrPrinciple), "overall-inferred" (the published
 * principles don't cover the case), "overall-breach-capped", "complete",
 * "n-conflicts" (merge conflicts left to resolve).  Read-write
 * "conflicts" (GListModel of AsrConflict) is a copy of the list, new at
 * each read, so an undo history can record and set it back.
 * The signal "changed" is emitted after any change of content (for the
 * unsaved-changes marker and autosave).
 */
#pragma once

#include <gio/gio.h>

#include "asr-conflict.h"
#include "asr-framework.h"
#include "asr-key-question.h"
#include "asr-types.h"

G_BEGIN_DECLS

#define ASR_TYPE_ASSESSMENT (asr_assessment_get_type ())
G_DECLARE_FINAL_TYPE (AsrAssessment, asr_assessment, ASR, ASSESSMENT, GObject)

AsrAssessment   *asr_assessment_new                      (AsrFramework  *framework);
/* An equal assessment to read on another thread (autosave serialises one
 * while the user types on): every value copied, the notes shared, as
 * immutable reference-counted strings, so no text is copied. */
AsrAssessment   *asr_assessment_snapshot                 (AsrAssessment *self);
/* Makes @self's content (metadata, ratings, statements, attribution,
 * conflicts) equal to @from's through the setters, so only what differs
 * notifies; FALSE (nothing changed) when their frameworks differ. */
gboolean         asr_assessment_assign                   (AsrAssessment *self,
                                                          AsrAssessment *from);

AsrFramework    *asr_assessment_get_framework            (AsrAssessment *self);
GListModel      *asr_assessment_get_key_questions        (AsrAssessment *self);
AsrKeyQuestion  *asr_assessment_lookup_key_question      (AsrAssessment *self,
                                                          const char    *id);
AsrQualityStatement *asr_assessment_lookup_statement     (AsrAssessment *self,
                                                          const char    *key_question_id,
                                                          const char    *statement_id);

const char      *asr_assessment_get_provider             (AsrAssessment *self);
void             asr_assessment_set_provider             (AsrAssessment *self,
                                                          const char    *provider);
const char      *asr_assessment_get_location             (AsrAssessment *self);
void             asr_assessment_set_location             (AsrAssessment *self,
                                                          const char    *location);
const char      *asr_assessment_get_service_name         (AsrAssessment *self);
void             asr_assessment_set_service_name         (AsrAssessment *self,
                                                          const char    *name);
const char      *asr_assessment_get_service_type         (AsrAssessment *self);
void             asr_assessment_set_service_type         (AsrAssessment *self,
                                                          const char    *type);
const char      *asr_assessment_get_location_id          (AsrAssessment *self);
void             asr_assessment_set_location_id          (AsrAssessment *self,
                                                          const char    *location_id);
const char      *asr_assessment_get_core_service         (AsrAssessment *self);
void             asr_assessment_set_core_service         (AsrAssessment *self,
                                                          const char    *core_service);
AsrLevel         asr_assessment_get_level                (AsrAssessment *self);
void             asr_assessment_set_level                (AsrAssessment *self,
                                                          AsrLevel       level);
const char      *asr_assessment_get_date                 (AsrAssessment *self);
void             asr_assessment_set_date                 (AsrAssessment *self,
                                                          const char    *date);
const char * const *asr_assessment_get_assessors         (AsrAssessment *self);
void             asr_assessment_set_assessors            (AsrAssessment *self,
                                                          const char * const *assessors);
AsrStatus        asr_assessment_get_status               (AsrAssessment *self);
void             asr_assessment_set_status               (AsrAssessment *self,
                                                          AsrStatus      status);
gboolean         asr_assessment_get_breach_of_regulation (AsrAssessment *self);
void             asr_assessment_set_breach_of_regulation (AsrAssessment *self,
                                                          gboolean       breach);
gboolean         asr_assessment_get_advisory_limiters    (AsrAssessment *self);
void             asr_assessment_set_advisory_limiters    (AsrAssessment *self,
                                                          gboolean       enabled);
gboolean         asr_assessment_get_focused              (AsrAssessment *self);
void             asr_assessment_set_focused              (AsrAssessment *self,
                                                          gboolean       focused);
const char      *asr_assessment_get_previous_date        (AsrAssessment *self);
void             asr_assessment_set_previous_date        (AsrAssessment *self,
                                                          const char    *date);
AsrRating        asr_assessment_get_previous_overall_rating (AsrAssessment *self);
void             asr_assessment_set_previous_overall_rating (AsrAssessment *self,
                                                             AsrRating      rating);
const char      *asr_assessment_get_previous_source      (AsrAssessment *self);
void             asr_assessment_set_previous_source      (AsrAssessment *self,
                                                          const char    *source);

AsrRating        asr_assessment_get_overall_rating       (AsrAssessment *self);
AsrPrinciple     asr_assessment_get_overall_principle    (AsrAssessment *self);
gboolean         asr_assessment_get_overall_inferred     (AsrAssessment *self);
gboolean         asr_assessment_get_overall_breach_capped (AsrAssessment *self);
gboolean         asr_assessment_get_complete             (AsrAssessment *self);

/* Calls @func on every quality statement, key question by key question,
 * in CQC order. */
typedef void (*AsrStatementFunc) (AsrKeyQuestion      *key_question,
                                  AsrQualityStatement *statement,
                                  gpointer             user_data);
void             asr_assessment_foreach_statement        (AsrAssessment    *self,
                                                          AsrStatementFunc  func,
                                                          gpointer          user_data);

/* Problems a reviewer must see before the draft is final (carried forward
 * without a previous rating, assessed without a score, …), as
 * "/key_questions/…: message" strings; empty when there are none. */
GPtrArray       *asr_assessment_list_problems            (AsrAssessment *self);

/* Merge conflicts not resolved yet, a GListStore of AsrConflict in the
 * order of the file: the merge and resolving them add and remove items. */
GListModel      *asr_assessment_get_conflicts            (AsrAssessment *self);
guint            asr_assessment_get_n_conflicts          (AsrAssessment *self);
void             asr_assessment_add_conflict             (AsrAssessment *self,
                                                          AsrConflict   *conflict);
/* Makes the list @items (unchanged when it already is). */
void             asr_assessment_replace_conflicts        (AsrAssessment *self,
                                                          AsrConflict  **items,
                                                          guint          n_items);
/* Why the draft cannot be final while conflicts remain, naming them. */
char            *asr_assessment_describe_final_refused   (AsrAssessment *self);
/* Who is editing (Preferences' name), not saved: while set, each change
 * of a quality statement records that name and the time in the statement
 * ("changed-by", "changed-at").  NULL or "" records nothing. */
void             asr_assessment_set_author               (AsrAssessment *self,
                                                          const char    *name);
const char      *asr_assessment_get_author               (AsrAssessment *self);
/* Review comments not resolved, on key questions and statements. */
guint            asr_assessment_count_open_comments      (AsrAssessment *self);

G_END_DECLS
