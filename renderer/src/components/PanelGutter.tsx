// The gutter beside a side panel: a handle that resizes it (drag it, or focus it and use the
// arrow keys; Home and End for the narrowest and widest) and a button that hides or shows it.

import { memo } from 'react';
import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { PANEL_MAX_PX, PANEL_MIN_PX, type PanelState, type SidePanel } from '../state/panel-layout';

const KEY_STEP_PX = 16;
const NAMES: Readonly<Record<SidePanel, string>> = { library: 'library', claims: 'claims panel' };

interface PanelGutterProps {
  panel: SidePanel;
  state: PanelState;
  /** The width drawn now, which the window may have made narrower than asked for. */
  drawnWidth: number;
  onChange(panel: SidePanel, next: Partial<PanelState>): void;
}

export const PanelGutter = memo(function PanelGutter({ panel, state, drawnWidth, onChange }: PanelGutterProps) {
  // The library is left of its gutter, the claims panel right: dragging right widens the one and narrows the other.
  const direction = panel === 'library' ? 1 : -1;
  const name = NAMES[panel];

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = drawnWidth;
    const onMove = (move: PointerEvent) => onChange(panel, { width: startWidth + direction * (move.clientX - startX) });
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const widths: Record<string, number> = {
      ArrowRight: drawnWidth + direction * KEY_STEP_PX,
      ArrowLeft: drawnWidth - direction * KEY_STEP_PX,
      Home: PANEL_MIN_PX,
      End: PANEL_MAX_PX,
    };
    const width = widths[event.key];
    if (width === undefined) return;
    event.preventDefault();
    onChange(panel, { width });
  };

  return (
    <div className={`panel-gutter gutter-${panel}`}>
      {!state.collapsed && (
        <div
          className="panel-handle"
          role="separator"
          aria-orientation="vertical"
          aria-label={`Resize the ${name}`}
          aria-valuenow={drawnWidth}
          aria-valuemin={PANEL_MIN_PX}
          aria-valuemax={PANEL_MAX_PX}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
        />
      )}
      <button
        type="button"
        className="quiet panel-collapse"
        aria-expanded={!state.collapsed}
        aria-label={state.collapsed ? `Show the ${name}` : `Hide the ${name}`}
        title={state.collapsed ? `Show the ${name}` : `Hide the ${name}`}
        onClick={() => onChange(panel, { collapsed: !state.collapsed })}
      >
        {(panel === 'library') === state.collapsed ? '›' : '‹'}
      </button>
    </div>
  );
});
