import { PhoneOutlined } from '@ant-design/icons';
import { Card, Tag } from 'antd';
import type { ReactNode } from 'react';
import { shiftLabels } from '../../../shared/duty/roster-frame';
import { PersonAvatar } from '../../common/PersonAvatar';
import type { UnitShift } from './useUnitShift';
import { clock, shortDate } from '../common/dates';

/** 当前班次: the shift, who holds each post and the 值班电话, with the 交班 button. */
export function ShiftCard({ shift, extra }: { shift: UnitShift; extra: ReactNode }) {
  const { onDuty, current } = shift;
  const title = current ? `当前班次：${shortDate(current.date)} ${shiftLabels[current.shift]}（${clock(current.start)}–${clock(current.end)}）` : '当前班次';
  return (
    <Card size="small" title={title} extra={extra} data-testid="log-shift">
      <div className="xt-duty-shift">
        {onDuty?.people.length ? (
          onDuty.people.map((p) => (
            <div key={`${p.postId}-${p.personId}`} className="xt-duty-shift-person" data-testid="log-shift-person">
              <PersonAvatar name={p.name} id={p.personId} size={32} />
              <div>
                <div>
                  <Tag>{p.postName}</Tag>
                  {p.name}
                </div>
                {p.phone && <div className="xt-small xt-muted">{p.phone}</div>}
              </div>
            </div>
          ))
        ) : (
          <span className="xt-muted">{onDuty?.shift === null || !onDuty ? '当前没有已发布的值班表覆盖此时段' : '本班次无人排班'}</span>
        )}
        {onDuty?.officePhone && (
          <div className="xt-duty-shift-phone">
            <PhoneOutlined /> 值班电话 {onDuty.officePhone}
          </div>
        )}
      </div>
    </Card>
  );
}
