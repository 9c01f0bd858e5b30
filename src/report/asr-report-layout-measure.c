/* asr-report-layout-measure.c: every block's lines, measured in parallel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laying text out is most of what pagination costs, and one block's lines
 * do not depend on any other block: so a long report's blocks are laid
 * out on worker threads (and the calling one), each with its own Pango
 * font map, as Pango asks.  What is kept of a line is a few numbers
 * (LineMetrics) and its glyphs, packed, for drawing (asr-report-layout-keep.c);
 * placing the lines on pages is then arithmetic done in order
 * (asr-report-paginate.c).  Each block is laid out once, where the
 * look-ahead of "keep with next" used to lay some out twice; a very long
 * one is shared out in segments (asr-report-layout-segment.c).
 */
#define G_LOG_DOMAIN "asr-report"

#include "config.h"

#include "asr-report-layout-private.h"

/* Below this much text a thread and its font map cost more than they save
 * (the sample, a printed page); above it the report is shared out. */
#define PARALLEL_BYTES (64 * 1024)
#define MAX_THREADS    4

static guint forced_threads;   /* 0: as many as pay */

/* Tests compare the threaded layout with the one-thread one. */
void
_asr_report_layout_set_threads (guint n_threads)
{
  forced_threads = MIN (n_threads, MAX_THREADS);
}

/* The threads a long report is laid out on, the calling one included. */
guint
_asr_report_layout_get_threads (void)
{
  if (forced_threads > 0)
    return forced_threads;
  return CLAMP (g_get_num_processors (), 1, MAX_THREADS);
}

/* What a thread takes at a time: a whole block, or a segment of a long
 * one (asr-report-layout-segment.c). */
typedef struct
{
  guint    block;
  Segment *segment;            /* NULL: the whole block */
} Unit;

typedef struct
{
  AsrReportLayout *self;
  BlockLines      *lines;
  GArray         **segments;   /* of Segment, by block: NULL if whole */
  GArray          *units;      /* of Unit, in block order */
  int              next;       /* atomic: the next unit to measure */
  KeptStore       *stores[MAX_THREADS];   /* the lines each thread kept */
} MeasureJob;

/* One measuring thread's share of the job. */
typedef struct
{
  MeasureJob *job;
  guint       slot;
} MeasureTask;

void
_asr_report_measure_lines (AsrReportLayout *self,
                           Shaper          *shaper,
                           KeptStore       *store,
                           guint            index,
                           gsize            above,
                           gsize            offset,
                           gsize            end,
                           GArray          *out)
{
  LineCursor cursor;
  FlowLine line;

  _asr_report_cursor_init (&cursor, self, shaper, index);
  _asr_report_cursor_seek (&cursor, above, offset);
  while (_asr_report_cursor_next (&cursor, &line) && line.offset < end)
    {
      LineMetrics metrics = { line.offset, line.line->length, line.x, line.height,
                              line.ascent, line.chunk, line.top, line.bottom,
                              _asr_report_kept_store_add (store, line.line) };

      g_array_append_val (out, metrics);
    }
  _asr_report_cursor_clear (&cursor);
}

static void
measure_block (AsrReportLayout *self,
               Shaper          *shaper,
               KeptStore       *store,
               guint            index,
               BlockLines      *out)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (LineMetrics));

  _asr_report_measure_lines (self, shaper, store, index, 0, 0, G_MAXSIZE, array);
  out->n_lines = array->len;
  out->lines = (LineMetrics *) (void *) g_array_free (array, FALSE);
}

/* Takes units one at a time until none is left, and keeps their lines'
 * glyphs in the task's store. */
static void
measure_some (MeasureTask *task,
              Shaper      *shaper)
{
  MeasureJob *job = task->job;
  KeptStore *store = _asr_report_kept_store_new (job->self, shaper);

  job->stores[task->slot] = store;
  for (;;)
    {
      guint index = (guint) g_atomic_int_add (&job->next, 1);
      Unit *unit;

      if (index >= job->units->len)
        break;
      unit = &g_array_index (job->units, Unit, index);
      if (unit->segment != NULL)
        _asr_report_segment_measure (job->self, shaper, store, unit->segment);
      else
        measure_block (job->self, shaper, store, unit->block, &job->lines[unit->block]);
    }
  _asr_report_flow_clear_cache (shaper);
}

/* The units of @job: its long blocks cut in segments when there are
 * threads to share them. */
static void
plan_units (MeasureJob *job,
            guint       n_threads)
{
  guint n_blocks = job->self->blocks->len;

  job->segments = g_new0 (GArray *, MAX (n_blocks, 1));
  job->units = g_array_new (FALSE, FALSE, sizeof (Unit));
  for (guint i = 0; i < n_blocks; i++)
    {
      GArray *segments = n_threads > 1 ? _asr_report_segments_plan (job->self, i) : NULL;
      Unit unit = { i, NULL };

      job->segments[i] = segments;
      if (segments == NULL)
        g_array_append_val (job->units, unit);
      for (guint k = 0; segments != NULL && k < segments->len; k++)
        {
          unit.segment = &g_array_index (segments, Segment, k);
          g_array_append_val (job->units, unit);
        }
    }
}

/* The long blocks' segments joined, on the calling thread. */
static void
join_segments (MeasureJob *job)
{
  for (guint i = 0; i < job->self->blocks->len; i++)
    if (job->segments[i] != NULL)
      _asr_report_segments_join (job->self, job->segments[i], &job->self->shaper,
                                 job->stores[0], &job->lines[i]);
  g_free (job->segments);
  g_array_unref (job->units);
}

static gpointer
measure_thread (gpointer data)
{
  Shaper shaper;

  _asr_report_shaper_init (&shaper);
  measure_some (data, &shaper);
  _asr_report_shaper_clear (&shaper);
  return NULL;
}

static guint
count_threads (AsrReportLayout *self)
{
  gsize bytes = 0;

  if (forced_threads > 0)
    return forced_threads;
  for (guint i = 0; i < self->blocks->len && bytes < PARALLEL_BYTES; i++)
    bytes += g_array_index (self->blocks, Block, i).length;
  if (bytes < PARALLEL_BYTES)
    return 1;
  return _asr_report_layout_get_threads ();
}

/* The lines of every block, in block order.  (transfer full) */
BlockLines *
_asr_report_layout_measure (AsrReportLayout *self)
{
  MeasureJob job = { self, g_new0 (BlockLines, MAX (self->blocks->len, 1)), NULL, NULL, 0,
                     { NULL, } };
  MeasureTask tasks[MAX_THREADS];
  guint n_threads = count_threads (self);
  GThread *threads[MAX_THREADS] = { NULL, };

  plan_units (&job, n_threads);
  for (guint i = 0; i < n_threads; i++)
    tasks[i] = (MeasureTask) { &job, i };
  for (guint i = 1; i < n_threads; i++)
    threads[i] = g_thread_new ("asr-report-measure", measure_thread, &tasks[i]);
  measure_some (&tasks[0], &self->shaper);
  for (guint i = 1; i < n_threads; i++)
    g_thread_join (threads[i]);
  join_segments (&job);
  /* The workers are done with their fonts: from now on only the thread
   * that draws uses them. */
  for (guint i = 0; i < n_threads; i++)
    g_ptr_array_add (self->kept, job.stores[i]);
  return job.lines;
}

void
_asr_report_block_lines_free (BlockLines *lines,
                              guint       n_blocks)
{
  for (guint i = 0; i < n_blocks; i++)
    g_free (lines[i].lines);
  g_free (lines);
}
