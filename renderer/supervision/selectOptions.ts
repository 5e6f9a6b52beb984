import { lightLabels, supervisionPriorities, supervisionSources, supervisionStatuses, supervisionStatusLabels } from '../../shared/supervision/kinds';
import { lightOrder } from './lightColors';

/** 状态, 来源, 优先级 and 灯色 as select options. */
export const statusOptions = supervisionStatuses.map((s) => ({ value: s, label: supervisionStatusLabels[s] }));
export const sourceOptions = supervisionSources.map((s) => ({ value: s, label: s }));
export const priorityOptions = supervisionPriorities.map((p) => ({ value: p, label: p }));
export const lightOptions = lightOrder.map((l) => ({ value: l, label: lightLabels[l] }));
