import { z } from 'zod';

/** The 15 文种 of 《党政机关公文处理工作条例》 第八条, in the order the 条例 lists them. */
export const documentTypes = [
  '决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要',
] as const;
export const DocumentType = z.enum(documentTypes, { error: `文种必须是以下之一：${documentTypes.join('、')}` });
export type DocumentType = z.infer<typeof DocumentType>;

/** 紧急程度: 特急 and 加急 are the marks; 普通 prints nothing. */
export const urgencyLevels = ['普通', '加急', '特急'] as const;
export const Urgency = z.enum(urgencyLevels, { error: '紧急程度必须是 普通、加急 或 特急' });
export type Urgency = z.infer<typeof Urgency>;

/** 行文方向 decides which 行文规则 apply (上行文 needs 签发人 and one 主送). */
export const Direction = z.enum(['上行文', '下行文', '平行文'], { error: '行文方向必须是 上行文、下行文 或 平行文' });
export type Direction = z.infer<typeof Direction>;

/** The usual direction of each 文种; the drafter may change it (意见 goes any way). */
export const usualDirection: Record<DocumentType, Direction> = {
  决议: '下行文',
  决定: '下行文',
  命令: '下行文',
  公报: '下行文',
  公告: '下行文',
  通告: '下行文',
  意见: '下行文',
  通知: '下行文',
  通报: '下行文',
  报告: '上行文',
  请示: '上行文',
  批复: '下行文',
  议案: '上行文',
  函: '平行文',
  纪要: '下行文',
};
