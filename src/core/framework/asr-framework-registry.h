/* asr-framework-registry.h: every framework Assessor knows: the built-in
 * ones and the framework files a user or the system installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The registry holds the built-in frameworks, then the files
 * DIR/assessor/frameworks/NAME.json of each data directory in order
 * (for the program: $XDG_DATA_HOME first, then each of $XDG_DATA_DIRS);
 * within a directory, files by name.  The first framework with an id
 * wins: a built-in is never replaced by a file, and a later file with the
 * same id is skipped.  A file that is broken, or skipped, becomes a
 * problem naming its path and place; it never stops the program.
 *
 * Files come in through storage/asr-read-file.h, the one way an input
 * file is read; otherwise this depends on framework/ and syntax/ only.
 */
#pragma once

#include <gio/gio.h>

#include "asr-framework.h"

G_BEGIN_DECLS

#define ASR_TYPE_FRAMEWORK_REGISTRY (asr_framework_registry_get_type ())
G_DECLARE_FINAL_TYPE (AsrFrameworkRegistry, asr_framework_registry, ASR, FRAMEWORK_REGISTRY, GObject)

/* The largest framework file read (the built-ins are about 20 kB). */
#define ASR_FRAMEWORK_MAX_SIZE (4 * 1024 * 1024)

/* Built-ins, then DIR/assessor/frameworks/\*.json of each of @data_dirs. */
AsrFrameworkRegistry *asr_framework_registry_new        (const char * const   *data_dirs);
/* The program's registry, made on first use (from any thread). */
AsrFrameworkRegistry *asr_framework_registry_get_default (void);

/* A new reference to the framework @id, or NULL with @error set
 * (ASR_ERROR_FRAMEWORK_MISSING, naming the frameworks installed). */
AsrFramework         *asr_framework_registry_find       (AsrFrameworkRegistry *self,
                                                         const char           *id,
                                                         GError              **error);
/* AsrFrameworks: the built-ins first, then files in the order found. */
GListModel           *asr_framework_registry_get_frameworks (AsrFrameworkRegistry *self);
/* The file @framework came from, or NULL for a built-in. */
const char           *asr_framework_registry_get_path   (AsrFrameworkRegistry *self,
                                                         AsrFramework         *framework);
/* The ids, in order, separated by ", " (for messages). */
char                 *asr_framework_registry_dup_ids    (AsrFrameworkRegistry *self);
/* Messages (char *) for the files that were broken or skipped. */
GPtrArray            *asr_framework_registry_get_problems (AsrFrameworkRegistry *self);

/* The same on the program's registry. */
/* Adds a framework a program brings itself (a test's); refused when
 * its id is already known.  Call before the registry is shared with
 * other threads. */
gboolean              asr_framework_registry_add        (AsrFrameworkRegistry *self,
                                                         AsrFramework         *framework,
                                                         GError              **error);
AsrFramework         *asr_framework_registry_lookup     (const char           *id,
                                                         GError              **error);
GListModel           *asr_framework_registry_list       (void);

/* Reads and validates one framework file (what --check-framework does). */
AsrFramework         *asr_framework_load_file           (GFile                *file,
                                                         GError              **error);

G_END_DECLS
