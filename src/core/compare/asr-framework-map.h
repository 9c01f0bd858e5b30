/* asr-framework-map.h: which item of one framework is which of another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework file may link a quality statement or a judgement item to
 * another framework's ("maps_to", only where the topics correspond one to
 * one).  These functions read those links from a framework file's JSON
 * and, given the links of two frameworks, find an item's counterpart
 * through a link in either direction.  Plain data, no framework loader:
 * the comparison of a draft with a previous assessment written against
 * another framework lines up the linked items and compares the rest at
 * key question level.
 */
#pragma once

#include <glib.h>

#include "asr-framework.h"

G_BEGIN_DECLS

/* One maps_to link: (key_question, id) of the framework it was read from
 * → (to_key_question, to_id) of to_framework. */
typedef struct
{
  char *key_question;
  char *id;               /* a quality statement's or an item's id */
  char *to_framework;
  char *to_key_question;
  char *to_id;
} AsrMapLink;

/* Reads every maps_to link of the framework file @data (@filename for
 * messages); *framework_id gets its "id".  Returns a GPtrArray of
 * AsrMapLink, or NULL with @error naming the file and the JSON path. */
GPtrArray  *asr_map_links_read      (const char  *data,
                                     gsize        length,
                                     const char  *filename,
                                     char       **framework_id,
                                     GError     **error);

/* The maps_to links of a loaded framework, the same as asr_map_links_read()
 * gives for its file: a GPtrArray of AsrMapLink, empty when it has none. */
GPtrArray  *asr_map_links_from_framework (AsrFramework *framework);

/* The counterpart in framework @b_id of item (@key_question, @id) of
 * framework @a_id: a link of @a_links pointing at @b_id, else a link of
 * @b_links pointing back at it.  Returns TRUE with *out_key_question and
 * *out_id (owned by the links) set, FALSE when the item is not linked. */
gboolean    asr_map_counterpart     (const char  *a_id,
                                     GPtrArray   *a_links,
                                     const char  *b_id,
                                     GPtrArray   *b_links,
                                     const char  *key_question,
                                     const char  *id,
                                     const char **out_key_question,
                                     const char **out_id);

G_END_DECLS
