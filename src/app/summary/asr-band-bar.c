/* asr-band-bar.c: the scale 25–100 with the rating bands and a marker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edges come from the framework (asr_framework_get_band), never from
 * constants here: the framework is data and may change.
 */
#define G_LOG_DOMAIN "asr-band-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-band-bar.h"
#include "asr-summary.h"

#define TRACK_HEIGHT   8
#define MARKER_WIDTH   4
#define MARKER_HEIGHT  16
#define CAPTION_GAP    4

struct _AsrBandBar
{
  GtkWidget     parent_instance;

  AsrFramework *framework;
  int           percentage;
};

enum {
  PROP_0,
  PROP_PERCENTAGE,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (AsrBandBar, asr_band_bar, GTK_TYPE_WIDGET)

static const AsrRating band_ratings[] = {
  ASR_RATING_INADEQUATE,
  ASR_RATING_REQUIRES_IMPROVEMENT,
  ASR_RATING_GOOD,
  ASR_RATING_OUTSTANDING,
};

/* libadwaita's palette (red 3, orange 3, green 4, blue 3): legible on light
 * and dark backgrounds alike. */
static const GdkRGBA band_colors[] = {
  { 0.878f, 0.106f, 0.141f, 1.f },
  { 1.000f, 0.471f, 0.000f, 1.f },
  { 0.180f, 0.761f, 0.494f, 1.f },
  { 0.208f, 0.518f, 0.894f, 1.f },
};

static gboolean
get_range (AsrBandBar *self,
           int        *lowest,
           int        *highest)
{
  int min, max;

  if (self->framework == NULL)
    return FALSE;

  asr_framework_get_band (self->framework, ASR_RATING_INADEQUATE, lowest, &max);
  asr_framework_get_band (self->framework, ASR_RATING_OUTSTANDING, &min, highest);

  return *highest > *lowest;
}

static char *
describe (AsrBandBar *self)
{
  g_autofree char *figure = NULL;
  AsrRating rating;
  int min = 0, max = 0;

  if (self->percentage < 0)
    return g_strdup (_("Not scored yet"));

  figure = asr_summary_format_figure (self->percentage);
  if (self->framework == NULL)
    return g_steal_pointer (&figure);

  rating = asr_framework_rating_for_percentage (self->framework, self->percentage);
  asr_framework_get_band (self->framework, rating, &min, &max);

  /* Translators: e.g. "71 out of 100, Good band 63 to 87" */
  return g_strdup_printf (_("%s, %s band %d to %d"),
                          figure, asr_rating_to_label (rating), min, max);
}

static void
update_accessible (AsrBandBar *self)
{
  g_autofree char *text = describe (self);
  int lowest = 25, highest = 100;

  get_range (self, &lowest, &highest);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, (double) lowest,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) highest,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                  (double) MAX (self->percentage, lowest),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static double
x_for_value (int    value,
             int    lowest,
             int    highest,
             double width)
{
  return width * (CLAMP (value, lowest, highest) - lowest) / (double) (highest - lowest);
}

static void
snapshot_bands (AsrBandBar  *self,
                GtkSnapshot *snapshot,
                double       width,
                double       y,
                AsrRating    current)
{
  int lowest, highest;

  if (!get_range (self, &lowest, &highest))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (band_ratings); i++)
    {
      GdkRGBA color = band_colors[i];
      int min, max;
      double x0, x1;

      asr_framework_get_band (self->framework, band_ratings[i], &min, &max);
      x0 = x_for_value (min, lowest, highest, width);
      /* A band ends where the next begins, so the track has no gaps. */
      x1 = x_for_value (band_ratings[i] == ASR_RATING_OUTSTANDING ? highest : max + 1,
                        lowest, highest, width);
      color.alpha = (current == ASR_RATING_NONE || current == band_ratings[i]) ? 0.9f : 0.3f;
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (x0, y, x1 - x0, TRACK_HEIGHT));
    }
}

static void
snapshot_track (AsrBandBar  *self,
                GtkSnapshot *snapshot,
                double       width,
                double       y)
{
  GskRoundedRect clip;
  AsrRating current = ASR_RATING_NONE;

  if (self->framework != NULL && self->percentage >= 0)
    current = asr_framework_rating_for_percentage (self->framework, self->percentage);

  gsk_rounded_rect_init_from_rect (&clip, &GRAPHENE_RECT_INIT (0, y, width, TRACK_HEIGHT),
                                   TRACK_HEIGHT / 2.f);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  if (self->framework == NULL)
    {
      GdkRGBA grey = { 0.5f, 0.5f, 0.5f, 0.3f };
      gtk_snapshot_append_color (snapshot, &grey,
                                 &GRAPHENE_RECT_INIT (0, y, width, TRACK_HEIGHT));
    }
  else
    snapshot_bands (self, snapshot, width, y, current);
  gtk_snapshot_pop (snapshot);
}

static void
snapshot_marker (AsrBandBar  *self,
                 GtkSnapshot *snapshot,
                 double       width,
                 const GdkRGBA *fg)
{
  GskRoundedRect rect;
  int lowest = 25, highest = 100;
  double x;

  if (self->percentage < 0)
    return;

  get_range (self, &lowest, &highest);
  x = x_for_value (self->percentage, lowest, highest, width);
  x = CLAMP (x - MARKER_WIDTH / 2.0, 0, width - MARKER_WIDTH);
  gsk_rounded_rect_init_from_rect (&rect,
                                   &GRAPHENE_RECT_INIT (x, 0, MARKER_WIDTH, MARKER_HEIGHT),
                                   MARKER_WIDTH / 2.f);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, fg, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

/* Draws @value centred under @x unless it would touch the previous caption
 * (*end is where that one ends): a narrow bar drops a number, never
 * overprints one. */
static void
snapshot_caption (AsrBandBar    *self,
                  GtkSnapshot   *snapshot,
                  int            value,
                  double         x,
                  double         width,
                  const GdkRGBA *color,
                  double        *end)
{
  g_autofree char *text = g_strdup_printf ("%d", value);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  x = CLAMP (x - text_width / 2.0, 0, MAX (0, width - text_width));
  if (x < *end + CAPTION_GAP)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, MARKER_HEIGHT + CAPTION_GAP));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  *end = x + text_width;
}

/* The numbers under the track: the lowest figure and where each band starts. */
static void
snapshot_captions (AsrBandBar    *self,
                   GtkSnapshot   *snapshot,
                   double         width,
                   const GdkRGBA *fg)
{
  GdkRGBA dim = *fg;
  double end = -G_MAXDOUBLE;
  int lowest, highest;

  if (!get_range (self, &lowest, &highest))
    return;

  dim.alpha *= 0.55f;
  for (guint i = 0; i < G_N_ELEMENTS (band_ratings); i++)
    {
      int min, max;

      asr_framework_get_band (self->framework, band_ratings[i], &min, &max);
      snapshot_caption (self, snapshot, min, x_for_value (min, lowest, highest, width),
                        width, &dim, &end);
    }
  snapshot_caption (self, snapshot, highest, width, width, &dim, &end);
}

static void
asr_band_bar_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  AsrBandBar *self = ASR_BAND_BAR (widget);
  double width = gtk_widget_get_width (widget);
  GdkRGBA fg;

  if (width <= MARKER_WIDTH)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  snapshot_track (self, snapshot, width, (MARKER_HEIGHT - TRACK_HEIGHT) / 2.0);
  snapshot_marker (self, snapshot, width, &fg);
  snapshot_captions (self, snapshot, width, &fg);
}

static void
asr_band_bar_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 240;
    }
  else
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "100");
      int text_height;

      pango_layout_get_pixel_size (layout, NULL, &text_height);
      *minimum = *natural = MARKER_HEIGHT + CAPTION_GAP + text_height;
    }
}

static void
asr_band_bar_dispose (GObject *object)
{
  AsrBandBar *self = ASR_BAND_BAR (object);

  g_clear_object (&self->framework);

  G_OBJECT_CLASS (asr_band_bar_parent_class)->dispose (object);
}

static void
asr_band_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AsrBandBar *self = ASR_BAND_BAR (object);

  switch (prop_id)
    {
    case PROP_PERCENTAGE:
      g_value_set_int (value, self->percentage);
      break;

    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_band_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AsrBandBar *self = ASR_BAND_BAR (object);

  switch (prop_id)
    {
    case PROP_PERCENTAGE:
      asr_band_bar_set_percentage (self, g_value_get_int (value));
      break;

    case PROP_FRAMEWORK:
      asr_band_bar_set_framework (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_band_bar_class_init (AsrBandBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_band_bar_dispose;
  object_class->get_property = asr_band_bar_get_property;
  object_class->set_property = asr_band_bar_set_property;

  widget_class->snapshot = asr_band_bar_snapshot;
  widget_class->measure = asr_band_bar_measure;

  properties[PROP_PERCENTAGE] =
    g_param_spec_int ("percentage", NULL, NULL,
                      -1, 100, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL,
                         ASR_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bandbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
asr_band_bar_init (AsrBandBar *self)
{
  self->percentage = -1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Position within the rating bands"),
                                  -1);
  update_accessible (self);
}

GtkWidget *
asr_band_bar_new (void)
{
  return g_object_new (ASR_TYPE_BAND_BAR, NULL);
}

int
asr_band_bar_get_percentage (AsrBandBar *self)
{
  g_return_val_if_fail (ASR_IS_BAND_BAR (self), -1);

  return self->percentage;
}

void
asr_band_bar_set_percentage (AsrBandBar *self,
                             int         percentage)
{
  g_return_if_fail (ASR_IS_BAND_BAR (self));
  g_return_if_fail (percentage >= -1 && percentage <= 100);

  if (self->percentage == percentage)
    return;

  self->percentage = percentage;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERCENTAGE]);
}

AsrFramework *
asr_band_bar_get_framework (AsrBandBar *self)
{
  g_return_val_if_fail (ASR_IS_BAND_BAR (self), NULL);

  return self->framework;
}

void
asr_band_bar_set_framework (AsrBandBar   *self,
                            AsrFramework *framework)
{
  g_return_if_fail (ASR_IS_BAND_BAR (self));
  g_return_if_fail (framework == NULL || ASR_IS_FRAMEWORK (framework));

  if (!g_set_object (&self->framework, framework))
    return;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAMEWORK]);
}
