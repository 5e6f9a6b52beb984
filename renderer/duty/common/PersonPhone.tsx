import { PhoneOutlined } from '@ant-design/icons';
import { App, Tooltip } from 'antd';

/** A phone number that copies itself on click: the duty manager dials it from a desk phone. */
export function PhoneCopy({ phone, testId }: { phone: string; testId?: string }) {
  const { message } = App.useApp();
  if (!phone) return <span className="xt-muted">—</span>;
  const copy = () =>
    void navigator.clipboard.writeText(phone).then(
      () => message.success(`已复制 ${phone}`),
      () => message.error('复制失败，请手动选择号码'),
    );
  return (
    <Tooltip title="点击复制">
      <button type="button" className="xt-duty-phone" onClick={copy} data-testid={testId}>
        <PhoneOutlined /> {phone}
      </button>
    </Tooltip>
  );
}

/** A person on duty: name, and the phone to reach them. */
export function PersonPhone({ name, phone }: { name: string; phone: string }) {
  return (
    <span className="xt-duty-person">
      <span className="xt-duty-person-name">{name}</span>
      <PhoneCopy phone={phone} />
    </span>
  );
}
