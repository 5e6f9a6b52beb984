import { describe, expect, it } from 'vitest';
import { docNumberProblem } from './doc-number';
import { DocumentFields, type DocumentFieldsInput } from './fields';
import { checkDocumentRules, ruleNames, type RuleContext } from './rules';

/** A 下行文 通知 that breaks no rule; each test changes what its rule is about. */
function fields(overrides: Partial<DocumentFieldsInput> = {}): DocumentFields {
  return DocumentFields.parse({
    type: '通知',
    direction: '下行文',
    title: '滨州市人民政府关于做好2026年国庆节放假工作的通知',
    mainRecipients: ['各县区人民政府'],
    ccRecipients: ['市委办公室'],
    writtenDate: '2026-09-20',
    printingDate: '2026-09-21',
    ...overrides,
  });
}

const subordinates: RuleContext = { subordinateNames: ['滨城区人民政府', '沾化区人民政府'] };
const rulesBroken = (f: DocumentFields, context?: RuleContext) => checkDocumentRules(f, context).map((w) => w.rule);

describe('行文规则 warnings', () => {
  it('finds nothing wrong with a conforming document', () => {
    expect(checkDocumentRules(fields(), { ...subordinates, docNumber: '滨政发〔2026〕3号' })).toEqual([]);
    expect(checkDocumentRules(fields({ type: '请示', direction: '上行文', mainRecipients: ['省人民政府'], signers: ['张三'] }), subordinates)).toEqual([]);
  });

  it('warns when a 请示 goes to more than one 主送', () => {
    expect(checkDocumentRules(fields({ type: '请示', direction: '上行文', signers: ['张三'], mainRecipients: ['省人民政府', '省财政厅'] }))).toEqual([
      { rule: 'requestSingleRecipient', field: 'mainRecipients', message: '请示应当一文一事，只主送一个上级机关' },
    ]);
    expect(rulesBroken(fields({ type: '报告', direction: '上行文', signers: ['张三'], mainRecipients: ['省人民政府', '省财政厅'] }))).toEqual([]);
  });

  it('warns when an 上行文 has no 签发人, and only an 上行文', () => {
    expect(checkDocumentRules(fields({ type: '报告', direction: '上行文', mainRecipients: ['省人民政府'] }))).toEqual([
      { rule: 'upwardNeedsSigner', field: 'signers', message: '上行文应当标注签发人' },
    ]);
    expect(rulesBroken(fields({ type: '函', direction: '平行文' }))).toEqual([]);
  });

  it('warns when an 上行文 is copied to a subordinate, naming each one', () => {
    const upward: Partial<DocumentFieldsInput> = { type: '报告', direction: '上行文', signers: ['张三'], mainRecipients: ['省人民政府'] };
    expect(checkDocumentRules(fields({ ...upward, ccRecipients: ['省财政厅', '滨城区人民政府', '沾化区人民政府'] }), subordinates)).toEqual([
      { rule: 'upwardCcSubordinate', field: 'ccRecipients', message: '上行文不得抄送下级机关：滨城区人民政府、沾化区人民政府' },
    ]);
    expect(rulesBroken(fields({ ...upward, ccRecipients: ['省财政厅'] }), subordinates)).toEqual([]);
    expect(rulesBroken(fields({ ccRecipients: ['滨城区人民政府'] }), subordinates)).toEqual([]);
  });

  it('warns about each malformed date and leaves an empty one alone', () => {
    expect(rulesBroken(fields({ writtenDate: '', printingDate: '' }))).toEqual([]);
    for (const bad of ['2026-02-30', '2026年07月01日', '二〇二六年七月一日', '2026/7/1', '2026年7月1日']) {
      const warnings = checkDocumentRules(fields({ writtenDate: bad, printingDate: bad }));
      expect(warnings.map((w) => [w.rule, w.field])).toEqual([
        ['dateFormat', 'writtenDate'],
        ['dateFormat', 'printingDate'],
      ]);
      expect(warnings[0]!.message).toBe(`成文日期"${bad}"不是有效日期，请按年-月-日填写，如 2026-07-01（打印时写作 2026年7月1日）`);
      expect(warnings[1]!.message).toContain('印发日期');
    }
  });

  it('warns about a malformed 字号 with the reason docNumberProblem gives, and only when there is one', () => {
    for (const bad of ['滨政发[2026]3号', '滨政发〔26〕3号', '滨政发〔2026〕03号', '滨政发〔2026〕第3号']) {
      expect(checkDocumentRules(fields(), { docNumber: bad })).toEqual([{ rule: 'docNumberFormat', field: 'docNumber', message: docNumberProblem(bad) }]);
    }
    for (const none of [null, undefined, '', '   ']) expect(rulesBroken(fields(), { docNumber: none })).toEqual([]);
  });

  it('reports every broken rule at once, and drops the ones a deployment switched off', () => {
    const everythingWrong = fields({
      type: '请示',
      direction: '上行文',
      mainRecipients: ['省人民政府', '省财政厅'],
      ccRecipients: ['滨城区人民政府'],
      writtenDate: '2026年7月1日',
    });
    const context = { ...subordinates, docNumber: '滨政发(2026)3号' };
    expect(rulesBroken(everythingWrong, context)).toEqual([...ruleNames]);
    expect(rulesBroken(everythingWrong, { ...context, disabled: ['upwardNeedsSigner', 'dateFormat'] })).toEqual([
      'requestSingleRecipient',
      'upwardCcSubordinate',
      'docNumberFormat',
    ]);
  });
});
