import { HistoryOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { OutgoingDocument } from '../../../shared/documents/records';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useAction } from '../../common/useAction';
import { DiffView } from './DiffView';

const start = '__start__';
const current = '__current__';

/**
 * 痕迹: the snapshots taken at each step, a comparison of any two (or one with the current body),
 * and restoring one while the body is still mine to edit.
 */
export function VersionsPanel({ doc, canRestore }: { doc: OutgoingDocument; canRestore: boolean }) {
  const api = useApi();
  const run = useAction();
  const versions = doc.versions;
  // By default, what changed during the previous step: the last snapshot was taken as that step
  // was completed, so it is compared with the one before it (and on to the current body).
  const [from, setFrom] = useState<string>(() => versions.at(-2)?.id ?? start);
  const [to, setTo] = useState<string>(current);
  const diff = useApiQuery(
    'documents',
    (a) => a.documents.diff({ documentId: doc.id, from: from === start ? undefined : from, to: to === current ? undefined : to }),
    [doc.id, from, to],
  );
  const versionOptions = versions.map((v) => ({ value: v.id, label: `${v.label} · ${dayjs(v.at).format('MM-DD HH:mm')}` }));

  const restore = (versionId: string, label: string) => run(`已恢复到"${label}"`, () => api.documents.restoreVersion({ documentId: doc.id, versionId }));

  return (
    <div className="xt-doc-versions">
      <div className="xt-doc-versions-pick">
        <span className="xt-muted">从</span>
        <Select value={from} onChange={setFrom} options={[{ value: start, label: '最初（空白）' }, ...versionOptions]} data-testid="doc-diff-from" aria-label="比较起点" />
        <span className="xt-muted">到</span>
        <Select value={to} onChange={setTo} options={[...versionOptions, { value: current, label: '当前正文' }]} data-testid="doc-diff-to" aria-label="比较终点" />
      </div>
      <DiffView diff={diff.data} loading={diff.loading} error={diff.error} />
      <div className="xt-pane-title" style={{ paddingLeft: 0 }}>
        <HistoryOutlined /> 版本（各环节自动留存）
      </div>
      {versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="办理第一个环节后留存版本" />
      ) : (
        <div data-testid="doc-versions">
          {[...versions].reverse().map((v) => (
            <div key={v.id} className="xt-doc-version" data-testid="doc-version" data-version-id={v.id}>
              <div className="xt-grow">
                <div>{v.label}</div>
                <div className="xt-muted xt-small">{dayjs(v.at).format('YYYY-MM-DD HH:mm')}</div>
              </div>
              <Button type="link" size="small" onClick={() => { setFrom(v.id); setTo(current); }} data-testid="doc-version-compare">
                与当前比较
              </Button>
              {canRestore && (
                <Popconfirm title={`恢复到"${v.label}"？`} description="当前正文将被替换为该版本，替换本身也会留痕，可再恢复。" okText="恢复" onConfirm={() => restore(v.id, v.label)} okButtonProps={{ ...({ 'data-testid': 'doc-version-restore-confirm' } as object) }}>
                  <Button type="link" size="small" danger data-testid="doc-version-restore">
                    恢复此版本
                  </Button>
                </Popconfirm>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
