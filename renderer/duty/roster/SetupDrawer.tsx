import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Divider, Drawer, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { DutySetup } from '../../../shared/duty/records';
import type { DutyPost, UnavailableReason } from '../../../shared/duty/roster-schemas';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { usePeopleLookup } from '../../api/usePeople';
import { useAction } from '../../common/useAction';
import { useUnitMembers } from '../../common/useUnitMembers';

/** Each post carries its list of people, so adding or removing a post takes its list along. */
interface SetupForm {
  posts: (DutyPost & { personIds: string[] })[];
  shiftKind: '24h' | 'dayNight';
  dayStart: string;
  nightStart: string;
  noConsecutiveDays: boolean;
  maxPerMonth: number | null;
  leaders: string[];
  unavailable: { personId?: string; range?: [Dayjs, Dayjs]; reason: UnavailableReason }[];
  officePhone: string;
  fax: string;
  managerIds: string[];
}

const timeRule = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '格式为 HH:mm，如 08:30' };

function toForm(setup: DutySetup | null): SetupForm {
  if (!setup) {
    return {
      posts: [
        { id: newId(), name: '带班领导', leaderOnly: true, perShift: 1, personIds: [] },
        { id: newId(), name: '值班员', leaderOnly: false, perShift: 1, personIds: [] },
      ],
      shiftKind: '24h',
      dayStart: '08:30',
      nightStart: '17:30',
      noConsecutiveDays: true,
      maxPerMonth: null,
      leaders: [],
      unavailable: [],
      officePhone: '',
      fax: '',
      managerIds: [],
    };
  }
  return {
    posts: setup.posts.map((post) => ({ ...post, personIds: setup.pools.find((pool) => pool.postId === post.id)?.personIds ?? [] })),
    shiftKind: setup.shifts.kind,
    dayStart: setup.shifts.dayStart,
    nightStart: setup.shifts.kind === 'dayNight' ? setup.shifts.nightStart : '17:30',
    noConsecutiveDays: setup.constraints.noConsecutiveDays,
    maxPerMonth: setup.constraints.maxPerMonth,
    leaders: setup.constraints.leaders,
    unavailable: setup.constraints.unavailable.map((u) => ({ personId: u.personId, range: [dayjs(u.from), dayjs(u.to)], reason: u.reason })),
    officePhone: setup.officePhone,
    fax: setup.fax,
    managerIds: setup.managerIds,
  };
}

/** The unit's people, by department, plus anyone already named who has since moved. */
function usePeopleOptions(unitId: string, named: string[]) {
  const groups = useUnitMembers(unitId);
  const person = usePeopleLookup();
  return useMemo(() => {
    const listed = new Set(groups?.flatMap((g) => g.people.map((p) => p.id)));
    const others = [...new Set(named)].filter((id) => !listed.has(id));
    return [
      ...(groups ?? []).map((g) => ({ label: g.org.name, title: g.org.name, options: g.people.map((p) => ({ value: p.id, label: p.name })) })),
      ...(others.length ? [{ label: '其他', title: '其他', options: others.map((id) => ({ value: id, label: person(id)?.name ?? '…' })) }] : []),
    ];
  }, [groups, named.join(','), person]);
}

/** 值班设置: posts, shifts, who may take each post, the rules the generator keeps, phones and managers. */
export function SetupDrawer({ open, unitId, unitName, setup, onClose }: { open: boolean; unitId: string; unitName: string; setup: DutySetup | null; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<SetupForm>();
  const [busy, setBusy] = useState(false);
  const named = setup ? [...setup.pools.flatMap((p) => p.personIds), ...setup.constraints.leaders, ...setup.managerIds] : [];
  const peopleOptions = usePeopleOptions(unitId, named);
  const shiftKind = Form.useWatch('shiftKind', form);
  const posts = Form.useWatch('posts', form) ?? [];
  const peopleSelect = (testId: string, placeholder: string) => <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={peopleOptions} placeholder={placeholder} data-testid={testId} />;

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    const ok = await run('值班设置已保存', () =>
      api.duty.saveSetup({
        unitId,
        posts: values.posts.map((p) => ({ id: p.id, name: p.name.trim(), leaderOnly: p.leaderOnly, perShift: p.perShift })),
        shifts: values.shiftKind === '24h' ? { kind: '24h', dayStart: values.dayStart } : { kind: 'dayNight', dayStart: values.dayStart, nightStart: values.nightStart },
        pools: values.posts.map((p) => ({ postId: p.id, personIds: p.personIds ?? [] })),
        constraints: {
          noConsecutiveDays: values.noConsecutiveDays,
          maxPerMonth: values.maxPerMonth ?? null,
          leaders: values.leaders ?? [],
          unavailable: (values.unavailable ?? []).flatMap((u) => (u.personId && u.range ? [{ personId: u.personId, from: u.range[0].format('YYYY-MM-DD'), to: u.range[1].format('YYYY-MM-DD'), reason: u.reason }] : [])),
        },
        officePhone: values.officePhone?.trim() ?? '',
        fax: values.fax?.trim() ?? '',
        managerIds: values.managerIds ?? [],
      }),
    );
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={`值班设置 · ${unitName}`}
      size={720}
      destroyOnHidden
      data-testid="duty-setup"
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="duty-setup-save">
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={toForm(setup)}>
        <Divider titlePlacement="start">值班岗位</Divider>
        <Form.List name="posts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (

                  <Card key={field.key} size="small" className="xt-duty-setup-post" data-testid="duty-setup-post">
                    <Space align="start" wrap>
                      <Form.Item name={[field.name, 'name']} label="岗位" rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }]}>
                        <Input placeholder="如：带班领导" maxLength={30} style={{ width: 160 }} data-testid="duty-setup-post-name" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'perShift']} label="每班人数" rules={[{ required: true }]}>
                        <InputNumber min={1} max={10} precision={0} style={{ width: 90 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'leaderOnly']} label="仅限领导" valuePropName="checked">
                        <Switch />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} disabled={fields.length === 1} style={{ marginTop: 30 }} aria-label="删除岗位" />
                    </Space>
                    <Form.Item name={[field.name, 'personIds']} label="值班人员名单（按轮换顺序）" style={{ marginBottom: 0 }}>
                      {peopleSelect('duty-setup-pool', '从本单位人员中选择')}
                    </Form.Item>
                  </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ id: newId(), name: '', leaderOnly: false, perShift: 1, personIds: [] })} disabled={fields.length >= 20} block>
                添加岗位
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">班次</Divider>
        <Space align="start" wrap>
          <Form.Item name="shiftKind" label="班制">
            <Radio.Group optionType="button" data-testid="duty-setup-shift-kind">
              <Radio.Button value="24h">24小时一班</Radio.Button>
              <Radio.Button value="dayNight">白班/夜班</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="dayStart" label={shiftKind === 'dayNight' ? '白班开始' : '交班时间'} rules={[{ required: true, message: '请填写时间' }, timeRule]}>
            <Input style={{ width: 100 }} placeholder="08:30" />
          </Form.Item>
          {shiftKind === 'dayNight' && (
            <Form.Item
              name="nightStart"
              label="夜班开始"
              dependencies={['dayStart']}
              rules={[{ required: true, message: '请填写时间' }, timeRule, ({ getFieldValue }) => ({ validator: (_, v: string) => (v > (getFieldValue('dayStart') as string) ? Promise.resolve() : Promise.reject(new Error('夜班应晚于白班开始'))) })]}
            >
              <Input style={{ width: 100 }} placeholder="17:30" />
            </Form.Item>
          )}
        </Space>

        <Divider titlePlacement="start">排班规则</Divider>
        <Space align="start" wrap size="large">
          <Form.Item name="noConsecutiveDays" label="不得连续值班" valuePropName="checked" tooltip="不连续两天值班，也不在同一天值白班又值夜班">
            <Switch />
          </Form.Item>
          <Form.Item name="maxPerMonth" label="每人每月最多（班）" tooltip="留空为不限">
            <InputNumber min={1} max={62} precision={0} placeholder="不限" style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item name="leaders" label="领导名单" tooltip="仅限领导的岗位（带班领导）只能从这里的人员中安排">
          {peopleSelect('duty-setup-leaders', '选择可以带班的领导')}
        </Form.Item>
        <Form.List name="unavailable">
          {(fields, { add, remove }) => (
            <Form.Item label="请假/出差">
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'personId']} rules={[{ required: true, message: '请选择人员' }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} options={peopleOptions} placeholder="人员" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'range']} rules={[{ required: true, message: '请选择日期' }]}>
                    <DatePicker.RangePicker />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']}>
                    <Select style={{ width: 90 }} options={['请假', '出差', '其他'].map((r) => ({ value: r, label: r }))} />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除" />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ reason: '请假' })}>
                添加请假/出差
              </Button>
            </Form.Item>
          )}
        </Form.List>

        <Divider titlePlacement="start">联系方式与管理</Divider>
        <Space wrap>
          <Form.Item name="officePhone" label="值班电话">
            <Input placeholder="如：0571-87001234" style={{ width: 220 }} data-testid="duty-setup-phone" />
          </Form.Item>
          <Form.Item name="fax" label="传真">
            <Input style={{ width: 220 }} data-testid="duty-setup-fax" />
          </Form.Item>
        </Space>
        <Form.Item name="managerIds" label="值班管理员" tooltip="除本单位值班员外，可编辑值班表、审批换班的人员">
          {peopleSelect('duty-setup-managers', '选择值班管理员')}
        </Form.Item>
        {posts.length === 0 && <div className="xt-muted">请至少设置一个值班岗位</div>}
      </Form>
    </Drawer>
  );
}
