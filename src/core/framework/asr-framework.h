/* asr-framework.h: a framework definition (key questions, quality
 * statements, evidence categories, score descriptors, rating bands and
 * the scoring method; or, for the judgement method, key questions holding
 * items with rating characteristics), loaded from data
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

/* "maps_to": a topic of another framework that corresponds one to one. */
typedef struct
{
  char *framework;
  char *key_question;
  char *statement;       /* the statement's or item's id */
} AsrMappingDef;

/* A quality statement, or in a judgement framework an item (a key line of
 * enquiry): both sit in a key question's statements list, so the rest of
 * the code treats them alike.  The item members are NULL (and the
 * characteristics all NULL) for a quality statement. */
typedef struct
{
  char  *id;
  char  *name;
  guint  key_question;   /* index of its key question */
  guint  position;       /* index within its key question */
  char  *question;       /* item: CQC's question */
  char **prompts;        /* item: NULL-terminated, may be empty */
  char  *characteristics[5]; /* item: by AsrRating; [ASR_RATING_NONE] unused */
  GPtrArray *maps_to;    /* of AsrMappingDef; NULL when none */
} AsrStatementDef;

typedef AsrStatementDef AsrItemDef;

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
/* "short_name" ("SAF 2024"); NULL when the file gives none. */
const char              *asr_framework_get_short_name     (AsrFramework  *self);
/* How a line shown to people names the framework: its short name
 * ("SAF 2024") where the file gives one, its name otherwise; never the id,
 * which is for files and the command line's arguments. */
const char              *asr_framework_get_label          (AsrFramework  *self);
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

/* The judgement method (asr-framework-items.c): key questions hold items,
 * judged in the round; no scores, bands or evidence categories. */
gboolean                 asr_framework_is_judgement       (AsrFramework  *self);
/* An item by its id (unique within the framework); @key_question gets
 * the index of its key question. NULL if there is none. */
const AsrItemDef        *asr_framework_lookup_item        (AsrFramework  *self,
                                                           const char    *item_id,
                                                           guint         *key_question);
/* The items of key question @key_question, in order: @index < n_items. */
guint                    asr_framework_get_n_items        (AsrFramework  *self,
                                                           guint          key_question);
const AsrItemDef        *asr_framework_get_item           (AsrFramework  *self,
                                                           guint          key_question,
                                                           guint          index);
G_END_DECLS
