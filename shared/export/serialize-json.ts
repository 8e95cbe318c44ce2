/** Pretty-printed JSON (two spaces) with one final newline; the caller writes it as UTF-8. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
