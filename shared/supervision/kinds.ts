import { z } from 'zod';

/** 立项来源 (DOMAIN.md §2.1). */
export const supervisionSources = ['领导批示', '会议议定事项', '重要文件', '上级交办', '人大建议', '政协提案', '群众诉求'] as const;
export const SupervisionSource = z.enum(supervisionSources, { error: `来源必须是：${supervisionSources.join('、')}` });
export type SupervisionSource = z.infer<typeof SupervisionSource>;

/** 反馈周期: how often the units report progress. */
export const feedbackCadences = ['weekly', 'monthly', 'milestone'] as const;
export const FeedbackCadence = z.enum(feedbackCadences);
export type FeedbackCadence = z.infer<typeof FeedbackCadence>;
export const feedbackCadenceLabels: Record<FeedbackCadence, string> = { weekly: '每周', monthly: '每月', milestone: '按节点' };

export const supervisionPriorities = ['一般', '重要', '紧急'] as const;
export const SupervisionPriority = z.enum(supervisionPriorities);
export type SupervisionPriority = z.infer<typeof SupervisionPriority>;

/**
 * 交办中 (units signing for it) → 办理中 → 审核中 (办结申请 under review) → 已办结 → 已归档.
 * 退回重办 goes from 审核中 back to 办理中.
 */
export const supervisionStatuses = ['assigned', 'handling', 'reviewing', 'closed', 'archived'] as const;
export const SupervisionStatus = z.enum(supervisionStatuses);
export type SupervisionStatus = z.infer<typeof SupervisionStatus>;
export const supervisionStatusLabels: Record<SupervisionStatus, string> = {
  assigned: '交办中',
  handling: '办理中',
  reviewing: '审核中',
  closed: '已办结',
  archived: '已归档',
};

/** 红黄绿灯; closed items show grey. */
export const lights = ['green', 'yellow', 'red', 'grey'] as const;
export const Light = z.enum(lights);
export type Light = z.infer<typeof Light>;
export const lightLabels: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯', grey: '灰灯' };

export const unitRoles = ['lead', 'support'] as const;
export const UnitRole = z.enum(unitRoles);
export type UnitRole = z.infer<typeof UnitRole>;
export const unitRoleLabels: Record<UnitRole, string> = { lead: '牵头单位', support: '配合单位' };

export const evaluationGrades = ['优秀', '良好', '一般', '较差'] as const;
export const EvaluationGrade = z.enum(evaluationGrades);
export type EvaluationGrade = z.infer<typeof EvaluationGrade>;
