/* bench-ui.c: main-thread stalls and the cost of a keystroke, in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window in-process (under Xvfb, started by
 * build-aux/bench.sh --ui) and prints, for the sample and generated
 * assessments of about 5 MB and 50 MB:
 *   the longest main-thread stall in the first second after opening one,
 *     and how many stalls there were (a stall: one main-loop iteration
 *     longer than a 60 Hz frame, 16 ms);
 *   the longest stall while typing in its first statement's notes with
 *     autosave on (a one-second delay, so each run autosaves), until the
 *     autosave is written;
 * and the cost of one keystroke in a 1 MB note ÷ in a 1 KB note (the
 * synchronous cost of inserting a character as a key press does; the main
 * loop runs between keystrokes, untimed).
 * Times are the main thread's own CPU time (CLOCK_THREAD_CPUTIME_ID): on a
 * shared, loaded machine the wall clock mostly measures the other
 * processes.  A stall is work the main thread does in one iteration.
 * Each line: measure, goal, min / median / max over the runs, met or not.
 * Options: --quick (skip 50 MB), --runs=N (default 5), --open-only (only
 * the stalls after opening: no typing, no keystroke cost).  With BENCH_UI_DIAG
 * set, each iteration over 16 ms is printed as it happens, with the parts
 * of it spent computing the window's size for the X server and in a
 * frame's update, layout and paint (and the paint's page faults), after a line
 * saying which document is being opened or typed in; these lines and the
 * typing lines give the monotonic clock (for `perf record -k CLOCK_MONOTONIC`
 * and `perf report --time`).  With BENCH_UI_NODES=DIR, the window's render
 * nodes after each opening go to DIR/NAME.node.
 */
#include "config.h"

#include <string.h>
#include <time.h>
#include <glib/gstdio.h>

#include "asr-autosave.h"
#include "asr-window-private.h"
#include "bench.h"

#define STALL_MS 16.0

typedef struct
{
  const char *name;
  GFile      *file;
  GArray     *open_longest;   /* ms */
  GArray     *open_stalls;    /* count, as double */
  GArray     *typing_longest; /* ms */
} Document;

static gboolean open_only;

/* With BENCH_UI_DIAG: where an iteration's time went (CPU ms), from the
 * surface's and the frame clock's signals: the window's size computed for
 * the X server (compute-size), and a frame's update, layout and paint. */
enum { PHASE_SIZE, PHASE_UPDATE, PHASE_LAYOUT, PHASE_PAINT, N_PHASES };
static double phase_ms[N_PHASES];
static double phase_start;
static long phase_faults[N_PHASES];
static long phase_faults_start;

static double
now_ms (void)
{
  return bench_now () * 1000;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

/* Runs the main loop for @ms without blocking in it; returns the longest
 * iteration (ms) and adds those over STALL_MS to @n_stalls. */
static double
pump (double  ms,
      guint  *n_stalls)
{
  double end = now_ms () + ms, longest = 0;

  while (now_ms () < end)
    {
      double t0 = cpu_ms (), dt;
      double start_s = g_get_monotonic_time () / 1e6;
      gboolean busy;

      memset (phase_ms, 0, sizeof phase_ms);
      memset (phase_faults, 0, sizeof phase_faults);
      busy = g_main_context_iteration (NULL, FALSE);
      dt = cpu_ms () - t0;
      if (dt > STALL_MS && g_getenv ("BENCH_UI_DIAG"))
        g_printerr ("iteration %.1f ms at %.6f–%.6f s: compute-size %.1f, frame update %.1f, "
                    "layout %.1f, paint %.1f (%ld page faults), other %.1f\n", dt, start_s,
                    g_get_monotonic_time () / 1e6, phase_ms[PHASE_SIZE],
                    phase_ms[PHASE_UPDATE], phase_ms[PHASE_LAYOUT], phase_ms[PHASE_PAINT],
                    phase_faults[PHASE_PAINT],
                    dt - phase_ms[PHASE_SIZE] - phase_ms[PHASE_UPDATE]
                    - phase_ms[PHASE_LAYOUT] - phase_ms[PHASE_PAINT]);
      longest = MAX (longest, dt);
      if (dt > STALL_MS && n_stalls != NULL)
        (*n_stalls)++;
      if (!busy)
        g_usleep (200);
    }
  return longest;
}

/* Keeps the longer of @longest and what @ms more of pumping gives (MAX()
 * would run the loop twice). */
static double
pump_more (double  longest,
           double  ms,
           guint  *n_stalls)
{
  double more = pump (ms, n_stalls);

  return MAX (longest, more);
}

static gboolean
pump_until (gboolean (*done) (gpointer),
            gpointer   data,
            double    *longest,
            guint     *n_stalls)
{
  double end = now_ms () + 60000;

  while (!done (data) && now_ms () < end)
    *longest = pump_more (*longest, 5, n_stalls);
  return done (data);
}

/* Emission hooks run before every handler, the handlers connected here
 * after GTK's own: each phase is timed from its start to GTK's end of it. */
static gboolean
phase_start_hook_cb (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               data)
{
  phase_start = cpu_ms ();
  phase_faults_start = bench_thread_minor_faults ();
  return TRUE;
}

static void
phase_end (int phase)
{
  double now = cpu_ms ();
  long faults = bench_thread_minor_faults ();

  phase_ms[phase] += now - phase_start;
  phase_start = now;
  phase_faults[phase] += faults - phase_faults_start;
  phase_faults_start = faults;
}

static void
size_end_cb (void)
{
  phase_end (PHASE_SIZE);
}

static void
update_end_cb (void)
{
  phase_end (PHASE_UPDATE);
}

static void
layout_end_cb (void)
{
  phase_end (PHASE_LAYOUT);
}

static void
paint_end_cb (void)
{
  phase_end (PHASE_PAINT);
}

static void
watch_phases (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkFrameClock *clock = gdk_surface_get_frame_clock (surface);
  static gboolean hooked;

  if (!hooked)
    {
      g_signal_add_emission_hook (g_signal_lookup ("compute-size", GDK_TYPE_TOPLEVEL), 0,
                                  phase_start_hook_cb, NULL, NULL);
      g_signal_add_emission_hook (g_signal_lookup ("before-paint", GDK_TYPE_FRAME_CLOCK), 0,
                                  phase_start_hook_cb, NULL, NULL);
      hooked = TRUE;
    }
  g_signal_connect (surface, "compute-size", G_CALLBACK (size_end_cb), NULL);
  g_signal_connect (clock, "update", G_CALLBACK (update_end_cb), NULL);
  g_signal_connect (surface, "layout", G_CALLBACK (layout_end_cb), NULL);
  g_signal_connect (clock, "paint", G_CALLBACK (paint_end_cb), NULL);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
has_document (gpointer window)
{
  return asr_window_get_file (window) != NULL && gtk_widget_get_mapped (window);
}

static gboolean
is_autosaved (gpointer window)
{
  return g_file_query_exists (g_object_get_data (window, "bench-autosave"), NULL);
}

static GtkTextBuffer *
notes_buffer (AsrWindow *window)
{
  return gtk_text_view_get_buffer (asr_statement_page_get_notes_view (window->statement_page));
}

static void
type_key (GtkTextBuffer *buffer,
          const char    *text)
{
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
}

/* With BENCH_UI_NODES=DIR: the window's render nodes as it shows @name,
 * in DIR/NAME.node (gsk_render_node_serialize's text), to count what paints
 * the same area more than once. */
static void
save_nodes (GtkWidget  *window,
            const char *name)
{
  const char *dir = g_getenv ("BENCH_UI_NODES");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window),
                          gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  bytes = gsk_render_node_serialize (node);
  file = g_strdup_printf ("%s.node", name);
  path = g_build_filename (dir, file, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
}

/* Opens @doc into an empty window, the way File → Open does, measures the
 * first second, then types with autosave on. */
static void
run_document (Document *doc)
{
  AsrWindow *window = asr_window_new (NULL);
  g_autoptr(GFile) autosave = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  double longest = 0;
  guint n_stalls = 0;

  asr_autosave_attach (window);
  gtk_window_present (GTK_WINDOW (window));
  pump_until (is_mapped, window, &longest, NULL);
  if (g_getenv ("BENCH_UI_DIAG"))
    watch_phases (GTK_WINDOW (window));
  pump (200, NULL);

  longest = 0;
  if (g_getenv ("BENCH_UI_DIAG"))
    g_printerr ("opening %s\n", doc->name);
  asr_window_open_file (window, doc->file);
  if (!pump_until (has_document, window, &longest, &n_stalls))
    g_error ("%s did not open", doc->name);
  longest = pump_more (longest, 1000, &n_stalls);
  g_array_append_val (doc->open_longest, longest);
  save_nodes (GTK_WIDGET (window), doc->name);
  longest = n_stalls;
  g_array_append_val (doc->open_stalls, longest);
  if (open_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      pump (100, NULL);
      return;
    }

  /* Ten keystrokes at the start of the notes, then typing pauses: the
   * autosave (one second later) happens while the loop runs on. */
  if (g_getenv ("BENCH_UI_DIAG"))
    g_printerr ("typing in %s at %.6f s\n", doc->name, g_get_monotonic_time () / 1e6);
  buffer = notes_buffer (window);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  longest = 0;
  for (guint i = 0; i < 10; i++)
    {
      type_key (buffer, "x");
      longest = pump_more (longest, 40, NULL);
    }
  longest = pump_more (longest, 1800, NULL);
  /* On a busy machine the worker may take longer: until it is written. */
  autosave = asr_autosave_entry_get_file (asr_autosave_get_entry (asr_autosave_get (window)));
  g_object_set_data (G_OBJECT (window), "bench-autosave", autosave);
  if (!pump_until (is_autosaved, window, &longest, NULL))
    g_printerr ("bench-ui: %s was not autosaved\n", doc->name);
  g_array_append_val (doc->typing_longest, longest);
  if (g_getenv ("BENCH_UI_DIAG"))
    g_printerr ("typed in %s at %.6f s\n", doc->name, g_get_monotonic_time () / 1e6);

  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  pump (100, NULL);
}

static double
keystroke_cost (AsrWindow *window,
                gsize      note_length)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(AsrFramework) framework = asr_framework_registry_lookup ("cqc-saf-2024", NULL);
  g_autofree char *note = bench_make_prose (note_length);
  GtkTextBuffer *buffer;
  GtkTextIter middle;

  assessment = asr_assessment_new (framework);
  asr_window_set_document (window, assessment, NULL);
  asr_quality_statement_set_notes (asr_window_get_statement (window), note);
  pump (300, NULL);
  buffer = notes_buffer (window);
  /* A long note comes into the editor in chunks: typed in once all there. */
  while (gtk_text_buffer_get_char_count (buffer) < g_utf8_strlen (note, -1))
    pump (20, NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &middle, gtk_text_buffer_get_char_count (buffer) / 2);
  gtk_text_buffer_place_cursor (buffer, &middle);
  for (guint i = 0; i < 40; i++)
    {
      double t0 = cpu_ms (), dt;

      type_key (buffer, "x");
      dt = cpu_ms () - t0;
      g_array_append_val (samples, dt);
      pump (15, NULL);
    }
  return bench_samples_median (samples);
}

static void
print_line (const char *measure,
            const char *goal,
            GArray     *samples,
            const char *unit,
            gboolean    met)
{
  double min = bench_samples_min (samples);
  double median = bench_samples_median (samples);
  double max = bench_samples_max (samples);

  g_print ("%-58s %-10s %8.2f / %8.2f / %8.2f %-3s  %s\n", measure, goal,
           min, median, max, unit, met ? "met" : "NOT MET");
}

static GFile *
write_generated (const char *dir,
                 gsize       size)
{
  g_autoptr(AsrAssessment) assessment = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("generated-%u.assessment", (guint) size);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  gsize skeleton;

  assessment = bench_build_assessment_of_size ("cqc-saf-2024", size, &skeleton);
  bytes = asr_assessment_serialize (assessment);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);
  return g_file_new_for_path (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("assessor-bench-ui-XXXXXX", NULL);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  const char *root = g_getenv ("ASSESSOR_SOURCE_ROOT");
  gboolean quick = FALSE;
  guint runs = 5, n_docs = 3;
  Document docs[3] = {
    { "sample" }, { "5 MB" }, { "50 MB" },
  };
  AsrWindow *window;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--quick"))
      quick = TRUE;
    else if (g_str_equal (argv[i], "--open-only"))
      open_only = TRUE;
    else if (g_str_has_prefix (argv[i], "--runs="))
      runs = MAX (1, (guint) g_ascii_strtoull (argv[i] + 7, NULL, 10));
  if (quick)
    n_docs = 2;

  g_set_application_name ("Assessor benchmark");
  gtk_init ();
  adw_init ();
  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "autosave-delay", 1);

  docs[0].file = g_file_new_build_filename (root ? root : ".", "data", "samples",
                                            "sample.assessment", NULL);
  docs[1].file = write_generated (dir, 5 * 1000 * 1000);
  if (!quick)
    docs[2].file = write_generated (dir, 50 * 1000 * 1000);

  for (guint d = 0; d < n_docs; d++)
    {
      docs[d].open_longest = g_array_new (FALSE, FALSE, sizeof (double));
      docs[d].open_stalls = g_array_new (FALSE, FALSE, sizeof (double));
      docs[d].typing_longest = g_array_new (FALSE, FALSE, sizeof (double));
    }
  for (guint r = 0; r < runs; r++)
    for (guint d = 0; d < n_docs; d++)
      run_document (&docs[d]);

  window = asr_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  pump (300, NULL);
  for (guint r = 0; r < (open_only ? 0 : MAX (runs, 9)); r++)
    {
      double small = keystroke_cost (window, 1000);
      double large = keystroke_cost (window, 1000 * 1000);
      double ratio = large / MAX (small, 1e-6);

      g_array_append_val (ratios, ratio);
    }
  window->discard = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));

  g_print ("%-58s %-10s %s\n", "measure", "goal", "min / median / max");
  for (guint d = 0; d < n_docs; d++)
    {
      g_autofree char *open = g_strdup_printf ("longest stall, first second after opening %s", docs[d].name);
      g_autofree char *stalls = g_strdup_printf ("stalls > 16 ms, first second after opening %s", docs[d].name);
      g_autofree char *typing = g_strdup_printf ("longest stall typing, autosave on, %s", docs[d].name);

      print_line (open, "≤ 16", docs[d].open_longest, "ms",
                  bench_samples_median (docs[d].open_longest) <= STALL_MS);
      print_line (stalls, "0", docs[d].open_stalls, "",
                  bench_samples_median (docs[d].open_stalls) == 0);
      if (!open_only)
        print_line (typing, "≤ 16", docs[d].typing_longest, "ms",
                    bench_samples_median (docs[d].typing_longest) <= STALL_MS);
      g_clear_pointer (&docs[d].open_longest, g_array_unref);
      g_clear_pointer (&docs[d].open_stalls, g_array_unref);
      g_clear_pointer (&docs[d].typing_longest, g_array_unref);
      g_clear_object (&docs[d].file);
    }
  if (!open_only)
    print_line ("keystroke cost, 1 MB note ÷ 1 KB note", "≤ 2", ratios, "×",
                bench_samples_median (ratios) <= 2.0);

  for (guint size = 5; size <= 50; size *= 10)
    {
      g_autofree char *name = g_strdup_printf ("generated-%u.assessment", size * 1000 * 1000);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
