import { Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentFields } from '../../shared/documents/fields';
import { urgencyLevels } from '../../shared/documents/kinds';
import { NamesField, TextField } from './fieldControls';

export type FieldSetter = <K extends keyof DocumentFields>(key: K, value: DocumentFields[K]) => void;

/** 份号 is six digits or nothing; a half-typed one stays in the box and is saved once complete. */
function CopyNumberField({ value, set }: { value: string; set: FieldSetter | null }) {
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  if (!set) return value ? <span data-testid="doc-field-copyNumber">{value}</span> : null;
  const valid = typed === '' || /^\d{6}$/.test(typed);
  return (
    <Input
      value={typed}
      placeholder="份号"
      maxLength={6}
      variant="borderless"
      status={valid ? undefined : 'error'}
      className="xt-paper-input xt-paper-copy"
      onChange={(e) => {
        const next = e.target.value.replace(/\D/g, '');
        setTyped(next);
        if (next === '' || next.length === 6) set('copyNumber', next);
      }}
      title={valid ? undefined : '份号为 6 位阿拉伯数字'}
      data-testid="doc-field-copyNumber"
      aria-label="份号"
    />
  );
}

/**
 * The 版头 of a GB/T 9704 page: 份号, 密级 and 紧急程度 top left, the red 发文机关标志, the 发文字号
 * (with 签发人 on an 上行文), the red separator, then 标题 and 主送机关. `set` is null when read-only.
 */
export function PaperHead({ fields, set, docNumber }: { fields: DocumentFields; set: FieldSetter | null; docNumber: string | null }) {
  const editable = set !== null;
  const upward = fields.direction === '上行文';
  return (
    <div className="xt-paper-head">
      <div className="xt-paper-marks">
        <CopyNumberField value={fields.copyNumber} set={set} />
        <span className="xt-paper-secrecy" data-testid="doc-field-secrecy" title="本系统只处理非涉密公文">
          密级：{fields.secrecy}
        </span>
        {editable ? (
          <Select
            value={fields.urgency}
            onChange={(urgency) => set('urgency', urgency)}
            options={urgencyLevels.map((u) => ({ value: u, label: u === '普通' ? '普通（不标注）' : u }))}
            variant="borderless"
            className={`xt-paper-input xt-paper-urgency${fields.urgency === '普通' ? ' plain' : ''}`}
            popupMatchSelectWidth={false}
            data-testid="doc-field-urgency"
            aria-label="紧急程度"
          />
        ) : (
          fields.urgency !== '普通' && (
            <span className="xt-paper-urgency" data-testid="doc-field-urgency">
              {fields.urgency}
            </span>
          )
        )}
      </div>
      <TextField name="issuerMark" editable={editable} value={fields.issuerMark} onChange={(v) => set?.('issuerMark', v)} placeholder="发文机关标志" maxLength={40} className="xt-paper-issuer" />
      <div className={`xt-paper-number-line${upward ? ' upward' : ''}`}>
        <span className="xt-paper-number" data-testid="doc-field-docNumber" title="发文字号由编号环节从本单位登记簿取得">
          {docNumber ?? <span className="xt-paper-empty">（发文字号编号时生成）</span>}
        </span>
        {(upward || fields.signers.length > 0) && (
          <span className="xt-paper-signers">
            签发人：
            <NamesField name="signers" editable={editable} value={fields.signers} onChange={(v) => set?.('signers', v)} placeholder="姓名" className="xt-paper-kai" separator=" " />
          </span>
        )}
      </div>
      <div className="xt-paper-redline" />
      <TextField name="title" editable={editable} multiline value={fields.title} onChange={(v) => set?.('title', v)} placeholder="标题" maxLength={200} className="xt-paper-title" />
      <div className="xt-paper-recipients">
        <NamesField name="mainRecipients" editable={editable} value={fields.mainRecipients} onChange={(v) => set?.('mainRecipients', v)} placeholder="主送机关" />
        <span>：</span>
      </div>
    </div>
  );
}
