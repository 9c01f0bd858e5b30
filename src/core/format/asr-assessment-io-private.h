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
#include "asr-json-writer.h"
#include "asr-json-walk.h"

G_BEGIN_DECLS

typedef struct
{
  AsrJsonReader *reader;
  AsrWalk        walk;    /* path of the value being read */
  AsrJsonToken   token;   /* its first token */
  GError        *error;   /* the error that stops loading */
  /* When not NULL, an invalid value is listed here (with its file and
   * path) and left out, and loading goes on; NULL: the first invalid
   * value stops loading.  Syntax errors always stop it. */
  GPtrArray     *problems;
  guint          n_unlisted;  /* problems past ASR_LOAD_MAX_PROBLEMS */
} AsrLoad;

/* How many problems one load lists; the rest are counted. */
#define ASR_LOAD_MAX_PROBLEMS 100

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
/* An object, each member handed to @func under its path.  A member whose
 * value is invalid is listed in load->problems (when collecting) and the
 * rest of its value skipped. */
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

/* Problems listed so far (0 when not collecting). */
guint    _asr_load_n_problems     (AsrLoad     *load);

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
/* /key_questions/<kq>/judgement, in asr-assessment-read-judgement.c */
gboolean _asr_load_judgement        (AsrLoad *load, AsrKeyQuestion *kq);

/* In asr-assessment-conflicts.c: /conflicts and a statement's "changed" */
gboolean _asr_load_conflicts        (AsrLoad *load, gpointer assessment);
gboolean _asr_load_changed          (AsrLoad *load, AsrQualityStatement *statement);
void     _asr_write_conflicts       (AsrAssessment *self, AsrJsonWriter *w);
void     _asr_write_changed         (AsrQualityStatement *statement, AsrJsonWriter *w);

G_END_DECLS
