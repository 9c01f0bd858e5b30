/* test-first-frame.c: what a window opened for a file does not build or load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up is measured against a bare libadwaita window (issue 10; the time
 * itself is tests/bench/bench-startup.sh).  A window opened for a file
 * loads no SVG (the window icon X11 asks for is a PNG made at build time,
 * so librsvg is not loaded at all), and builds neither the welcome page
 * nor the main menu's popover nor the Keyboard Shortcuts window; each is
 * built when first shown and works then, by keyboard too (real key events
 * from xdotool, so this test runs alone).  The X server's shared frame
 * buffer is kept only once the first frame has painted, and the icon theme
 * is read once, by GTK's worker thread, not again by the main thread.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "asr-paint-buffer.h"
#include "asr-window-private.h"
#include "test-util.h"

static AsrApplication *application;

/* Which of @types are in @widget's tree, as "|TypeName|…". */
static void
collect_types (GtkWidget  *widget,
               GString    *found)
{
  const GType types[] = { ADW_TYPE_STATUS_PAGE, GTK_TYPE_POPOVER_MENU };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (widget, types[i]))
      g_string_append_printf (found, "%s|", G_OBJECT_TYPE_NAME (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_types (child, found);
}

static char *
dup_built (AsrWindow *window)
{
  GString *found = g_string_new ("|");

  collect_types (GTK_WIDGET (window), found);
  return g_string_free (found, FALSE);
}

typedef struct
{
  gboolean painted;
  gboolean svg_loaded;   /* when the first frame had painted */
  gboolean kept;         /* the shared frame buffer, then */
} FirstFrame;

static gboolean
has_painted (gpointer data)
{
  return ((FirstFrame *) data)->painted;
}

static gboolean
is_svg_loaded (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "libpixbufloader-svg") != NULL || strstr (maps, "librsvg") != NULL;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FirstFrame    *first)
{
  if (!first->painted)
    {
      first->svg_loaded = is_svg_loaded ();
      first->kept = asr_paint_buffer_is_kept (gdk_display_get_default ());
    }
  first->painted = TRUE;
}

/* Watches the first frame from the window's realize on: the frames of a
 * window opened for a file may paint before g_application_open()'s caller
 * runs again. */
static void
realize_cb (GtkWidget  *window,
            FirstFrame *first)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), first);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 FirstFrame     *first)
{
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), first);
}

/* The sample opened as `assessor FILE` opens it, up to its first frame;
 * in @svg_loaded and @kept (if not NULL) whether librsvg was loaded and the
 * shared frame buffer kept by then. */
static AsrWindow *
open_sample_as_the_application_does (gboolean *svg_loaded,
                                     gboolean *kept)
{
  g_autofree char *path = g_build_filename (g_getenv ("ASSESSOR_SOURCE_ROOT"),
                                            "data", "samples", "sample.assessment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFile *files[] = { file };
  FirstFrame first = { FALSE, FALSE, FALSE };
  AsrWindow *window;

  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), &first);
  g_application_open (G_APPLICATION (application), files, 1, "");
  window = ASR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_assert_nonnull (window);
  test_wait_for (has_painted, &first);
  g_signal_handlers_disconnect_by_func (application, window_added_cb, &first);
  g_signal_handlers_disconnect_by_func (window, realize_cb, &first);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        after_paint_cb, &first);
  g_assert_nonnull (asr_window_get_file (window));
  if (svg_loaded != NULL)
    *svg_loaded = first.svg_loaded;
  if (kept != NULL)
    *kept = first.kept;
  return window;
}

/* In a process of its own: nothing before it may have loaded librsvg.
 * (Just after the first frame the evidence rows' expander arrows, an SVG
 * of libadwaita's own, still load it.) */
static void
test_no_svg_loaded (void)
{
  if (g_test_subprocess ())
    {
      gboolean svg_loaded = TRUE;

      open_sample_as_the_application_does (&svg_loaded, NULL);
      g_assert_false (svg_loaded);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static gboolean
is_kept (gpointer display)
{
  return asr_paint_buffer_is_kept (display);
}

/* In a process of its own, where no window has painted yet: keeping the
 * shared buffer clears an image as large as the screen (1,280 page faults
 * at 1280 × 1024), which the first frame cannot reuse, so it waits until
 * the main loop is idle after that frame (the cairo renderer on X11 only). */
static void
test_paint_buffer_kept_after_first_frame (void)
{
  if (g_test_subprocess ())
    {
      gboolean kept = TRUE;
      AsrWindow *window = open_sample_as_the_application_does (NULL, &kept);

      if (!asr_paint_buffer_applies (GTK_WIDGET (window)))
        {
          g_test_skip ("only the cairo renderer on X11 copies frames through a shared buffer");
          return;
        }
      g_assert_false (kept);
      test_wait_for (is_kept, gdk_display_get_default ());
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

/* The natural width of a score badge with no text: style.css gives it a
 * minimum width of 24 px. */
static int
badge_width (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new (NULL);
  int natural;

  gtk_widget_add_css_class (label, "score-badge");
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  return natural;
}

/* In a process of its own, from the application's start-up on: adding an
 * icon folder to the icon theme after start-up threw away the theme GTK's
 * worker thread had read, and the main thread read it all again, so the
 * theme says "changed" when that happens.  The app's icons and style sheet
 * are still there (the application has no resource base path). */
static void
test_icon_theme_read_once (void)
{
  if (g_test_subprocess ())
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
      g_autoptr(GtkIconPaintable) arrow = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *uri = NULL;
      guint changed = 0;

      g_signal_connect (theme, "changed", G_CALLBACK (count_cb), &changed);
      open_sample_as_the_application_does (NULL, NULL);
      test_spin ();
      g_assert_cmpuint (changed, ==, 0);

      g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
      arrow = gtk_icon_theme_lookup_icon (theme, "adw-expander-arrow-symbolic", NULL, 16, 1,
                                          GTK_TEXT_DIR_LTR, 0);
      file = gtk_icon_paintable_get_file (arrow);
      uri = g_file_get_uri (file);
      g_assert_true (g_str_has_suffix (uri, "/16x16/actions/adw-expander-arrow-symbolic.symbolic.png"));
      g_assert_cmpint (badge_width (), ==, 24);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static gboolean
is_welcome_built (gpointer window)
{
  return ASR_WINDOW (window)->welcome_new_button != NULL;
}

/* A window opened for a file has no welcome page (nor its 128 px app
 * icon) and no main menu popover; a window without a file shows the
 * welcome page, built when shown, New Assessment focused. */
static void
test_welcome_built_when_shown (void)
{
  AsrWindow *window = open_sample_as_the_application_does (NULL, NULL);
  g_autofree char *built = dup_built (window);
  AsrWindow *empty;
  GtkWidget *status;

  g_assert_cmpstr (built, ==, "|");
  g_assert_null (window->welcome_new_button);
  gtk_window_destroy (GTK_WINDOW (window));

  empty = asr_window_new (application);
  g_assert_null (empty->welcome_new_button);
  gtk_window_set_default_size (GTK_WINDOW (empty), 360, 640);
  gtk_window_present (GTK_WINDOW (empty));
  test_wait_for (is_welcome_built, empty);
  test_wait_for (test_is_mapped, empty->welcome_new_button);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (empty)) == empty->welcome_new_button);
  status = test_find_descendant (GTK_WIDGET (empty->welcome_bin), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status)), ==, APP_ID);
  test_render_light_dark (GTK_WIDGET (empty), "welcome-360");
  gtk_window_destroy (GTK_WINDOW (empty));
}

/* Real keys: xdotool gives the window the X focus and presses @key. */
static void
press (GtkWindow  *window,
       const char *key)
{
  g_autofree char *xid = test_dup_xid (window);

  test_run_xdotool ("windowfocus", "--sync", xid, "key", key, NULL);
}

static gboolean
has_mapped_popover (gpointer button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

static gboolean
is_shortcuts_shown (gpointer window)
{
  AsrWindow *self = window;

  return self->help_overlay != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->help_overlay));
}

/* F10 builds and opens the main menu; its Keyboard Shortcuts item, chosen
 * by its mnemonic, builds and shows the Keyboard Shortcuts window. */
static void
test_menu_built_when_opened (void)
{
  AsrWindow *window = open_sample_as_the_application_does (NULL, NULL);
  GtkMenuButton *button = window->primary_menu_button;

  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_null (window->help_overlay);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));

  press (GTK_WINDOW (window), "F10");
  test_wait_for (has_mapped_popover, button);
  g_assert_true (gtk_menu_button_get_menu_model (button) == window->primary_menu);
  test_render_png (GTK_WIDGET (gtk_menu_button_get_popover (button)), "first-frame-menu.png");

  /* The open menu has the keyboard: its mnemonics need no Alt. */
  test_run_xdotool ("key", "k", NULL);
  test_wait_for (is_shortcuts_shown, window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window->help_overlay));
  g_assert_true (gtk_window_get_transient_for (window->help_overlay) == GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AsrApplication) app = test_init_application (&argc, &argv);

  application = app;
  g_test_add_func ("/first-frame/no-svg-loaded", test_no_svg_loaded);
  g_test_add_func ("/first-frame/paint-buffer-kept-after-first-frame", test_paint_buffer_kept_after_first_frame);
  g_test_add_func ("/first-frame/icon-theme-read-once", test_icon_theme_read_once);
  g_test_add_func ("/first-frame/welcome-built-when-shown", test_welcome_built_when_shown);
  g_test_add_func ("/first-frame/menu-built-when-opened", test_menu_built_when_opened);
  return g_test_run ();
}
