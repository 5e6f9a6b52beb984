import { classifiedRefusalMessage, findClassificationMark } from '../classification';
import { AppError } from '../errors';
import { fieldTexts, type DocumentFields } from './fields';

/**
 * 涉密信息不上网: a 公文 whose fields or body carry a 密级 mark is refused wherever it enters
 * (drafting, import, 收文 from other systems), with the mark quoted so the user can find it.
 */
export function assertNotClassified(fields: Partial<DocumentFields>, bodyText = ''): void {
  for (const text of [...fieldTexts(fields), bodyText]) {
    const mark = findClassificationMark(text);
    if (mark) throw new AppError('classified_refused', `${classifiedRefusalMessage}（发现"${mark}"）`);
  }
}
