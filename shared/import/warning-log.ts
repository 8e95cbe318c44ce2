/** Warnings for the analyst, capped so a hostile file cannot make millions of them. */
export class WarningLog {
  private readonly messages: string[] = [];
  private dropped = 0;

  constructor(private readonly limit = 100) {}

  add(message: string): void {
    if (this.messages.length < this.limit) this.messages.push(message);
    else this.dropped += 1;
  }

  list(): string[] {
    return this.dropped === 0 ? [...this.messages] : [...this.messages, `… and ${this.dropped} more warnings.`];
  }
}
