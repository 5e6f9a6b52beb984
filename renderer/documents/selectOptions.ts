import { documentTypes, urgencyLevels } from '../../shared/documents/kinds';

/** 文种 and 紧急程度 as select options; 文种 selects are searchable, typing 请示 is quicker than scrolling 15. */
export const documentTypeOptions = documentTypes.map((t) => ({ value: t, label: t }));
export const urgencyOptions = urgencyLevels.map((u) => ({ value: u, label: u }));
