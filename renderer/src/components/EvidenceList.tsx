// The evidence of a claim: each source with its stance, title, passage and the day it was
// read; added and edited in place. Links open in the system browser on click only.

import { memo, useEffect, useRef, useState, type FormEvent } from 'react';
import { EVIDENCE_STANCES, EVIDENCE_STANCE_LABELS, type EvidenceStance } from '../../../shared/evidence-stances';
import type { Evidence } from '../../../shared/model';
import { openLink } from '../api';
import { FieldProblem } from './FieldProblem';
import { SelectField } from './SelectField';

export interface EvidenceDraft {
  url: string;
  title: string;
  quote: string;
  accessed: string | null;
  stance: EvidenceStance;
}

interface EvidenceListProps {
  evidence: readonly Evidence[];
  onAdd(draft: EvidenceDraft): Promise<boolean>;
  onUpdate(evidenceId: string, draft: EvidenceDraft): Promise<boolean>;
  onDelete(evidenceId: string): void;
}

/** Why a URL cannot be evidence, or null. Checked here for a quick answer; the host checks again. */
export function evidenceUrlProblem(url: string): string | null {
  if (url.trim() === '') return 'Give the address of the source.';
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'That is not a web address; it should start with https://';
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : 'Evidence links must be http:// or https:// addresses.';
}

const today = () => new Date().toISOString().slice(0, 10);

function EvidenceForm({ initial, submitLabel, onSubmit, onCancel }: {
  initial: EvidenceDraft;
  submitLabel: string;
  onSubmit(draft: EvidenceDraft): Promise<boolean>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const address = useRef<HTMLInputElement>(null);
  useEffect(() => address.current?.focus(), []);
  const set = <K extends keyof EvidenceDraft>(key: K, value: EvidenceDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const urlProblem = evidenceUrlProblem(draft.url);
    setProblem(urlProblem);
    if (urlProblem !== null) return;
    if (await onSubmit({ ...draft, url: draft.url.trim(), title: draft.title.trim() })) onCancel();
  };

  return (
    <form className="evidence-form" aria-label={submitLabel} onSubmit={(event) => void submit(event)} noValidate>
      <label className="field">
        <span>Evidence URL</span>
        <input ref={address} type="url" value={draft.url} placeholder="https://" onChange={(event) => set('url', event.target.value)} aria-invalid={problem !== null} />
      </label>
      <FieldProblem problem={problem} />
      <label className="field">
        <span>Title</span>
        <input type="text" value={draft.title} dir="auto" onChange={(event) => set('title', event.target.value)} />
      </label>
      <label className="field">
        <span>Quoted passage</span>
        <textarea rows={2} value={draft.quote} dir="auto" onChange={(event) => set('quote', event.target.value)} />
      </label>
      <div className="evidence-form-row">
        <label className="field">
          <span>Accessed</span>
          <input type="date" value={draft.accessed ?? ''} onChange={(event) => set('accessed', event.target.value === '' ? null : event.target.value)} />
        </label>
        <SelectField label="Stance" value={draft.stance} values={EVIDENCE_STANCES} labels={EVIDENCE_STANCE_LABELS} onChange={(stance) => set('stance', stance)} />
      </div>
      <div className="claim-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export const EvidenceList = memo(function EvidenceList({ evidence, onAdd, onUpdate, onDelete }: EvidenceListProps) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  // A form that closes hands the keyboard back to "Add evidence", not to the page's body.
  const addButton = useRef<HTMLButtonElement>(null);
  const formOpen = adding || editing !== null;
  const wasOpen = useRef(formOpen);
  useEffect(() => {
    if (wasOpen.current && !formOpen && addButton.current?.isConnected === true) addButton.current.focus();
    wasOpen.current = formOpen;
  }, [formOpen]);

  return (
    <section className="evidence" aria-label="Evidence">
      <h3>Evidence{evidence.length > 0 ? ` (${evidence.length})` : ''}</h3>
      <ul className="evidence-list">
        {evidence.map((item) =>
          editing === item.id ? (
            <li key={item.id}>
              <EvidenceForm
                initial={{ url: item.url, title: item.title, quote: item.quote, accessed: item.accessed, stance: item.stance }}
                submitLabel="Save evidence"
                onSubmit={(draft) => onUpdate(item.id, draft)}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={item.id} className={`evidence-item stance-${item.stance}`}>
              <span className="evidence-stance">{EVIDENCE_STANCE_LABELS[item.stance]}</span>
              <a
                href={item.url}
                rel="noopener noreferrer"
                onClick={(event) => {
                  event.preventDefault();
                  void openLink(item.url);
                }}
              >
                {item.title.trim() === '' ? item.url : item.title}
              </a>
              {item.quote !== '' && <q dir="auto">{item.quote}</q>}
              <span className="evidence-meta">
                {new URL(item.url).host}
                {item.accessed !== null ? ` · accessed ${item.accessed}` : ''}
              </span>
              <span className="evidence-actions">
                <button type="button" className="quiet" onClick={() => setEditing(item.id)}>
                  Edit
                </button>
                <button type="button" className="quiet" aria-label={`Remove evidence ${item.title || item.url}`} onClick={() => onDelete(item.id)}>
                  Remove
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      {adding ? (
        <EvidenceForm
          initial={{ url: '', title: '', quote: '', accessed: today(), stance: 'supports' }}
          submitLabel="Add this evidence"
          onSubmit={onAdd}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button ref={addButton} type="button" className="evidence-add" title="Add evidence (E)" onClick={() => setAdding(true)}>
          Add evidence
        </button>
      )}
    </section>
  );
});
