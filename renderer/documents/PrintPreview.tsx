import { DownloadOutlined, PrinterOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Select, Space, Spin, Typography } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useMemo, useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { errorText } from '../common/errors';
import { useAction } from '../common/useAction';
import { downloadBytes } from '../common/fileData';
import { loadPdf, pdfBytes } from './print/loadPdf';
import { PdfPageCanvas } from './print/PdfPageCanvas';
import { printPages } from './print/printPages';

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2];

/** The opened PDF, closed again when the bytes change or the preview goes away. */
function usePdf(bytes: Uint8Array | null): { pdf: PDFDocumentProxy | null; error: Error | null } {
  const [state, setState] = useState<{ pdf: PDFDocumentProxy | null; error: Error | null }>({ pdf: null, error: null });
  useEffect(() => {
    if (!bytes) return;
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    loadPdf(bytes).then(
      (pdf) => {
        opened = pdf;
        if (live) setState({ pdf, error: null });
        else void pdf.destroy();
      },
      (err: unknown) => live && setState({ pdf: null, error: err instanceof Error ? err : new Error(String(err)) }),
    );
    return () => {
      live = false;
      setState({ pdf: null, error: null });
      void opened?.destroy();
    };
  }, [bytes]);
  return state;
}

/**
 * 打印预览 of a 公文 as the server lays it out (GB/T 9704): every page drawn by pdf.js, zoomable,
 * with 下载PDF and 打印. Opened by the document screens as a dialog.
 */
export function PrintPreview({ kind, id, open, onClose }: { kind: 'outgoing' | 'incoming'; id: string; open: boolean; onClose: () => void }) {
  const query = useApiQuery('documents', (api) => api.documents.pdf({ kind, id }), [kind, id], open);
  const bytes = useMemo(() => (query.data ? pdfBytes(query.data.dataBase64) : null), [query.data]);
  const { pdf, error } = usePdf(bytes);
  const [zoom, setZoom] = useState(1);
  const [printing, setPrinting] = useState(false);
  const run = useAction();
  const failure = query.error ?? error;

  const print = async () => {
    if (!pdf) return;
    setPrinting(true);
    await run(null, () => printPages(pdf));
    setPrinting(false);
  };
  const zoomIndex = zoomSteps.indexOf(zoom);

  return (
    <Modal open={open} onCancel={onClose} footer={null} width="min(1000px, 96vw)" title="打印预览" destroyOnHidden>
      <div data-testid="print-preview" data-pages={pdf?.numPages ?? 0}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<ZoomOutOutlined />} aria-label="缩小" disabled={zoomIndex <= 0} onClick={() => setZoom(zoomSteps[zoomIndex - 1]!)} />
          <Select
            aria-label="缩放比例"
            value={zoom}
            onChange={setZoom}
            style={{ width: 96 }}
            options={zoomSteps.map((step) => ({ value: step, label: `${Math.round(step * 100)}%` }))}
          />
          <Button icon={<ZoomInOutlined />} aria-label="放大" disabled={zoomIndex >= zoomSteps.length - 1} onClick={() => setZoom(zoomSteps[zoomIndex + 1]!)} />
          <Button icon={<DownloadOutlined />} disabled={!bytes || !query.data} onClick={() => bytes && query.data && downloadBytes(bytes, 'application/pdf', query.data.fileName)} data-testid="print-download">
            下载PDF
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!pdf} loading={printing} onClick={() => void print()} data-testid="print-print">
            打印
          </Button>
          {pdf && <Typography.Text type="secondary">共 {pdf.numPages} 页</Typography.Text>}
        </Space>
        {failure ? (
          <Alert type="error" showIcon message="无法生成打印预览" description={errorText(failure)} />
        ) : !pdf ? (
          <div style={{ textAlign: 'center', padding: 48 }}>
            <Spin tip="正在生成版式文件…">
              <div style={{ height: 48 }} />
            </Spin>
          </div>
        ) : (
          <div style={{ maxHeight: '72vh', overflow: 'auto', background: '#e9ebee', padding: 16 }}>
            <Space direction="vertical" size={16} style={{ width: '100%', alignItems: 'center' }}>
              {Array.from({ length: pdf.numPages }, (_, i) => (
                <PdfPageCanvas key={i + 1} pdf={pdf} pageNumber={i + 1} zoom={zoom} />
              ))}
            </Space>
          </div>
        )}
      </div>
    </Modal>
  );
}
