import type { Api } from '../api/createApi';

const cache = new Map<string, Promise<string>>();
const MAX = 200;

/** A file's content as a data: URL, fetched through the core once and remembered. */
export function fileDataUrl(api: Api, fileId: string): Promise<string> {
  let hit = cache.get(fileId);
  if (!hit) {
    hit = api.chat.fileData({ fileId }).then((d) => `data:${d.file.mime || 'application/octet-stream'};base64,${d.dataBase64}`);
    void hit.catch(() => cache.delete(fileId));
    cache.set(fileId, hit);
    if (cache.size > MAX) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
  }
  return hit;
}

/** Hands a URL to the browser's own download, under the given name. */
function triggerDownload(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export async function downloadFile(api: Api, fileId: string, name: string): Promise<void> {
  triggerDownload(await fileDataUrl(api, fileId), name);
}

/** Saves bytes the core made (a PDF, a 台账) under the name it chose. */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, mime: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  triggerDownload(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a dropped, pasted or chosen file as base64 (without the data: prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}
