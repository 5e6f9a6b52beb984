import { app, Session, shell, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './urls';

/**
 * The session-wide defences: CSP on every response, permissions denied unless they are
 * notifications for the app's own page, no navigation away from the app, no new windows,
 * no <webview>; http(s) links go to the system browser after isSafeExternalUrl.
 */
export function hardenSession(ses: Session, csp: () => string): void {
  // app:// responses carry the header from protocol.ts; this covers anything else loaded.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    if (details.resourceType === 'mainFrame' || details.resourceType === 'subFrame') {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-security-policy') delete headers[k];
      headers['Content-Security-Policy'] = [csp()];
    }
    callback({ responseHeaders: headers });
  });

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === 'notifications' && isAppUrl(details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === 'notifications' && isAppUrl(requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}

function openExternally(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch(() => undefined);
}

export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies guardWebContents to every web contents the app ever creates. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
