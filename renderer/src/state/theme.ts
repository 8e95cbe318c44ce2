// Light or dark: the operating system's choice until the analyst picks one with the header's
// toggle, which is then remembered in this window's storage. The theme is an attribute on
// the root element that the style sheets key on.

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Theme } from '../../../shared/colour/highlight-contrast';

const STORAGE_KEY = 'claimmark.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function storedTheme(): Theme | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    // Storage can be switched off; the theme then simply follows the system.
    return null;
  }
}

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Sets the theme before the first paint, so a dark window never flashes light. */
export function applyStartTheme(): void {
  applyTheme(storedTheme() ?? systemTheme());
}

function subscribeToSystem(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useTheme(): { theme: Theme; setTheme(theme: Theme): void } {
  const system = useSyncExternalStore(subscribeToSystem, systemTheme);
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const theme = chosen ?? system;
  useEffect(() => applyTheme(theme), [theme]);
  const setTheme = useCallback((next: Theme) => {
    setChosen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still applied for this session.
    }
  }, []);
  return { theme, setTheme };
}
