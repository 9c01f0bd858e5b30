/* asr-assessment-io-private.h: shared pieces of the .assessment reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-assessment.h"
#include "asr-json-walk.h"

G_BEGIN_DECLS

typedef gboolean (*MemberFunc) (AsrWalk    *walk,
                                JsonNode   *node,
                                gpointer    target,
                                GError    **error);

/* Reads a string member into a property of a model object. */
typedef struct
{
  GObject    *object;
  const char *property;
} PropertyTarget;

gboolean _asr_io_with_member        (AsrWalk     *walk,
                                     JsonObject  *object,
                                     const char  *name,
                                     gboolean     required,
                                     MemberFunc   func,
                                     gpointer     target,
                                     GError     **error);
gboolean _asr_io_string_property    (AsrWalk *walk, JsonNode *node, gpointer data, GError **error);
gboolean _asr_io_date_property      (AsrWalk *walk, JsonNode *node, gpointer data, GError **error);
gboolean _asr_io_boolean_property   (AsrWalk *walk, JsonNode *node, gpointer data, GError **error);
gboolean _asr_io_rating_property    (AsrWalk *walk, JsonNode *node, gpointer data, GError **error);
gboolean _asr_io_rating_value       (AsrWalk     *walk,
                                     JsonNode    *node,
                                     AsrRating   *out,
                                     GError     **error);
/* /key_questions, in asr-assessment-read-statements.c */
gboolean _asr_io_load_key_questions (AsrWalk *walk, JsonNode *node, gpointer data, GError **error);

G_END_DECLS
