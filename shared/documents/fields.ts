import { z } from 'zod';
import { Id } from '../ids';
import { Direction, DocumentType, Urgency } from './kinds';

const line = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过 ${max} 个字`);
const names = (label: string) => z.array(line(label, 64).min(1, `${label}不能为空`)).max(200);

/**
 * 密级: this system runs on a non-classified network, so 非涉密 is the only value it accepts.
 * The message names the rule so whoever typed 秘密 knows why.
 */
export const secrecyRefusalMessage = '本系统严禁处理涉密信息：密级只能为"非涉密"，秘密、机密、绝密公文请走机要渠道';
export const Secrecy = z.literal('非涉密', { error: secrecyRefusalMessage });

export const DocumentAttachment = z.strictObject({
  name: line('附件名称', 100).min(1, '附件名称不能为空'),
  /** The uploaded file, when there is one; 附件说明 may also name a paper attachment. */
  fileId: Id.nullable().default(null),
});
export type DocumentAttachment = z.infer<typeof DocumentAttachment>;

/**
 * The GB/T 9704-2012 elements a drafter fills in, as structured fields. 发文字号 is not here: the
 * server assigns it from the register at 编号. Dates are ISO (2026-07-01) and printed as 2026年7月1日;
 * a malformed one is kept as typed and flagged by the 行文规则 checks rather than lost.
 */
export const DocumentFields = z.strictObject({
  type: DocumentType,
  direction: Direction,
  copyNumber: z.union([z.literal(''), z.string().regex(/^\d{6}$/, '份号为 6 位阿拉伯数字')]).default(''),
  secrecy: Secrecy.default('非涉密'),
  urgency: Urgency.default('普通'),
  issuerMark: line('发文机关标志', 40).default(''),
  signers: names('签发人').default([]),
  title: line('标题', 200).default(''),
  mainRecipients: names('主送机关').default([]),
  attachments: z.array(DocumentAttachment).max(50).default([]),
  issuerName: line('发文机关署名', 60).default(''),
  writtenDate: line('成文日期', 32).default(''),
  notes: line('附注', 200).default(''),
  ccRecipients: names('抄送机关').default([]),
  printingOrg: line('印发机关', 60).default(''),
  printingDate: line('印发日期', 32).default(''),
});
export type DocumentFields = z.infer<typeof DocumentFields>;
export type DocumentFieldsInput = z.input<typeof DocumentFields>;

type WithoutDefaults<S extends z.ZodRawShape> = { [K in keyof S]: S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K] };

function withoutDefaults<S extends z.ZodRawShape>(shape: S): WithoutDefaults<S> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema instanceof z.ZodDefault ? schema.unwrap() : schema])) as WithoutDefaults<S>;
}

/**
 * What a drafter may change in one edit; every key optional, nothing else allowed. Built from the
 * fields without their defaults: `.partial()` keeps them, so { title } would parse with every
 * other field reset to its default and a merge onto the stored fields would wipe them.
 */
export const DocumentFieldsPatch = z.strictObject(withoutDefaults(DocumentFields.shape)).partial();
export type DocumentFieldsPatch = z.infer<typeof DocumentFieldsPatch>;

/** Every free-text value of the fields, for the 密级 scan and for search. */
export function fieldTexts(fields: Partial<DocumentFields>): string[] {
  return [
    fields.issuerMark,
    fields.title,
    fields.issuerName,
    fields.notes,
    fields.printingOrg,
    fields.writtenDate,
    fields.printingDate,
    ...(fields.signers ?? []),
    ...(fields.mainRecipients ?? []),
    ...(fields.ccRecipients ?? []),
    ...(fields.attachments ?? []).map((a) => a.name),
  ].filter((text): text is string => typeof text === 'string' && text.length > 0);
}
