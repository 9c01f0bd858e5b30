/* test-layout-count.c: how many times each text is laid out by Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A test linked with this file (and built with export_dynamic, so that
 * libpango's and libgtk's calls come here first) counts, for each text,
 * how many times a PangoLayout of it was laid out, and how many runs of
 * text (HarfBuzz's hb_shape) that shaped: a call of one of the layout's
 * getters that shaped text lays it out; a call answered from the layout's
 * lines does not.  GtkLabel keeps one
 * layout and lays it out again at each new width, so the count is the
 * number of widths a label was measured or allocated at (issue 10: text
 * layout was most of the first frame's cost).
 */
#define _GNU_SOURCE
#include "config.h"

#include <dlfcn.h>
#include <hb.h>

#include "test-layout-count.h"

typedef struct
{
  guint layouts;
  guint shapes;
} Count;

static GHashTable *counts;  /* text → Count */
static guint depth;
static guint n_shaped;      /* hb_shape() calls in the outermost getter */

static gpointer
next_symbol (const char *name)
{
  gpointer symbol = dlsym (RTLD_NEXT, name);

  if (symbol == NULL)
    g_error ("test-layout-count: no %s after the test's own", name);
  return symbol;
}

void
test_layout_count_reset (void)
{
  g_clear_pointer (&counts, g_hash_table_unref);
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

guint
test_layout_count (const char *text)
{
  Count *count = counts != NULL ? g_hash_table_lookup (counts, text) : NULL;

  return count != NULL ? count->layouts : 0;
}

guint
test_layout_count_shapes (const char *text)
{
  Count *count = counts != NULL ? g_hash_table_lookup (counts, text) : NULL;

  return count != NULL ? count->shapes : 0;
}

void
hb_shape (hb_font_t          *font,
          hb_buffer_t        *buffer,
          const hb_feature_t *features,
          unsigned int        n_features)
{
  static void (*real) (hb_font_t *, hb_buffer_t *, const hb_feature_t *, unsigned int);

  if (real == NULL)
    real = next_symbol ("hb_shape");
  n_shaped++;
  real (font, buffer, features, n_features);
}

static void
enter (void)
{
  if (depth++ == 0)
    n_shaped = 0;
}

static void
leave (PangoLayout *layout)
{
  const char *text;
  Count *count;

  if (--depth > 0 || n_shaped == 0 || counts == NULL)
    return;
  text = pango_layout_get_text (layout);
  count = g_hash_table_lookup (counts, text);
  if (count == NULL)
    {
      count = g_new0 (Count, 1);
      g_hash_table_insert (counts, g_strdup (text), count);
    }
  count->layouts++;
  count->shapes += n_shaped;
}

/* Each getter that lays the layout out when its lines are out of date. */
#define COUNTED_VOID(name, params, args) \
  void name params \
  { \
    static void (*real) params; \
    if (real == NULL) \
      real = next_symbol (#name); \
    enter (); \
    real args; \
    leave (layout); \
  }
#define COUNTED(type, name, params, args) \
  type name params \
  { \
    static type (*real) params; \
    type result; \
    if (real == NULL) \
      real = next_symbol (#name); \
    enter (); \
    result = real args; \
    leave (layout); \
    return result; \
  }

COUNTED_VOID (pango_layout_get_extents,
              (PangoLayout *layout, PangoRectangle *ink, PangoRectangle *logical),
              (layout, ink, logical))
COUNTED_VOID (pango_layout_get_pixel_extents,
              (PangoLayout *layout, PangoRectangle *ink, PangoRectangle *logical),
              (layout, ink, logical))
COUNTED_VOID (pango_layout_get_size,
              (PangoLayout *layout, int *width, int *height),
              (layout, width, height))
COUNTED_VOID (pango_layout_get_pixel_size,
              (PangoLayout *layout, int *width, int *height),
              (layout, width, height))
COUNTED (int, pango_layout_get_baseline, (PangoLayout *layout), (layout))
COUNTED (int, pango_layout_get_line_count, (PangoLayout *layout), (layout))
COUNTED (GSList *, pango_layout_get_lines_readonly, (PangoLayout *layout), (layout))
COUNTED (PangoLayoutLine *, pango_layout_get_line_readonly,
         (PangoLayout *layout, int line), (layout, line))
COUNTED (PangoLayoutIter *, pango_layout_get_iter, (PangoLayout *layout), (layout))
COUNTED (gboolean, pango_layout_is_wrapped, (PangoLayout *layout), (layout))
COUNTED (gboolean, pango_layout_is_ellipsized, (PangoLayout *layout), (layout))
