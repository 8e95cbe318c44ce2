// The arithmetic behind "overlaps are visibly darker": a highlight layer is the status colour
// at some opacity over the page, two layers are that layer painted twice, and the step
// between them is a WCAG luminance ratio. The highlight style sheet takes its opacities from
// here, so what the tests measure is what the page paints.

export type Theme = 'light' | 'dark';

/** The article's background in each theme (styles.css `--paper`). */
export const PAGE_BACKGROUND: Readonly<Record<Theme, string>> = { light: '#fbfaf7', dark: '#17191d' };

/** How opaque one highlight layer is, per theme: dark pages need more colour to show a step. */
export const HIGHLIGHT_OPACITY: Readonly<Record<Theme, number>> = { light: 0.3, dark: 0.34 };

/** The least luminance ratio between one and two layers of any status (WCAG contrast formula). */
export const MIN_OVERLAP_STEP = 1.2;

type Rgb = readonly [number, number, number];

export function parseHex(colour: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (match === null) throw new Error(`Not a #rrggbb colour: ${colour}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** `top` at `opacity` over `bottom`, mixed in sRGB as `color-mix(in srgb, …)` does. */
export function composite(top: Rgb, opacity: number, bottom: Rgb): Rgb {
  const mix = (at: 0 | 1 | 2) => top[at] * opacity + bottom[at] * (1 - opacity);
  return [mix(0), mix(1), mix(2)];
}

/** WCAG 2 relative luminance of an sRGB colour (channels 0–255). */
export function relativeLuminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The luminance ratio between text under one layer of `colour` and under two, in `theme`. */
export function overlapStep(colour: string, theme: Theme): number {
  const page = parseHex(PAGE_BACKGROUND[theme]);
  const one = composite(parseHex(colour), HIGHLIGHT_OPACITY[theme], page);
  const two = composite(parseHex(colour), HIGHLIGHT_OPACITY[theme], one);
  return contrastRatio(one, two);
}
