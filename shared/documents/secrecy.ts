import { classifiedRefusalMessage, findClassificationMark } from '../classification';
import { AppError } from '../errors';
import { fieldTexts, Secrecy, secrecyRefusalMessage, type DocumentFields } from './fields';

/**
 * 涉密信息不上网: a 公文 whose fields or body carry a 密级 mark is refused wherever it enters
 * (drafting, import, 收文 from other systems), with the mark quoted so the user can find it.
 */
export function assertNotClassified(fields: Partial<DocumentFields>, bodyText = ''): void {
  // Callers may check input before the schema has parsed it, so the 密级 field is checked here too.
  if (fields.secrecy !== undefined && !Secrecy.safeParse(fields.secrecy).success) {
    throw new AppError('classified_refused', `${secrecyRefusalMessage}（密级为"${String(fields.secrecy)}"）`);
  }
  for (const text of [...fieldTexts(fields), bodyText]) {
    const mark = findClassificationMark(text);
    if (mark) throw new AppError('classified_refused', `${classifiedRefusalMessage}（发现"${mark}"）`);
  }
}
