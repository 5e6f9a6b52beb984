import { Empty } from 'antd';

/** Placeholder until this panel is built. */
export function RosterPanel() {
  return <Empty description="建设中" />;
}
