import { isValidIsoDate } from './dates';
import { docNumberProblem } from './doc-number';
import type { DocumentFields } from './fields';

/**
 * 行文规则 checks (条例 第十四–十八条, DOMAIN.md §1.4), shown as warnings: they do not block, because
 * the rules have sanctioned exceptions, but a reviewer should see each one.
 */
export interface RuleWarning {
  rule: RuleName;
  field: keyof DocumentFields | 'docNumber';
  message: string;
}

export const ruleNames = ['requestSingleRecipient', 'upwardNeedsSigner', 'upwardCcSubordinate', 'dateFormat', 'docNumberFormat'] as const;
export type RuleName = (typeof ruleNames)[number];

export interface RuleContext {
  /** The assigned or typed 字号, checked when present. */
  docNumber?: string | null;
  /** Names of organs below the issuer, to catch an 上行文 抄送 to a subordinate. */
  subordinateNames?: readonly string[];
  /** Rules a deployment switched off. */
  disabled?: readonly RuleName[];
}

export function checkDocumentRules(fields: DocumentFields, context: RuleContext = {}): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  if (fields.type === '请示' && fields.mainRecipients.length > 1) {
    warnings.push({ rule: 'requestSingleRecipient', field: 'mainRecipients', message: '请示应当一文一事，只主送一个上级机关' });
  }
  if (fields.direction === '上行文' && fields.signers.length === 0) {
    warnings.push({ rule: 'upwardNeedsSigner', field: 'signers', message: '上行文应当标注签发人' });
  }
  if (fields.direction === '上行文' && context.subordinateNames) {
    const subordinates = new Set(context.subordinateNames);
    const copied = fields.ccRecipients.filter((name) => subordinates.has(name));
    if (copied.length > 0) {
      warnings.push({ rule: 'upwardCcSubordinate', field: 'ccRecipients', message: `上行文不得抄送下级机关：${copied.join('、')}` });
    }
  }
  for (const [field, label] of [['writtenDate', '成文日期'], ['printingDate', '印发日期']] as const) {
    const value = fields[field];
    if (value !== '' && !isValidIsoDate(value)) {
      warnings.push({ rule: 'dateFormat', field, message: `${label}"${value}"不是有效日期，请按年-月-日填写，如 2026-07-01（打印时写作 2026年7月1日）` });
    }
  }
  const docNumber = context.docNumber?.trim();
  if (docNumber) {
    const problem = docNumberProblem(docNumber);
    if (problem) warnings.push({ rule: 'docNumberFormat', field: 'docNumber', message: problem });
  }
  const disabled = new Set(context.disabled ?? []);
  return warnings.filter((w) => !disabled.has(w.rule));
}
