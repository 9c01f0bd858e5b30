/* asr-window-private.h: what asr-window.c and asr-window-actions.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "asr-comparison-view.h"
#include "asr-details-dialog.h"
#include "asr-problems-bar.h"
#include "asr-progress-label.h"
#include "asr-conflict-banner.h"
#include "asr-conflict-view.h"
#include "asr-item-page.h"
#include "asr-judgement-page.h"
#include "asr-sidebar.h"
#include "asr-statement-page.h"
#include "asr-summary-view.h"
#include "asr-window.h"

G_BEGIN_DECLS

struct _AsrWindow
{
  AdwApplicationWindow  parent_instance;

  AsrAssessment        *assessment;
  AsrHistory           *history;
  GFile                *file;
  GSettings            *settings;
  GSignalGroup         *assessment_signals;
  GCancellable         *cancellable;    /* loads and saves in flight */
  guint64               saved_state;    /* the history's state saved; G_MAXUINT64: none */
  gboolean              modified;       /* as last told by "notify::modified" */
  guint                 n_claims;       /* loads that will fill this window */
  gboolean              discard;        /* close without asking */
  gboolean              save_as_new;    /* opened with problems: Save asks for a new name */
  AsrProblemsBar       *problems_bar;
  AsrProgressLabel     *progress_label;
  AsrProgressLabel     *page_progress_label; /* under the pages, while folded */
  gboolean              welcome;        /* the welcome page shows: no document yet */
  gboolean              views_pending;  /* the views do not show the document yet */
  AsrAssessment        *replaced;       /* replaced by a recovered version: Undo brings it back */
  gboolean              replaced_modified;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;       /* "welcome" or "document" */
  AdwBin               *welcome_bin;
  GtkWidget            *welcome_new_button; /* NULL until the welcome page is first shown */
  AdwPreferencesGroup  *recent_group;       /* NULL until the welcome page is first shown */
  GtkListBox           *recent_list;        /* NULL until the welcome page is first shown */
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;       /* on a menu button once it is first opened */
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *window_title;
  AdwViewSwitcherTitle *switcher_title;
  AdwBin               *switcher_bar_bin;
  AdwViewSwitcherBar   *switcher_bar;    /* NULL until the window is first narrow */
  guint                 switcher_idle;
  AsrSidebar           *sidebar;
  AdwViewStack         *view_stack;
  AsrStatementPage     *statement_page;
  AsrConflictBanner    *conflict_banner;
  AsrConflictView      *conflict_view;
  GtkStack             *editor_stack;      /* statement, item or judgement page */
  AdwBin               *item_bin;
  AdwBin               *judgement_bin;
  AsrItemPage          *item_page;         /* NULL until first shown */
  AsrJudgementPage     *judgement_page;    /* NULL until first shown */
  AdwBin               *summary_bin;
  AdwBin               *compare_bin;
  AsrSummaryView       *summary_view;      /* NULL until first shown */
  AsrComparisonView    *comparison_view;   /* NULL until first shown */
  GMenu                *recent_section;
  AdwToast             *history_toast;     /* "Undid: …" while shown */
  GtkWindow            *help_overlay;      /* Keyboard Shortcuts; NULL until first shown */
};

void     _asr_window_class_actions_init (AsrWindowClass *klass);
void     _asr_window_actions_init       (AsrWindow      *self);
void     _asr_window_actions_update     (AsrWindow      *self);
void     _asr_window_update_title       (AsrWindow      *self);
/* Tells the title, the actions and "notify::modified" when the document
 * has become saved or unsaved. */
void     _asr_window_update_modified    (AsrWindow      *self);
char    *_asr_window_dup_display_name   (AsrWindow      *self);
/* Builds the views of the document if not built yet (asr-window.c). */
void     _asr_window_ensure_views       (AsrWindow      *self);
void     _asr_window_ensure_history     (AsrWindow      *self);
/* A name for files made from the document, without a suffix: the file's
 * ("Larchfield House" for Larchfield House.assessment), else the
 * service's, else "Assessment". */
char    *_asr_window_dup_document_name  (AsrWindow      *self);
/* Saves to @file (NULL: ask where), then closes the window if asked. */
void     _asr_window_save               (AsrWindow      *self,
                                         GFile          *file,
                                         gboolean        close_after);
void     _asr_window_export             (AsrWindow      *self);
/* Writes the assessment to @file (what Save a Copy does once a file is
 * chosen); a toast or an error dialog tells how it went. */
void     _asr_window_export_to          (AsrWindow      *self,
                                         GFile          *file);
void     _asr_window_confirm_close      (AsrWindow      *self);
void     _asr_window_remember_file      (GFile          *file);
void     _asr_window_show_error         (AsrWindow      *self,
                                         const char     *heading,
                                         const GError   *error);
void     _asr_window_add_toast          (AsrWindow      *self,
                                         const char     *title);
void     _asr_window_move_statement     (AsrWindow      *self,
                                         int             direction);

/* asr-window-frameworks.c: the first window tells of skipped framework
 * files; the Details dialog, whose framework choice moves a draft */
void               _asr_window_report_framework_problems (AsrWindow *self);
AsrDetailsDialog  *_asr_window_show_details              (AsrWindow *self);
/* asr-window-welcome.c: the welcome page, and New Assessment */
void     _asr_window_welcome_set_application (AsrWindow      *self,
                                              AsrApplication *application);
/* Builds the welcome page if it is to show and is not built yet. */
void     _asr_window_welcome_ensure     (AsrWindow      *self);
/* @button opens the main menu, built when first opened (asr-window.c). */
void     _asr_window_attach_primary_menu (AsrWindow     *self,
                                          GtkMenuButton *button);
void     _asr_window_set_welcome        (AsrWindow      *self,
                                         gboolean        welcome);
/* Shows the New Assessment dialog; what it creates goes into this window
 * if it has no document yet, else into a new one. */
struct _AsrNewAssessmentDialog *_asr_window_new_assessment (AsrWindow *self);

/* asr-window-pages.c: the Summary and Compare pages, and the item and
 * judgement pages of judgement frameworks, built on demand */
AsrSummaryView    *_asr_window_get_summary_view     (AsrWindow     *self);
AsrComparisonView *_asr_window_get_comparison_view  (AsrWindow     *self);
AsrItemPage       *_asr_window_get_item_page        (AsrWindow     *self);
AsrJudgementPage  *_asr_window_get_judgement_page   (AsrWindow     *self);
/* The item and judgement pages, if built, let go of the document's. */
void               _asr_window_pages_clear_items    (AsrWindow     *self);
void               _asr_window_pages_set_assessment (AsrWindow     *self,
                                                     AsrAssessment *assessment);
void               _asr_window_view_stack_page_cb   (AsrWindow     *self);
void               _asr_window_pages_dispose        (AsrWindow     *self);

/* asr-review-panel.c: win.review opens the Review panel */
void               _asr_window_review_actions_init  (AsrWindow     *self);

G_END_DECLS
