// A claim's tag changes as the analyst types them, faster than the host saves them: each is
// made from the tags last asked for (not from the claim as last saved, which would drop a tag
// added a moment before) and sent after the one before it has been answered, so the host
// takes them in the order they were made. Until the last is answered, the tags asked for are
// what the editor shows.

export class TagSaves {
  private asked: readonly string[] | null = null;
  private made = 0;
  private previous: Promise<unknown> = Promise.resolve();

  /** `save`: sends the claim's new tags, true once saved; `changed`: the tags to show changed. */
  constructor(
    private readonly save: (tags: string[]) => Promise<boolean>,
    private readonly changed: () => void,
  ) {}

  /** The tags to show and to change next: the last asked for while a save is on its way, else the claim's saved ones. */
  current(saved: readonly string[]): readonly string[] {
    return this.asked ?? saved;
  }

  /** Asks for the claim's tags to become `tags`; resolves to whether the host saved them. */
  async ask(tags: string[]): Promise<boolean> {
    const change = ++this.made;
    this.asked = tags;
    this.changed();
    const answer = this.previous.then(() => this.save(tags));
    this.previous = answer.catch(() => false);
    try {
      return await answer;
    } catch {
      return false;
    } finally {
      // The last change answered: the claim's saved tags are what to show (its own, or, if it
      // failed, what the host kept, with the save line saying why).
      if (change === this.made) {
        this.asked = null;
        this.changed();
      }
    }
  }
}
