import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';
import { FormDialog } from '../documents/FormDialog';
import { downloadCoreFile } from '../common/coreFile';

interface Values {
  period: [Dayjs, Dayjs];
  title?: string;
}

/** 督查通报: the server lays out the period's figures and 超期清单 as a PDF, saved as a download. */
export function BulletinDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const make = ({ period, title }: Values) =>
    run('督查通报已生成', async () => {
      const file = await api.supervision.bulletin({ from: period[0].format('YYYY-MM-DD'), to: period[1].format('YYYY-MM-DD'), title: title?.trim() || undefined });
      downloadCoreFile(file, 'application/pdf');
    });
  return (
    <FormDialog<Values> open={open} title="督查通报" okText="生成 PDF" testId="sup-bulletin" initialValues={{ period: [dayjs().startOf('month'), dayjs()] }} onSubmit={make} onClose={onClose}>
      <Form.Item name="period" label="通报期间" rules={[{ required: true, message: '请选择通报期间' }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} data-testid="sup-bulletin-period" />
      </Form.Item>
      <Form.Item name="title" label="标题" rules={[{ max: 100, message: '不能超过 100 字' }]}>
        <Input placeholder="默认：督查通报（可不填）" data-testid="sup-bulletin-title" />
      </Form.Item>
    </FormDialog>
  );
}
