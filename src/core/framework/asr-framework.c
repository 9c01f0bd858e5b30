/* asr-framework.c: framework definitions are data, validated like any input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-framework"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-error.h"
#include "asr-framework.h"
#include "asr-framework-private.h"
#include "asr-json-reader.h"
#include "asr-json-walk.h"
#include "asr-text.h"
#include "asr-framework-aggregation.h"
#include "asr-framework-about.h"

struct _AsrFramework
{
  GObject           parent_instance;
  char             *id;
  char             *name;
  char             *description;
  AsrScoringMethod  method;
  char             *descriptors[5];     /* by score 1–4 */
  int               band_min[5];        /* by AsrRating */
  int               band_max[5];
  GPtrArray        *evidence_categories;
  GPtrArray        *key_questions;
  AsrAggregationThresholds aggregation;
  AsrFrameworkAbout about;
};

G_DEFINE_FINAL_TYPE (AsrFramework, asr_framework, G_TYPE_OBJECT)

static void
evidence_category_def_free (gpointer data)
{
  AsrEvidenceCategoryDef *def = data;

  g_free (def->id);
  g_free (def->name);
  g_free (def);
}

static void
statement_def_free (gpointer data)
{
  AsrStatementDef *def = data;

  g_free (def->id);
  g_free (def->name);
  _asr_item_def_clear (def);
  g_free (def);
}

static void
key_question_def_free (gpointer data)
{
  AsrKeyQuestionDef *def = data;

  g_free (def->id);
  g_free (def->name);
  g_ptr_array_unref (def->statements);
  g_free (def);
}

static void
asr_framework_finalize (GObject *object)
{
  AsrFramework *self = ASR_FRAMEWORK (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  for (guint i = 0; i < G_N_ELEMENTS (self->descriptors); i++)
    g_free (self->descriptors[i]);
  g_ptr_array_unref (self->evidence_categories);
  g_ptr_array_unref (self->key_questions);
  _asr_framework_about_clear (&self->about);

  G_OBJECT_CLASS (asr_framework_parent_class)->finalize (object);
}

static void
asr_framework_class_init (AsrFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = asr_framework_finalize;
}

static void
asr_framework_init (AsrFramework *self)
{
  self->evidence_categories = g_ptr_array_new_with_free_func (evidence_category_def_free);
  self->key_questions = g_ptr_array_new_with_free_func (key_question_def_free);
}

/* An id is a lowercase slug: what the file format uses as keys. */
static gboolean
walk_id (AsrWalk     *walk,
         JsonObject  *object,
         const char **out,
         GError     **error)
{
  gsize mark;
  gboolean ok = TRUE;

  if (!asr_walk_member_string (walk, object, "id", out, error))
    return FALSE;
  mark = asr_walk_enter (walk, "id");
  if (**out == '\0' || strspn (*out, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (*out))
    {
      g_autofree char *shown = asr_text_quote (*out);

      ok = asr_walk_fail (walk, error, _("an id is lowercase letters, digits and hyphens, got “%s”"), shown);
    }
  asr_walk_leave (walk, mark);
  return ok;
}

static gboolean
walk_member_array (AsrWalk     *walk,
                   JsonObject  *object,
                   const char  *member,
                   JsonArray  **out,
                   GError     **error)
{
  JsonNode *node;
  gsize mark;
  gboolean ok;

  if (!asr_walk_require (walk, object, member, &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, member);
  ok = asr_walk_array (walk, node, out, error);
  if (ok && json_array_get_length (*out) == 0)
    ok = asr_walk_fail (walk, error, _("must not be empty"));
  asr_walk_leave (walk, mark);
  return ok;
}

static gboolean
walk_named_entry (AsrWalk     *walk,
                  JsonNode    *node,
                  GHashTable  *seen,
                  const char **id,
                  const char **name,
                  JsonObject **object,
                  GError     **error)
{
  if (!asr_walk_object (walk, node, object, error) ||
      !walk_id (walk, *object, id, error) ||
      !asr_walk_member_text (walk, *object, "name", name, error))
    return FALSE;
  if (!g_hash_table_add (seen, (gpointer) *id))
    return asr_walk_fail (walk, error, _("the id “%s” is used twice"), *id);
  return TRUE;
}

static gboolean
load_evidence_categories (AsrFramework *self,
                          AsrWalk      *walk,
                          JsonObject   *root,
                          GError      **error)
{
  static const char * const allowed[] = { "id", "name", NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  gsize mark;

  if (!walk_member_array (walk, root, "evidence_categories", &array, error))
    return FALSE;
  mark = asr_walk_enter (walk, "evidence_categories");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = asr_walk_enter_index (walk, i);
      AsrEvidenceCategoryDef *def;
      JsonObject *object;
      const char *id, *name;

      if (!walk_named_entry (walk, json_array_get_element (array, i), seen, &id, &name, &object, error) ||
          !asr_walk_only_members (walk, object, allowed, error))
        return FALSE;
      def = g_new0 (AsrEvidenceCategoryDef, 1);
      def->id = g_strdup (id);
      def->name = g_strdup (name);
      g_ptr_array_add (self->evidence_categories, def);
      asr_walk_leave (walk, item);
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_statements (AsrKeyQuestionDef *kq,
                 guint              kq_index,
                 AsrWalk           *walk,
                 JsonObject        *object,
                 GHashTable        *seen,
                 GError           **error)
{
  static const char * const allowed[] = { "id", "name", NULL };
  JsonArray *array;
  gsize mark;

  if (!walk_member_array (walk, object, "quality_statements", &array, error))
    return FALSE;
  mark = asr_walk_enter (walk, "quality_statements");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = asr_walk_enter_index (walk, i);
      AsrStatementDef *def;
      JsonObject *st;
      const char *id, *name;

      if (!walk_named_entry (walk, json_array_get_element (array, i), seen, &id, &name, &st, error) ||
          !asr_walk_only_members (walk, st, allowed, error))
        return FALSE;
      def = g_new0 (AsrStatementDef, 1);
      def->id = g_strdup (id);
      def->name = g_strdup (name);
      def->key_question = kq_index;
      def->position = i;
      g_ptr_array_add (kq->statements, def);
      asr_walk_leave (walk, item);
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_key_questions (AsrFramework *self,
                    AsrWalk      *walk,
                    JsonObject   *root,
                    GError      **error)
{
  static const char * const numeric[] = { "id", "name", "quality_statements", NULL };
  static const char * const judgement[] = { "id", "name", "items", NULL };
  const char * const *allowed = self->method == ASR_SCORING_JUDGEMENT ? judgement : numeric;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_statements = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  gsize mark;

  if (!walk_member_array (walk, root, "key_questions", &array, error))
    return FALSE;
  mark = asr_walk_enter (walk, "key_questions");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = asr_walk_enter_index (walk, i);
      AsrKeyQuestionDef *def;
      JsonObject *object;
      const char *id, *name;

      if (!walk_named_entry (walk, json_array_get_element (array, i), seen, &id, &name, &object, error) ||
          !asr_walk_only_members (walk, object, allowed, error))
        return FALSE;
      def = g_new0 (AsrKeyQuestionDef, 1);
      def->id = g_strdup (id);
      def->name = g_strdup (name);
      def->statements = g_ptr_array_new_with_free_func (statement_def_free);
      g_ptr_array_add (self->key_questions, def);
      if (self->method == ASR_SCORING_JUDGEMENT
          ? !_asr_framework_load_items (def, i, walk, object, seen_statements, error)
          : !load_statements (def, i, walk, object, seen_statements, error))
        return FALSE;
      asr_walk_leave (walk, item);
    }
  asr_walk_leave (walk, mark);
  return TRUE;
}

/* Every framework has CQC's five key questions in CQC's order: the
 * overall rating and comparisons across frameworks rely on it. */
static gboolean
check_key_question_ids (AsrFramework *self,
                        AsrWalk      *walk,
                        GError      **error)
{
  static const char * const ids[] = { "safe", "effective", "caring", "responsive", "well-led" };

  asr_walk_enter (walk, "key_questions");
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      AsrKeyQuestionDef *def = i < self->key_questions->len ? g_ptr_array_index (self->key_questions, i) : NULL;

      if (def == NULL || strcmp (def->id, ids[i]) != 0)
        {
          if (def != NULL)
            {
              asr_walk_enter_index (walk, i);
              asr_walk_enter (walk, "id");
            }
          return asr_walk_fail (walk, error, _("expected the key questions safe, effective, caring, responsive and well-led, in that order; key question %u is not “%s”"),
                                i + 1, ids[i]);
        }
    }
  if (self->key_questions->len > G_N_ELEMENTS (ids))
    return asr_walk_fail (walk, error, _("expected five key questions, got %u"), self->key_questions->len);
  asr_walk_leave (walk, 0);
  return TRUE;
}

static gboolean
load_descriptors (AsrFramework *self,
                  AsrWalk      *walk,
                  JsonObject   *root,
                  GError      **error)
{
  static const char * const allowed[] = { "score", "descriptor", NULL };
  JsonArray *array;
  gsize mark;

  if (!walk_member_array (walk, root, "score_descriptors", &array, error))
    return FALSE;
  mark = asr_walk_enter (walk, "score_descriptors");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = asr_walk_enter_index (walk, i);
      JsonObject *object;
      JsonNode *node;
      const char *text;
      gint64 score;
      gsize inner;

      if (!asr_walk_object (walk, json_array_get_element (array, i), &object, error) ||
          !asr_walk_only_members (walk, object, allowed, error) ||
          !asr_walk_require (walk, object, "score", &node, error))
        return FALSE;
      inner = asr_walk_enter (walk, "score");
      if (!asr_walk_int_range (walk, node, 1, 4, &score, error))
        return FALSE;
      if (self->descriptors[score] != NULL)
        return asr_walk_fail (walk, error, _("score %d is described twice"), (int) score);
      asr_walk_leave (walk, inner);
      if (!asr_walk_member_text (walk, object, "descriptor", &text, error))
        return FALSE;
      self->descriptors[score] = g_strdup (text);
      asr_walk_leave (walk, item);
    }
  for (int score = 1; score <= 4; score++)
    if (self->descriptors[score] == NULL)
      return asr_walk_fail (walk, error, _("score %d has no descriptor"), score);
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_band (AsrFramework *self,
           AsrWalk      *walk,
           JsonNode     *node,
           GError      **error)
{
  static const char * const allowed[] = { "rating", "min", "max", NULL };
  JsonObject *object;
  JsonNode *member;
  const char *id;
  AsrRating rating;
  gint64 min, max;
  gsize mark;

  if (!asr_walk_object (walk, node, &object, error) ||
      !asr_walk_only_members (walk, object, allowed, error) ||
      !asr_walk_require (walk, object, "rating", &member, error))
    return FALSE;
  mark = asr_walk_enter (walk, "rating");
  if (!asr_walk_string (walk, member, &id, error))
    return FALSE;
  if (!asr_rating_from_id (id, &rating))
    {
      g_autofree char *shown = asr_text_quote (id);

      return asr_walk_fail (walk, error, _("unknown rating “%s”"), shown);
    }
  if (self->band_min[rating] != 0)
    return asr_walk_fail (walk, error, _("the band of “%s” is given twice"), id);
  asr_walk_leave (walk, mark);

  if (!asr_walk_require (walk, object, "min", &member, error))
    return FALSE;
  mark = asr_walk_enter (walk, "min");
  if (!asr_walk_int_range (walk, member, 25, 100, &min, error))
    return FALSE;
  asr_walk_leave (walk, mark);
  if (!asr_walk_require (walk, object, "max", &member, error))
    return FALSE;
  mark = asr_walk_enter (walk, "max");
  if (!asr_walk_int_range (walk, member, min, 100, &max, error))
    return FALSE;
  asr_walk_leave (walk, mark);

  self->band_min[rating] = min;
  self->band_max[rating] = max;
  return TRUE;
}

/* The bands must tile 25–100 exactly, worst to best, or a percentage
 * could fall in no band or two. */
static gboolean
check_bands (AsrFramework *self,
             AsrWalk      *walk,
             GError      **error)
{
  int next = 25;

  for (AsrRating r = ASR_RATING_INADEQUATE; r <= ASR_RATING_OUTSTANDING; r++)
    {
      if (self->band_min[r] == 0)
        return asr_walk_fail (walk, error, _("no band for “%s”"), asr_rating_to_id (r));
      if (self->band_min[r] != next)
        return asr_walk_fail (walk, error,
                              _("the bands must cover 25–100 without gaps or overlaps, worst first; “%s” starts at %d, expected %d"),
                              asr_rating_to_id (r), self->band_min[r], next);
      next = self->band_max[r] + 1;
    }
  if (next != 101)
    return asr_walk_fail (walk, error, _("the bands must end at 100"));
  return TRUE;
}

static gboolean
load_bands (AsrFramework *self,
            AsrWalk      *walk,
            JsonObject   *root,
            GError      **error)
{
  JsonArray *array;
  gsize mark;

  if (!walk_member_array (walk, root, "rating_bands", &array, error))
    return FALSE;
  mark = asr_walk_enter (walk, "rating_bands");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item = asr_walk_enter_index (walk, i);

      if (!load_band (self, walk, json_array_get_element (array, i), error))
        return FALSE;
      asr_walk_leave (walk, item);
    }
  if (!check_bands (self, walk, error))
    return FALSE;
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_header (AsrFramework *self,
             AsrWalk      *walk,
             JsonObject   *root,
             GError      **error)
{
  static const char * const allowed[] = {
    "format", "version", "id", "framework_version", "name", "short_name", "description", "source",
    "valid_from", "valid_to",
    "scoring_method", "score_descriptors", "rating_bands", "aggregation",
    "evidence_categories", "key_questions", NULL
  };
  const char *format, *id, *name, *method, *description = "";
  JsonNode *node;
  gint64 version;
  gsize mark;

  if (!asr_walk_member_text (walk, root, "format", &format, error))
    return FALSE;
  if (strcmp (format, "assessor-framework") != 0)
    {
      g_autofree char *shown = asr_text_quote (format);

      g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: not an Assessor framework (format “%s”)"), walk->filename, shown);
      return FALSE;
    }
  if (!asr_walk_require (walk, root, "version", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "version");
  if (!asr_walk_int_range (walk, node, 1, G_MAXINT32, &version, error))
    return FALSE;
  if (version > 1)
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_UNSUPPORTED,
                   _("%s: /version: a framework for a newer Assessor (framework format version %d; this version reads 1)"),
                   walk->filename, (int) version);
      return FALSE;
    }
  asr_walk_leave (walk, mark);

  if (!asr_walk_only_members (walk, root, allowed, error) ||
      !walk_id (walk, root, &id, error) ||
      !asr_walk_member_text (walk, root, "name", &name, error) ||
      !asr_walk_member_text (walk, root, "scoring_method", &method, error))
    return FALSE;
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  if (!asr_scoring_method_from_id (method, &self->method))
    {
      g_autofree char *shown = asr_text_quote (method);

      mark = asr_walk_enter (walk, "scoring_method");
      return asr_walk_fail (walk, error, _("unknown scoring method “%s”"), shown);
    }
  if (json_object_has_member (root, "description") &&
      !asr_walk_member_text (walk, root, "description", &description, error))
    return FALSE;
  self->description = g_strdup (description);
  return TRUE;
}

/* Scores, bands and evidence categories: numeric methods only. A judgement
 * framework has no numbers at all, and says so if a file gives some. */
static gboolean
load_numbers (AsrFramework *self,
              AsrWalk      *walk,
              JsonObject   *root,
              GError      **error)
{
  static const char * const numeric[] = { "score_descriptors", "rating_bands", "evidence_categories" };

  if (self->method != ASR_SCORING_JUDGEMENT)
    return load_descriptors (self, walk, root, error) &&
           load_bands (self, walk, root, error) &&
           load_evidence_categories (self, walk, root, error);
  for (guint i = 0; i < G_N_ELEMENTS (numeric); i++)
    if (json_object_has_member (root, numeric[i]))
      {
        asr_walk_enter (walk, numeric[i]);
        return asr_walk_fail (walk, error, _("a judgement framework has no scores, bands or evidence categories"));
      }
  return TRUE;
}

gboolean
_asr_framework_walk_named_entry (AsrWalk     *walk,
                                 JsonNode    *node,
                                 GHashTable  *seen,
                                 const char **id,
                                 const char **name,
                                 JsonObject **object,
                                 GError     **error)
{
  return walk_named_entry (walk, node, seen, id, name, object, error);
}

AsrFramework *
asr_framework_new_from_bytes (GBytes     *bytes,
                              const char *filename,
                              GError    **error)
{
  g_autoptr(AsrFramework) self = NULL;
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root;
  AsrWalk walk;
  gboolean ok;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  root_node = asr_json_parse (data, size, filename, NULL, error);
  if (root_node == NULL)
    return NULL;

  self = g_object_new (ASR_TYPE_FRAMEWORK, NULL);
  asr_walk_init (&walk, filename);
  ok = asr_walk_object (&walk, root_node, &root, error) &&
       load_header (self, &walk, root, error) &&
       _asr_framework_load_about (&walk, root, &self->about, error) &&
       load_numbers (self, &walk, root, error) &&
       _asr_framework_load_aggregation (&walk, root, &self->aggregation, error) &&
       load_key_questions (self, &walk, root, error) &&
       check_key_question_ids (self, &walk, error);
  asr_walk_clear (&walk);

  return ok ? g_steal_pointer (&self) : NULL;
}

const char *
asr_framework_get_id (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->id;
}

const char *
asr_framework_get_description (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->description;
}

const char *
asr_framework_get_version (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.version;
}

const char *
asr_framework_get_short_name (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.short_name;
}

const char *
asr_framework_get_label (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.short_name != NULL ? self->about.short_name : self->name;
}

const char *
asr_framework_get_source_publisher (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.publisher;
}

const char *
asr_framework_get_source_title (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.title;
}

const char *
asr_framework_get_source_url (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.url;
}

const char *
asr_framework_get_valid_from (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.valid_from;
}

const char *
asr_framework_get_valid_to (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->about.valid_to;
}

const char *
asr_framework_get_name (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  return self->name;
}

AsrScoringMethod
asr_framework_get_scoring_method (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), 0);
  return self->method;
}

guint
asr_framework_get_n_key_questions (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), 0);
  return self->key_questions->len;
}

const AsrKeyQuestionDef *
asr_framework_get_key_question (AsrFramework *self,
                                guint         index)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->key_questions->len, NULL);
  return g_ptr_array_index (self->key_questions, index);
}

const AsrKeyQuestionDef *
asr_framework_lookup_key_question (AsrFramework *self,
                                   const char   *id,
                                   guint        *index)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->key_questions->len; i++)
    {
      AsrKeyQuestionDef *def = g_ptr_array_index (self->key_questions, i);

      if (strcmp (def->id, id) == 0)
        {
          if (index != NULL)
            *index = i;
          return def;
        }
    }
  return NULL;
}

const AsrStatementDef *
asr_framework_lookup_statement (AsrFramework *self,
                                const char   *key_question_id,
                                const char   *statement_id)
{
  const AsrKeyQuestionDef *kq = asr_framework_lookup_key_question (self, key_question_id, NULL);

  if (kq == NULL)
    return NULL;
  for (guint i = 0; i < kq->statements->len; i++)
    {
      AsrStatementDef *def = g_ptr_array_index (kq->statements, i);

      if (strcmp (def->id, statement_id) == 0)
        return def;
    }
  return NULL;
}

guint
asr_framework_get_n_evidence_categories (AsrFramework *self)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), 0);
  return self->evidence_categories->len;
}

const AsrEvidenceCategoryDef *
asr_framework_get_evidence_category (AsrFramework *self,
                                     guint         index)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->evidence_categories->len, NULL);
  return g_ptr_array_index (self->evidence_categories, index);
}

const AsrEvidenceCategoryDef *
asr_framework_lookup_evidence_category (AsrFramework *self,
                                        const char   *id,
                                        guint        *index)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->evidence_categories->len; i++)
    {
      AsrEvidenceCategoryDef *def = g_ptr_array_index (self->evidence_categories, i);

      if (strcmp (def->id, id) == 0)
        {
          if (index != NULL)
            *index = i;
          return def;
        }
    }
  return NULL;
}

const char *
asr_framework_get_score_descriptor (AsrFramework *self,
                                    int           score)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (score >= 1 && score <= 4, NULL);
  return self->descriptors[score];
}

AsrRating
asr_framework_rating_for_percentage (AsrFramework *self,
                                     int           percentage)
{
  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), ASR_RATING_NONE);

  for (AsrRating r = ASR_RATING_INADEQUATE; r <= ASR_RATING_OUTSTANDING; r++)
    if (percentage >= self->band_min[r] && percentage <= self->band_max[r])
      return r;
  return ASR_RATING_NONE;
}

void
asr_framework_get_band (AsrFramework *self,
                        AsrRating     rating,
                        int          *min,
                        int          *max)
{
  g_return_if_fail (ASR_IS_FRAMEWORK (self));
  g_return_if_fail (rating >= ASR_RATING_INADEQUATE && rating <= ASR_RATING_OUTSTANDING);

  if (min != NULL)
    *min = self->band_min[rating];
  if (max != NULL)
    *max = self->band_max[rating];
}

guint
asr_framework_get_aggregation_threshold (AsrFramework *self,
                                         guint         n_ratings,
                                         guint        *from,
                                         guint        *to)
{
  const AsrAggregationThresholds *t;
  guint i = 0;

  g_return_val_if_fail (ASR_IS_FRAMEWORK (self), 0);

  t = &self->aggregation;
  if (n_ratings == 0)
    return 0;
  while (i + 1 < t->n_steps && t->steps[i + 1].from <= n_ratings)
    i++;
  if (from != NULL)
    *from = t->steps[i].from;
  if (to != NULL)
    *to = i + 1 < t->n_steps ? t->steps[i + 1].from - 1 : G_MAXUINT;
  return t->steps[i].x;
}
