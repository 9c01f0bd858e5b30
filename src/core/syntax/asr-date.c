/* asr-date.c: calendar dates as people type them, kept as ISO 8601
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two forms only, told apart by where the year is: four digits first is
 * ISO 8601 (year-month-day), four digits last is day-month-year as the UK
 * writes it.  Month-first (US) dates are not guessed at: 10/14/2026 is
 * refused as a 14th month, never silently read another way.
 */
#define G_LOG_DOMAIN "asr-date"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "asr-date.h"
#include "asr-error.h"

/* Splits @text into three runs of digits around two equal separators. */
static gboolean
split_fields (const char *text,
              guint       values[3],
              guint       lengths[3])
{
  const char *p = text;
  char separator = '\0';

  for (guint i = 0; i < 3; i++)
    {
      guint64 value = 0;
      guint length = 0;

      while (g_ascii_isdigit (*p) && length < 5)
        value = value * 10 + (guint64) (*p++ - '0'), length++;
      if (length == 0 || g_ascii_isdigit (*p))
        return FALSE;
      values[i] = (guint) value;
      lengths[i] = length;
      if (i == 2)
        return *p == '\0';
      if (*p != '-' && *p != '/' && *p != '.')
        return FALSE;
      if (separator != '\0' && *p != separator)
        return FALSE;
      separator = *p++;
    }
  g_assert_not_reached ();
}

char *
asr_date_parse_input (const char  *text,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  guint v[3], len[3];
  guint year, month, day;

  g_return_val_if_fail (text != NULL, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return g_strdup ("");

  if (!split_fields (stripped, v, len) || (len[0] != 4 && len[2] != 4) ||
      (len[0] == 4 && (len[1] > 2 || len[2] > 2)) ||
      (len[2] == 4 && (len[0] > 2 || len[1] > 2)))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                   _("“%s” is not a date: write it as 14/10/2026 or 2026-10-14"), stripped);
      return NULL;
    }

  if (len[0] == 4)
    year = v[0], month = v[1], day = v[2];
  else
    day = v[0], month = v[1], year = v[2];

  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, ASR_ERROR, ASR_ERROR_INVALID,
                   _("“%s” is not a day in the calendar"), stripped);
      return NULL;
    }
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

gboolean
asr_date_to_gdate (const char *iso,
                   GDate      *date)
{
  g_autofree char *parsed = NULL;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (iso == NULL || !(parsed = asr_date_parse_input (iso, NULL)) || *parsed == '\0')
    return FALSE;
  g_date_set_dmy (date,
                  (GDateDay) g_ascii_strtoull (parsed + 8, NULL, 10),
                  (GDateMonth) g_ascii_strtoull (parsed + 5, NULL, 10),
                  (GDateYear) g_ascii_strtoull (parsed, NULL, 10));
  return TRUE;
}
