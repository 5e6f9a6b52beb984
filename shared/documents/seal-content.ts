import type { DocumentFields } from './fields';
import type { BodyNode, SealStamp } from './records';

/** What a seal vouches for: the document's identity, its 字号, every field and the signed body. */
export interface SealedContent {
  documentId: string;
  unitId: string;
  docNumber: string | null;
  fields: DocumentFields;
  body: BodyNode;
}

/** JSON with object keys sorted at every level, so the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function canonicalSealBytes(content: SealedContent): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(content));
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type StampVerdict = 'valid' | 'tampered';

/**
 * Verifies a stamp with WebCrypto, which the renderer, the core and the server all have: the
 * content must hash to what was sealed and the signature must verify under the seal's public key.
 */
export async function verifyStamp(stamp: SealStamp, publicKeySpki: string, content: SealedContent): Promise<StampVerdict> {
  const bytes = canonicalSealBytes(content);
  if ((await sha256Hex(bytes)) !== stamp.contentHash) return 'tampered';
  try {
    const key = await globalThis.crypto.subtle.importKey('spki', fromBase64(publicKeySpki), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const ok = await globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromBase64(stamp.signature), bytes);
    return ok ? 'valid' : 'tampered';
  } catch {
    return 'tampered';
  }
}
