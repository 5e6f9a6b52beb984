import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { Light } from '../../../shared/supervision/kinds';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { LightDot } from '../LightDot';
import { PriorityTag, StatusTag } from '../tags';
import type { Countdown } from './countdown';

/** 编号, 名称 and where the item stands: light, status, deadline and the working days left; then my actions. */
export function ItemHeader({ item, light, left, actions, onBack }: { item: SupervisionItem; light: Light; left: Countdown; actions: ReactNode; onBack: () => void }) {
  return (
    <header className="xt-doc-header">
      <div className="xt-doc-header-line">
        <Tooltip title="返回台账">
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label="返回台账" data-testid="sup-back" />
        </Tooltip>
        <div className="xt-grow">
          <div className="xt-doc-heading" data-testid="sup-title">
            {item.title}
          </div>
          <Space size={10} wrap className="xt-doc-header-tags">
            <span className="xt-muted" data-testid="sup-number">
              {item.number}
            </span>
            <LightDot light={light} />
            <StatusTag status={item.status} />
            <PriorityTag priority={item.priority} />
            <span>
              办理时限 <b>{item.deadline}</b>
              {item.deadline !== item.originalDeadline && <span className="xt-muted">（原 {item.originalDeadline}，已延期）</span>}
            </span>
            <span className={`xt-sup-countdown ${left.tone}`} data-testid="sup-countdown" data-tone={left.tone}>
              {left.text}
            </span>
          </Space>
        </div>
      </div>
      {actions && <div className="xt-doc-actions-line">{actions}</div>}
    </header>
  );
}
