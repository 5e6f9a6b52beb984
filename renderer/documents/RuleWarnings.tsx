import { Alert } from 'antd';
import type { RuleWarning } from '../../shared/documents/rules';

/** 行文规则 findings: warnings, not blocks, because each rule has sanctioned exceptions. */
export function RuleWarnings({ warnings }: { warnings: RuleWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="xt-doc-rules"
      title={`行文规则提示（${warnings.length}）`}
      description={
        <ul className="xt-doc-rule-list">
          {warnings.map((w) => (
            <li key={`${w.rule}:${w.field}`} data-testid="doc-rule-warning" data-rule={w.rule} data-field={w.field}>
              {w.message}
            </li>
          ))}
        </ul>
      }
      data-testid="doc-rules"
    />
  );
}
