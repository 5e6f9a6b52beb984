import { Empty, List, Tag } from 'antd';
import dayjs from 'dayjs';
import type { CirculationEntry } from '../../../shared/documents/incoming';
import { usePeopleLookup } from '../../api/usePeople';
import { PersonAvatar } from '../../common/PersonAvatar';

/** 传阅: who has it, who has read it and when; unread first, so the chase list is on top. */
export function CirculationList({ circulation }: { circulation: CirculationEntry[] }) {
  const person = usePeopleLookup();
  if (circulation.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未传阅" data-testid="incoming-circulation" />;
  const read = circulation.filter((c) => c.readAt !== null).length;
  const ordered = [...circulation].sort((a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || (a.readAt ?? 0) - (b.readAt ?? 0));
  return (
    <div data-testid="incoming-circulation">
      <div className="xt-muted xt-small" style={{ marginBottom: 8 }}>
        已阅 {read} / {circulation.length}
      </div>
      <List
        size="small"
        dataSource={ordered}
        renderItem={(c) => {
          const p = person(c.personId);
          return (
            <List.Item data-testid="incoming-reader" data-person-id={c.personId} data-read={c.readAt !== null}>
              <List.Item.Meta avatar={<PersonAvatar name={p?.name} id={c.personId} size={28} />} title={p?.name ?? '…'} />
              {c.readAt !== null ? <Tag color="success">已阅 {dayjs(c.readAt).format('MM-DD HH:mm')}</Tag> : <Tag color="warning">未阅</Tag>}
            </List.Item>
          );
        }}
      />
    </div>
  );
}
