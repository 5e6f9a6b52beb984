import { Modal, Result } from 'antd';

/**
 * Placeholder until the print preview lands (being written separately; it replaces this file and
 * keeps this signature): the GB/T 9704 PDF of a 发文 or 收文, previewed before printing.
 */
export function PrintPreview({ kind, id, open, onClose }: { kind: 'outgoing' | 'incoming'; id: string; open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="打印预览" onCancel={onClose} footer={null} width={720} data-testid="print-preview">
      <Result status="info" title="打印预览即将上线" subTitle={`${kind === 'outgoing' ? '发文' : '收文'} ${id}`} />
    </Modal>
  );
}
