import type { DocumentFonts, FontRole } from './fonts';
import { fontRoles } from './fonts';
import type { Measure, Unit } from './line-breaking';
import { typeArea } from './page-geometry';

/**
 * One line of type laid into a box [x, x + width] measured from the 版心's left edge. `tracking` is
 * the space after each character at natural spacing; a justified line spreads to fill its box.
 */
export interface TypeLine {
  units: Unit[];
  size: number;
  tracking: number;
  x: number;
  width: number;
  align: 'justify' | 'start' | 'center' | 'end';
}

interface Piece {
  text: string;
  font: FontRole;
  cell: Unit['cell'];
}

const charCount = (text: string): number => [...text].length;

/** Neighbouring units of one face are drawn as one string, so a PDF reader sees whole lines. */
function piecesOf(units: Unit[]): Piece[] {
  const pieces: Piece[] = [];
  for (const unit of units) {
    const previous = pieces.at(-1);
    if (previous && !previous.cell && !unit.cell && previous.font === unit.font) previous.text += unit.text;
    else pieces.push({ text: unit.text, font: unit.font, cell: unit.cell });
  }
  return pieces;
}

/** Draws text on a pdfkit document with the 公文 faces; every position is a baseline. */
export class Typesetter {
  /** pdfkit name of each role's face: roles sharing a file share one embedded font. */
  private readonly faceNames: Record<FontRole, string>;
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    fonts: DocumentFonts,
  ) {
    const names = new Map<string, string>();
    this.faceNames = {} as Record<FontRole, string>;
    for (const role of fontRoles) {
      const face = fonts[role];
      const key = `${face.path}#${face.postscriptName ?? ''}`;
      if (!names.has(key)) {
        names.set(key, role);
        if (face.postscriptName) doc.registerFont(role, face.path, face.postscriptName);
        else doc.registerFont(role, face.path);
      }
      this.faceNames[role] = names.get(key)!;
    }
  }

  /** The name the role's face is registered under in the pdfkit document. */
  faceName(font: FontRole): string {
    return this.faceNames[font];
  }

  private use(font: FontRole, size: number): PDFKit.PDFDocument {
    return this.doc.font(this.faceNames[font]).fontSize(size);
  }

  /** Shaping CJK text is slow and a document measures the same characters again and again. */
  readonly measure: Measure = (text, font, size) => {
    const key = `${this.faceNames[font]}|${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.use(font, size).widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  };

  text(text: string, font: FontRole, size: number, x: number, baseline: number, options: { color?: string; tracking?: number } = {}): void {
    this.use(font, size)
      .fillColor(options.color ?? 'black')
      .text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: options.tracking ?? 0 });
  }

  private pieceWidth(piece: Piece, size: number): number {
    return piece.cell ? size : this.measure(piece.text, piece.font, size);
  }

  /** The width a line takes at its natural spacing. */
  naturalWidth(units: Unit[], size: number, tracking: number): number {
    const pieces = piecesOf(units);
    const chars = pieces.reduce((sum, piece) => sum + charCount(piece.text), 0);
    return pieces.reduce((sum, piece) => sum + this.pieceWidth(piece, size), 0) + tracking * Math.max(0, chars - 1);
  }

  drawLine(line: TypeLine, baseline: number, color = 'black'): void {
    const pieces = piecesOf(line.units);
    if (pieces.length === 0) return;
    const chars = pieces.reduce((sum, piece) => sum + charCount(piece.text), 0);
    const glyphs = pieces.reduce((sum, piece) => sum + this.pieceWidth(piece, line.size), 0);
    const spacing = line.align === 'justify' && chars > 1 ? (line.width - glyphs) / (chars - 1) : line.tracking;
    const total = glyphs + spacing * (chars - 1);
    const offset = line.align === 'center' ? (line.width - total) / 2 : line.align === 'end' ? line.width - total : 0;
    let x = typeArea.left + line.x + offset;
    for (const piece of pieces) {
      const width = this.pieceWidth(piece, line.size);
      const glyphX = piece.cell === 'glyphRight' ? x + width - this.measure(piece.text, piece.font, line.size) : x;
      this.text(piece.text, piece.font, line.size, glyphX, baseline, { color, tracking: spacing });
      x += width + spacing * charCount(piece.text);
    }
  }
}
