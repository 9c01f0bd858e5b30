/* asr-framework-about.c: reading a framework's edition, source and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framework file says which edition of the framework it holds and which
 * published document its text comes from, so an inspector can tell two
 * editions apart and check the wording against its origin.
 */
#define G_LOG_DOMAIN "asr-framework"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-framework-about.h"
#include "asr-text.h"

void
_asr_framework_about_clear (AsrFrameworkAbout *about)
{
  g_clear_pointer (&about->version, g_free);
  g_clear_pointer (&about->publisher, g_free);
  g_clear_pointer (&about->title, g_free);
  g_clear_pointer (&about->url, g_free);
  g_clear_pointer (&about->valid_from, g_free);
  g_clear_pointer (&about->valid_to, g_free);
  g_clear_pointer (&about->short_name, g_free);
}

static gboolean
load_url (AsrWalk     *walk,
          JsonObject  *source,
          char       **out,
          GError     **error)
{
  const char *url;

  if (!asr_walk_member_text (walk, source, "url", &url, error))
    return FALSE;
  if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    {
      g_autofree char *shown = asr_text_quote (url);

      /* The path names the url; the walk is abandoned with the error. */
      asr_walk_enter (walk, "url");
      return asr_walk_fail (walk, error, _("expected a web address starting with https://, got “%s”"), shown);
    }
  *out = g_strdup (url);
  return TRUE;
}

static gboolean
load_source (AsrWalk           *walk,
             JsonObject        *root,
             AsrFrameworkAbout *out,
             GError           **error)
{
  static const char * const allowed[] = { "publisher", "title", "url", NULL };
  const char *publisher, *title;
  JsonObject *source;
  JsonNode *node;
  gsize mark;

  if (!asr_walk_require (walk, root, "source", &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, "source");
  if (!asr_walk_object (walk, node, &source, error) ||
      !asr_walk_only_members (walk, source, allowed, error) ||
      !asr_walk_member_text (walk, source, "publisher", &publisher, error) ||
      !asr_walk_member_text (walk, source, "title", &title, error) ||
      !load_url (walk, source, &out->url, error))
    return FALSE;
  out->publisher = g_strdup (publisher);
  out->title = g_strdup (title);
  asr_walk_leave (walk, mark);
  return TRUE;
}

static gboolean
load_date (AsrWalk     *walk,
           JsonObject  *root,
           const char  *member,
           char       **out,
           GError     **error)
{
  const char *date;
  JsonNode *node;
  gsize mark;

  if (!asr_walk_require (walk, root, member, &node, error))
    return FALSE;
  mark = asr_walk_enter (walk, member);
  if (!asr_walk_date (walk, node, &date, error))
    return FALSE;
  asr_walk_leave (walk, mark);
  *out = g_strdup (date);
  return TRUE;
}

/* valid_to, when given, is not before valid_from: YYYY-MM-DD compares as
 * text. */
static gboolean
load_dates (AsrWalk           *walk,
            JsonObject        *root,
            AsrFrameworkAbout *out,
            GError           **error)
{
  if (!load_date (walk, root, "valid_from", &out->valid_from, error))
    return FALSE;
  if (!json_object_has_member (root, "valid_to"))
    return TRUE;
  if (!load_date (walk, root, "valid_to", &out->valid_to, error))
    return FALSE;
  if (strcmp (out->valid_to, out->valid_from) < 0)
    {
      asr_walk_enter (walk, "valid_to");
      return asr_walk_fail (walk, error, _("%s is before valid_from (%s)"), out->valid_to, out->valid_from);
    }
  return TRUE;
}

gboolean
_asr_framework_load_about (AsrWalk           *walk,
                           JsonObject        *root,
                           AsrFrameworkAbout *out,
                           GError           **error)
{
  const char *version;
  const char *short_name = NULL;

  _asr_framework_about_clear (out);
  /* The header checked the id's letters; assessments and file names
   * start with it, so it must not start with a hyphen. */
  if (json_object_get_string_member_with_default (root, "id", "")[0] == '-')
    {
      asr_walk_enter (walk, "id");
      return asr_walk_fail (walk, error, _("a framework id starts with a letter or a digit"));
    }
  if (!asr_walk_member_text (walk, root, "framework_version", &version, error))
    return FALSE;
  out->version = g_strdup (version);
  if (json_object_has_member (root, "short_name") &&
      !asr_walk_member_text (walk, root, "short_name", &short_name, error))
    return FALSE;
  out->short_name = g_strdup (short_name);
  return load_source (walk, root, out, error) &&
         load_dates (walk, root, out, error);
}
