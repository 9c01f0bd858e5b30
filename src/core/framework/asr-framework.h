/* asr-framework.h: a framework definition (key questions, quality
 * statements, evidence categories, score descriptors, rating bands and
 * the scoring method), loaded from data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folder framework/: framework definitions, built in as resources or
 * installed as files (asr-framework-registry.h), read with syntax/.
 * Depends on syntax/ only, and the registry on storage/'s file reader.
 */
#pragma once

#include <glib-object.h>

#include "asr-types.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *name;
} AsrEvidenceCategoryDef;

typedef struct
{
  char  *id;
  char  *name;
  guint  key_question;   /* index of its key question */
  guint  position;       /* index within its key question */
} AsrStatementDef;

typedef struct
{
  char      *id;
  char      *name;
  GPtrArray *statements; /* of AsrStatementDef, in CQC order */
} AsrKeyQuestionDef;

#define ASR_TYPE_FRAMEWORK (asr_framework_get_type ())
G_DECLARE_FINAL_TYPE (AsrFramework, asr_framework, ASR, FRAMEWORK, GObject)

/* Frameworks by id: asr_framework_registry_lookup() (asr-framework-registry.h). */
AsrFramework            *asr_framework_new_from_bytes     (GBytes        *bytes,
                                                           const char    *filename,
                                                           GError       **error);

const char              *asr_framework_get_id             (AsrFramework  *self);
const char              *asr_framework_get_name           (AsrFramework  *self);
const char              *asr_framework_get_description    (AsrFramework  *self);
/* The framework's own edition ("framework_version", e.g. "2024-12-02"). */
const char              *asr_framework_get_version        (AsrFramework  *self);
/* Where the framework's text comes from: publisher, document title, address. */
const char              *asr_framework_get_source_publisher (AsrFramework *self);
const char              *asr_framework_get_source_title   (AsrFramework  *self);
const char              *asr_framework_get_source_url     (AsrFramework  *self);
/* YYYY-MM-DD; valid_to is NULL while the framework is in use. */
const char              *asr_framework_get_valid_from     (AsrFramework  *self);
const char              *asr_framework_get_valid_to       (AsrFramework  *self);
AsrScoringMethod         asr_framework_get_scoring_method (AsrFramework  *self);
guint                    asr_framework_get_n_key_questions (AsrFramework *self);
const AsrKeyQuestionDef *asr_framework_get_key_question   (AsrFramework  *self,
                                                           guint          index);
const AsrKeyQuestionDef *asr_framework_lookup_key_question (AsrFramework *self,
                                                           const char    *id,
                                                           guint         *index);
const AsrStatementDef   *asr_framework_lookup_statement   (AsrFramework  *self,
                                                           const char    *key_question_id,
                                                           const char    *statement_id);
guint                    asr_framework_get_n_evidence_categories (AsrFramework *self);
const AsrEvidenceCategoryDef *asr_framework_get_evidence_category (AsrFramework *self,
                                                                   guint        index);
const AsrEvidenceCategoryDef *asr_framework_lookup_evidence_category (AsrFramework *self,
                                                                      const char   *id,
                                                                      guint        *index);
/* CQC's descriptor of a score 1–4 ("evidence shows a good standard"). */
const char              *asr_framework_get_score_descriptor (AsrFramework *self,
                                                             int           score);
/* The band a whole-number percentage (25–100) falls in. */
AsrRating                asr_framework_rating_for_percentage (AsrFramework *self,
                                                              int           percentage);
/* X of the aggregation rule (overall from key questions, core services
 * to location to provider) for @n_ratings underlying ratings, and the
 * range of n it holds for (@to is G_MAXUINT for "and more"); 0 for none. */
guint                    asr_framework_get_aggregation_threshold (AsrFramework *self,
                                                                  guint         n_ratings,
                                                                  guint        *from,
                                                                  guint        *to);
void                     asr_framework_get_band           (AsrFramework  *self,
                                                           AsrRating      rating,
                                                           int           *min,
                                                           int           *max);

G_END_DECLS
