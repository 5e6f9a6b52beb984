import { Empty } from 'antd';

/** Placeholder until this panel is built. */
export function DutyLogPanel() {
  return <Empty description="建设中" />;
}
