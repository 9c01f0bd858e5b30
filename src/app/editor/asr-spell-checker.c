/* asr-spell-checker.c: which words of a note are misspelt, through enchant-2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "asr-spell-checker"

#include "config.h"

#include <enchant.h>
#include <gio/gio.h>
#include <string.h>

#include "asr-spell-checker.h"

#define DEFAULT_LANGUAGE "en_GB"

struct _AsrSpellChecker
{
  GObject        parent_instance;

  EnchantBroker *broker;
  EnchantDict   *dict;     /* NULL: no dictionary for the language */
  char          *language;
  gboolean       enabled;
  /* Words already looked up (normalised) → whether they are right: prose
   * repeats its words, and each enchant look-up also checks the personal
   * word list's file.  Forgotten whenever what is misspelt changes. */
  GHashTable    *known;
};

/* Past this many words the cache starts again, so it stays small. */
#define MAX_KNOWN 65536

enum { PROP_0, PROP_ENABLED, PROP_LANGUAGE, N_PROPS };
enum { CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AsrSpellChecker, asr_spell_checker, G_TYPE_OBJECT)

/* Enchant's dictionaries know only the straight apostrophe. */
static char *
normalise (const char *word,
           gssize      length)
{
  g_autoptr(GString) out = g_string_new_len (word, length < 0 ? (gssize) strlen (word) : length);

  g_string_replace (out, "\xe2\x80\x99", "'", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
load_dict (AsrSpellChecker *self)
{
  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  self->dict = NULL;
  if (self->language != NULL && enchant_broker_dict_exists (self->broker, self->language))
    self->dict = enchant_broker_request_dict (self->broker, self->language);
  if (self->dict == NULL)
    g_debug ("No spelling dictionary for “%s”", self->language);
}

static void
asr_spell_checker_finalize (GObject *object)
{
  AsrSpellChecker *self = ASR_SPELL_CHECKER (object);

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  enchant_broker_free (self->broker);
  g_free (self->language);
  g_hash_table_unref (self->known);

  G_OBJECT_CLASS (asr_spell_checker_parent_class)->finalize (object);
}

static void
asr_spell_checker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AsrSpellChecker *self = ASR_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_spell_checker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AsrSpellChecker *self = ASR_SPELL_CHECKER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      asr_spell_checker_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_LANGUAGE:
      asr_spell_checker_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_spell_checker_class_init (AsrSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = asr_spell_checker_finalize;
  object_class->get_property = asr_spell_checker_get_property;
  object_class->set_property = asr_spell_checker_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, DEFAULT_LANGUAGE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* What counts as misspelt changed: checking on or off, another
   * language, a word added to the dictionary. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
forget_words_cb (AsrSpellChecker *self,
                 gpointer         user_data)
{
  g_hash_table_remove_all (self->known);
}

static void
asr_spell_checker_init (AsrSpellChecker *self)
{
  self->broker = enchant_broker_init ();
  self->enabled = TRUE;
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* First of the handlers: views that check again then look words up anew. */
  g_signal_connect (self, "changed", G_CALLBACK (forget_words_cb), NULL);
}

AsrSpellChecker *
asr_spell_checker_new (const char *language)
{
  AsrSpellChecker *self = g_object_new (ASR_TYPE_SPELL_CHECKER, NULL);

  asr_spell_checker_set_language (self, language != NULL ? language : DEFAULT_LANGUAGE);
  return self;
}

AsrSpellChecker *
asr_spell_checker_get_default (void)
{
  static AsrSpellChecker *checker;

  if (checker == NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      checker = asr_spell_checker_new (DEFAULT_LANGUAGE);
      /* Uninstalled and without GSETTINGS_SCHEMA_DIR: the defaults. */
      if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
        {
          g_autoptr(GSettings) settings = g_settings_new (APP_ID);

          g_settings_bind (settings, "spell-checking", checker, "enabled", G_SETTINGS_BIND_GET);
          g_settings_bind (settings, "spell-checking-language", checker, "language",
                           G_SETTINGS_BIND_GET);
        }
    }
  return checker;
}

static void
add_language (const char * const lang_tag,
              const char * const provider_name,
              const char * const provider_desc,
              const char * const provider_file,
              void              *user_data)
{
  GPtrArray *languages = user_data;

  for (guint i = 0; i < languages->len; i++)
    if (g_str_equal (g_ptr_array_index (languages, i), lang_tag))
      return;
  g_ptr_array_add (languages, g_strdup (lang_tag));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

char **
asr_spell_checker_list_languages (void)
{
  EnchantBroker *broker = enchant_broker_init ();
  GPtrArray *languages = g_ptr_array_new ();

  enchant_broker_list_dicts (broker, add_language, languages);
  enchant_broker_free (broker);
  g_ptr_array_sort (languages, compare_strings);
  g_ptr_array_add (languages, NULL);
  return (char **) g_ptr_array_free (languages, FALSE);
}

gboolean
asr_spell_checker_has_language (const char *language)
{
  EnchantBroker *broker;
  gboolean found;

  g_return_val_if_fail (language != NULL, FALSE);

  broker = enchant_broker_init ();
  found = enchant_broker_dict_exists (broker, language);
  enchant_broker_free (broker);
  return found;
}

gboolean
asr_spell_checker_get_enabled (AsrSpellChecker *self)
{
  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), FALSE);

  return self->enabled;
}

void
asr_spell_checker_set_enabled (AsrSpellChecker *self,
                               gboolean         enabled)
{
  g_return_if_fail (ASR_IS_SPELL_CHECKER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;
  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
asr_spell_checker_get_language (AsrSpellChecker *self)
{
  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), NULL);

  return self->language;
}

void
asr_spell_checker_set_language (AsrSpellChecker *self,
                                const char      *language)
{
  g_return_if_fail (ASR_IS_SPELL_CHECKER (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  load_dict (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
asr_spell_checker_get_ready (AsrSpellChecker *self)
{
  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), FALSE);

  return self->dict != NULL;
}

gboolean
asr_spell_checker_check_word (AsrSpellChecker *self,
                              const char      *word,
                              gssize           length)
{
  g_autofree char *plain = NULL;
  gpointer right;

  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  if (!self->enabled || self->dict == NULL)
    return TRUE;
  plain = normalise (word, length);
  if (g_hash_table_lookup_extended (self->known, plain, NULL, &right))
    return GPOINTER_TO_INT (right);
  right = GINT_TO_POINTER (enchant_dict_check (self->dict, plain, -1) == 0);
  if (g_hash_table_size (self->known) >= MAX_KNOWN)
    g_hash_table_remove_all (self->known);
  g_hash_table_insert (self->known, g_steal_pointer (&plain), right);
  return GPOINTER_TO_INT (right);
}

char **
asr_spell_checker_suggest (AsrSpellChecker *self,
                           const char      *word,
                           guint            max)
{
  g_autofree char *plain = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **found;
  size_t n = 0;

  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  plain = normalise (word, -1);
  if (self->dict != NULL && (found = enchant_dict_suggest (self->dict, plain, -1, &n)))
    {
      for (size_t i = 0; i < n && i < max; i++)
        g_strv_builder_add (builder, found[i]);
      enchant_dict_free_string_list (self->dict, found);
    }
  return g_strv_builder_end (builder);
}

void
asr_spell_checker_add_word (AsrSpellChecker *self,
                            const char      *word)
{
  g_autofree char *plain = NULL;

  g_return_if_fail (ASR_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  if (self->dict == NULL)
    return;
  plain = normalise (word, -1);
  enchant_dict_add (self->dict, plain, -1);
  g_signal_emit (self, signals[CHANGED], 0);
}
