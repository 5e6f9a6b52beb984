import { HistoryOutlined } from '@ant-design/icons';
import { Button, Empty, List, Popconfirm, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { OutgoingDocument } from '../../../shared/documents/records';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { usePeopleLookup } from '../../api/usePeople';
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
  const person = usePeopleLookup();
  const versions = doc.versions;
  // By default: what changed since the last step, which is what a reviewer wants to see.
  const [from, setFrom] = useState<string>(() => versions.at(-1)?.id ?? start);
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
      <Space wrap className="xt-doc-versions-pick">
        <Select value={from} onChange={setFrom} options={[{ value: start, label: '最初（空白）' }, ...versionOptions]} style={{ width: 200 }} data-testid="doc-diff-from" aria-label="比较起点" />
        <span>→</span>
        <Select value={to} onChange={setTo} options={[...versionOptions, { value: current, label: '当前正文' }]} style={{ width: 200 }} data-testid="doc-diff-to" aria-label="比较终点" />
      </Space>
      <DiffView diff={diff.data} loading={diff.loading} error={diff.error} />
      <div className="xt-pane-title" style={{ paddingLeft: 0 }}>
        <HistoryOutlined /> 版本（各环节自动留存）
      </div>
      {versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="办理第一个环节后留存版本" />
      ) : (
        <List
          size="small"
          dataSource={[...versions].reverse()}
          data-testid="doc-versions"
          renderItem={(v) => (
            <List.Item
              data-testid="doc-version"
              data-version-id={v.id}
              actions={[
                <Button key="compare" type="link" size="small" onClick={() => { setFrom(v.id); setTo(current); }} data-testid="doc-version-compare">
                  与当前比较
                </Button>,
                canRestore && (
                  <Popconfirm key="restore" title={`恢复到"${v.label}"？`} description="当前正文将被替换为该版本，替换本身也会留痕，可再恢复。" okText="恢复" onConfirm={() => restore(v.id, v.label)} okButtonProps={{ ...({ 'data-testid': 'doc-version-restore-confirm' } as object) }}>
                    <Button type="link" size="small" danger data-testid="doc-version-restore">
                      恢复此版本
                    </Button>
                  </Popconfirm>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta title={v.label} description={`${person(v.byId)?.name ?? '…'} · ${dayjs(v.at).format('YYYY-MM-DD HH:mm')}`} />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
