import { Button, Form, Input, Modal, Space } from 'antd';
import type { FormItemProps } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface FormDialogProps<V> {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  /** The dialog's data-testid prefix: <prefix>-dialog, <prefix>-ok. */
  testId: string;
  initialValues?: Partial<V>;
  /** Resolves to whether it went through; the dialog closes when it did. */
  onSubmit: (values: V) => Promise<boolean>;
  onClose: () => void;
  children: ReactNode;
}

function ActionForm<V>({ okText, danger, testId, initialValues, onSubmit, onClose, children }: Omit<FormDialogProps<V>, 'open' | 'title'>) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Focus the first thing to type in, or OK when there is nothing to type: either way Enter goes.
  useEffect(() => {
    const t = setTimeout(() => {
      const first = box.current?.querySelector<HTMLElement>('input[type=text]:not([readonly]):not([disabled]):not([role=combobox]), textarea:not([disabled])');
      (first ?? box.current?.querySelector<HTMLElement>('button[type=submit]'))?.focus();
    }, 50);
    return () => clearTimeout(t);
  }, []);
  const finish = async (values: V) => {
    setBusy(true);
    try {
      if (await onSubmit(values)) onClose();
    } finally {
      setBusy(false);
    }
  };
  // The buttons live inside the <form>, so Enter in any input submits it.
  return (
    <div ref={box}>
      <Form<V> form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={(v) => void finish(v)} disabled={busy}>
        {children}
        <div className="xt-dialog-footer">
          <Space>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" danger={danger} htmlType="submit" loading={busy} data-testid={`${testId}-ok`}>
              {okText}
            </Button>
          </Space>
        </div>
      </Form>
    </div>
  );
}

/**
 * A dialog that is one form (拟稿, a workflow action): its inputs, then 取消 / OK. Mounted fresh on
 * each opening (so nothing typed last time lingers); Enter submits, and Ctrl+Enter submits from an
 * opinion box.
 */
export function FormDialog<V>({ open, title, ...rest }: FormDialogProps<V>) {
  return (
    <Modal open={open} title={title} footer={null} onCancel={rest.onClose} destroyOnHidden width={560} data-testid={`${rest.testId}-dialog`}>
      <ActionForm<V> {...rest} />
    </Modal>
  );
}

/** A multi-line opinion; Ctrl+Enter (or ⌘+Enter) submits the dialog it sits in. */
export function OpinionItem({ label, required, placeholder, testId = 'doc-opinion', ...item }: { label: string; required?: boolean; placeholder?: string; testId?: string } & Omit<FormItemProps, 'label' | 'children'>) {
  const form = Form.useFormInstance();
  return (
    <Form.Item name="opinion" label={label} rules={[{ required, whitespace: true, message: `请填写${label}` }, { max: 500, message: '不能超过 500 字' }]} {...item}>
      <Input.TextArea
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={placeholder ?? (required ? `请填写${label}` : `${label}（可不填）`)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            form.submit();
          }
        }}
        data-testid={testId}
        aria-label={label}
      />
    </Form.Item>
  );
}
