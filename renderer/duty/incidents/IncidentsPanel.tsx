import { Spin } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { isMyUnit, useDutyUnits } from '../common/useDutyUnits';
import { IncidentDetail } from './IncidentDetail';
import { IncidentList, type IncidentFilters } from './IncidentList';
import { NewIncidentDialog } from './NewIncidentDialog';

/** 突发事件信息报送: the list, and one incident at a time in its place; 接报登记 opens the new one. */
export function IncidentsPanel() {
  const units = useDutyUnits();
  const counts = useApiQuery('duty', (api) => api.duty.counts({}));
  const [filters, setFilters] = useState<IncidentFilters>({ scope: 'mine', status: undefined });
  const [openId, setOpenId] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  if (!units) return <Spin className="xt-center" />;
  const reportingUnits = units.filter(isMyUnit);
  return (
    <>
      {openId ? (
        <IncidentDetail id={openId} units={units} onBack={() => setOpenId(null)} />
      ) : (
        <IncidentList filters={filters} onFilters={setFilters} unreceivedTotal={counts.data?.unreceivedReports ?? 0} canRegister={reportingUnits.length > 0} onNew={() => setRegistering(true)} onOpen={setOpenId} />
      )}
      <NewIncidentDialog open={registering} units={reportingUnits} onClose={() => setRegistering(false)} onCreated={setOpenId} />
    </>
  );
}
