import { Button, Space } from 'antd';
import { supervisionActionLabels, type SupervisionActionKind } from '../../../shared/supervision/actions';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { useApi } from '../../api/context';
import { useStatus } from '../../app/useStatus';
import { useAction } from '../../common/useAction';
import { FormDialog } from '../../documents/FormDialog';
import { actionDoneText } from '../../documents/labels';
import { ActionFields, initialActionValues } from './ActionFields';
import { toSupervisionAction, type ActionValues } from './actionInput';
import type { ActionTargets } from './targets';

/** An action asked for, from the bar or from a row that names its target (审核 on a report). */
export interface ActionRequest {
  kind: SupervisionActionKind;
  preset?: Partial<ActionValues>;
}

const refusing: readonly SupervisionActionKind[] = ['return'];
const secondary: readonly SupervisionActionKind[] = ['return', 'reassign', 'requestExtension', 'urge'];

/**
 * The buttons the lifecycle gives me on this item, each with its dialog. Every action carries the
 * status I saw, so one queued offline is refused with the reason if the item has moved on.
 */
export function ItemActions({
  item,
  kinds,
  targets,
  unitName,
  request,
  onRequest,
  onUrged,
}: {
  item: SupervisionItem;
  kinds: SupervisionActionKind[];
  targets: ActionTargets;
  unitName: (id: string) => string;
  request: ActionRequest | null;
  onRequest: (request: ActionRequest | null) => void;
  onUrged: (text: string) => void;
}) {
  const api = useApi();
  const run = useAction();
  const { online } = useStatus();

  const act = async (kind: SupervisionActionKind, values: ActionValues) => {
    const action = toSupervisionAction(kind, values);
    const done = await run(actionDoneText(supervisionActionLabels[kind], online), () => api.supervision.act({ itemId: item.id, expectedStatus: item.status, action }));
    if (done && action.kind === 'urge') onUrged(action.text);
    return done;
  };

  if (kinds.length === 0) return null;
  const open = request && kinds.includes(request.kind) ? request : null;
  // What moves the item on comes first; 退回, 调整, 延期 and 催办 after it.
  const ordered = [...kinds.filter((k) => !secondary.includes(k)), ...kinds.filter((k) => secondary.includes(k))];
  return (
    <Space wrap data-testid="sup-actions">
      {ordered.map((kind) => (
        <Button key={kind} type={secondary.includes(kind) ? 'default' : 'primary'} danger={refusing.includes(kind)} onClick={() => onRequest({ kind })} data-testid={`sup-action-${kind}`}>
          {supervisionActionLabels[kind]}
        </Button>
      ))}
      {open && (
        <FormDialog<ActionValues>
          open
          title={supervisionActionLabels[open.kind]}
          okText={open.kind === 'urge' ? '发出催办' : supervisionActionLabels[open.kind]}
          danger={refusing.includes(open.kind)}
          testId="sup-action"
          initialValues={initialActionValues(open.kind, item, targets, open.preset ?? {})}
          onSubmit={(values) => act(open.kind, values)}
          onClose={() => onRequest(null)}
        >
          <ActionFields kind={open.kind} item={item} targets={targets} unitName={unitName} />
        </FormDialog>
      )}
    </Space>
  );
}
