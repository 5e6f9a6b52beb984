import { Tag } from 'antd';
import { supervisionStatusLabels, type SupervisionPriority, type SupervisionStatus } from '../../shared/supervision/kinds';

const statusColors: Record<SupervisionStatus, string> = { assigned: 'orange', handling: 'blue', reviewing: 'purple', closed: 'green', archived: 'default' };

export function StatusTag({ status }: { status: SupervisionStatus }) {
  return (
    <Tag color={statusColors[status]} data-testid="sup-status" data-status={status}>
      {supervisionStatusLabels[status]}
    </Tag>
  );
}

/** 紧急 red, 重要 orange; 一般 is the norm and shows nothing. */
export function PriorityTag({ priority }: { priority: SupervisionPriority }) {
  if (priority === '一般') return null;
  return (
    <Tag color={priority === '紧急' ? 'red' : 'orange'} data-testid="sup-priority" data-priority={priority}>
      {priority}
    </Tag>
  );
}
