// The header's switch between the light and the dark theme.

import { memo } from 'react';
import { useTheme } from '../state/theme';

export const ThemeToggle = memo(function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const dark = theme === 'dark';
  return (
    <button type="button" className="theme-toggle" aria-pressed={dark} title="Switch between the light and the dark theme" onClick={() => setTheme(dark ? 'light' : 'dark')}>
      Dark theme
    </button>
  );
});
