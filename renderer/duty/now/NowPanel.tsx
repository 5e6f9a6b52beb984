import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitOnDuty } from '../../../shared/duty/api-types';
import { useApiQuery } from '../../api/useApiQuery';
import { SearchBox } from '../../common/SearchBox';
import { clock, dateTime } from '../common/dates';
import { PersonPhone, PhoneCopy } from '../common/PersonPhone';
import { ShiftTag } from '../common/tags';
import { MyDuties } from './MyDuties';

function UnitCard({ unit }: { unit: UnitOnDuty }) {
  return (
    <Card
      size="small"
      className="xt-duty-now-card"
      data-testid={`duty-now-unit-${unit.unitId}`}
      data-rostered={!!unit.shift}
      title={unit.unitName}
      extra={unit.shift ? <ShiftTag shift={unit.shift.shift} range={`${clock(unit.shift.start)}–${clock(unit.shift.end)}`} /> : <Tag color="red">未排班</Tag>}
    >
      {unit.people.length === 0 ? (
        <div className="xt-muted">{unit.shift ? '本班次无人值班' : '当前没有已发布的值班表'}</div>
      ) : (
        <table className="xt-duty-now-people">
          <tbody>
            {unit.people.map((p) => (
              <tr key={`${p.postId}|${p.personId}`} data-person-id={p.personId}>
                <th>{p.postName}</th>
                <td>
                  <PersonPhone name={p.name} phone={p.phone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="xt-duty-now-office">
        值班电话 <PhoneCopy phone={unit.officePhone} />
      </div>
    </Card>
  );
}

/** 今日值班: who is on duty right now in every unit I see, with 我的值班 beside it. */
export function NowPanel() {
  const [q, setQ] = useState('');
  const now = useApiQuery('duty', (api) => api.duty.now(q ? { q } : {}), [q]);
  const { refetch } = now;
  useEffect(() => {
    const timer = setInterval(refetch, 60_000);
    return () => clearInterval(timer);
  }, [refetch]);
  const units = now.data?.units;
  return (
    <div className="xt-duty-now">
      <div className="xt-duty-now-main">
        <div className="xt-duty-toolbar">
          <Space wrap>
            <SearchBox value={q} onSearch={setQ} placeholder="搜索单位、姓名、岗位" width={260} label="搜索值班人员" testId="duty-now-search" />
            <Button icon={<ReloadOutlined />} onClick={refetch} loading={now.loading && !!now.data} aria-label="刷新">
              刷新
            </Button>
          </Space>
          {now.data && <span className="xt-muted xt-small">更新于 {dateTime(now.data.at)}，每分钟自动刷新</span>}
        </div>
        {!units ? (
          now.error ? <Empty description={now.error.message} /> : <Spin className="xt-center" />
        ) : units.length === 0 ? (
          <Empty description={q ? '没有匹配的单位或人员' : '没有可查看的单位'} />
        ) : (
          <div className="xt-duty-now-cards" data-testid="duty-now-cards">
            {[...units]
              .sort((a, b) => Number(!a.shift) - Number(!b.shift))
              .map((unit) => (
                <UnitCard key={unit.unitId} unit={unit} />
              ))}
          </div>
        )}
      </div>
      <MyDuties />
    </div>
  );
}
