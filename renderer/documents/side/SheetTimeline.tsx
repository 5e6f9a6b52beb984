import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { SheetEntry } from '../../../shared/documents/records';
import { usePeopleLookup } from '../../api/usePeople';
import { actionLabel, stepLabel, type DocKind } from '../labels';

const warnActions = new Set(['return', 'reject', 'voidNumber']);

/** 处理单: every step taken, by whom, when, with the opinion given; newest last, as on paper. */
export function SheetTimeline({ kind, sheet }: { kind: DocKind; sheet: SheetEntry[] }) {
  const person = usePeopleLookup();
  if (sheet.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无办理记录" data-testid="doc-sheet" />;
  return (
    <Timeline
      className="xt-doc-sheet"
      data-testid="doc-sheet"
      items={sheet.map((entry, i) => ({
        key: `${entry.at}-${i}`,
        color: warnActions.has(entry.action) ? 'red' : 'blue',
        content: (
          <div data-testid="doc-sheet-entry" data-step={entry.step} data-action={entry.action}>
            <div>
              <Typography.Text strong>{stepLabel(kind, entry.step)}</Typography.Text>
              <span className="xt-muted"> · </span>
              {actionLabel(kind, entry.action)}
            </div>
            <div className="xt-muted xt-small">
              {person(entry.actorId)?.name ?? '…'} · {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
            </div>
            {entry.opinion && <div className="xt-doc-opinion">{entry.opinion}</div>}
          </div>
        ),
      }))}
    />
  );
}
