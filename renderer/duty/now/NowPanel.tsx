import { Empty } from 'antd';

/** Placeholder until this panel is built. */
export function NowPanel() {
  return <Empty description="建设中" />;
}
