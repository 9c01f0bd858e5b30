/* asr-conflict.h: one unresolved difference left by merging two drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A conflict names the value by its path in the .assessment file
 * ("/key_questions/safe/statements/safeguarding/score") and keeps the
 * value each side had, as JSON (a JSON null when the member was absent on
 * that side), and the base's when the merge had one.  The document itself
 * holds mine until the conflict is resolved.  Immutable once made.
 * Properties (read-only): "path", "key-question-id" and "statement-id"
 * (NULL when the path is not in a quality statement), "field" (the last
 * part of the path), "mine-label", "theirs-label".
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define ASR_TYPE_CONFLICT (asr_conflict_get_type ())
G_DECLARE_FINAL_TYPE (AsrConflict, asr_conflict, ASR, CONFLICT, GObject)

/* @base may be NULL (a two-way merge); @mine and @theirs are copied. */
AsrConflict *asr_conflict_new                (const char *path,
                                              JsonNode   *base,
                                              JsonNode   *mine,
                                              JsonNode   *theirs,
                                              const char *mine_label,
                                              const char *theirs_label);
const char  *asr_conflict_get_path            (AsrConflict *self);
JsonNode    *asr_conflict_get_base            (AsrConflict *self);
JsonNode    *asr_conflict_get_mine            (AsrConflict *self);
JsonNode    *asr_conflict_get_theirs          (AsrConflict *self);
const char  *asr_conflict_get_mine_label      (AsrConflict *self);
const char  *asr_conflict_get_theirs_label    (AsrConflict *self);
const char  *asr_conflict_get_key_question_id (AsrConflict *self);
const char  *asr_conflict_get_statement_id    (AsrConflict *self);
const char  *asr_conflict_get_field           (AsrConflict *self);
/* A value as a reader sees it: a string without quotes, "(none)" for
 * null, other values as JSON. */
char        *asr_conflict_describe_value      (JsonNode    *value);

G_END_DECLS
