import { Tag, Timeline } from 'antd';
import dayjs from 'dayjs';
import { milestoneLight } from '../../../shared/supervision/lights';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { LightDot } from '../LightDot';
import { lightColors } from '../lightColors';

/** 节点: each milestone with its own light, its date and when it was reached. */
export function MilestoneTimeline({ item, todayIso }: { item: SupervisionItem; todayIso: string }) {
  const milestones = [...item.milestones].sort((a, b) => a.due.localeCompare(b.due));
  return (
    <Timeline
      data-testid="sup-milestones"
      items={milestones.map((m) => {
        const light = milestoneLight(item, m, todayIso);
        return {
          key: m.id,
          color: m.doneAt !== null ? lightColors.green : lightColors[light],
          content: (
            <div className="xt-sup-milestone" data-testid="sup-milestone" data-milestone-id={m.id} data-light={light} data-done={m.doneAt !== null}>
              <div>
                <b>{m.title}</b> {m.doneAt !== null ? <Tag color="green">已完成</Tag> : <LightDot light={light} />}
              </div>
              <div className="xt-muted xt-small">
                节点日期 {m.due}
                {m.doneAt !== null && `，${dayjs(m.doneAt).format('YYYY-MM-DD')} 完成`}
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
