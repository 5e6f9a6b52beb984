import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { DutyUnitSelect } from '../common/DutyUnitSelect';
import { isMyUnit, useDutyUnits } from '../common/useDutyUnits';
import { NewRosterDialog } from './NewRosterDialog';
import { RosterEditor, type RosterDraft } from './RosterEditor';
import { RosterList } from './RosterList';
import { SetupDrawer } from './SetupDrawer';

/** 排班: a unit's setup and rosters, and the roster editor when one is open. */
export function RosterPanel() {
  const units = useDutyUnits()?.filter(isMyUnit);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<{ id: string; draft?: RosterDraft } | null>(null);
  const [newOpen, setNewOpen] = useState(false);
  const [setupOpen, setSetupOpen] = useState(false);
  useEffect(() => {
    if (!unitId && units?.length) setUnitId((units.find((u) => u.canManage) ?? units[0])?.unitId);
  }, [unitId, units]);
  const unit = units?.find((u) => u.unitId === unitId);
  const rosters = useApiQuery('duty', (api) => api.duty.rosters({ unitId }), [unitId], !!unitId);
  const setup = useApiQuery('duty', (api) => api.duty.setup({ unitId: unitId ?? '' }), [unitId], !!unitId);

  if (!units) return <Spin className="xt-center" />;
  if (units.length === 0) return <Empty description="你不在任何单位的值班名单中，也不负责排班" />;
  if (open && unit) return <RosterEditor key={open.id} rosterId={open.id} draft={open.draft} unitId={unit.unitId} unitName={unit.name} canManage={unit.canManage} onBack={() => setOpen(null)} />;

  const hasSetup = !!setup.data;
  return (
    <div className="xt-duty-roster" data-testid="duty-roster">
      <div className="xt-duty-toolbar">
        <Space wrap>
          <DutyUnitSelect units={units} value={unitId} onChange={setUnitId} testId="duty-unit-select" />
          {unit?.canManage && (
            <>
              <Button icon={<SettingOutlined />} onClick={() => setSetupOpen(true)} data-testid="duty-setup-open">
                值班设置
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewOpen(true)} disabled={!hasSetup} title={hasSetup ? undefined : '请先完成值班设置'} data-testid="roster-new">
                新建值班表
              </Button>
            </>
          )}
        </Space>
        {setup.data?.officePhone && <span className="xt-muted">值班电话：{setup.data.officePhone}</span>}
      </div>
      {unit?.canManage && !setup.loading && !hasSetup && (
        <Alert type="info" showIcon title="本单位还没有值班设置" description="先设置值班岗位、班次和各岗位的值班人员名单，再生成值班表。" action={<Button onClick={() => setSetupOpen(true)}>去设置</Button>} style={{ marginBottom: 12 }} />
      )}
      <RosterList rosters={rosters.data} loading={rosters.loading} onOpen={(roster) => setOpen({ id: roster.id })} />
      {unit && (
        <>
          <NewRosterDialog
            open={newOpen}
            unitId={unit.unitId}
            onCancel={() => setNewOpen(false)}
            onCreated={(draft) => {
              setNewOpen(false);
              setOpen({ id: draft.id, draft });
            }}
          />
          <SetupDrawer open={setupOpen} unitId={unit.unitId} unitName={unit.name} setup={setup.data ?? null} onClose={() => setSetupOpen(false)} />
        </>
      )}
    </div>
  );
}
