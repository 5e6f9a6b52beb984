import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { Urgency } from '../../shared/documents/kinds';
import { UrgencyTag } from './DocTags';

/** Title, 字号 and where the document stands, with the actions open to me and 打印预览. */
export function DocumentHeader({ title, type, number, stepLabel, urgency, extra, actions, onBack, onPrint }: { title: string; type: string; number: ReactNode; stepLabel: string; urgency: Urgency; extra?: ReactNode; actions: ReactNode; onBack: () => void; onPrint: () => void }) {
  return (
    <header className="xt-doc-header">
      <div className="xt-doc-header-line">
        <Tooltip title="返回列表">
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label="返回列表" data-testid="doc-back" />
        </Tooltip>
        <div className="xt-grow">
          <div className="xt-doc-heading" data-testid="doc-title">
            {title || <span className="xt-muted">（无标题）</span>}
          </div>
          <Space size={6} wrap className="xt-doc-header-tags">
            <Tag color="blue" data-testid="doc-step">{stepLabel}</Tag>
            <Tag>{type}</Tag>
            <UrgencyTag urgency={urgency} />
            <span className="xt-muted" data-testid="doc-number">{number}</span>
            {extra}
          </Space>
        </div>
        <Button icon={<PrinterOutlined />} onClick={onPrint} data-testid="doc-print">
          打印预览
        </Button>
      </div>
      {actions && <div className="xt-doc-actions-line">{actions}</div>}
    </header>
  );
}
