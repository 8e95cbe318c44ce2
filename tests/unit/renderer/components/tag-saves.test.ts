// Tags typed faster than the host saves them: each change builds on the last one asked for,
// goes to the host only once the one before is answered, and the editor shows what was asked
// for until the last answer is in. None is dropped, none overtakes another.

import { describe, expect, it } from 'vitest';
import { addTag } from '../../../../shared/claims/claim-tags';
import { TagSaves } from '../../../../renderer/src/components/tag-saves';

interface Sent {
  tags: string[];
  answer(saved: boolean): void;
  fail(problem: unknown): void;
}

function host() {
  const sent: Sent[] = [];
  const save = (tags: string[]) =>
    new Promise<boolean>((answer, fail) => {
      sent.push({ tags, answer, fail });
    });
  return { sent, save };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function added(tags: readonly string[], typed: string): string[] {
  const result = addTag(tags, typed);
  if (result.kind !== 'added') throw new Error(result.reason);
  return result.tags;
}

describe('TagSaves', () => {
  it('adds a tag typed while the last is being saved to it, and sends it once that save is answered', async () => {
    const { sent, save } = host();
    let changes = 0;
    const saves = new TagSaves(save, () => (changes += 1));
    const saved: string[] = [];

    const first = saves.ask(added(saves.current(saved), 'Economy'));
    expect(saves.current(saved)).toEqual(['Economy']);
    const second = saves.ask(added(saves.current(saved), 'police'));
    expect(saves.current(saved)).toEqual(['Economy', 'police']);
    await settle();
    expect(sent.map((call) => call.tags)).toEqual([['Economy']]);

    sent[0]?.answer(true);
    await expect(first).resolves.toBe(true);
    await settle();
    expect(sent.map((call) => call.tags)).toEqual([['Economy'], ['Economy', 'police']]);
    // The claim as saved so far says Economy; the editor still shows police too.
    expect(saves.current(['Economy'])).toEqual(['Economy', 'police']);

    sent[1]?.answer(true);
    await expect(second).resolves.toBe(true);
    expect(saves.current(['Economy', 'police'])).toEqual(['Economy', 'police']);
    expect(changes).toBeGreaterThan(0);
  });

  it('shows the claim’s saved tags again when the last change is refused, and says it was not saved', async () => {
    const { sent, save } = host();
    const saves = new TagSaves(save, () => undefined);
    const asked = saves.ask(['Economy']);
    expect(saves.current([])).toEqual(['Economy']);
    await settle();
    sent[0]?.answer(false);
    await expect(asked).resolves.toBe(false);
    expect(saves.current([])).toEqual([]);
  });

  it('sends the next change after one that failed, and reports a failure as not saved', async () => {
    const { sent, save } = host();
    const saves = new TagSaves(save, () => undefined);
    const first = saves.ask(['Economy']);
    const second = saves.ask(['Economy', 'police']);
    await settle();
    sent[0]?.fail(new Error('the host went away'));
    await expect(first).resolves.toBe(false);
    await settle();
    expect(sent.map((call) => call.tags)).toEqual([['Economy'], ['Economy', 'police']]);
    expect(saves.current([])).toEqual(['Economy', 'police']);
    sent[1]?.answer(true);
    await expect(second).resolves.toBe(true);
    expect(saves.current(['Economy', 'police'])).toEqual(['Economy', 'police']);
  });
});
