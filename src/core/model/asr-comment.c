/* asr-comment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-comment"

#include "config.h"

#include "asr-comment.h"
#include "asr-comment-private.h"

struct _AsrComment
{
  GObject   parent_instance;
  char     *author;
  char     *date;
  char     *text;
  gboolean  resolved;
};

G_DEFINE_FINAL_TYPE (AsrComment, asr_comment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AUTHOR,
  PROP_DATE,
  PROP_TEXT,
  PROP_RESOLVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
asr_comment_finalize (GObject *object)
{
  AsrComment *self = ASR_COMMENT (object);

  g_free (self->author);
  g_free (self->date);
  g_free (self->text);

  G_OBJECT_CLASS (asr_comment_parent_class)->finalize (object);
}

static void
asr_comment_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AsrComment *self = ASR_COMMENT (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_RESOLVED:
      g_value_set_boolean (value, self->resolved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_comment_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AsrComment *self = ASR_COMMENT (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      asr_comment_set_author (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      asr_comment_set_date (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      asr_comment_set_text (self, g_value_get_string (value));
      break;
    case PROP_RESOLVED:
      asr_comment_set_resolved (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_comment_class_init (AsrCommentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = asr_comment_finalize;
  object_class->get_property = asr_comment_get_property;
  object_class->set_property = asr_comment_set_property;

  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, "", rw);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_RESOLVED] = g_param_spec_boolean ("resolved", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
asr_comment_init (AsrComment *self)
{
  self->author = g_strdup ("");
  self->date = g_strdup ("");
  self->text = g_strdup ("");
}

AsrComment *
asr_comment_new (const char *author,
                 const char *date,
                 const char *text,
                 gboolean    resolved)
{
  return g_object_new (ASR_TYPE_COMMENT,
                       "author", author, "date", date, "text", text,
                       "resolved", resolved, NULL);
}

AsrComment *
asr_comment_copy (AsrComment *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT (self), NULL);

  return asr_comment_new (self->author, self->date, self->text, self->resolved);
}

static void
set_string (AsrComment  *self,
            char       **field,
            const char  *value,
            int          prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
asr_comment_get_author (AsrComment *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT (self), NULL);
  return self->author;
}

void
asr_comment_set_author (AsrComment *self,
                        const char *author)
{
  g_return_if_fail (ASR_IS_COMMENT (self));
  set_string (self, &self->author, author, PROP_AUTHOR);
}

const char *
asr_comment_get_date (AsrComment *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT (self), NULL);
  return self->date;
}

void
asr_comment_set_date (AsrComment *self,
                      const char *date)
{
  g_return_if_fail (ASR_IS_COMMENT (self));
  set_string (self, &self->date, date, PROP_DATE);
}

const char *
asr_comment_get_text (AsrComment *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT (self), NULL);
  return self->text;
}

void
asr_comment_set_text (AsrComment *self,
                      const char *text)
{
  g_return_if_fail (ASR_IS_COMMENT (self));
  set_string (self, &self->text, text, PROP_TEXT);
}

gboolean
asr_comment_get_resolved (AsrComment *self)
{
  g_return_val_if_fail (ASR_IS_COMMENT (self), FALSE);
  return self->resolved;
}

void
asr_comment_set_resolved (AsrComment *self,
                          gboolean    resolved)
{
  g_return_if_fail (ASR_IS_COMMENT (self));

  resolved = !!resolved;
  if (self->resolved == resolved)
    return;
  self->resolved = resolved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLVED]);
}

guint
asr_comments_count_open (GListModel *comments)
{
  guint n_open = 0;

  if (comments == NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(AsrComment) comment = g_list_model_get_item (comments, i);

      n_open += !comment->resolved;
    }
  return n_open;
}

/* The thread of a statement or key question: a GListStore whose owner
 * hears of every change, to the list or to a comment in it. */
typedef struct
{
  GObject              *owner;   /* not owned: it owns the store */
  AsrCommentsChangedFunc func;
} ThreadOwner;

static GQuark
thread_owner_quark (void)
{
  return g_quark_from_static_string ("asr-comment-thread-owner");
}

static void
tell_owner (GListStore *store)
{
  ThreadOwner *owner = g_object_get_qdata (G_OBJECT (store), thread_owner_quark ());

  if (owner != NULL)
    owner->func (owner->owner);
}

static void
comment_notify_cb (AsrComment *comment,
                   GParamSpec *pspec,
                   GListStore *store)
{
  guint position;

  /* A comment taken out (kept by undo) no longer belongs to the thread. */
  if (!g_list_store_find (store, comment, &position))
    {
      g_signal_handlers_disconnect_by_func (comment, comment_notify_cb, store);
      return;
    }
  tell_owner (store);
}

static void
items_changed_cb (GListStore *store,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(AsrComment) comment = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_signal_handlers_disconnect_by_func (comment, comment_notify_cb, store);
      g_signal_connect_object (comment, "notify", G_CALLBACK (comment_notify_cb), store, 0);
    }
  tell_owner (store);
}

GListStore *
_asr_comment_thread_new (GObject                *owner,
                         AsrCommentsChangedFunc  func)
{
  GListStore *store = g_list_store_new (ASR_TYPE_COMMENT);
  ThreadOwner *data = g_new (ThreadOwner, 1);

  data->owner = owner;
  data->func = func;
  g_object_set_qdata_full (G_OBJECT (store), thread_owner_quark (), data, g_free);
  g_signal_connect (store, "items-changed", G_CALLBACK (items_changed_cb), NULL);
  return store;
}

void
_asr_comment_thread_detach (GListStore *store)
{
  if (store != NULL)
    g_object_set_qdata (G_OBJECT (store), thread_owner_quark (), NULL);
}

void
_asr_comment_thread_copy (GListStore *to,
                          GListModel *from)
{
  g_list_store_remove_all (to);
  for (guint i = 0; from != NULL && i < g_list_model_get_n_items (from); i++)
    {
      g_autoptr(AsrComment) comment = g_list_model_get_item (from, i);
      g_autoptr(AsrComment) copy = asr_comment_copy (comment);

      g_list_store_append (to, copy);
    }
}
