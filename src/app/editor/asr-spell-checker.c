/* asr-spell-checker.c: which words of a note are misspelt, through enchant-2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a hunspell dictionary takes longer than showing a window (about
 * 100 ms of parsing the word list), so the application's checker opens it
 * on a worker thread the first time a word is to be checked, and says
 * "changed" when it can check: the views check their text again then.
 * A checker made with asr_spell_checker_new() opens it at once.
 */
#define G_LOG_DOMAIN "asr-spell-checker"

#include "config.h"

#include <enchant.h>
#include <gio/gio.h>
#include <string.h>

#include "asr-spell-checker.h"

#define DEFAULT_LANGUAGE "en_GB"

/* Each dictionary comes with a broker of its own: a worker thread never
 * shares one with the main thread. */
typedef struct
{
  EnchantBroker *broker;
  EnchantDict   *dict;     /* NULL: no dictionary for the language */
} Dictionary;

struct _AsrSpellChecker
{
  GObject        parent_instance;

  Dictionary    *current;  /* NULL until one is opened */
  char          *language;
  gboolean       enabled;
  gboolean       background; /* opens dictionaries on a worker thread */
  gboolean       requested;  /* a dictionary was asked for (background) */
  guint          loading;    /* the load under way, 0 when none */
  guint          n_loads;
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

static Dictionary *
dictionary_open (const char *language)
{
  Dictionary *dictionary = g_new0 (Dictionary, 1);

  dictionary->broker = enchant_broker_init ();
  if (language != NULL && enchant_broker_dict_exists (dictionary->broker, language))
    dictionary->dict = enchant_broker_request_dict (dictionary->broker, language);
  if (dictionary->dict == NULL)
    g_debug ("No spelling dictionary for “%s”", language);
  return dictionary;
}

static void
dictionary_free (Dictionary *dictionary)
{
  if (dictionary->dict != NULL)
    enchant_broker_free_dict (dictionary->broker, dictionary->dict);
  if (dictionary->broker != NULL)
    enchant_broker_free (dictionary->broker);
  g_free (dictionary);
}

/* Takes @dictionary, closing the one in use. */
static void
install (AsrSpellChecker *self,
         Dictionary      *dictionary)
{
  g_clear_pointer (&self->current, dictionary_free);
  self->current = dictionary;
}

static EnchantDict *
get_dict (AsrSpellChecker *self)
{
  return self->current != NULL ? self->current->dict : NULL;
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_task_return_pointer (task, dictionary_open (task_data), (GDestroyNotify) dictionary_free);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsrSpellChecker *self = ASR_SPELL_CHECKER (source);
  Dictionary *dictionary = g_task_propagate_pointer (G_TASK (result), NULL);

  /* The language changed while this one was being opened. */
  if (GPOINTER_TO_UINT (user_data) != self->loading)
    {
      dictionary_free (dictionary);
      return;
    }
  self->loading = 0;
  install (self, dictionary);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
load_dict (AsrSpellChecker *self)
{
  g_autoptr(GTask) task = NULL;

  if (!self->background)
    {
      install (self, dictionary_open (self->language));
      return;
    }

  self->requested = TRUE;
  self->loading = ++self->n_loads;
  task = g_task_new (self, NULL, opened_cb, GUINT_TO_POINTER (self->loading));
  g_task_set_source_tag (task, load_dict);
  g_task_set_task_data (task, g_strdup (self->language), g_free);
  g_task_run_in_thread (task, open_thread);
}

static void
asr_spell_checker_finalize (GObject *object)
{
  AsrSpellChecker *self = ASR_SPELL_CHECKER (object);

  g_clear_pointer (&self->current, dictionary_free);
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

      checker = g_object_new (ASR_TYPE_SPELL_CHECKER, NULL);
      checker->background = TRUE;
      asr_spell_checker_set_language (checker, DEFAULT_LANGUAGE);
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
  /* In the background, only once a word was to be checked. */
  if (!self->background || self->requested)
    load_dict (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
asr_spell_checker_get_ready (AsrSpellChecker *self)
{
  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), FALSE);

  return get_dict (self) != NULL;
}

/* TRUE when words can be checked now; else a dictionary is being opened
 * (this starts it if nobody asked yet) and "changed" will say when. */
gboolean
asr_spell_checker_prepare (AsrSpellChecker *self)
{
  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), TRUE);

  if (self->enabled && self->background && !self->requested)
    load_dict (self);
  return !self->enabled || self->loading == 0;
}

/* Whether a dictionary is being opened: what the views show is not
 * checked yet. */
gboolean
asr_spell_checker_get_loading (AsrSpellChecker *self)
{
  g_return_val_if_fail (ASR_IS_SPELL_CHECKER (self), FALSE);

  return self->enabled && self->loading != 0;
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

  if (!asr_spell_checker_prepare (self) || !self->enabled || get_dict (self) == NULL)
    return TRUE;
  plain = normalise (word, length);
  if (g_hash_table_lookup_extended (self->known, plain, NULL, &right))
    return GPOINTER_TO_INT (right);
  right = GINT_TO_POINTER (enchant_dict_check (get_dict (self), plain, -1) == 0);
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
  if (get_dict (self) != NULL && (found = enchant_dict_suggest (get_dict (self), plain, -1, &n)))
    {
      for (size_t i = 0; i < n && i < max; i++)
        g_strv_builder_add (builder, found[i]);
      enchant_dict_free_string_list (get_dict (self), found);
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

  if (get_dict (self) == NULL)
    return;
  plain = normalise (word, -1);
  enchant_dict_add (get_dict (self), plain, -1);
  g_signal_emit (self, signals[CHANGED], 0);
}
