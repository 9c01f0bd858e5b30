/* asr-sidebar.c: the key questions and their quality statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One GtkListBox bound to the statements of every key question (a
 * GtkFlattenListModel of the model's own lists, filtered by the search
 * and by one of the filters of asr-sidebar-filters.h; the menu button
 * beside the search field chooses it),
 * with a header per key question.  Rows and headers follow the model
 * objects through "notify": no figure is copied.
 *
 * A document's rows come in slices, one per frame (a GtkSliceListModel
 * between the filter and the list): the first screenful is built with the
 * document, the rest after its first frame, so opening a document does
 * not build and measure rows nobody sees yet (issue 10; a GtkListView
 * would not help: GTK 4.8 keeps up to 200 rows of one alive).  Whatever
 * needs every row (looking one up, the keyboard, a filter) completes the
 * list first.
 *
 * The list is one region of the window for the keyboard: Tab enters it at
 * the current statement and leaves it (to the statement page, through
 * "leave-forward"), Up and Down move between rows without opening them,
 * and only activation (Enter, Space, a click) opens a statement.
 */
#define G_LOG_DOMAIN "asr-sidebar"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "asr-frame-slices.h"
#include "asr-sidebar.h"
#include "asr-sidebar-filters.h"
#include "asr-sidebar-rows.h"
#include "asr-stale-comparison.h"

struct _AsrSidebar
{
  AdwBin               parent_instance;

  AsrAssessment       *assessment;
  AsrQualityStatement *statement;
  GtkFilterListModel  *filtered;
  GtkSliceListModel   *slice;     /* the rows built so far */
  guint                growing;   /* adds a slice a frame; 0: all built */
  GtkCustomFilter     *filter;
  char                *query;     /* casefolded, NULL when empty */
  const AsrSidebarFilter *choice;  /* the filter chosen, never NULL */
  AsrComparison       *comparison; /* staleness and changes, for the filters */
  AsrSidebarFacts      facts;

  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkBox              *filter_box;  /* the filters' radio buttons */
  GtkLabel            *filter_label; /* "Not Started · 4 shown" */
  GtkListBox          *list_box;
};

G_DEFINE_FINAL_TYPE (AsrSidebar, asr_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_STATEMENT,
  N_PROPS
};

enum {
  STATEMENT_ACTIVATED,
  LEAVE_FORWARD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
query_matches (AsrSidebar          *self,
               AsrQualityStatement *statement)
{
  g_autofree char *name = NULL;
  g_autofree char *notes = NULL;

  if (self->query == NULL)
    return TRUE;

  name = asr_sidebar_fold (asr_quality_statement_get_name (statement));
  if (strstr (name, self->query) != NULL)
    return TRUE;
  notes = asr_sidebar_fold (asr_quality_statement_get_notes (statement));
  return strstr (notes, self->query) != NULL;
}

static gboolean
filter_match_cb (gpointer    item,
                 AsrSidebar *self)
{
  return asr_sidebar_filter_matches (self->choice, item, &self->facts) &&
         query_matches (self, item);
}

/* The first screenful of rows (a 720 px window shows about 14), then
 * a slice per frame: each costs a few milliseconds to build and measure. */
#define FIRST_ROWS 16
#define ROWS_PER_FRAME 2

static void
complete_rows (AsrSidebar *self)
{
  if (self->growing == 0)
    return;
  asr_frame_slices_stop (GTK_WIDGET (self->list_box), &self->growing);
  gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
}

static gboolean
grow_cb (gpointer user_data)
{
  AsrSidebar *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->slice);

  if (size < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)))
    {
      gtk_slice_list_model_set_size (self->slice, size + ROWS_PER_FRAME);
      return TRUE;
    }
  self->growing = 0;
  gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
  return FALSE;
}

/* What each row shows beyond the model: its stale mark, and where the
 * search matched its notes (not when the name matched). */
static void
update_rows (AsrSidebar *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)); i++)
    {
      AsrQualityStatement *statement = asr_sidebar_row_get_statement (row);
      g_autofree char *name = asr_sidebar_fold (asr_quality_statement_get_name (statement));
      g_autofree char *snippet = NULL;

      if (self->query != NULL && strstr (name, self->query) == NULL)
        snippet = asr_sidebar_notes_snippet (asr_quality_statement_get_notes (statement),
                                             self->query);
      asr_sidebar_row_set_snippet (row, snippet);
      asr_sidebar_row_set_stale (row, self->facts.stale != NULL &&
                                      g_hash_table_contains (self->facts.stale, statement));
    }
}

static void
update_filter_label (AsrSidebar *self)
{
  guint n = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->filter_label), self->choice->predicate != NULL);
  if (self->choice->predicate == NULL)
    return;
  /* Translators: "Not Started · 4 shown" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u shown", "%s · %u shown", n),
                          _(self->choice->label), n);
  gtk_label_set_label (self->filter_label, text);
}

static void
update_facts (AsrSidebar *self)
{
  asr_sidebar_facts_update (&self->facts, self->comparison,
                            self->choice->needs_baseline);
}

static void
refilter (AsrSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  complete_rows (self);
  g_clear_pointer (&self->query, g_free);
  if (stripped[0] != '\0')
    self->query = asr_sidebar_fold (stripped);
  update_facts (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_rows (self);
  update_filter_label (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return asr_sidebar_statement_row_new (ASR_QUALITY_STATEMENT (item));
}

static void
header_func_cb (GtkListBoxRow *row,
                GtkListBoxRow *before,
                gpointer       user_data)
{
  AsrKeyQuestion *key_question =
    asr_quality_statement_get_key_question (asr_sidebar_row_get_statement (row));

  if (before != NULL &&
      asr_quality_statement_get_key_question (asr_sidebar_row_get_statement (before))
      == key_question)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, asr_sidebar_key_question_header_new (key_question));
}

static void
scroll_to_row (AsrSidebar    *self,
               GtkListBoxRow *row)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->list_box),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  if (scroller == NULL ||
      !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list_box), &bounds))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
}

static void
select_current (AsrSidebar *self)
{
  GtkListBoxRow *row = NULL;

  if (self->statement != NULL)
    row = asr_sidebar_get_row (self, self->statement);
  if (row == NULL)
    return;

  gtk_list_box_select_row (self->list_box, row);
  scroll_to_row (self, row);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  AsrSidebar *self)
{
  update_rows (self);
  update_filter_label (self);
  /* A slice added below leaves the selection (and the scrolling) alone. */
  if (self->growing == 0)
    select_current (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   AsrSidebar     *self)
{
  refilter (self);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    AsrSidebar     *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, 0);

  if (row != NULL)
    {
      gtk_list_box_select_row (self->list_box, row);
      g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, asr_sidebar_row_get_statement (row));
    }
}

static void
search_stop_cb (GtkSearchEntry *entry,
                AsrSidebar     *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  refilter (self);
}

/* A row unselected while the list is rebuilt keeps the current statement. */
static void
row_selected_cb (GtkListBox    *list_box,
                 GtkListBoxRow *row,
                 AsrSidebar    *self)
{
  if (row != NULL)
    asr_sidebar_set_statement (self, asr_sidebar_row_get_statement (row));
}

static void
row_activated_cb (GtkListBox    *list_box,
                  GtkListBoxRow *row,
                  AsrSidebar    *self)
{
  g_signal_emit (self, signals[STATEMENT_ACTIVATED], 0, asr_sidebar_row_get_statement (row));
}

/* Moves the focus (not the selection) to the row @step rows on; G_MININT
 * and G_MAXINT: the first and the last row. */
static gboolean
move_focus (AsrSidebar *self,
            int         step)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int n = self->filtered ? (int) g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  int index = 0;
  GtkListBoxRow *row;

  complete_rows (self);
  if (focus != NULL && !GTK_IS_LIST_BOX_ROW (focus))
    focus = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (focus != NULL)
    index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus));

  if (step == G_MININT)
    index = 0;
  else if (step == G_MAXINT)
    index = n - 1;
  else
    index += step;

  row = index >= 0 ? gtk_list_box_get_row_at_index (self->list_box, index) : NULL;
  if (row == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }
  gtk_widget_grab_focus (GTK_WIDGET (row));
  scroll_to_row (self, row);
  return TRUE;
}

/* Out of the list forward: where the window says (the statement page), or
 * else the next widget after the list, as if the rows were one stop. */
static void
leave_forward (AsrSidebar *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_box);
  gboolean handled = FALSE;

  g_signal_emit (self, signals[LEAVE_FORWARD], 0, &handled);
  if (handled)
    return;

  gtk_widget_set_can_focus (list, FALSE);
  gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (list)), GTK_DIR_TAB_FORWARD);
  gtk_widget_set_can_focus (list, TRUE);
}

static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     AsrSidebar            *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (state & GDK_SHIFT_MASK)
        return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      leave_forward (self);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_focus (self, -1);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_focus (self, 1);
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return move_focus (self, G_MININT);
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return move_focus (self, G_MAXINT);
    default:
      return FALSE;
    }
}

#define FILTER_KEY "asr-sidebar-filter"

static gboolean
filter_available (AsrSidebar             *self,
                  const AsrSidebarFilter *filter)
{
  return !filter->needs_baseline ||
         (self->comparison != NULL && asr_comparison_get_baseline (self->comparison) != NULL);
}

/* A filter that needs a previous assessment says why it is off. */
static void
update_filter_buttons (AsrSidebar *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const AsrSidebarFilter *filter = g_object_get_data (G_OBJECT (child), FILTER_KEY);
      gboolean available = filter_available (self, filter);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), filter == self->choice);
      gtk_widget_set_sensitive (child, available);
      gtk_widget_set_tooltip_text (child, available ? NULL
                                   : _("Needs a previous assessment: choose Compare With "
                                       "Assessment… in the main menu"));
    }
  if (self->choice->predicate != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
filter_toggled_cb (GtkCheckButton *button,
                   AsrSidebar     *self)
{
  const AsrSidebarFilter *filter = g_object_get_data (G_OBJECT (button), FILTER_KEY);

  if (gtk_check_button_get_active (button) && filter != self->choice)
    asr_sidebar_set_filter (self, filter->id);
}

/* One radio button per entry of the table. */
static void
build_filter_buttons (AsrSidebar *self)
{
  guint n;
  const AsrSidebarFilter *filters = asr_sidebar_filters (&n);
  GtkCheckButton *group = NULL;

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_label (_(filters[i].label));

      g_object_set_data (G_OBJECT (button), FILTER_KEY, (gpointer) &filters[i]);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);
      g_signal_connect (button, "toggled", G_CALLBACK (filter_toggled_cb), self);
      gtk_box_append (self->filter_box, button);
    }
}

static void
comparison_changed_cb (AsrSidebar *self)
{
  update_facts (self);
  update_rows (self);
}

/* The staleness rule, its threshold and the reference date are the
 * Compare view's and the Summary grid's: one comparison follows them. */
static void
set_comparison (AsrSidebar    *self,
                AsrAssessment *assessment)
{
  asr_stale_comparison_replace (&self->comparison, assessment,
                                G_CALLBACK (comparison_changed_cb), self);
}

/* Takes the rows out without the header function: GtkListBox asks it
 * again for each row that becomes first as the ones before it go, and
 * would build a key question header for nearly every row on its way out. */
static void
unbind_rows (AsrSidebar *self)
{
  asr_frame_slices_stop (GTK_WIDGET (self->list_box), &self->growing);
  gtk_list_box_set_header_func (self->list_box, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_list_box_set_header_func (self->list_box, header_func_cb, NULL, NULL);
}

static void
asr_sidebar_dispose (GObject *object)
{
  AsrSidebar *self = ASR_SIDEBAR (object);

  if (self->list_box != NULL)
    unbind_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ASR_TYPE_SIDEBAR);
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->statement);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->query, g_free);
  set_comparison (self, NULL);
  asr_sidebar_facts_clear (&self->facts);

  G_OBJECT_CLASS (asr_sidebar_parent_class)->dispose (object);
}

static void
asr_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AsrSidebar *self = ASR_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_sidebar_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AsrSidebar *self = ASR_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      asr_sidebar_set_assessment (self, g_value_get_object (value));
      break;
    case PROP_STATEMENT:
      asr_sidebar_set_statement (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
asr_sidebar_class_init (AsrSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = asr_sidebar_dispose;
  object_class->get_property = asr_sidebar_get_property;
  object_class->set_property = asr_sidebar_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ASR_TYPE_ASSESSMENT, rw);
  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, ASR_TYPE_QUALITY_STATEMENT, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A statement was chosen (click, Enter): the window shows its page. */
  signals[STATEMENT_ACTIVATED] =
    g_signal_new ("statement-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ASR_TYPE_QUALITY_STATEMENT);

  /* Tab in the list: a handler moves the focus on and returns TRUE. */
  signals[LEAVE_FORWARD] =
    g_signal_new ("leave-forward",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/assessor/Assessor/asr-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, AsrSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AsrSidebar, filter_button);
  gtk_widget_class_bind_template_child (widget_class, AsrSidebar, filter_box);
  gtk_widget_class_bind_template_child (widget_class, AsrSidebar, filter_label);
  gtk_widget_class_bind_template_child (widget_class, AsrSidebar, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
asr_sidebar_init (AsrSidebar *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the list's own bindings, which select (and so open) a row. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_box), keys);

  self->choice = asr_sidebar_filter_lookup ("all");
  build_filter_buttons (self);
  update_filter_buttons (self);
  self->filter = gtk_custom_filter_new ((GtkCustomFilterFunc) filter_match_cb, self, NULL);
  gtk_list_box_set_header_func (self->list_box, header_func_cb, NULL, NULL);
}

GtkWidget *
asr_sidebar_new (void)
{
  return g_object_new (ASR_TYPE_SIDEBAR, NULL);
}

AsrAssessment *
asr_sidebar_get_assessment (AsrSidebar *self)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  return self->assessment;
}

static GListModel *
flatten_statements (AsrAssessment *assessment)
{
  GListModel *key_questions = asr_assessment_get_key_questions (assessment);
  g_autoptr(GListStore) lists = g_list_store_new (G_TYPE_LIST_MODEL);
  guint n = g_list_model_get_n_items (key_questions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsrKeyQuestion) key_question = g_list_model_get_item (key_questions, i);

      g_list_store_append (lists, asr_key_question_get_statements (key_question));
    }

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&lists))));
}

void
asr_sidebar_set_assessment (AsrSidebar    *self,
                            AsrAssessment *assessment)
{
  g_return_if_fail (ASR_IS_SIDEBAR (self));
  g_return_if_fail (!assessment || ASR_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  g_clear_object (&self->statement);
  unbind_rows (self);
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  set_comparison (self, assessment);
  self->choice = asr_sidebar_filter_lookup ("all");
  update_filter_buttons (self);
  update_facts (self);

  if (assessment != NULL)
    {
      self->filtered = gtk_filter_list_model_new (flatten_statements (assessment),
                                                  g_object_ref (GTK_FILTER (self->filter)));
      self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                              0, FIRST_ROWS);
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->slice),
                               create_row_cb, NULL, NULL);
      g_signal_connect_object (self->slice, "items-changed",
                               G_CALLBACK (items_changed_cb), self, G_CONNECT_AFTER);
      self->growing = asr_frame_slices_start (GTK_WIDGET (self->list_box), grow_cb, self);
    }
  update_rows (self);
  update_filter_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}

AsrQualityStatement *
asr_sidebar_get_statement (AsrSidebar *self)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  return self->statement;
}

void
asr_sidebar_set_statement (AsrSidebar          *self,
                           AsrQualityStatement *statement)
{
  g_return_if_fail (ASR_IS_SIDEBAR (self));
  g_return_if_fail (!statement || ASR_IS_QUALITY_STATEMENT (statement));

  /* A statement chosen elsewhere must be visible here (even the current
   * one, hidden by a filter since). */
  if (statement != NULL && asr_sidebar_get_row (self, statement) == NULL &&
      (self->query != NULL || self->choice->predicate != NULL))
    {
      g_set_object (&self->statement, statement);
      self->choice = asr_sidebar_filter_lookup ("all");
      update_filter_buttons (self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      refilter (self);
    }
  else if (!g_set_object (&self->statement, statement))
    return;

  if (statement == NULL)
    gtk_list_box_unselect_all (self->list_box);
  else
    select_current (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}

void
asr_sidebar_focus_search (AsrSidebar *self)
{
  g_return_if_fail (ASR_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

GtkEditable *
asr_sidebar_get_search_entry (AsrSidebar *self)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkListBox *
asr_sidebar_get_list_box (AsrSidebar *self)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  /* With all its rows, for whoever walks them. */
  complete_rows (self);
  return self->list_box;
}

GtkListBoxRow *
asr_sidebar_get_row (AsrSidebar          *self,
                     AsrQualityStatement *statement)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);
  g_return_val_if_fail (ASR_IS_QUALITY_STATEMENT (statement), NULL);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)); i++)
    if (asr_sidebar_row_get_statement (row) == statement)
      return row;
  if (self->growing == 0)
    return NULL;

  complete_rows (self);
  return asr_sidebar_get_row (self, statement);
}

const char *
asr_sidebar_get_filter (AsrSidebar *self)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  return self->choice->id;
}

gboolean
asr_sidebar_set_filter (AsrSidebar *self,
                        const char *id)
{
  const AsrSidebarFilter *filter;

  g_return_val_if_fail (ASR_IS_SIDEBAR (self), FALSE);

  filter = asr_sidebar_filter_lookup (id);
  if (filter == NULL || !filter_available (self, filter))
    return FALSE;
  self->choice = filter;
  update_filter_buttons (self);
  refilter (self);
  return TRUE;
}

void
asr_sidebar_set_baseline (AsrSidebar    *self,
                          AsrAssessment *baseline)
{
  g_return_if_fail (ASR_IS_SIDEBAR (self));
  g_return_if_fail (!baseline || ASR_IS_ASSESSMENT (baseline));

  if (self->comparison == NULL)
    return;
  asr_comparison_set_baseline (self->comparison, baseline);
  if (!filter_available (self, self->choice))
    asr_sidebar_set_filter (self, "all");
  update_filter_buttons (self);
}

GtkWidget *
asr_sidebar_get_filter_toggle (AsrSidebar *self,
                               const char *id)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (((const AsrSidebarFilter *) g_object_get_data (G_OBJECT (child),
                                                                  FILTER_KEY))->id, id) == 0)
      return child;
  return NULL;
}

GtkMenuButton *
asr_sidebar_get_filter_button (AsrSidebar *self)
{
  g_return_val_if_fail (ASR_IS_SIDEBAR (self), NULL);

  return self->filter_button;
}
