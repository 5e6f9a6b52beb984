import { ArrowLeftOutlined, ExportOutlined, PrinterOutlined, ReloadOutlined, SaveOutlined, SendOutlined, CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RosterKind } from '../../../shared/duty/records';
import { problemKey } from '../../../shared/duty/roster-problems';
import type { RosterProblem, RosterSlot, ShiftKind } from '../../../shared/duty/roster-schemas';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../app/session';
import { PendingBanner } from '../../common/PendingBanner';
import { useAction } from '../../common/useAction';
import { downloadCoreFile, xlsxMime } from '../../common/coreFile';
import { printSheet } from '../../common/printSheet';
import { CallDeadline } from '../common/CallDeadline';
import { periodLabel } from '../common/dates';
import { RosterStatusTag, SubmissionTag } from '../common/tags';
import { SwapRequestDialog } from '../swaps/SwapRequestDialog';
import { cellsToSlots, gridColumns, problemCellKey, slotsToCells, tallyByPerson, type Cells } from './gridModel';
import { ProblemList } from './ProblemList';
import { PublishDialog, type ConfirmKind } from './PublishDialog';
import { RosterGrid } from './RosterGrid';
import { RosterPrintSheet } from './RosterPrintSheet';
import { TallyTable } from './TallyTable';
import { useRosterCheck } from './useRosterCheck';

/** A roster made on this machine and not yet saved: 新建值班表 and 填报 open it straight away. */
export interface RosterDraft {
  id: string;
  unitId: string;
  kind: RosterKind;
  title: string;
  from: string;
  to: string;
  callId: string | null;
  slots: RosterSlot[];
}

export interface RosterEditorProps {
  rosterId: string;
  unitId: string;
  unitName: string;
  canManage: boolean;
  draft?: RosterDraft;
  /** The duty office looking at a unit's submitted roster: no editing, no 报送. */
  readOnly?: boolean;
  onBack: () => void;
}

const lockedSubmissions = new Set(['submitted', 'accepted']);

/** The roster editor: the grid, its problems and tallies, and 保存草稿 / 发布 / 报送 / 导出 / 打印. */
export function RosterEditor({ rosterId, unitId, unitName, canManage, draft, readOnly, onBack }: RosterEditorProps) {
  const api = useApi();
  const run = useAction();
  const me = useMe();
  const { modal } = App.useApp();
  const saved = useApiQuery('duty', (a) => a.duty.roster({ id: rosterId }), [rosterId]);
  const setup = useApiQuery('duty', (a) => a.duty.setup({ unitId }), [unitId]).data;
  const roster = saved.data;
  const base = roster ?? (draft && !saved.loading ? draft : undefined);

  const [source, setSource] = useState<RosterSlot[]>([]);
  const [cells, setCells] = useState<Cells>(new Map());
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const markDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };
  const baseSlots = base?.slots;
  useEffect(() => {
    if (!baseSlots || dirtyRef.current) return;
    setSource(baseSlots);
    setCells(slotsToCells(baseSlots));
  }, [baseSlots]);

  const posts = setup?.posts ?? [];
  const columns = useMemo(() => gridColumns(source, posts, setup?.shifts ?? { kind: '24h', dayStart: '08:30' }), [source, posts, setup?.shifts]);
  const slots = useMemo(() => (base ? cellsToSlots(base.from, base.to, columns, cells) : []), [base?.from, base?.to, columns, cells]);
  const checkQuery = useMemo(() => (base && setup ? { unitId, from: base.from, to: base.to, slots } : null), [unitId, base?.from, base?.to, slots, setup]);
  const { problems, checking } = useRosterCheck(checkQuery);
  const problemCells = useMemo(() => {
    const found = new Map<string, string[]>();
    for (const problem of problems ?? []) {
      const key = problemCellKey(problem, columns, cells);
      if (key) found.set(key, [...(found.get(key) ?? []), problem.message]);
    }
    return found;
  }, [problems, columns, cells]);
  const pools = useMemo(() => new Map((setup?.pools ?? []).map((pool) => [pool.postId, pool.personIds])), [setup?.pools]);
  const tally = useMemo(() => tallyByPerson(slots), [slots]);

  const submission = roster?.submission ?? null;
  const editable = !readOnly && canManage && !!base && !(submission && lockedSubmissions.has(submission.status));
  const onCell = useCallback((key: string, personId: string | null) => {
    setCells((current) => new Map(current).set(key, personId));
    dirtyRef.current = true;
    setDirty(true);
  }, []);

  const gridRef = useRef<HTMLDivElement>(null);
  const focusProblem = (problem: RosterProblem) => {
    const key = problemCellKey(problem, columns, cells);
    const cell = key ? gridRef.current?.querySelector<HTMLElement>(`[data-cell-key="${CSS.escape(key)}"]`) : null;
    if (!cell) return;
    cell.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
    cell.querySelector<HTMLInputElement>('input')?.focus();
    cell.classList.add('xt-duty-cell-flash');
    setTimeout(() => cell.classList.remove('xt-duty-cell-flash'), 1500);
  };

  const persist = async () => {
    if (!base) return;
    await api.duty.saveRoster({ id: rosterId, unitId, kind: base.kind, title: base.title, from: base.from, to: base.to, slots, callId: base.callId, expectedVersion: roster?.version ?? null });
    markDirty(false);
  };
  const save = () => run('已保存草稿', persist);
  const act = (kind: ConfirmKind) =>
    run(kind === 'publish' ? '值班表已发布' : '值班表已报送', async () => {
      if (dirtyRef.current || !roster) await persist();
      const { version } = await api.duty.roster({ id: rosterId });
      await api.duty.actRoster({ rosterId, expectedVersion: version, action: { kind, acknowledged: (problems ?? []).map(problemKey) } });
    });
  const regenerate = () =>
    modal.confirm({
      title: '重新生成值班表',
      content: '按当前值班设置重新排班，表中现有的安排将被替换（保存前可返回不保存）。',
      okText: '重新生成',
      onOk: () =>
        run('已重新生成', async () => {
          if (!base) return;
          const generated = await api.duty.generate({ unitId, from: base.from, to: base.to });
          setSource(generated.slots);
          setCells(slotsToCells(generated.slots));
          markDirty(true);
        }),
    });
  const exportExcel = () => run(null, async () => downloadCoreFile(await api.duty.exportRoster({ rosterId }), xlsxMime));
  const printRef = useRef<HTMLDivElement>(null);
  const leave = () => {
    if (!dirtyRef.current) return onBack();
    modal.confirm({ title: '放弃未保存的修改？', okText: '放弃并返回', okButtonProps: { danger: true }, onOk: onBack });
  };

  const [confirming, setConfirming] = useState<ConfirmKind | null>(null);
  const [swapSlot, setSwapSlot] = useState<{ date: string; shift: ShiftKind; postId: string } | null>(null);

  useEffect(() => {
    if (!editable) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!base) {
    return saved.error && !draft ? <Alert type="error" showIcon title="打不开值班表" description={saved.error.message} action={<Button onClick={onBack}>返回</Button>} /> : <Spin className="xt-center" />;
  }
  const answersCall = !!base.callId;
  const published = roster?.status === 'published';
  return (
    <div className="xt-duty-editor" data-testid="roster-editor" data-roster-id={rosterId} data-status={roster?.status ?? 'new'} data-dirty={dirty}>
      <div className="xt-duty-editor-head">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={leave} data-testid="roster-back">
            返回
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="roster-title">
            {base.title}
          </Typography.Title>
          {roster ? <RosterStatusTag status={roster.status} /> : <Tag>未保存</Tag>}
          <SubmissionTag submission={submission} />
          <span className="xt-muted">
            {unitName} · {periodLabel(base.from, base.to)}
          </span>
          {dirty && <Tag color="orange">有未保存的修改</Tag>}
        </Space>
        <Space wrap>
          {editable && (
            <>
              <Button icon={<ReloadOutlined />} onClick={regenerate} data-testid="roster-regenerate">
                重新生成
              </Button>
              <Button icon={<SaveOutlined />} onClick={() => void save()} disabled={!dirty && !!roster} data-testid="roster-save" title="Ctrl+S">
                保存草稿
              </Button>
              {!answersCall || !published ? (
                <Button type={answersCall ? 'default' : 'primary'} icon={<CheckOutlined />} onClick={() => setConfirming('publish')} disabled={published && !dirty} data-testid="roster-publish">
                  {published ? '重新发布' : '发布'}
                </Button>
              ) : null}
              {answersCall && (
                <Button type="primary" icon={<SendOutlined />} onClick={() => setConfirming('submit')} data-testid="roster-submit">
                  {submission?.status === 'returned' ? '重新报送' : '报送'}
                </Button>
              )}
            </>
          )}
          <Button icon={<ExportOutlined />} onClick={() => void exportExcel()} disabled={!roster} data-testid="roster-export">
            导出Excel
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => printRef.current && printSheet(printRef.current)} data-testid="roster-print">
            打印
          </Button>
        </Space>
      </div>
      {roster && <PendingBanner pending={roster.pending} record="值班表" testId="roster-pending" />}
      {base.callId && <CallDeadline callId={base.callId} />}
      {submission?.status === 'returned' && <Alert type="error" showIcon title="上级已退回，请修改后重新报送" description={`退回理由：${submission.opinion}`} data-testid="roster-returned" />}
      {submission?.status === 'accepted' && <Alert type="success" showIcon title="上级总值班室已接收" description={submission.opinion || undefined} />}
      {!setup && !readOnly && <Alert type="warning" showIcon title="本单位尚未完成值班设置，无法检查和重新生成" />}
      <div className="xt-duty-editor-body">
        <div className="xt-duty-editor-grid" ref={gridRef}>
          <RosterGrid
            from={base.from}
            to={base.to}
            columns={columns}
            cells={cells}
            posts={posts}
            pools={pools}
            editable={editable}
            problems={problemCells}
            onChange={onCell}
            meId={!editable && published && !readOnly ? me.id : undefined}
            onSwap={setSwapSlot}
          />
        </div>
        <div className="xt-duty-editor-side">
          <ProblemList problems={problems} checking={checking} onPick={focusProblem} />
          <TallyTable tally={tally} />
        </div>
      </div>
      <PublishDialog kind={confirming} problems={problems ?? []} onOk={() => act(confirming ?? 'publish')} onCancel={() => setConfirming(null)} />
      <SwapRequestDialog open={!!swapSlot} initial={swapSlot ? { rosterId, ...swapSlot } : undefined} onClose={() => setSwapSlot(null)} />
      <div style={{ display: 'none' }}>
        <RosterPrintSheet ref={printRef} head={{ title: base.title, unitName, from: base.from, to: base.to, officePhone: setup?.officePhone ?? '', fax: setup?.fax ?? '' }} columns={columns} cells={cells} posts={posts} />
      </div>
    </div>
  );
}
