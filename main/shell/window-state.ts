import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Rectangle, screen } from 'electron';
import { z } from 'zod';

/** Window size, position and maximized state, remembered in userData/window-state.json. */
const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean(),
});
type WindowState = z.infer<typeof WindowState>;

const DEFAULT: WindowState = { width: 1280, height: 800, maximized: false };

function visibleOnSomeDisplay(r: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) => {
    const overlapX = Math.min(r.x + r.width, a.x + a.width) - Math.max(r.x, a.x);
    const overlapY = Math.min(r.y + r.height, a.y + a.height) - Math.max(r.y, a.y);
    return overlapX >= 100 && overlapY >= 50;
  });
}

/** The saved state, or the default; a position on a display that is gone is dropped. */
export function loadWindowState(userData: string): WindowState {
  const file = join(userData, 'window-state.json');
  if (!existsSync(file)) return DEFAULT;
  try {
    const state = WindowState.parse(JSON.parse(readFileSync(file, 'utf8')));
    if (state.x === undefined || state.y === undefined) return state;
    if (!visibleOnSomeDisplay({ x: state.x, y: state.y, width: state.width, height: state.height })) {
      return { width: state.width, height: state.height, maximized: state.maximized };
    }
    return state;
  } catch {
    return DEFAULT;
  }
}

/** Saves the normal (unmaximized) bounds and the maximized flag when they change, debounced. */
export function trackWindowState(win: BrowserWindow, userData: string): void {
  const file = join(userData, 'window-state.json');
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    const state: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
    try {
      writeFileSync(file, JSON.stringify(state));
    } catch {
      // Not worth bothering the user about.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
