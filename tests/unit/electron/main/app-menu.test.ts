import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../electron/main/app-menu';

function build(isMac: boolean) {
  const sent: string[] = [];
  let opened = 0;
  const template = menuTemplate({ isMac, send: (command) => sent.push(command), openArticles: () => (opened += 1) });
  return { template, sent, opened: () => opened };
}

const submenuOf = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!Array.isArray(menu?.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
};

const itemOf = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const item = items.find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no ${label} item`);
  return item;
};

/** Clicks a menu item as Electron does (the arguments are not used by the items). */
function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('the desktop menu', () => {
  it('has File, Edit, View, Claim, Window and Help (and the app menu on a Mac)', () => {
    expect(build(false).template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'Claim', 'windowMenu', 'help']);
    expect(build(true).template.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'Claim', 'windowMenu', 'help']);
  });

  it('keeps the standard cut, copy, paste and select-all roles for text fields', () => {
    expect(submenuOf(build(false).template, 'Edit').flatMap((item) => (item.role === undefined ? [] : [item.role]))).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it.each([
    { menu: 'Edit', label: 'Undo', command: 'undo', accelerator: 'CmdOrCtrl+Z' },
    { menu: 'Edit', label: 'Redo', command: 'redo', accelerator: 'Ctrl+Y' },
    { menu: 'File', label: 'Export…', command: 'export', accelerator: 'CmdOrCtrl+E' },
    { menu: 'View', label: 'Next Claim', command: 'next-claim', accelerator: 'J' },
    { menu: 'Claim', label: 'Verified', command: 'status-verified', accelerator: '3' },
    { menu: 'Claim', label: 'Delete Claim', command: 'delete-claim', accelerator: 'Delete' },
    { menu: 'help', label: 'Keyboard Shortcuts', command: 'help', accelerator: '?' },
  ])('$menu › $label shows $accelerator and hands “$command” to the window', ({ menu, label, command, accelerator }) => {
    const built = build(false);
    const item = itemOf(submenuOf(built.template, menu), label);
    expect(item.accelerator).toBe(accelerator);
    // The window handles the key itself, so the system must not act on it a second time.
    expect(item.registerAccelerator).toBe(false);
    click(item);
    expect(built.sent).toEqual([command]);
  });

  it('shows ⌘⇧Z for Redo on a Mac', () => {
    expect(itemOf(submenuOf(build(true).template, 'Edit'), 'Redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('opens the system file dialog from File › Open Article…', () => {
    const built = build(false);
    click(itemOf(submenuOf(built.template, 'File'), 'Open Article…'));
    expect(built.opened()).toBe(1);
    expect(built.sent).toEqual([]);
  });

  it('gives every status its number key, in the order of the status control', () => {
    const claim = submenuOf(build(false).template, 'Claim');
    const statuses = claim.filter((item) => /^[1-6]$/.test(String(item.accelerator)));
    expect(statuses.map((item) => `${String(item.accelerator)} ${item.label ?? ''}`)).toEqual([
      '1 Unverified',
      '2 In progress',
      '3 Verified',
      '4 False',
      '5 Misleading',
      '6 Inconclusive',
    ]);
  });
});
