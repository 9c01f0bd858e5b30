/* asr-evidence.h: one evidence category of a quality statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Properties: "category-id", "name" (construct-only), "score" (0 = not
 * scored, 1–4), "notes" (never NULL; changes told first by "notes-edited",
 * as a quality statement's).  In the legacy cqc-saf-2023
 * framework these scores drive the statement's score.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ASR_TYPE_EVIDENCE (asr_evidence_get_type ())
G_DECLARE_FINAL_TYPE (AsrEvidence, asr_evidence, ASR, EVIDENCE, GObject)

const char *asr_evidence_get_category_id (AsrEvidence *self);
const char *asr_evidence_get_name        (AsrEvidence *self);
int         asr_evidence_get_score       (AsrEvidence *self);
void        asr_evidence_set_score       (AsrEvidence *self,
                                          int          score);
const char *asr_evidence_get_notes       (AsrEvidence *self);
void        asr_evidence_set_notes       (AsrEvidence *self,
                                          const char  *notes);
/* As asr_quality_statement_edit_notes(). */
gboolean    asr_evidence_edit_notes      (AsrEvidence *self,
                                          guint        offset,
                                          guint        n_removed,
                                          const char  *inserted);

/* The notes of @owner, an AsrQualityStatement or an AsrEvidence: read, and
 * edited as by asr_quality_statement_edit_notes(), for the views and the
 * history that handle both alike. */
const char *asr_notes_owner_get          (GObject     *owner);
gboolean    asr_notes_owner_edit         (GObject     *owner,
                                          guint        offset,
                                          guint        n_removed,
                                          const char  *inserted);

G_END_DECLS
