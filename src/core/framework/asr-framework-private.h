/* asr-framework-private.h: pieces of the framework loader shared by its
 * files (asr-framework.c reads the header, bands and statements;
 * asr-framework-items.c reads the items of the judgement method)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-framework.h"
#include "asr-json-walk.h"

G_BEGIN_DECLS

/* An object with an "id" (a slug unique in @seen) and a "name". */
gboolean      _asr_framework_walk_named_entry (AsrWalk     *walk,
                                               JsonNode    *node,
                                               GHashTable  *seen,
                                               const char **id,
                                               const char **name,
                                               JsonObject **object,
                                               GError     **error);
/* /key_questions/N/items of a judgement framework, into @kq->statements. */
gboolean      _asr_framework_load_items      (AsrKeyQuestionDef *kq,
                                              guint              kq_index,
                                              AsrWalk           *walk,
                                              JsonObject        *object,
                                              GHashTable        *seen,
                                              GError           **error);
/* Frees what an item adds to a statement's definition. */
void          _asr_item_def_clear            (AsrItemDef        *def);

G_END_DECLS
