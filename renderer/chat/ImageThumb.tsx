import { PictureOutlined } from '@ant-design/icons';
import { Image, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { FileRef } from '../../shared/messages/schemas';
import { useApi } from '../api/context';
import { fileDataUrl } from '../common/fileData';

/** An image message: the bytes come from the core's file cache as a data: URL. */
export function ImageThumb({ file }: { file: FileRef }) {
  const api = useApi();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fileDataUrl(api, file.id).then(
      (url) => live && setSrc(url),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, file.id]);
  if (failed)
    return (
      <div className="xt-image-missing">
        <PictureOutlined /> 图片加载失败
      </div>
    );
  if (!src)
    return (
      <div className="xt-image-loading">
        <Spin size="small" />
      </div>
    );
  return <Image src={src} alt={file.name} className="xt-image-thumb" style={{ maxWidth: 240, maxHeight: 240, objectFit: 'contain' }} data-testid="message-image" />;
}
