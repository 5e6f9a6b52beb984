import { Card, Statistic } from 'antd';
import type { DashboardStats } from '../../../shared/supervision/api-types';
import { lightColors } from '../lightColors';
import { percentText } from './chartOptions';

/** 总数, 在办, 红灯 and the two rates leaders read first. */
export function StatCards({ stats }: { stats: DashboardStats }) {
  const open = (stats.byStatus.assigned ?? 0) + (stats.byStatus.handling ?? 0) + (stats.byStatus.reviewing ?? 0);
  const cards = [
    { key: 'total', title: '督办事项', value: String(stats.total), suffix: '项' },
    { key: 'open', title: '在办', value: String(open), suffix: '项' },
    { key: 'red', title: '红灯', value: String(stats.byLight.red ?? 0), suffix: '项', color: lightColors.red },
    { key: 'onTime', title: '按期办结率', value: percentText(stats.onTimeRate) },
    { key: 'feedback', title: '反馈及时率', value: percentText(stats.feedbackRate) },
  ];
  return (
    <div className="xt-sup-cards">
      {cards.map((c) => (
        <Card key={c.key} size="small" className="xt-sup-card" data-testid={`sup-card-${c.key}`}>
          <Statistic title={c.title} value={c.value} suffix={c.suffix} styles={{ content: c.color ? { color: c.color } : undefined }} />
        </Card>
      ))}
    </div>
  );
}
