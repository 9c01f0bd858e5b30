/* asr-report-layout-keep.c: the lines' glyphs, kept from measuring to drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measuring lays every block out with Pango, which shapes each line it
 * breaks; drawing a page needs the same glyphs.  So measuring keeps each
 * line's glyphs, packed (8 bytes a glyph for plain text), and drawing
 * rebuilds a PangoLayoutLine from them instead of shaping the line again.
 * A kept line draws as the line shaped again on its own would, byte for
 * byte in the PDF:
 *  - Pango collapses the space a wrapped line ends in to an empty glyph;
 *    shaped on its own the line keeps it, so it is put back, shaped alone
 *    with the same font;
 *  - a line Pango ends with a hyphen of its own (a word broken inside), a
 *    right-to-left line and a line with attributes are not kept: they are
 *    shaped again when drawn (asr-report-flow.c), as is every line once
 *    the memory allowed for kept lines (keep_bytes) is spent.
 * Each measuring thread keeps its lines in its own store.  Their fonts
 * belong to that thread's font map: the store holds the thread's Pango
 * context, and so its font map, until the layout is freed, and once
 * measuring is done only the thread that draws uses them.
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include <string.h>

#include "asr-report-kept-private.h"

#define SLAB_BYTES (256 * 1024)
#define N_SPACES   4

static gsize keep_bytes = ASR_REPORT_KEEP_BYTES;

/* Tests draw with no line kept, or few, to compare. */
void
_asr_report_layout_set_keep_bytes (gsize bytes)
{
  keep_bytes = bytes;
}

/* A space as shaped alone in a font. */
typedef struct
{
  PangoFont     *font;
  gunichar       ch;
  PangoGlyphInfo info;
} SpaceGlyph;

struct _KeptStore
{
  AsrReportLayout  *self;
  PangoContext     *context;   /* keeps the thread's font map alive */
  GPtrArray        *slabs;
  guchar           *next, *end;
  GPtrArray        *fonts;     /* held */
  PangoGlyphString *shaped;
  SpaceGlyph        spaces[N_SPACES];
  guint             next_space;
  gboolean          full;      /* the layout's kept lines took all they may */
};


KeptStore *
_asr_report_kept_store_new (AsrReportLayout *self,
                            Shaper          *shaper)
{
  KeptStore *store = g_new0 (KeptStore, 1);

  store->self = self;
  store->context = g_object_ref (shaper->context);
  store->slabs = g_ptr_array_new_with_free_func (g_free);
  store->fonts = g_ptr_array_new_with_free_func (g_object_unref);
  store->shaped = pango_glyph_string_new ();
  return store;
}

void
_asr_report_kept_store_free (KeptStore *store)
{
  if (store == NULL)
    return;

  g_ptr_array_unref (store->slabs);
  g_ptr_array_unref (store->fonts);
  pango_glyph_string_free (store->shaped);
  g_object_unref (store->context);
  g_free (store);
}

/* The memory @self's kept lines take. */
gsize
_asr_report_layout_kept_bytes (AsrReportLayout *self)
{
  gsize bytes = 0;

  for (guint i = 0; i < self->kept->len; i++)
    bytes += ((KeptStore *) g_ptr_array_index (self->kept, i))->slabs->len * (gsize) SLAB_BYTES;
  return bytes;
}

/* @size bytes in the store, or NULL once the layout's lines have taken
 * all they may. */
static gpointer
reserve (KeptStore *store,
         gsize      size)
{
  guchar *room;

  if (store->full)
    return NULL;
  if (store->next == NULL || (gsize) (store->end - store->next) < size)
    {
      guint limit = keep_bytes / SLAB_BYTES;

      if ((guint) g_atomic_int_add (&store->self->kept_slabs, 1) >= limit)
        {
          store->full = TRUE;
          return NULL;
        }
      store->next = g_malloc (SLAB_BYTES);
      store->end = store->next + SLAB_BYTES;
      g_ptr_array_add (store->slabs, store->next);
    }
  room = store->next;
  store->next += size;
  return room;
}

static PangoFont *
hold_font (KeptStore *store,
           PangoFont *font)
{
  for (guint i = store->fonts->len; i > 0; i--)
    if (g_ptr_array_index (store->fonts, i - 1) == font)
      return font;
  g_ptr_array_add (store->fonts, g_object_ref (font));
  return font;
}

static gboolean
can_keep (const PangoGlyphItem *run)
{
  const PangoAnalysis *analysis = &run->item->analysis;

  return analysis->level % 2 == 0 && analysis->extra_attrs == NULL &&
         (analysis->flags & PANGO_ANALYSIS_FLAG_NEED_HYPHEN) == 0 &&
         run->item->length <= G_MAXUINT16 && run->glyphs->num_glyphs <= G_MAXUINT16;
}

/* The characters of @run's glyph @i, from @p on (its cluster's start);
 * 0 if the glyph does not start a cluster of its own, left to right. */
static guint
glyph_chars (const PangoGlyphItem *run,
             const char           *text,
             int                   i,
             const char           *p)
{
  const PangoGlyphString *glyphs = run->glyphs;
  const char *start = text + run->item->offset;
  const char *next = i + 1 < glyphs->num_glyphs ? start + glyphs->log_clusters[i + 1]
                                                : start + run->item->length;

  if (glyphs->log_clusters[i] != p - start || next <= p)
    return 0;
  if (next == p + 1)
    return 1;
  return (guint) g_utf8_strlen (p, next - p);
}

/* Plain: left to right, each glyph a cluster of its own of 1 to
 * MAX_CHARS characters (a ligature takes several), at no offset, not in
 * colour, and not too wide to pack. */
static gboolean
is_plain (const PangoGlyphItem *run,
          const char           *text)
{
  const PangoGlyphString *glyphs = run->glyphs;
  const char *p = text + run->item->offset;

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &glyphs->glyphs[i];
      guint chars = glyph_chars (run, text, i, p);

      if (chars == 0 || chars > MAX_CHARS || !info->attr.is_cluster_start ||
          info->attr.is_color || info->geometry.x_offset != 0 || info->geometry.y_offset != 0 ||
          ABS (info->geometry.width) > MAX_WIDTH)
        return FALSE;
      p = text + run->item->offset + (i + 1 < glyphs->num_glyphs ? glyphs->log_clusters[i + 1]
                                                                 : run->item->length);
    }
  return TRUE;
}

/* The glyph of the space @ch alone in @run's font, as shaping the line on
 * its own gives it; FALSE if it is not a single plain glyph. */
static gboolean
shape_space (KeptStore            *store,
             const PangoGlyphItem *run,
             const char           *space,
             PangoGlyphInfo       *out)
{
  gunichar ch = g_utf8_get_char (space);
  PangoFont *font = run->item->analysis.font;
  PangoShapeFlags flags = PANGO_SHAPE_NONE;
  SpaceGlyph *slot;
  int length = g_utf8_next_char (space) - space;

  for (guint i = 0; i < N_SPACES; i++)
    if (store->spaces[i].font == font && store->spaces[i].ch == ch)
      {
        *out = store->spaces[i].info;
        return TRUE;
      }
  if (pango_context_get_round_glyph_positions (store->context))
    flags |= PANGO_SHAPE_ROUND_POSITIONS;
  pango_shape_with_flags (space, length, space, length, &run->item->analysis, store->shaped, flags);
  if (store->shaped->num_glyphs != 1)
    return FALSE;
  *out = store->shaped->glyphs[0];
  if (!out->attr.is_cluster_start || out->attr.is_color ||
      out->geometry.x_offset != 0 || out->geometry.y_offset != 0)
    return FALSE;
  slot = &store->spaces[store->next_space];
  store->next_space = (store->next_space + 1) % N_SPACES;
  *slot = (SpaceGlyph) { hold_font (store, font), ch, *out };
  return TRUE;
}

/* Whether Pango collapsed the space @run's line wraps at (see
 * zero_line_final_space() in Pango); if so, @space is that space shaped
 * alone.  FALSE with @keep unset when the line cannot be kept. */
static gboolean
collapsed_space (KeptStore            *store,
                 const PangoGlyphItem *run,
                 const char           *text,
                 PangoGlyphInfo       *space,
                 gboolean             *keep)
{
  const PangoGlyphString *glyphs = run->glyphs;
  const char *end = text + run->item->offset + run->item->length;
  const char *last;
  int n = glyphs->num_glyphs;

  *keep = TRUE;
  if (n == 0 || glyphs->glyphs[n - 1].glyph != PANGO_GLYPH_EMPTY ||
      glyphs->glyphs[n - 1].geometry.width != 0)
    return FALSE;
  last = g_utf8_prev_char (end);
  if (!g_unichar_isspace (g_utf8_get_char (last)))
    return FALSE;
  /* A tab is shaped for where it stands: not alone. */
  *keep = *last != '\t' && glyphs->log_clusters[n - 1] == last - (text + run->item->offset) &&
          shape_space (store, run, last, space);
  return *keep;
}

static void
pack_glyphs (const PangoGlyphItem *run,
             const char           *text,
             gboolean              plain,
             guchar               *out)
{
  const PangoGlyphString *glyphs = run->glyphs;

  if (plain)
    {
      PlainGlyph *plain_glyphs = (PlainGlyph *) (void *) out;
      const char *start = text + run->item->offset;

      for (int i = 0; i < glyphs->num_glyphs; i++)
        {
          guint chars = glyph_chars (run, text, i, start + glyphs->log_clusters[i]);

          plain_glyphs[i] = (PlainGlyph) { glyphs->glyphs[i].glyph,
                                           (guint32) glyphs->glyphs[i].geometry.width * 32 + chars };
        }
      return;
    }
  memcpy (out, glyphs->glyphs, glyphs->num_glyphs * sizeof (PangoGlyphInfo));
  memcpy (out + glyphs->num_glyphs * sizeof (PangoGlyphInfo), glyphs->log_clusters,
          glyphs->num_glyphs * sizeof (int));
}

/* The line's runs described, and the room they take; FALSE if the line
 * is not to be kept. */
static gboolean
describe_runs (KeptStore       *store,
               PangoLayoutLine *line,
               KeptRun         *runs,
               guint           *n_runs,
               gsize           *size)
{
  const char *text = pango_layout_get_text (line->layout);
  guint n = 0;

  *size = ALIGNED (sizeof (KeptLine));
  for (GSList *l = line->runs; l != NULL; l = l->next, n++)
    {
      const PangoGlyphItem *run = l->data;
      const PangoItem *item = run->item;

      if (n == MAX_RUNS || !can_keep (run))
        return FALSE;
      runs[n] = (KeptRun) {
        hold_font (store, item->analysis.font), item->analysis.language,
        item->offset - line->start_index, item->length, item->num_chars,
        run->glyphs->num_glyphs, item->analysis.level, item->analysis.gravity,
        item->analysis.flags, item->analysis.script, is_plain (run, text),
        run->y_offset, run->start_x_offset, run->end_x_offset,
      };
      *size += ALIGNED (sizeof (KeptRun)) + kept_glyphs_size (&runs[n]);
    }
  *n_runs = n;
  return n > 0 && *size <= SLAB_BYTES;
}

const KeptLine *
_asr_report_kept_store_add (KeptStore       *store,
                            PangoLayoutLine *line)
{
  const char *text = pango_layout_get_text (line->layout);
  KeptRun runs[MAX_RUNS];
  PangoGlyphInfo space;
  gboolean restore, keep;
  guint n_runs, runs_i = 0;
  gsize size;
  KeptLine *kept;
  guchar *out;

  if (keep_bytes == 0 || !describe_runs (store, line, runs, &n_runs, &size))
    return NULL;
  restore = collapsed_space (store, g_slist_last (line->runs)->data, text, &space, &keep);
  if (!keep || (kept = reserve (store, size)) == NULL)
    return NULL;
  *kept = (KeptLine) { n_runs, line->is_paragraph_start, line->resolved_dir };
  out = (guchar *) kept + ALIGNED (sizeof (KeptLine));
  for (GSList *l = line->runs; l != NULL; l = l->next, runs_i++)
    {
      KeptRun *run = (KeptRun *) (void *) out;

      *run = runs[runs_i];
      out += ALIGNED (sizeof (KeptRun));
      pack_glyphs (l->data, text, run->plain, out);
      if (restore && l->next == NULL && run->plain)
        ((PlainGlyph *) (void *) out)[run->num_glyphs - 1] = (PlainGlyph) {
          space.glyph, (guint32) space.geometry.width * 32 + 1 };
      else if (restore && l->next == NULL)
        ((PangoGlyphInfo *) (void *) out)[run->num_glyphs - 1] = space;
      out += kept_glyphs_size (run);
    }
  return kept;
}
