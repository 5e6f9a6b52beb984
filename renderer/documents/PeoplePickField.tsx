import { UserAddOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { usePeopleLookup } from '../api/usePeople';
import { MemberPicker } from '../directory/MemberPicker';

/**
 * A form control holding person ids, chosen with the directory's member picker: one person
 * (核稿人, 签发人, 领导) or several (会签人, 承办人, 传阅人).
 */
export function PeoplePickField({ value = [], onChange, multiple, title, excludeIds, testId }: { value?: string[]; onChange?: (ids: string[]) => void; multiple?: boolean; title: string; excludeIds?: string[]; testId: string }) {
  const person = usePeopleLookup();
  const [open, setOpen] = useState(false);
  return (
    <div className="xt-people-pick" data-testid={testId}>
      {value.map((id) => (
        <Tag key={id} closable onClose={() => onChange?.(value.filter((v) => v !== id))} data-testid={`${testId}-picked`} data-person-id={id}>
          {person(id)?.name ?? '…'}
        </Tag>
      ))}
      <Button size="small" icon={<UserAddOutlined />} onClick={() => setOpen(true)} data-testid={`${testId}-open`}>
        {value.length > 0 && !multiple ? '更换' : '选择'}
      </Button>
      <MemberPicker
        open={open}
        title={title}
        single={!multiple}
        excludeIds={excludeIds}
        okText="确定"
        pickText="选择"
        onCancel={() => setOpen(false)}
        onOk={(people) => {
          const ids = people.map((p) => p.id);
          onChange?.(multiple ? [...new Set([...value, ...ids])] : ids.slice(0, 1));
          setOpen(false);
        }}
      />
    </div>
  );
}
