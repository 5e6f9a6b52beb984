import { DownloadOutlined, FileExcelOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined, FileWordOutlined, FileZipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { FileRef } from '../../shared/messages/schemas';
import { useApi } from '../api/context';
import { errorText } from '../common/errors';
import { downloadFile } from '../common/fileData';
import { fileSize } from '../common/format';

function iconFor(name: string) {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  if (['doc', 'docx', 'wps', 'ofd'].includes(ext)) return <FileWordOutlined style={{ color: '#2b579a' }} />;
  if (['xls', 'xlsx', 'et', 'csv'].includes(ext)) return <FileExcelOutlined style={{ color: '#217346' }} />;
  if (ext === 'pdf') return <FilePdfOutlined style={{ color: '#d4380d' }} />;
  if (['zip', 'rar', '7z'].includes(ext)) return <FileZipOutlined style={{ color: '#8c8c8c' }} />;
  if (['png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp'].includes(ext)) return <FileImageOutlined style={{ color: '#13a8a8' }} />;
  return <FileOutlined style={{ color: '#1677ff' }} />;
}

export function FileCard({ file }: { file: FileRef }) {
  const api = useApi();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(api, file.id, file.name);
    } catch (err) {
      void message.error(`下载失败：${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="xt-file-card" data-testid="message-file">
      <div className="xt-file-icon">{iconFor(file.name)}</div>
      <div className="xt-file-meta">
        <div className="xt-file-name" title={file.name}>
          {file.name}
        </div>
        <div className="xt-muted xt-small">{fileSize(file.size)}</div>
      </div>
      <Button type="text" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} aria-label={`下载 ${file.name}`} data-testid="file-download" />
    </div>
  );
}
