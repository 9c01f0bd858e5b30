/* asr-spell-checker.h: which words of a note are misspelt, through enchant-2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK-free.  The checker holds one enchant dictionary ("language", en_GB
 * by default) and says whether a word is spelt right, what it might be
 * instead, and adds words to the user's personal dictionary (enchant keeps
 * it under $XDG_CONFIG_HOME/enchant).  The default checker follows the
 * "spell-checking" and "spell-checking-language" settings.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ASR_TYPE_SPELL_CHECKER (asr_spell_checker_get_type ())
G_DECLARE_FINAL_TYPE (AsrSpellChecker, asr_spell_checker, ASR, SPELL_CHECKER, GObject)

/* Called with each word of a text worth checking: @offset is in bytes
 * from the start of the text, @length in bytes. */
typedef void (*AsrSpellWordFunc) (const char *word,
                                  gsize       offset,
                                  gsize       length,
                                  gpointer    user_data);

/* The end of the word starting at @p (a letter or digit), not past @end:
 * a run of letters and digits, an apostrophe between two of them ("don't",
 * "people's") keeping it one word. */
const char      *asr_text_word_end                    (const char       *p,
                                                       const char       *end);
/* Each word of @text (@length bytes, or -1) worth checking: not numbers or
 * words with digits, not all-capital acronyms ("CQC"), not web or e-mail
 * addresses. */
void             asr_spell_foreach_word               (const char       *text,
                                                       gssize            length,
                                                       AsrSpellWordFunc  func,
                                                       gpointer          user_data);

AsrSpellChecker *asr_spell_checker_new                (const char       *language);
/* The checker the notes editors share, bound to the settings. */
AsrSpellChecker *asr_spell_checker_get_default        (void);
/* Whether enchant has a dictionary for @language (en_GB, …). */
gboolean         asr_spell_checker_has_language       (const char       *language);
/* The languages enchant has dictionaries for, sorted. */
char           **asr_spell_checker_list_languages     (void);

gboolean         asr_spell_checker_get_enabled        (AsrSpellChecker  *self);
void             asr_spell_checker_set_enabled        (AsrSpellChecker  *self,
                                                       gboolean          enabled);
const char      *asr_spell_checker_get_language       (AsrSpellChecker  *self);
void             asr_spell_checker_set_language       (AsrSpellChecker  *self,
                                                       const char       *language);
/* FALSE when the language has no dictionary: then every word passes. */
gboolean         asr_spell_checker_get_ready          (AsrSpellChecker  *self);
gboolean         asr_spell_checker_prepare            (AsrSpellChecker  *self);
gboolean         asr_spell_checker_get_loading        (AsrSpellChecker  *self);
/* TRUE when @word (@length bytes, or -1) is spelt right, or cannot be
 * checked (checking off, no dictionary). */
gboolean         asr_spell_checker_check_word         (AsrSpellChecker  *self,
                                                       const char       *word,
                                                       gssize            length);
/* Up to @max spellings @word might be meant as, best first. */
char           **asr_spell_checker_suggest            (AsrSpellChecker  *self,
                                                       const char       *word,
                                                       guint             max);
/* Adds @word to the personal dictionary, for this and later sessions. */
void             asr_spell_checker_add_word           (AsrSpellChecker  *self,
                                                       const char       *word);

G_END_DECLS
