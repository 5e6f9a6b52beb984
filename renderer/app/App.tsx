import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { DesktopBridge } from '../../shared/contract/bridge';
import { ApiProvider } from '../api/context';
import { SessionGate } from './SessionGate';

dayjs.locale('zh-cn');

const theme = {
  token: { colorPrimary: '#1677ff', borderRadius: 6, fontFamily: '"PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif' },
};

export function App({ bridge, desktop }: { bridge: DesktopBridge; desktop: boolean }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp className="xt-root">
        <ApiProvider bridge={bridge} desktop={desktop}>
          <SessionGate />
        </ApiProvider>
      </AntApp>
    </ConfigProvider>
  );
}
