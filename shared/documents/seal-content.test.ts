import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentFields } from './fields';
import { sealAlgorithm, SealStamp, type BodyNode } from './records';
import { canonicalJson, canonicalSealBytes, sha256Hex, verifyStamp, type SealedContent } from './seal-content';
import { personId } from './test-support';

const subtle = globalThis.crypto.subtle;
const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;

const base64 = (bytes: Uint8Array): string => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const newKeyPair = () => subtle.generateKey(ecdsa, true, ['sign', 'verify']);
let sealKeys: Awaited<ReturnType<typeof newKeyPair>>;
let otherKeys: typeof sealKeys;
let publicKeySpki: string;
beforeAll(async () => {
  sealKeys = await newKeyPair();
  otherKeys = await newKeyPair();
  publicKeySpki = base64(new Uint8Array(await subtle.exportKey('spki', sealKeys.publicKey)));
});

/** What the server does at 用印: hash and sign the canonical bytes. WebCrypto signs in IEEE P1363 (r‖s). */
async function stampFor(content: SealedContent, privateKey = sealKeys.privateKey): Promise<SealStamp> {
  const bytes = canonicalSealBytes(content);
  const signature = new Uint8Array(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, bytes));
  return SealStamp.parse({
    sealId: personId(90),
    unitId: content.unitId,
    algorithm: sealAlgorithm,
    contentHash: await sha256Hex(bytes),
    signature: base64(signature),
    sealedAt: Date.parse('2026-10-09T10:00:00+08:00'),
    sealedBy: personId(91),
  });
}

const body: BodyNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '一、总体要求' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '各县区人民政府要按照' },
        { type: 'text', text: '《通知》', marks: [{ type: 'bold' }] },
        { type: 'text', text: '要求，于2026年10月15日前报送。' },
      ],
    },
  ],
};

const content: SealedContent = {
  documentId: personId(80),
  unitId: personId(81),
  docNumber: '滨政发〔2026〕3号',
  fields: DocumentFields.parse({
    type: '通知',
    direction: '下行文',
    copyNumber: '000012',
    urgency: '加急',
    issuerMark: '滨州市人民政府文件',
    signers: ['张三'],
    title: '关于做好国庆节放假工作的通知',
    mainRecipients: ['各县区人民政府'],
    attachments: [{ name: '值班表', fileId: personId(82) }],
    issuerName: '滨州市人民政府',
    writtenDate: '2026-09-20',
    notes: '（此件公开发布）',
    ccRecipients: ['市委办公室'],
    printingOrg: '滨州市人民政府办公室',
    printingDate: '2026-09-21',
  }),
  body,
};

const reversedKeys = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
/** The same content as read back from storage with its keys in another order. */
const reordered: SealedContent = reversedKeys({ ...content, fields: reversedKeys(content.fields), body: reversedKeys(body) });

type Path = (string | number)[];
type Leaf = string | number | boolean | null;

/** Every primitive value in the content, with where it is. */
function leaves(value: unknown, path: Path = []): { path: Path; value: Leaf }[] {
  if (Array.isArray(value)) return value.flatMap((inner, i) => leaves(inner, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, [...path, key]));
  return [{ path, value: value as Leaf }];
}

/** Every array and object in the content, with where it is, including the content itself. */
function containers(value: unknown, path: Path = []): { path: Path; value: unknown[] | Record<string, unknown> }[] {
  if (value === null || typeof value !== 'object') return [];
  const inner = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [{ path, value: value as unknown[] | Record<string, unknown> }, ...inner.flatMap(([key, v]) => containers(v, [...path, key]))];
}

function changedAt(root: SealedContent, path: Path, change: (old: unknown) => unknown): SealedContent {
  const copy = structuredClone(root) as unknown as Record<string | number, unknown>;
  if (path.length === 0) return change(copy) as SealedContent;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = change(node[last]);
  return copy as unknown as SealedContent;
}

const otherChar = (c: string) => String.fromCodePoint(c.codePointAt(0)! + 1);

/** Every way to change one thing: each character of each string replaced or dropped, each value flipped, each list and object grown or shrunk. */
function everySingleChange(root: SealedContent): { where: string; content: SealedContent }[] {
  const changes: { where: string; content: SealedContent }[] = [];
  for (const { path, value } of leaves(root)) {
    const where = path.join('.');
    if (typeof value === 'string') {
      const chars = [...value];
      chars.forEach((c, i) => {
        changes.push({ where: `${where}[${i}] replaced`, content: changedAt(root, path, () => chars.map((d, j) => (j === i ? otherChar(d) : d)).join('')) });
        changes.push({ where: `${where}[${i}] dropped`, content: changedAt(root, path, () => chars.filter((_, j) => j !== i).join('')) });
      });
      changes.push({ where: `${where} appended`, content: changedAt(root, path, () => `${value} `) });
    } else if (typeof value === 'number') {
      changes.push({ where, content: changedAt(root, path, () => value + 1) });
    } else if (typeof value === 'boolean') {
      changes.push({ where, content: changedAt(root, path, () => !value) });
    } else {
      changes.push({ where, content: changedAt(root, path, () => '') });
    }
  }
  for (const { path, value } of containers(root)) {
    const where = path.join('.') || 'content';
    if (Array.isArray(value)) {
      changes.push({ where: `${where} grown`, content: changedAt(root, path, (old) => [...(old as unknown[]), (old as unknown[])[0] ?? null]) });
      value.forEach((_, i) => changes.push({ where: `${where}[${i}] removed`, content: changedAt(root, path, (old) => (old as unknown[]).filter((__, j) => j !== i)) }));
    } else {
      changes.push({ where: `${where} grown`, content: changedAt(root, path, (old) => ({ ...(old as object), extra: '' })) });
    }
  }
  return changes;
}

describe('canonical seal content', () => {
  it('writes sorted keys at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: '〔〕' }], c: undefined } })).toBe('{"a":{"d":[2,{"e":"〔〕","f":null}]},"b":1}');
  });

  it('gives the same bytes however the keys are ordered', () => {
    expect(canonicalSealBytes(reordered)).toEqual(canonicalSealBytes(content));
  });

  it('hashes with SHA-256 in lowercase hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('seal verification', () => {
  it('finds the sealed content valid, with its keys in any order', async () => {
    const stamp = await stampFor(content);
    expect(await verifyStamp(stamp, publicKeySpki, content)).toBe('valid');
    expect(await verifyStamp(stamp, publicKeySpki, reordered)).toBe('valid');
  });

  it('finds it tampered after any single change: every field, the 字号, every character of the body', async () => {
    const stamp = await stampFor(content);
    const changes = everySingleChange(content);
    expect(changes.length).toBeGreaterThan(300);
    for (const change of changes) expect(await verifyStamp(stamp, publicKeySpki, change.content), change.where).toBe('tampered');
  });

  it('finds it tampered when the 字号 is removed or the body replaced by an empty document', async () => {
    const stamp = await stampFor(content);
    expect(await verifyStamp(stamp, publicKeySpki, { ...content, docNumber: null })).toBe('tampered');
    expect(await verifyStamp(stamp, publicKeySpki, { ...content, body: { type: 'doc', content: [] } })).toBe('tampered');
  });

  it('tells apart strings that differ only in unpaired surrogates', async () => {
    const withSurrogate = { ...content, body: { type: 'doc', content: [{ type: 'text', text: '\ud800' }] } };
    const stamp = await stampFor(withSurrogate);
    expect(await verifyStamp(stamp, publicKeySpki, withSurrogate)).toBe('valid');
    expect(await verifyStamp(stamp, publicKeySpki, { ...withSurrogate, body: { type: 'doc', content: [{ type: 'text', text: '\ud801' }] } })).toBe('tampered');
  });

  it('finds it tampered when the hash is recomputed for altered content, since the signature no longer matches', async () => {
    const stamp = await stampFor(content);
    const altered = { ...content, fields: { ...content.fields, title: '关于做好春节放假工作的通知' } };
    const rehashed = { ...stamp, contentHash: await sha256Hex(canonicalSealBytes(altered)) };
    expect(await verifyStamp(rehashed, publicKeySpki, altered)).toBe('tampered');
  });

  it('finds it tampered when signed by another key, when the signature is damaged, or when the key is not a key', async () => {
    expect(await verifyStamp(await stampFor(content, otherKeys.privateKey), publicKeySpki, content)).toBe('tampered');
    const stamp = await stampFor(content);
    const signature = fromBase64(stamp.signature);
    signature[10]! ^= 0x01;
    expect(await verifyStamp({ ...stamp, signature: base64(signature) }, publicKeySpki, content)).toBe('tampered');
    expect(await verifyStamp(stamp, base64(new Uint8Array([1, 2, 3])), content)).toBe('tampered');
  });

  it('accepts only IEEE P1363 signatures, so a server signing in DER is caught at once', async () => {
    const stamp = await stampFor(content);
    expect(await verifyStamp({ ...stamp, signature: base64(p1363ToDer(fromBase64(stamp.signature))) }, publicKeySpki, content)).toBe('tampered');
  });
});

const text = fc.string({ unit: 'binary', maxLength: 30 });
const randomContent: fc.Arbitrary<SealedContent> = fc
  .record({
    title: text,
    recipients: fc.array(text.filter((t) => t.trim().length > 0), { maxLength: 3 }),
    notes: text,
    serial: fc.integer({ min: 1, max: 999 }),
    paragraphs: fc.array(text, { minLength: 1, maxLength: 5 }),
  })
  .map(({ title, recipients, notes, serial, paragraphs }) => ({
    documentId: content.documentId,
    unitId: content.unitId,
    docNumber: `滨政发〔2026〕${serial}号`,
    fields: DocumentFields.parse({ type: '函', direction: '平行文', title: title.slice(0, 200), mainRecipients: recipients, notes: notes.slice(0, 200) }),
    body: { type: 'doc', content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) },
  }));

describe('seal verification, property-tested', () => {
  it('finds any changed byte of the stored content tampered', async () => {
    // Single-bit flips mostly keep the bytes loadable; other masks mostly do not, but are tried too.
    const byteMask = fc.oneof(fc.integer({ min: 0, max: 7 }).map((bit) => 1 << bit), fc.integer({ min: 1, max: 255 }));
    await fc.assert(
      fc.asyncProperty(randomContent, fc.nat(), byteMask, async (sealed, position, mask) => {
        const stamp = await stampFor(sealed);
        const bytes = canonicalSealBytes(sealed);
        const changed = bytes.slice();
        changed[position % changed.length]! ^= mask;
        let altered: unknown;
        try {
          altered = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(changed));
        } catch {
          return; // bytes no reader could load are not content anyone could be shown
        }
        const original: unknown = JSON.parse(new TextDecoder().decode(bytes));
        fc.pre(JSON.stringify(altered) !== JSON.stringify(original));
        expect(await verifyStamp(stamp, publicKeySpki, altered as SealedContent)).toBe('tampered');
      }),
      { numRuns: 1000 },
    );
  });

  it('finds any replaced value anywhere in the content tampered', async () => {
    await fc.assert(
      fc.asyncProperty(randomContent, fc.nat(), text, async (sealed, pickLeaf, replacement) => {
        const all = leaves(sealed);
        const { path, value } = all[pickLeaf % all.length]!;
        fc.pre(replacement !== value);
        const stamp = await stampFor(sealed);
        expect(await verifyStamp(stamp, publicKeySpki, changedAt(sealed, path, () => replacement))).toBe('tampered');
      }),
      { numRuns: 200 },
    );
  });
});

/** DER SEQUENCE { INTEGER r, INTEGER s }, the encoding node:crypto uses unless told 'ieee-p1363'. */
function p1363ToDer(signature: Uint8Array): Uint8Array {
  const integer = (half: Uint8Array): number[] => {
    let bytes = Array.from(half);
    while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.slice(1);
    if (bytes[0]! >= 0x80) bytes = [0, ...bytes];
    return [0x02, bytes.length, ...bytes];
  };
  const body = [...integer(signature.slice(0, 32)), ...integer(signature.slice(32))];
  return new Uint8Array([0x30, body.length, ...body]);
}
