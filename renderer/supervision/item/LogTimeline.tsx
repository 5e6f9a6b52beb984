import { Timeline } from 'antd';
import dayjs from 'dayjs';
import { supervisionActionLabels } from '../../../shared/supervision/actions';
import type { SupervisionItem, SupervisionLogEntry } from '../../../shared/supervision/records';
import { usePeopleLookup } from '../../api/usePeople';

const actionLabels: Record<string, string> = { ...supervisionActionLabels, create: '立项' };

/** The text a manual 催办 was sent with: the lifecycle logs it as "催办：<text>". */
function urgeText(entry: SupervisionLogEntry): string {
  return entry.text.startsWith('催办：') ? entry.text.slice('催办：'.length) : entry.text;
}

/**
 * 日志: everything that happened to the item, oldest first, automatic 催办 (no actor) marked as the
 * system's; a manual 催办 can bring its 催办通知单 back for printing.
 */
export function LogTimeline({ item, onShowUrge }: { item: SupervisionItem; onShowUrge: (text: string, at: number) => void }) {
  const person = usePeopleLookup();
  return (
    <Timeline
      className="xt-sup-log"
      data-testid="sup-log"
      items={item.log.map((entry, i) => {
        const automatic = entry.actorId === null;
        return {
          key: i,
          color: entry.action === 'urge' ? (automatic ? 'orange' : 'red') : 'blue',
          content: (
            <div data-testid="sup-log-entry" data-action={entry.action} data-automatic={automatic}>
              <div>
                <b>{actionLabels[entry.action] ?? entry.action}</b>{' '}
                <span className="xt-muted xt-small">
                  {automatic ? '系统' : (person(entry.actorId)?.name ?? '…')} · {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
                </span>
              </div>
              <div className="xt-small xt-sup-text">{entry.text}</div>
              {entry.action === 'urge' && !automatic && (
                <a className="xt-small" onClick={() => onShowUrge(urgeText(entry), entry.at)} data-testid="sup-log-urge-sheet">
                  催办通知单
                </a>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
