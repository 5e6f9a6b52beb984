import { Badge, Spin, Tabs } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useDutyCounts } from './useDutyCounts';
import './duty.css';

const NowPanel = lazy(() => import('./now/NowPanel').then((m) => ({ default: m.NowPanel })));
const RosterPanel = lazy(() => import('./roster/RosterPanel').then((m) => ({ default: m.RosterPanel })));
const CallsPanel = lazy(() => import('./calls/CallsPanel').then((m) => ({ default: m.CallsPanel })));
const SwapsPanel = lazy(() => import('./swaps/SwapsPanel').then((m) => ({ default: m.SwapsPanel })));
const DutyLogPanel = lazy(() => import('./log/DutyLogPanel').then((m) => ({ default: m.DutyLogPanel })));
const IncidentsPanel = lazy(() => import('./incidents/IncidentsPanel').then((m) => ({ default: m.IncidentsPanel })));

type View = 'now' | 'roster' | 'calls' | 'swaps' | 'log' | 'incidents';

function TabLabel({ view, label, count }: { view: View; label: string; count?: number }): ReactNode {
  return (
    <span data-testid={`duty-tab-${view}`}>
      {label}
      {count ? <Badge count={count} size="small" offset={[6, -2]} /> : null}
    </span>
  );
}

/** 值班值守: who is on duty, the rosters, holiday roster 报送, swaps, the duty log and incident reports. */
export function DutyPage() {
  const counts = useDutyCounts();
  const [view, setView] = useState<View>('now');
  return (
    <div className="xt-duty">
      <Tabs
        className="xt-duty-tabs"
        activeKey={view}
        onChange={(key) => setView(key as View)}
        destroyOnHidden
        items={[
          { key: 'now', label: <TabLabel view="now" label="今日值班" /> },
          { key: 'roster', label: <TabLabel view="roster" label="排班" /> },
          { key: 'calls', label: <TabLabel view="calls" label="值班表报送" count={counts?.callsToAnswer} /> },
          { key: 'swaps', label: <TabLabel view="swaps" label="换班替班" count={counts?.swaps} /> },
          { key: 'log', label: <TabLabel view="log" label="值班日志" count={counts?.handovers} /> },
          { key: 'incidents', label: <TabLabel view="incidents" label="突发事件报送" count={(counts?.overdueIncidents ?? 0) + (counts?.unreceivedReports ?? 0)} /> },
        ]}
      />
      <div className="xt-duty-body">
        <Suspense fallback={<Spin className="xt-center" />}>
          {view === 'now' && <NowPanel />}
          {view === 'roster' && <RosterPanel />}
          {view === 'calls' && <CallsPanel />}
          {view === 'swaps' && <SwapsPanel />}
          {view === 'log' && <DutyLogPanel />}
          {view === 'incidents' && <IncidentsPanel />}
        </Suspense>
      </div>
    </div>
  );
}
