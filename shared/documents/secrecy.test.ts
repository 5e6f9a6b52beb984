import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { DocumentFields, DocumentFieldsPatch, fieldTexts, Secrecy, secrecyRefusalMessage } from './fields';
import { assertNotClassified } from './secrecy';

const classifiedLevels = ['秘密', '机密', '绝密'] as const;
const base = { type: '通知', direction: '下行文' } as const;

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('密级 field: only 非涉密', () => {
  it('defaults to 非涉密 and accepts it', () => {
    expect(DocumentFields.parse(base).secrecy).toBe('非涉密');
    expect(DocumentFields.parse({ ...base, secrecy: '非涉密' }).secrecy).toBe('非涉密');
  });

  it.each(classifiedLevels)('refuses %s with the rule in the message, in a full document and in a patch', (level) => {
    expect(Secrecy.safeParse(level).error?.issues[0]?.message).toBe(secrecyRefusalMessage);
    const full = DocumentFields.safeParse({ ...base, secrecy: level });
    expect(full.error?.issues).toEqual([expect.objectContaining({ path: ['secrecy'], message: secrecyRefusalMessage })]);
    expect(DocumentFieldsPatch.safeParse({ secrecy: level }).error?.issues[0]?.message).toBe(secrecyRefusalMessage);
  });

  it.each(classifiedLevels)('refuses %s in input that has not been through the schema yet', (level) => {
    const error = refusal(() => assertNotClassified({ secrecy: level } as unknown as Partial<DocumentFields>));
    expect(error.code).toBe('classified_refused');
    expect(error.status).toBe(422);
    expect(error.message).toBe(`${secrecyRefusalMessage}（密级为"${level}"）`);
  });
});

/** How to put a piece of text into each field that can hold one. */
const textPlacers: Partial<Record<keyof DocumentFields, (text: string) => Partial<DocumentFields>>> = {
  issuerMark: (text) => ({ issuerMark: text }),
  signers: (text) => ({ signers: ['张三', text] }),
  title: (text) => ({ title: text }),
  mainRecipients: (text) => ({ mainRecipients: [text] }),
  attachments: (text) => ({ attachments: [{ name: text, fileId: null }] }),
  issuerName: (text) => ({ issuerName: text }),
  writtenDate: (text) => ({ writtenDate: text }),
  notes: (text) => ({ notes: text }),
  ccRecipients: (text) => ({ ccRecipients: ['省财政厅', text] }),
  printingOrg: (text) => ({ printingOrg: text }),
  printingDate: (text) => ({ printingDate: text }),
};
/** Fields whose schema admits no free text: enums, the 6-digit 份号 and the 密级 itself. */
const fieldsWithoutText = ['type', 'direction', 'copyNumber', 'secrecy', 'urgency'];
const textFields = Object.keys(textPlacers) as (keyof DocumentFields)[];

const mark = fc.constantFrom('秘密★', '机密★5年', '绝密 ★', '密级：机密', '密级: 秘密');

describe('密级 marks anywhere in a document', () => {
  it('knows, for every field, whether it can carry text', () => {
    expect(new Set([...textFields, ...fieldsWithoutText])).toEqual(new Set(Object.keys(DocumentFields.shape)));
  });

  it('scans every text field', () => {
    for (const field of textFields) expect(fieldTexts(textPlacers[field]!('标记'))).toContain('标记');
  });

  it('refuses a mark in any field or anywhere in the body, quoting it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textFields, 'body' as const), fc.string(), mark, fc.string(), (where, before, found, after) => {
        const text = before + found + after;
        const error = refusal(() => (where === 'body' ? assertNotClassified({ title: '关于某事项的通知' }, text) : assertNotClassified(textPlacers[where]!(text))));
        expect(error.code).toBe('classified_refused');
        expect(error.message).toContain('本系统严禁处理涉密信息');
        const quoted = /（发现"(.+)"）$/s.exec(error.message)?.[1];
        expect(quoted && text.includes(quoted)).toBe(true);
      }),
    );
  });

  it('lets ordinary prose about secrets through', () => {
    const fields = DocumentFields.parse({ ...base, title: '关于加强保密工作的通知', notes: '（此件公开发布）' });
    expect(() => assertNotClassified(fields, '这件事不是什么秘密。各单位要做好保密工作，防止机密泄露。')).not.toThrow();
  });
});
