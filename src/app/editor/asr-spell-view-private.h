/* asr-spell-view-private.h: what the underlining and the menu share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-spell-view.h"

G_BEGIN_DECLS

typedef struct
{
  GtkTextView     *view;        /* not owned: owns us */
  GtkTextBuffer   *buffer;
  AsrSpellChecker *checker;
  GtkTextTag      *error_tag;   /* underlines a misspelling */
  GtkTextTag      *dirty_tag;   /* marks text still to check */
  gulong           changed_id;
  guint            idle_id;
  gulong           map_id;      /* waiting for the view to be shown, */
  GdkFrameClock   *clock;       /* then for its window's next frame */
  gulong           paint_id;
  gboolean         drawn;       /* painted since attaching: checks go on */
  guint64          checked;     /* characters checked so far */
  GMenu           *menu;        /* the context menu's spelling part */
  /* While a slice is checked: its text, and where the last word was. */
  const char      *slice_text;
  gsize            slice_bytes;
  int              slice_chars;
} AsrSpell;

AsrSpell *_asr_spell_get        (GtkTextView *view);
void      _asr_spell_menu_setup (AsrSpell    *spell);

G_END_DECLS
