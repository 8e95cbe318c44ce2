// What a claim edit cannot know itself and is given: the time, and new ids for what it creates.

export interface EditContext {
  /** The time of the edit, ISO 8601. */
  now: string;
  newId: () => string;
}

/** What an edit that creates nothing is given. */
export type EditTime = Pick<EditContext, 'now'>;
