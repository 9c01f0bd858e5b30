/* asr-assessment-io-private.h: shared pieces of the .assessment reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader streams: it takes the file's tokens one at a time from an
 * AsrJsonReader and writes each value into the model as soon as it is
 * read, so no JsonNode tree is built.  Every function below starts on the
 * first token of a value (load->token) and reads that value whole.  What
 * needs a whole object (required members, a score against its source) is
 * checked at the object's end, with the object's path.
 */
#pragma once

#include "asr-assessment.h"
#include "asr-json-reader.h"
#include "asr-json-walk.h"

G_BEGIN_DECLS

typedef struct
{
  AsrJsonReader *reader;
  AsrWalk        walk;    /* path of the value being read */
  AsrJsonToken   token;   /* its first token */
  GError        *error;   /* the first error; loading stops there */
} AsrLoad;

/* Reads the value of one member, load->token being its first token;
 * @name is valid until the value reads a member name of its own. */
typedef gboolean (*AsrLoadMemberFunc) (AsrLoad    *load,
                                       const char *name,
                                       gpointer    data);
/* Reads one value into @data. */
typedef gboolean (*AsrLoadValueFunc)  (AsrLoad    *load,
                                       gpointer    data);

/* Reads a string member into a property of a model object. */
typedef struct
{
  GObject    *object;
  const char *property;
} PropertyTarget;

/* One row of a table of the members an object may have. */
typedef struct
{
  const char       *name;
  AsrLoadValueFunc  func;
  const char       *property;  /* for the _property functions; NULL: @func
                                * gets the object itself */
} AsrLoadMember;

/* Starts reading @bytes: the first token, which must begin an object. */
gboolean _asr_load_start          (AsrLoad     *load,
                                   GBytes      *bytes,
                                   const char  *filename);
/* Ends reading: after a failure the rest of the input is still tokenized,
 * so that a syntax error anywhere wins; then frees the reader and hands
 * the error over. Returns @ok. */
gboolean _asr_load_end            (AsrLoad     *load,
                                   gboolean     ok,
                                   GError     **error);
gboolean _asr_load_next           (AsrLoad     *load);
gboolean _asr_load_fail           (AsrLoad     *load,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (2, 3);
gboolean _asr_load_unknown_member (AsrLoad     *load);
gboolean _asr_load_skip           (AsrLoad     *load);
/* Fails at @name below the current path. */
gboolean _asr_load_fail_at        (AsrLoad     *load,
                                   const char  *name,
                                   const char  *message);
/* An object, each member handed to @func under its path. */
gboolean _asr_load_members        (AsrLoad            *load,
                                   AsrLoadMemberFunc   func,
                                   gpointer            data);
/* The member @name of @object, by @members; fails if it is not there. */
gboolean _asr_load_member_of      (AsrLoad             *load,
                                   const char          *name,
                                   const AsrLoadMember *members,
                                   gpointer             object);
gboolean _asr_load_string         (AsrLoad     *load,
                                   const char **out);
gboolean _asr_load_int_range      (AsrLoad     *load,
                                   gint64       min,
                                   gint64       max,
                                   gint64      *out);
gboolean _asr_load_rating_value   (AsrLoad     *load,
                                   AsrRating   *out);

/* AsrLoadValueFunc with a PropertyTarget */
gboolean _asr_load_string_property  (AsrLoad *load, gpointer data);
gboolean _asr_load_date_property    (AsrLoad *load, gpointer data);
gboolean _asr_load_boolean_property (AsrLoad *load, gpointer data);
gboolean _asr_load_rating_property  (AsrLoad *load, gpointer data);

/* "comments" (an array) into @comments, a GListStore of AsrComment; in
 * asr-assessment-read-comments.c */
gboolean _asr_load_comments         (AsrLoad *load, GListModel *comments);

/* /key_questions, in asr-assessment-read-statements.c */
gboolean _asr_load_key_questions    (AsrLoad *load, gpointer assessment);

G_END_DECLS
