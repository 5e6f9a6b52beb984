import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useRef } from 'react';
import { formatChineseDate } from '../../../shared/documents/dates';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { printSheet } from '../../common/printSheet';

export interface Urge {
  text: string;
  /** ISO date the 催办 was sent. */
  date: string;
}

/**
 * 催办通知单: one A4 sheet naming the item, its units, the deadline and what is asked, signed by the
 * supervising unit's 督查室 with the date; 打印 sends just this sheet to paper.
 */
export function UrgeSheet({ item, urge, unitName, onClose }: { item: SupervisionItem; urge: Urge | null; unitName: (id: string) => string; onClose: () => void }) {
  const sheet = useRef<HTMLDivElement>(null);
  const working = item.units.filter((u) => u.status !== 'returned');
  const lead = working.filter((u) => u.role === 'lead').map((u) => unitName(u.unitId));
  const supports = working.filter((u) => u.role === 'support').map((u) => unitName(u.unitId));
  return (
    <Modal
      open={urge !== null}
      onCancel={onClose}
      title="催办通知单"
      width="min(880px, 96vw)"
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => sheet.current && printSheet(sheet.current)} data-testid="sup-urge-print">
          打印
        </Button>,
      ]}
    >
      {urge && (
        <div className="xt-sup-sheet-scroll">
          <div ref={sheet} className="xt-sup-sheet" data-testid="sup-urge-sheet">
            <h1 className="xt-sup-sheet-title">催办通知单</h1>
            <div className="xt-sup-sheet-number">{item.number}</div>
            <table className="xt-sup-sheet-table">
              <tbody>
                <tr>
                  <th>督办事项</th>
                  <td>{item.title}</td>
                </tr>
                <tr>
                  <th>牵头单位</th>
                  <td>{lead.join('、') || '—'}</td>
                </tr>
                <tr>
                  <th>配合单位</th>
                  <td>{supports.join('、') || '—'}</td>
                </tr>
                <tr>
                  <th>办理时限</th>
                  <td>{formatChineseDate(item.deadline)}</td>
                </tr>
                <tr className="xt-sup-sheet-body">
                  <th>催办内容</th>
                  <td>{urge.text}</td>
                </tr>
              </tbody>
            </table>
            <div className="xt-sup-sheet-sign">
              <div>{unitName(item.ownerUnitId)}督查室</div>
              <div>{formatChineseDate(urge.date)}</div>
            </div>
          </div>
        </div>
      )}
    </Modal>
  );
}
