// Read access to an article's text that a plain string gives, and so does text kept in
// pieces: a window that holds a 20 MB text as one flat string pays for building it (about
// 0.1 s on a small machine) in one task, while pieces can come in one per task.

/** What reading the text needs: a JavaScript string is one. */
export interface TextSource {
  readonly length: number;
  slice(start: number, end: number): string;
  charAt(position: number): string;
}

/** Text held as pieces of `pieceLength` characters (the last may be shorter). */
export class PieceText implements TextSource {
  readonly length: number;
  private readonly pieces: readonly string[];
  private readonly pieceLength: number;

  constructor(pieces: readonly string[], pieceLength: number) {
    this.pieces = pieces;
    this.pieceLength = pieceLength;
    this.length = pieces.reduce((total, piece) => total + piece.length, 0);
  }

  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    let text = '';
    for (let at = from; at < to; ) {
      const piece = Math.floor(at / this.pieceLength);
      const offset = at - piece * this.pieceLength;
      const taken = (this.pieces[piece] ?? '').slice(offset, offset + (to - at));
      if (taken === '') break;
      text += taken;
      at += taken.length;
    }
    return text;
  }

  charAt(position: number): string {
    return this.slice(position, position + 1);
  }
}
