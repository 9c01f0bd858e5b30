/* asr-json-walk.h: typed access to a parsed JSON tree, with errors that
 * name the file and the JSON Pointer path of the offending value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's getters return 0 or emit criticals on the wrong type; these
 * check the type of every member and report, for example,
 * "sample.assessment: /key_questions/safe/statements/safeguarding/score:
 * expected an integer 1–4, got 7".
 */
#pragma once

#include <json-glib/json-glib.h>

#include "asr-json-reader.h"

G_BEGIN_DECLS

typedef struct
{
  const char *filename;
  GString    *path;       /* JSON Pointer of the current value */
} AsrWalk;

void        asr_walk_init        (AsrWalk     *walk,
                                  const char  *filename);
void        asr_walk_clear       (AsrWalk     *walk);
/* Enters a member (escaped per RFC 6901) or an element; returns the
 * length to give back to asr_walk_leave(). */
gsize       asr_walk_enter       (AsrWalk     *walk,
                                  const char  *member);
gsize       asr_walk_enter_index (AsrWalk     *walk,
                                  guint        index);
void        asr_walk_leave       (AsrWalk     *walk,
                                  gsize        mark);

/* Sets @error (ASR_ERROR_INVALID) to "FILE: PATH: message". */
gboolean    asr_walk_fail        (AsrWalk     *walk,
                                  GError     **error,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (3, 4);
const char *asr_walk_describe    (JsonNode    *node);
/* The same words for the first token of a value read by AsrJsonReader. */
const char *asr_walk_describe_token (AsrJsonToken token);

/* Each checks the type of @node at the current path. */
gboolean    asr_walk_object      (AsrWalk     *walk,
                                  JsonNode    *node,
                                  JsonObject **out,
                                  GError     **error);
gboolean    asr_walk_array       (AsrWalk     *walk,
                                  JsonNode    *node,
                                  JsonArray  **out,
                                  GError     **error);
gboolean    asr_walk_string      (AsrWalk     *walk,
                                  JsonNode    *node,
                                  const char **out,
                                  GError     **error);
gboolean    asr_walk_boolean     (AsrWalk     *walk,
                                  JsonNode    *node,
                                  gboolean    *out,
                                  GError     **error);
gboolean    asr_walk_int_range   (AsrWalk     *walk,
                                  JsonNode    *node,
                                  gint64       min,
                                  gint64       max,
                                  gint64      *out,
                                  GError     **error);
/* A "YYYY-MM-DD" calendar date that exists. */
gboolean    asr_walk_date        (AsrWalk     *walk,
                                  JsonNode    *node,
                                  const char **out,
                                  GError     **error);

/* Fails on any member of @object not in the NULL-terminated @allowed. */
gboolean    asr_walk_only_members (AsrWalk           *walk,
                                   JsonObject        *object,
                                   const char * const *allowed,
                                   GError           **error);
/* Fails when a required member is absent. */
gboolean    asr_walk_require      (AsrWalk     *walk,
                                   JsonObject  *object,
                                   const char  *member,
                                   JsonNode   **out,
                                   GError     **error);

/* The required string member @member of @object: fails naming the
 * object's path when it is absent, the member's when it is no string. */
gboolean    asr_walk_member_string (AsrWalk     *walk,
                                    JsonObject  *object,
                                    const char  *member,
                                    const char **out,
                                    GError     **error);
/* The same, with a visible character (not only spaces or invisible ones). */
gboolean    asr_walk_member_text  (AsrWalk     *walk,
                                   JsonObject  *object,
                                   const char  *member,
                                   const char **out,
                                   GError     **error);

gboolean    asr_date_is_valid     (const char  *date);

G_END_DECLS
