import { Alert, Checkbox, List, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { RosterProblem } from '../../../shared/duty/roster-schemas';
import { testIdProp } from '../common/testId';

export type ConfirmKind = 'publish' | 'submit';

const texts: Record<ConfirmKind, { title: string; ok: string; clean: string }> = {
  publish: { title: '发布值班表', ok: '发布', clean: '发布后值班表生效：今日值班、值班提醒和换班都以它为准。' },
  submit: { title: '报送值班表', ok: '报送', clean: '报送给上级总值班室，对方接收或退回后会通知你。' },
};

/**
 * 发布 or 报送: when problems remain the duty manager reads them and ticks 我已核实 before the
 * button opens; their keys go with the action as acknowledged.
 */
export function PublishDialog({ kind, problems, onOk, onCancel }: { kind: ConfirmKind | null; problems: RosterProblem[]; onOk: () => Promise<boolean>; onCancel: () => void }) {
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => setAcknowledged(false), [kind]);
  if (!kind) return null;
  const text = texts[kind];
  const blocked = problems.length > 0 && !acknowledged;
  return (
    <Modal
      open
      title={text.title}
      okText={problems.length > 0 ? `确认${text.ok}` : text.ok}
      onCancel={onCancel}
      okButtonProps={{ disabled: blocked, loading: busy, ...testIdProp('roster-publish-ok') }}
      onOk={async () => {
        setBusy(true);
        try {
          if (await onOk()) onCancel();
        } finally {
          setBusy(false);
        }
      }}
      width={620}
      data-testid="roster-publish-dialog"
    >
      {problems.length === 0 ? (
        <p>{text.clean}</p>
      ) : (
        <>
          <Alert type="warning" showIcon title={`值班表还有 ${problems.length} 个问题`} description={`请逐条核实；确有安排（如已协调请假人员到岗）可确认后${text.ok}。`} />
          <List size="small" className="xt-duty-confirm-problems" dataSource={problems} renderItem={(problem) => <List.Item>{problem.message}</List.Item>} />
          <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} data-testid="roster-ack">
            我已核实，确认{text.ok}
          </Checkbox>
        </>
      )}
    </Modal>
  );
}
