#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-words.py SOURCE_ROOT: the words of the interface follow the GNOME HIG
# and write a figure in one form (issue 11).  TAP output.
#
# Header capitalisation (every word capitalised except short articles,
# conjunctions and prepositions that are not first or last) for window and
# dialog titles, headings, buttons, menu items, view and group titles and
# the titles of entry, combo and switch rows (short control labels).
# Sentence case (only the first word, proper nouns and the domain's names
# capitalised) for tooltips, placeholders, subtitles, descriptions, radio
# rows and the shortcuts window's shortcut titles.  A parenthesised remark
# ("(Ctrl+O)", "(required)") is not checked.  The domain's own words keep
# their form: "Requires improvement", "Well-led".

import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = sys.argv[1] if len(sys.argv) > 1 else '.'

SMALL = {'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet',
         'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via', 'per', 'off'}
# Proper nouns and the domain's names: capitalised anywhere.
PROPER = {'CQC', 'Assessor', 'JSON', 'CSV', 'PDF', 'HTML', 'Markdown', 'ID', 'API',
          'Ctrl', 'Shift', 'Alt', 'Tab', 'Enter', 'Safe', 'Effective', 'Caring',
          'Responsive', 'Well-led', 'Outstanding', 'Good', 'Requires', 'Inadequate',
          'Overall', 'British', 'English', 'KLOE'}
# Phrases whose words keep the domain's form inside a header-capitalised text.
DOMAIN_PHRASES = ['Requires improvement', 'Assessment Details', 'Location ID']
# Labels that run on into their control ("… stale after [3] years"), or
# that state a rule in a sentence: sentence case by the HIG.
RUN_ON = {'Carried-forward ratings are _stale after', '_Keep a copy after',
          'Advisory: limit a key question to Requires improvement when a statement '
          'scores 1 — not a published CQC rule'}

WINDOWS = ('Window', 'Dialog', 'Picker', 'Panel')
HEADER_PROPS = {
    'AdwWindowTitle': 'title', 'AdwStatusPage': 'title', 'AdwPreferencesPage': 'title',
    'AdwPreferencesGroup': 'title', 'AdwViewStackPage': 'title', 'GtkStackPage': 'title',
    'GtkButton': 'label', 'GtkMenuButton': 'label', 'GtkToggleButton': 'label',
    'AdwSplitButton': 'label', 'GtkShortcutsGroup': 'title', 'GtkShortcutsSection': 'title',
    'AdwEntryRow': 'title', 'AdwComboRow': 'title', 'AdwExpanderRow': 'title',
}
SENTENCE_PROPS = {'tooltip-text', 'placeholder-text', 'subtitle', 'description'}


def tokens (text):
  """The words of @text, without mnemonics, remarks or quotations; phrases
  of the domain as one token."""
  text = re.sub (r'\([^)]*\)', ' ', text)
  text = re.sub (r'“[^”]*”', ' ', text)
  for phrase in DOMAIN_PHRASES:
    text = text.replace (phrase, phrase.replace (' ', '\x01'))
  text = re.sub (r'_(?=\w)', '', text)
  return re.findall (r"[\w'’\x01-]+|[:.—;!?]", text)


def header_problem (text):
  toks = [t for t in tokens (text) if t not in ':.—;!?']
  for i, tok in enumerate (toks):
    if '\x01' in tok or not tok[0].isalpha ():
      continue
    if tok.lower () in SMALL and 0 < i < len (toks) - 1:
      if tok[0].isupper ():
        return '“%s” should be lower case' % tok
      continue
    if tok[0].islower ():
      return '“%s” should be capitalised' % tok
  return None


def sentence_problem (text):
  start = True
  for tok in tokens (text):
    if tok in ':.—;!?':
      start = tok != '—'
      continue
    if start or '\x01' in tok or not tok[0].isalpha ():
      start = False
      continue
    if tok[0].isupper () and re.sub ("[’']s$", '', tok) not in PROPER and not tok.isupper ():
      return '“%s” should be lower case' % tok
  return None


def check_ui (path, problems):
  tree = ET.parse (path)
  parent = {child: p for p in tree.iter () for child in p}
  for node in tree.iter ():
    if node.get ('translatable') != 'yes' or not node.text:
      continue
    text, owner = node.text, parent[node]
    name = node.get ('name')
    cls = owner.get ('class') or owner.get ('parent') or owner.tag
    if owner.tag == 'attribute':
      cls = parent[owner].tag
    rule = None
    if node.tag == 'attribute' and name == 'label' and cls in ('item', 'submenu'):
      rule = 'header'
    elif owner.tag == 'accessibility' or node.tag == 'response':
      rule = None
    elif name in SENTENCE_PROPS or cls == 'GtkShortcutsShortcut':
      rule = 'sentence'
    elif name == 'title' and (owner.tag == 'template' or cls.endswith (WINDOWS)):
      rule = 'header'
    elif HEADER_PROPS.get (cls) == name:
      rule = 'header'
    elif cls == 'AdwActionRow' and name == 'title':
      rule = 'sentence' if has_check_button (owner) else 'header'
    elif cls == 'GtkLabel' and name == 'label' and is_heading (owner):
      rule = 'header'
    if text in RUN_ON:
      rule = 'sentence'
    report (problems, rule, text, '%s: %s %s' % (os.path.relpath (path, ROOT), cls, name))


def has_check_button (row):
  return any (o.get ('class') == 'GtkCheckButton' for o in row.iter ('object'))


def is_heading (label):
  return any (c.get ('name') in ('heading', 'title-1', 'title-2', 'title-3', 'title-4')
              for c in label.iter ('class'))


# Calls in C whose string is a title, a heading, a button or a menu item
# (header), or a tooltip, placeholder, subtitle or description (sentence).
C_CALLS = [
  ('header', r'(?:gtk_window_set_title|adw_preferences_group_set_title|adw_preferences_row_set_title'
             r'|adw_status_page_set_title|gtk_button_new_with_mnemonic|gtk_button_new_with_label'
             r'|gtk_button_set_label|gtk_menu_button_set_label|adw_toast_set_button_label'
             r'|g_menu_append|g_menu_append_submenu|g_menu_item_new|adw_message_dialog_new'
             r'|gtk_file_chooser_native_new|adw_message_dialog_add_responses?)\s*\(([^;]*?)\);'),
  ('sentence', r'(?:gtk_widget_set_tooltip_text|gtk_entry_set_placeholder_text'
               r'|gtk_search_entry_set_placeholder_text|adw_action_row_set_subtitle'
               r'|adw_preferences_group_set_description)\s*\(([^;]*?)\);'),
  # Headings built in C: a label given the "heading" style class.
  ('header', r'(?:wrapping_label\s*\(|\w+_heading = GTK_LABEL \(gtk_label_new)\s*\(?(_\("[^"]*"\))'),
  # The report's own headings (the rest are the names of key questions,
  # quality statements and evidence categories, in CQC's words).
  ('header', r'(?:_heading\s*=\s*g_strdup|_asr_report_contents_title \(void\)\s*\{\s*return)'
             r'\s*\(?([^;]*?)\)?;'),
]


def check_c (path, problems):
  with open (path, encoding='utf-8') as f:
    source = f.read ()
  for rule, pattern in C_CALLS:
    for match in re.finditer (pattern, source, re.S):
      args = match.group (1)
      strings = re.findall (r'_\("((?:[^"\\]|\\.)*)"\)', args)
      if rule == 'header' and 'adw_message_dialog_new' in match.group (0):
        strings = strings[:1]           # the heading, not the body
      line = source.count ('\n', 0, match.start ()) + 1
      for text in strings:
        report (problems, rule, text, '%s:%d' % (os.path.relpath (path, ROOT), line))


def report (problems, rule, text, where):
  if rule is None:
    return
  problem = header_problem (text) if rule == 'header' else sentence_problem (text)
  if problem:
    problems.append ('%s: “%s”: %s (%s capitalisation)' % (where, text, problem, rule))


# One form for a figure: "71 out of 100" is written by asr_summary_format_figure()
# alone; "(out of 100)" only in the report's CQC sentence and the importer's
# reading of it; no figure as "71%".
FIGURE_OWNERS = {'src/core/format/asr-summary.c'}
CQC_FORM_OWNERS = {'src/report/asr-report.c', 'src/core/compare/asr-import-report-lines.c',
                   'src/core/compare/asr-import-report.c'}


def check_figures (path, problems):
  rel = os.path.relpath (path, ROOT)
  with open (path, encoding='utf-8') as f:
    for number, line in enumerate (f, 1):
      code = line.split ('/*')[0]
      if '"' not in code or code.lstrip ().startswith ('*'):
        continue
      if re.search (r'"[^"]*%[-0-9]*d%%', code):
        problems.append ('%s:%d: a figure written as a percentage' % (rel, number))
      if '(out of 100)' in code and rel not in CQC_FORM_OWNERS:
        problems.append ('%s:%d: “(out of 100)” is CQC’s sentence, for the report only' % (rel, number))
      elif re.search (r'%d out of 100', code) and rel not in FIGURE_OWNERS:
        problems.append ('%s:%d: a figure not written by asr_summary_format_figure()' % (rel, number))


# One word for a key question or overall without a rating: "Not rated", CQC's
# own (its ratings data and API), written by asr_rating_to_label() alone, so
# the sidebar, Summary, Compare, the command line and the report agree.
RATING_OWNERS = {'src/core/model/asr-types.c'}


def check_not_rated (path, problems):
  rel = os.path.relpath (path, ROOT)
  with open (path, encoding='utf-8') as f:
    source = f.read ()
  for match in re.finditer (r'(?:N?_\(|translatable="yes">)\s*"?((?:[^"<\\]|\\.)*)', source):
    text = match.group (1)
    line = source.count ('\n', 0, match.start ()) + 1
    if re.search (r'rated yet', text, re.I):
      problems.append ('%s:%d: “%s”: the state is “Not rated”' % (rel, line, text))
    elif text == 'Not rated' and rel not in RATING_OWNERS:
      problems.append ('%s:%d: “Not rated” not from asr_rating_to_label()' % (rel, line))


def main ():
  checks = []
  ui_problems, c_problems, figure_problems = [], [], []
  for path in sorted (glob.glob (os.path.join (ROOT, 'src/app/**/*.ui'), recursive=True)):
    check_ui (path, ui_problems)
  for path in sorted (glob.glob (os.path.join (ROOT, 'src/app/**/*.c'), recursive=True) +
                      glob.glob (os.path.join (ROOT, 'src/report/*.c'))):
    check_c (path, c_problems)
  rating_problems = []
  for path in sorted (glob.glob (os.path.join (ROOT, 'src/**/*.c'), recursive=True)):
    check_figures (path, figure_problems)
  for path in sorted (glob.glob (os.path.join (ROOT, 'src/**/*.[ch]'), recursive=True) +
                      glob.glob (os.path.join (ROOT, 'src/**/*.ui'), recursive=True)):
    check_not_rated (path, rating_problems)
  checks.append (('.ui titles, headings, buttons and menus follow the HIG', ui_problems))
  checks.append (('titles, buttons and tooltips set in C follow the HIG', c_problems))
  checks.append (('a figure is written in one form, by one helper', figure_problems))
  checks.append (('“Not rated” is written in one form, by one helper', rating_problems))

  print ('1..%d' % len (checks))
  failed = 0
  for n, (name, problems) in enumerate (checks, 1):
    print ('%s %d - %s' % ('not ok' if problems else 'ok', n, name))
    for problem in problems:
      print ('#   ' + problem)
    failed += bool (problems)
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit (main ())
