/**
 * The system runs on a non-classified network ("涉密信息不上网，上网信息不涉密"), so content that
 * carries a classification mark is refused everywhere. A mark is the level followed by ★ (机密★5年)
 * or written as a 密级 field (密级：秘密); the bare words in ordinary prose are not marks.
 */
const markPattern = /(绝密|机密|秘密)\s*★|密级\s*[:：]\s*(绝密|机密|秘密)/;

export const classifiedRefusalMessage = '本系统严禁处理涉密信息：内容带有密级标志（绝密、机密、秘密），已拒绝';

export function findClassificationMark(text: string): string | null {
  const match = markPattern.exec(text);
  return match ? match[0] : null;
}
