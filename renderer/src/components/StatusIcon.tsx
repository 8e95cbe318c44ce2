// Each status's own shape, drawn in its colour, so badges and the legend never rely on colour
// alone: a ring (unverified), a half-filled ring (in progress), a tick (verified), a cross
// (false), a warning triangle (misleading), a level bar (inconclusive).

import type { ReactNode } from 'react';
import { STATUS_INFO, type ClaimStatus } from '../../../shared/statuses';

const SHAPES: Readonly<Record<ClaimStatus, ReactNode>> = {
  unverified: <circle cx="8" cy="8" r="5.5" fill="none" strokeWidth="2" />,
  'in-progress': (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" strokeWidth="2" />
      <path d="M8 2.5 A5.5 5.5 0 0 1 8 13.5 Z" stroke="none" fill="currentColor" />
    </>
  ),
  verified: <path d="M2.5 8.5 L6.5 12.5 L13.5 3.5" fill="none" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />,
  false: <path d="M3.5 3.5 L12.5 12.5 M12.5 3.5 L3.5 12.5" fill="none" strokeWidth="2.5" strokeLinecap="round" />,
  misleading: (
    <>
      <path d="M8 1.5 L14.8 14 H1.2 Z" fill="none" strokeWidth="1.8" strokeLinejoin="round" />
      <path d="M8 6 V9.5 M8 11.5 V12" fill="none" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  inconclusive: <path d="M2.5 8 H13.5" fill="none" strokeWidth="3" strokeLinecap="round" />,
};

export function StatusIcon({ status }: { status: ClaimStatus }) {
  return (
    <svg className={`status-icon status-icon-${status}`} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" stroke="currentColor" style={{ color: STATUS_INFO[status].color }}>
      {SHAPES[status]}
    </svg>
  );
}
