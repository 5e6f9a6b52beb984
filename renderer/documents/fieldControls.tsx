import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import { formatChineseDate, isValidIsoDate } from '../../shared/documents/dates';

/**
 * The field widgets of the paper form. Each shows plain text when the form is read-only (a 收文,
 * or not my step), so a read-only page looks like the printed one rather than a greyed form.
 * `testId` is doc-field-<name> in both modes.
 */
interface Common {
  name: string;
  editable: boolean;
  placeholder?: string;
  style?: CSSProperties;
  className?: string;
}

export function TextField({ name, editable, value, onChange, placeholder, style, className, maxLength, multiline }: Common & { value: string; onChange: (v: string) => void; maxLength: number; multiline?: boolean }) {
  const testId = `doc-field-${name}`;
  if (!editable) {
    return (
      <span className={`xt-paper-text ${className ?? ''}`} style={style} data-testid={testId}>
        {value || <span className="xt-paper-empty">{placeholder}</span>}
      </span>
    );
  }
  const common = { value, placeholder, maxLength, variant: 'borderless' as const, className: `xt-paper-input ${className ?? ''}`, style, 'data-testid': testId, 'aria-label': placeholder };
  return multiline ? <Input.TextArea {...common} autoSize={{ minRows: 1, maxRows: 4 }} onChange={(e) => onChange(e.target.value)} /> : <Input {...common} onChange={(e) => onChange(e.target.value)} />;
}

/** 主送、抄送、签发人、附件: a list of names, each closed with Enter or a comma (not 、, which names use: 各县（市、区）). */
export function NamesField({ name, editable, value, onChange, placeholder, style, className, separator = '、' }: Common & { value: string[]; onChange: (v: string[]) => void; separator?: string }) {
  const testId = `doc-field-${name}`;
  if (!editable) {
    return (
      <span className={`xt-paper-text ${className ?? ''}`} style={style} data-testid={testId}>
        {value.length > 0 ? value.join(separator) : <span className="xt-paper-empty">{placeholder}</span>}
      </span>
    );
  }
  return (
    <Select
      mode="tags"
      open={false}
      suffixIcon={null}
      tokenSeparators={['，', ',', '；', ';']}
      value={value}
      onChange={(v: string[]) => onChange(v.map((s) => s.trim()).filter(Boolean))}
      placeholder={placeholder}
      variant="borderless"
      className={`xt-paper-input ${className ?? ''}`}
      style={{ minWidth: 200, ...style }}
      data-testid={testId}
      aria-label={placeholder}
    />
  );
}

/** An ISO date shown as 2026年7月1日; a malformed one (kept as typed) is shown as it is, flagged by the 行文规则 list. */
export function DateField({ name, editable, value, onChange, placeholder, style, className }: Common & { value: string; onChange: (v: string) => void }) {
  const testId = `doc-field-${name}`;
  const valid = isValidIsoDate(value);
  if (!editable) {
    return (
      <span className={`xt-paper-text ${className ?? ''}`} style={style} data-testid={testId}>
        {value ? (valid ? formatChineseDate(value) : value) : <span className="xt-paper-empty">{placeholder}</span>}
      </span>
    );
  }
  return (
    <DatePicker
      value={valid ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
      format="YYYY年M月D日"
      placeholder={value && !valid ? value : placeholder}
      variant="borderless"
      className={`xt-paper-input ${className ?? ''}`}
      style={style}
      data-testid={testId}
      aria-label={placeholder}
    />
  );
}
