// The widths of the library and claims panels and whether each is hidden, remembered in this
// window's storage. Widths give way to the window: the article column never gets narrower
// than ARTICLE_MIN_PX while a side panel could shrink instead.

import { useCallback, useEffect, useState } from 'react';

export type SidePanel = 'library' | 'claims';

export interface PanelState {
  width: number;
  collapsed: boolean;
}
export type PanelLayout = Readonly<Record<SidePanel, PanelState>>;

export const PANEL_MIN_PX = 180;
export const PANEL_MAX_PX = 640;
export const ARTICLE_MIN_PX = 480;
/** The gutters between the columns, which hold the resize handles. */
export const GUTTER_PX = 12;

const DEFAULT_LAYOUT: PanelLayout = { library: { width: 200, collapsed: false }, claims: { width: 320, collapsed: false } };
const STORAGE_KEY = 'claimmark.panels';

function clampWidth(width: number): number {
  return Math.min(PANEL_MAX_PX, Math.max(PANEL_MIN_PX, Math.round(width)));
}

function readStored(): PanelLayout {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return DEFAULT_LAYOUT;
    const panel = (name: SidePanel): PanelState => {
      const value: unknown = (stored as Record<string, unknown>)[name];
      if (typeof value !== 'object' || value === null) return DEFAULT_LAYOUT[name];
      const { width, collapsed } = value as Record<string, unknown>;
      return { width: typeof width === 'number' ? clampWidth(width) : DEFAULT_LAYOUT[name].width, collapsed: collapsed === true };
    };
    return { library: panel('library'), claims: panel('claims') };
  } catch {
    // Unreadable or switched-off storage: start from the default layout.
    return DEFAULT_LAYOUT;
  }
}

/** The widths drawn in a window `windowWidth` wide: side panels shrink (to their minimum) before the article does. */
export function drawnWidths(layout: PanelLayout, windowWidth: number): Record<SidePanel, number> {
  const open = (name: SidePanel) => (layout[name].collapsed ? 0 : layout[name].width);
  let library = open('library');
  let claims = open('claims');
  let excess = library + claims + 2 * GUTTER_PX + ARTICLE_MIN_PX - windowWidth;
  // Take from the wider panel first, never below the minimum.
  for (const take of claims >= library ? (['claims', 'library'] as const) : (['library', 'claims'] as const)) {
    if (excess <= 0) break;
    const current = take === 'claims' ? claims : library;
    if (current === 0) continue;
    const cut = Math.min(excess, current - PANEL_MIN_PX);
    if (take === 'claims') claims -= cut;
    else library -= cut;
    excess -= cut;
  }
  return { library, claims };
}

export function usePanelLayout() {
  const [layout, setLayout] = useState<PanelLayout>(readStored);
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    // A resize between the first render and this subscription would otherwise go unseen.
    onResize();
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));
    } catch {
      // Not remembered; the layout still applies now.
    }
  }, [layout]);
  const change = useCallback((panel: SidePanel, next: Partial<PanelState>) => {
    setLayout((current) => ({ ...current, [panel]: { ...current[panel], ...next, width: clampWidth(next.width ?? current[panel].width) } }));
  }, []);
  return { layout, widths: drawnWidths(layout, windowWidth), change };
}
