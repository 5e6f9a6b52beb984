import { DownloadOutlined, FileProtectOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useApi } from '../api/context';
import { useNavigation } from '../app/navigation';
import { useMe } from '../app/session';
import { useAction } from '../common/useAction';
import { BulletinDialog } from './BulletinDialog';
import { downloadCoreFile, xlsxMime } from '../common/coreFile';
import { ItemPage } from './item/ItemPage';
import { emptySupervisionFilters, toLedgerQuery } from './listQuery';
import { NewItemDialog } from './NewItemDialog';
import { SupervisionList, type ListState } from './SupervisionList';
import './supervision.css';

// The statistics carry ECharts: loaded when the tab is first opened.
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));

type View = 'ledger' | 'dashboard';

/** 督办: the 台账 and the statistics, or the one item opened from them; the list keeps its filters and page. */
export function SupervisionPage() {
  const me = useMe();
  const api = useApi();
  const run = useAction();
  const { openSupItem, openSupervisionItem } = useNavigation();
  const [view, setView] = useState<View>('ledger');
  const [list, setList] = useState<ListState>({ filters: emptySupervisionFilters, page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<'new' | 'bulletin' | null>(null);
  const [exporting, setExporting] = useState(false);
  const isSupervisor = me.roles.includes('supervisor');

  const exportLedger = async () => {
    setExporting(true);
    await run('台账已导出', async () => downloadCoreFile(await api.supervision.exportLedger(toLedgerQuery(list.filters)), xlsxMime));
    setExporting(false);
  };

  return (
    <div className="xt-sup">
      {openSupItem ? (
        <ItemPage key={openSupItem} id={openSupItem} onBack={() => openSupervisionItem(null)} />
      ) : (
        <div className="xt-sup-home">
          <div className="xt-sup-head">
            <Tabs
              activeKey={view}
              onChange={(key) => setView(key as View)}
              items={[
                { key: 'ledger', label: <span data-testid="sup-tab-ledger">督办台账</span> },
                { key: 'dashboard', label: <span data-testid="sup-tab-dashboard">统计分析</span> },
              ]}
            />
            <Space>
              {isSupervisor && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('new')} data-testid="sup-new">
                  立项
                </Button>
              )}
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportLedger()} title="按当前筛选条件导出 .xlsx" data-testid="sup-export">
                导出台账
              </Button>
              {isSupervisor && (
                <Button icon={<FileProtectOutlined />} onClick={() => setDialog('bulletin')} data-testid="sup-bulletin">
                  督查通报
                </Button>
              )}
            </Space>
          </div>
          {view === 'ledger' ? (
            <SupervisionList state={list} onChange={setList} />
          ) : (
            <Suspense fallback={<Spin className="xt-center" />}>
              <Dashboard />
            </Suspense>
          )}
        </div>
      )}
      <NewItemDialog
        open={dialog === 'new'}
        onClose={() => setDialog(null)}
        onCreated={(id) => {
          setDialog(null);
          openSupervisionItem(id);
        }}
      />
      <BulletinDialog open={dialog === 'bulletin'} onClose={() => setDialog(null)} />
    </div>
  );
}
