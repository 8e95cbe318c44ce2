// Where the main window opens: the size and place it had last time, checked against the
// displays there are now. No Electron import, so the rules are unit-tested in plain Node.

import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 };
export const MINIMUM_WINDOW_SIZE = { width: 720, height: 480 };

// Far beyond any real desktop, but keeps a hand-edited 1e308 from reaching the window system.
const COORDINATE_LIMIT = 1_000_000;
const coordinate = z.number().int().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);
const length = z.number().int().min(1).max(COORDINATE_LIMIT);

export const windowStateSchema = z.object({
  version: z.literal(1),
  /** The window's bounds when neither maximised nor full screen (Electron's normal bounds). */
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** The saved state, or null for anything that is not one (damaged, hand-edited, another version). */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** How far apart two rectangles are; 0 when they touch or overlap. */
function gap(a: Rectangle, b: Rectangle): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/**
 * The work area the window belongs on: the one it overlaps most, else (its display was
 * unplugged) the nearest; on a tie the earlier one in the list.
 */
export function nearestWorkArea(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: { area: Rectangle; overlap: number; gap: number } | undefined;
  for (const area of workAreas) {
    const candidate = { area, overlap: overlap(bounds, area), gap: gap(bounds, area) };
    const better =
      best === undefined ||
      candidate.overlap > best.overlap ||
      (candidate.overlap === 0 && best.overlap === 0 && candidate.gap < best.gap);
    if (better) best = candidate;
  }
  return best?.area;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * The bounds made to fit inside `area`: no smaller than the minimum size, no larger than the
 * area (unless the area is smaller than the minimum), and moved only as far as needed to lie
 * wholly inside it, against its top-left corner when it cannot.
 */
export function fitInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.max(MINIMUM_WINDOW_SIZE.width, Math.min(bounds.width, area.width));
  const height = Math.max(MINIMUM_WINDOW_SIZE.height, Math.min(bounds.height, area.height));
  return {
    x: clamp(bounds.x, area.x, Math.max(area.x, area.x + area.width - width)),
    y: clamp(bounds.y, area.y, Math.max(area.y, area.y + area.height - height)),
    width,
    height,
  };
}

/** The default size, centred on the primary display's work area and fitted to it. */
export function defaultBounds(primaryWorkArea: Rectangle): Rectangle {
  const size = fitInside({ ...primaryWorkArea, ...DEFAULT_WINDOW_SIZE }, primaryWorkArea);
  return {
    ...size,
    x: primaryWorkArea.x + Math.max(0, Math.floor((primaryWorkArea.width - size.width) / 2)),
    y: primaryWorkArea.y + Math.max(0, Math.floor((primaryWorkArea.height - size.height) / 2)),
  };
}

/**
 * Where the window opens: the saved bounds on the display they belong to, moved and shrunk
 * onto it where they no longer fit (another monitor, another resolution), or the defaults.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: { workAreas: readonly Rectangle[]; primaryWorkArea: Rectangle },
): WindowState {
  if (saved === null) return { version: 1, bounds: defaultBounds(displays.primaryWorkArea), maximized: false, fullScreen: false };
  const area = nearestWorkArea(saved.bounds, displays.workAreas) ?? displays.primaryWorkArea;
  return { ...saved, bounds: fitInside(saved.bounds, area) };
}
