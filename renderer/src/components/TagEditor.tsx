// A claim's tags: each shown with a button that removes it, and a field where a tag is typed
// and added with Enter or a comma. Backspace in the empty field, or on a tag's button, removes
// that tag. A tag that cannot be added (already there, too long) says why and stays typed.
// TagList is the same tags, read-only and small, for a card that is not selected.

import { memo, useId, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import { addTag, removeTag } from '../../../shared/claims/claim-tags';
import { FieldProblem } from './FieldProblem';
import { TagSaves } from './tag-saves';

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list is-compact" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="tag" dir="auto">
          {tag}
        </li>
      ))}
    </ul>
  );
}

interface TagEditorProps {
  tags: readonly string[];
  /** Saves the claim's new tags; true once saved. */
  onChange(tags: string[]): Promise<boolean>;
}

export const TagEditor = memo(function TagEditor({ tags: savedTags, onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const latestOnChange = useRef(onChange);
  latestOnChange.current = onChange;
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  const [saves] = useState(() => new TagSaves((next) => latestOnChange.current(next), redraw));
  // A tag typed while the one before is still being saved is added to it, not to the claim as last saved.
  const tags = saves.current(savedTags);

  const add = async (typed: string) => {
    const result = addTag(tags, typed);
    if (result.kind === 'refused') {
      setProblem(result.reason);
      return;
    }
    setProblem(null);
    // Cleared at once: what is typed while the tag is being saved belongs to the next tag.
    setDraft('');
    // Not taken (a read-only library, say): the tag goes back in the field, unless more was typed.
    if (!(await saves.ask(result.tags))) setDraft((now) => (now === '' ? typed : now));
  };
  const remove = (tag: string) => {
    setProblem(null);
    void saves.ask(removeTag(tags, tag));
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      void add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      remove(tags[tags.length - 1] ?? '');
    }
  };

  return (
    <div className="tag-editor" role="group" aria-labelledby={labelId} onClick={(event) => event.stopPropagation()}>
      <span className="tag-editor-label" id={labelId}>
        Tags
      </span>
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag" dir="auto">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                title="Remove (Backspace)"
                onClick={() => remove(tag)}
                onKeyDown={(event) => {
                  if (event.key !== 'Backspace' && event.key !== 'Delete') return;
                  // The tag goes, not the claim the Delete key would otherwise delete.
                  event.preventDefault();
                  event.stopPropagation();
                  remove(tag);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        type="text"
        className="tag-input"
        aria-label="Add a tag"
        aria-describedby={`${labelId}-hint`}
        placeholder="Add a tag…"
        value={draft}
        onChange={(event) => {
          setProblem(null);
          setDraft(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="visually-hidden" id={`${labelId}-hint`}>
        Enter or comma adds the tag; Backspace in the empty field removes the last one.
      </span>
      <FieldProblem problem={problem} />
    </div>
  );
});
