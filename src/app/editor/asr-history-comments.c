/* asr-history-comments.c: undo and redo of review comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thread is a GListStore: its "items-changed" does not say which
 * comments left it, so each watched thread keeps a shadow copy of its
 * items to record a removal with the comments removed.  Each comment that
 * ever was in a thread is watched once, property by property, as the
 * history watches the model (resolving and reopening are property
 * changes).
 */
#define G_LOG_DOMAIN "asr-history"

#include "config.h"

#include "asr-history-private.h"

struct _AsrCommentWatches
{
  AsrHistory *history;    /* not owned: it owns this */
  GPtrArray  *threads;    /* of Thread */
  GHashTable *comments;   /* AsrComment watched, not owned (the history refs them) */
};

typedef struct
{
  AsrCommentWatches *watches;
  GListModel        *list;     /* owned */
  GPtrArray         *shadow;   /* its items, owned */
  gulong             handler;
} Thread;

/* A splice of a thread: at @position, @removed replaced by @added. */
typedef struct
{
  GListStore *list;
  guint       position;
  GPtrArray  *removed;
  GPtrArray  *added;
} Splice;

static void
splice_free (gpointer data)
{
  Splice *splice = data;

  g_object_unref (splice->list);
  g_ptr_array_unref (splice->removed);
  g_ptr_array_unref (splice->added);
  g_free (splice);
}

static void
splice_apply (gpointer data,
              gboolean forward)
{
  Splice *splice = data;
  GPtrArray *out = forward ? splice->removed : splice->added;
  GPtrArray *in = forward ? splice->added : splice->removed;

  g_list_store_splice (splice->list, splice->position, out->len, in->pdata, in->len);
}

static void
watch_comment (AsrCommentWatches *watches,
               GObject           *comment)
{
  if (g_hash_table_contains (watches->comments, comment))
    return;
  g_hash_table_add (watches->comments, comment);
  _asr_history_watch_object (watches->history, comment);
}

static GPtrArray *
items (GListModel *list,
       guint       position,
       guint       n)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = position; i < position + n; i++)
    g_ptr_array_add (out, g_list_model_get_item (list, i));
  return out;
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Thread     *thread)
{
  g_autoptr(GPtrArray) new_items = items (list, position, added);
  g_autoptr(GPtrArray) old_items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (old_items, g_ptr_array_steal_index (thread->shadow, position));
  for (guint i = 0; i < added; i++)
    {
      GObject *comment = g_ptr_array_index (new_items, i);

      g_ptr_array_insert (thread->shadow, (int) (position + i), g_object_ref (comment));
      watch_comment (thread->watches, comment);
    }

  if (!_asr_history_is_applying (thread->watches->history))
    {
      Splice *splice = g_new (Splice, 1);
      AsrHistoryAction *action = g_new (AsrHistoryAction, 1);

      *splice = (Splice) { G_LIST_STORE (g_object_ref (list)), position,
                           g_steal_pointer (&old_items), g_steal_pointer (&new_items) };
      *action = (AsrHistoryAction) { splice_apply, splice_free, splice };
      _asr_history_record_action (thread->watches->history, action);
    }
}

static void
thread_free (gpointer data)
{
  Thread *thread = data;

  g_clear_signal_handler (&thread->handler, thread->list);
  g_object_unref (thread->list);
  g_ptr_array_unref (thread->shadow);
  g_free (thread);
}

AsrCommentWatches *
_asr_comment_watches_new (AsrHistory *history)
{
  AsrCommentWatches *watches = g_new0 (AsrCommentWatches, 1);

  watches->history = history;
  watches->threads = g_ptr_array_new_with_free_func (thread_free);
  watches->comments = g_hash_table_new (NULL, NULL);
  return watches;
}

void
_asr_comment_watches_free (AsrCommentWatches *watches)
{
  g_ptr_array_unref (watches->threads);
  g_hash_table_unref (watches->comments);
  g_free (watches);
}

void
_asr_comment_watches_add (AsrCommentWatches *watches,
                          GListModel        *comments)
{
  Thread *thread = g_new0 (Thread, 1);
  guint n = g_list_model_get_n_items (comments);

  thread->watches = watches;
  thread->list = g_object_ref (comments);
  thread->shadow = items (comments, 0, n);
  for (guint i = 0; i < n; i++)
    watch_comment (watches, g_ptr_array_index (thread->shadow, i));
  thread->handler = g_signal_connect (comments, "items-changed", G_CALLBACK (items_changed_cb), thread);
  g_ptr_array_add (watches->threads, thread);
}
