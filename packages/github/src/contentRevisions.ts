/**
 * GitHub's edit history of a text (a comment, an issue's or a pull request's description) as
 * revisions: `userContentEdits` lists it newest first, each revision's whole text in `diff` (null
 * once the revision was deleted from the history).
 */
import type { ContentRevision } from "@gatehouse/core";

/** What is read of each revision: when, by whom, and its whole text. */
export const EDIT_FIELDS = "editedAt diff deletedAt editor { login }";

/** One node of `userContentEdits { nodes { ${EDIT_FIELDS} } }`. */
export interface RawEdit {
  editedAt: string;
  diff: string | null;
  deletedAt: string | null;
  editor: { login: string } | null;
}

/** The revisions read, oldest first; a deleted revision's text is null. */
export const toRevisions = (nodes: readonly (RawEdit | null)[]): ContentRevision[] =>
  nodes
    .filter((e) => e !== null)
    .map((e) => ({
      editor: e.editor?.login ?? null,
      editedAt: e.editedAt,
      body: e.deletedAt ? null : e.diff,
    }))
    .reverse();
