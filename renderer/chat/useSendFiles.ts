import { App } from 'antd';
import { useCallback } from 'react';
import { useApi } from '../api/context';
import { errorText } from '../common/errors';
import { readAsBase64 } from '../common/fileData';

/** Sends chosen, dropped or pasted files one after another; the core checks size limits. */
export function useSendFiles(conversationId: string, onSent: () => void): (files: File[]) => void {
  const api = useApi();
  const { message } = App.useApp();
  return useCallback(
    (files: File[]) => {
      void (async () => {
        for (const file of files) {
          try {
            const dataBase64 = await readAsBase64(file);
            await api.chat.sendFile({ conversationId, name: file.name || '粘贴的图片.png', mime: file.type || 'application/octet-stream', dataBase64 });
            onSent();
          } catch (err) {
            void message.error(`${file.name || '文件'} 发送失败：${errorText(err)}`);
          }
        }
      })();
    },
    [api, conversationId, message, onSent],
  );
}
