import { describe, expect, it } from 'vitest';
import { resolveConfig, serverOrigins } from './config';
import { contentSecurityPolicy, isAppUrl, isSafeExternalUrl, mimeFor, rendererFileFor } from './urls';
import { badgeText, drawBadge, encodePng } from './icon-art';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('shell URL rules', () => {
  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://xietong/index.html')).toBe(true);
    expect(isAppUrl('app://xietong/#/chat')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://xietong/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only plain http(s) links externally', () => {
    expect(isSafeExternalUrl('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isSafeExternalUrl('http://10.1.2.3:8080/a?b=c')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://www.gov.cn@evil.example/')).toBe(false);
    expect(isSafeExternalUrl(`https://a.cn/${'x'.repeat(3000)}`)).toBe(false);
  });

  it('maps app URLs to files below the renderer directory and nothing else', () => {
    expect(rendererFileFor('app://xietong/')).toBe('index.html');
    expect(rendererFileFor('app://xietong/chat/123')).toBe('index.html');
    expect(rendererFileFor('app://xietong/assets/index-abc.js')).toBe('assets/index-abc.js');
    // The URL parser collapses encoded dot segments at the root; nothing climbs above it.
    expect(rendererFileFor('app://xietong/assets/%2e%2e/%2e%2e/secret.txt')).toBe('secret.txt');
    expect(rendererFileFor('app://xietong/..%2f..%2fetc/passwd.txt')).toBeNull();
    expect(rendererFileFor('app://xietong/a%5c..%5cb.js')).toBeNull();
    expect(rendererFileFor('app://other/index.html')).toBeNull();
    expect(mimeFor('assets/x.js')).toMatch(/javascript/);
    expect(mimeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('builds a CSP without inline or remote scripts, allowing the configured server', () => {
    const csp = contentSecurityPolicy(serverOrigins('https://oa.example.gov.cn'));
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain('wss://oa.example.gov.cn');
    expect(csp).toContain('https://oa.example.gov.cn');
    expect(csp).toContain("object-src 'none'");
  });
});

describe('deployment config', () => {
  it('prefers XIETONG_SERVER, then the config file, then the dev default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xt-config-'));
    expect(resolveConfig([dir], {}).serverUrl).toBe('http://127.0.0.1:8300');
    writeFileSync(join(dir, 'xietong.config.json'), JSON.stringify({ serverUrl: 'https://oa.example.gov.cn', allowServerChange: false }));
    expect(resolveConfig([dir], {})).toMatchObject({ serverUrl: 'https://oa.example.gov.cn', allowServerChange: false });
    expect(resolveConfig([dir], { XIETONG_SERVER: 'http://10.0.0.5:8300' }).serverUrl).toBe('http://10.0.0.5:8300');
    expect(() => resolveConfig([dir], { XIETONG_SERVER: 'file:///x' })).toThrow();
    writeFileSync(join(dir, 'xietong.config.json'), JSON.stringify({ serverUrl: 'ftp://x' }));
    expect(() => resolveConfig([dir], {})).toThrow(/serverUrl/);
  });
});

describe('badge art', () => {
  it('caps the count and encodes a PNG', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(100)).toBe('99+');
    const png = encodePng(drawBadge(16, 5));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
