import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Select, Space, Typography } from 'antd';
import type { DocumentFields } from '../../shared/documents/fields';
import { Direction, usualDirection } from '../../shared/documents/kinds';
import { documentTypeOptions } from './selectOptions';
import type { FieldSetter } from './PaperHead';
import type { SaveState } from './useFieldsDraft';

function SaveIndicator({ state }: { state: SaveState }) {
  const text = { saved: '已保存', unsaved: '未保存', saving: '保存中…' }[state];
  return (
    <Typography.Text type={state === 'unsaved' ? 'warning' : 'secondary'} className="xt-small" data-testid="doc-save-state" data-state={state}>
      {state === 'saving' ? <LoadingOutlined /> : state === 'saved' ? <CheckCircleOutlined /> : null} {text}
      <span className="xt-muted">（Ctrl+S 立即保存）</span>
    </Typography.Text>
  );
}

/** 文种 and 行文方向 sit above the page: they shape it but are not printed as such. */
export function FieldsMeta({ fields, set, saveState }: { fields: DocumentFields; set: FieldSetter | null; saveState: SaveState | null }) {
  if (!set) {
    return (
      <Space className="xt-doc-meta" data-testid="doc-meta">
        <span data-testid="doc-field-type">文种：{fields.type}</span>
        <span data-testid="doc-field-direction">行文方向：{fields.direction}</span>
      </Space>
    );
  }
  return (
    <Space className="xt-doc-meta" wrap data-testid="doc-meta">
      <span>
        文种：
        <Select
          value={fields.type}
          onChange={(type) => {
            set('type', type);
            // A new 文种 usually means its usual direction (请示 goes up); the drafter can change it back.
            if (usualDirection[type] !== fields.direction) set('direction', usualDirection[type]);
          }}
          options={documentTypeOptions}
          showSearch
          style={{ width: 96 }}
          size="small"
          data-testid="doc-field-type"
        />
      </span>
      <span>
        行文方向：
        <Select value={fields.direction} onChange={(direction) => set('direction', direction)} options={Direction.options.map((d) => ({ value: d, label: d }))} style={{ width: 96 }} size="small" data-testid="doc-field-direction" />
      </span>
      {saveState && <SaveIndicator state={saveState} />}
    </Space>
  );
}
