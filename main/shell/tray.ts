import { app, BrowserWindow, Menu, nativeImage, Tray } from 'electron';
import { drawBadge, drawTrayIcon, encodePng } from './icon-art';

/**
 * The tray icon (click: show the window; menu: show / quit) and the unread count, shown the way
 * each platform can: the dock/launcher badge where app.setBadgeCount works (macOS, Unity
 * launchers on Linux), a drawn overlay on the Windows taskbar button, and everywhere the tray
 * tooltip plus a red dot on the tray icon.
 */
export interface UnreadIndicator {
  update(status: { online: boolean; unreadTotal: number }): void;
  destroy(): void;
}

const png = (img: Parameters<typeof encodePng>[0]) => nativeImage.createFromBuffer(encodePng(img));

export function createTray(getWindow: () => BrowserWindow | null, reveal: () => void, quit: () => void): UnreadIndicator {
  const size = process.platform === 'win32' ? 16 : process.platform === 'darwin' ? 18 : 22;
  const tray = new Tray(png(drawTrayIcon(size, 0)));
  tray.setToolTip('协同办公');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: '打开协同办公', click: reveal },
      { type: 'separator' },
      { label: '退出', click: quit },
    ]),
  );
  tray.on('click', reveal);

  let last = { online: true, unreadTotal: 0 };
  return {
    update(status) {
      if (status.online === last.online && status.unreadTotal === last.unreadTotal) return;
      last = status;
      const n = status.unreadTotal;
      const tip = `协同办公${status.online ? '' : '（离线）'}${n > 0 ? ` — ${n} 条未读` : ''}`;
      tray.setToolTip(tip);
      tray.setImage(png(drawTrayIcon(size, n)));
      if (process.platform === 'darwin') tray.setTitle(n > 0 ? String(n) : '');
      app.setBadgeCount(n);
      const win = getWindow();
      if (process.platform === 'win32' && win && !win.isDestroyed()) {
        win.setOverlayIcon(n > 0 ? png(drawBadge(16, n)) : null, n > 0 ? `${n} 条未读` : '');
      }
    },
    destroy() {
      tray.destroy();
    },
  };
}
