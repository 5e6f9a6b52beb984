import type { Light } from '../../shared/supervision/kinds';

/** The colours the 红黄绿灯 are drawn in everywhere: list, item page, charts. */
export const lightColors: Record<Light, string> = { red: '#f5222d', yellow: '#faad14', green: '#52c41a', grey: '#bfbfbf' };

/** Worst first, the order the list sorts and the filters offer them in. */
export const lightOrder = ['red', 'yellow', 'green', 'grey'] as const satisfies readonly Light[];
