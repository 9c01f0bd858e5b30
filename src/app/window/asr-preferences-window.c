/* asr-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only settings that change what Assessor does, each bound straight to
 * GSettings, so the comparison view and autosave follow a change at once.
 */
#define G_LOG_DOMAIN "asr-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "asr-preferences-window.h"
#include "asr-spell-checker.h"

struct _AsrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkSpinButton        *stale_threshold;
  GtkSpinButton        *autosave_delay;
  AdwEntryRow          *assessor_name;
  GtkSwitch            *spell_checking;
  GtkWidget            *spell_language_row;
  GtkDropDown          *spell_language;
  GtkStringList        *languages;
};

G_DEFINE_FINAL_TYPE (AsrPreferencesWindow, asr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The spin buttons' ranges come from the schema, so the two cannot
 * disagree about what is allowed. */
static void
bind_spin (AsrPreferencesWindow *self,
           GtkSpinButton        *spin,
           const char           *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;
  int min, max;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &limits);
  if (g_strcmp0 (type, "range") == 0)
    {
      g_variant_get (limits, "(ii)", &min, &max);
      gtk_spin_button_set_range (spin, min, max);
    }
  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
}

static gboolean
language_to_selected (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  GListModel *languages = user_data;
  const char *language = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (languages); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (languages), i), language))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
selected_to_language (const GValue       *value,
                      const GVariantType *type,
                      gpointer            user_data)
{
  const char *language = gtk_string_list_get_string (user_data, g_value_get_uint (value));

  return language != NULL ? g_variant_new_string (language) : NULL;
}

/* The languages enchant has dictionaries for, and the one chosen even
 * when its dictionary has gone, so the list never misstates the setting. */
static void
bind_spelling (AsrPreferencesWindow *self)
{
  g_auto(GStrv) languages = asr_spell_checker_list_languages ();
  g_autofree char *chosen = g_settings_get_string (self->settings, "spell-checking-language");

  self->languages = gtk_string_list_new ((const char * const *) languages);
  if (!g_strv_contains ((const char * const *) languages, chosen))
    gtk_string_list_append (self->languages, chosen);
  gtk_drop_down_set_model (self->spell_language, G_LIST_MODEL (self->languages));
  g_settings_bind (self->settings, "spell-checking", self->spell_checking, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "spell-checking", self->spell_language_row, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind_with_mapping (self->settings, "spell-checking-language",
                                self->spell_language, "selected", G_SETTINGS_BIND_DEFAULT,
                                language_to_selected, selected_to_language,
                                self->languages, NULL);
}

static void
asr_preferences_window_dispose (GObject *object)
{
  AsrPreferencesWindow *self = ASR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->languages);

  G_OBJECT_CLASS (asr_preferences_window_parent_class)->dispose (object);
}

static void
asr_preferences_window_class_init (AsrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = asr_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrPreferencesWindow, stale_threshold);
  gtk_widget_class_bind_template_child (widget_class, AsrPreferencesWindow, autosave_delay);
  gtk_widget_class_bind_template_child (widget_class, AsrPreferencesWindow, assessor_name);
  gtk_widget_class_bind_template_child (widget_class, AsrPreferencesWindow, spell_checking);
  gtk_widget_class_bind_template_child (widget_class, AsrPreferencesWindow, spell_language_row);
  gtk_widget_class_bind_template_child (widget_class, AsrPreferencesWindow, spell_language);
}

static void
asr_preferences_window_init (AsrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
asr_preferences_window_new (GtkWindow *parent,
                            GSettings *settings)
{
  AsrPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (ASR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->settings = g_object_ref (settings);
  bind_spin (self, self->stale_threshold, "stale-threshold-years");
  bind_spin (self, self->autosave_delay, "autosave-delay");
  g_settings_bind (self->settings, "assessor-name", self->assessor_name, "text", G_SETTINGS_BIND_DEFAULT);
  bind_spelling (self);
  return GTK_WIDGET (self);
}
