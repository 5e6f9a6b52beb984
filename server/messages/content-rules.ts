import { classifiedRefusalMessage, findClassificationMark } from '../../shared/classification';
import { AppError } from '../../shared/errors';

/** 涉密信息不上网: any text carrying a classification mark is refused before it is stored. */
export function refuseClassified(...texts: (string | null | undefined)[]): void {
  for (const text of texts) {
    if (text && findClassificationMark(text)) throw new AppError('classified_refused', classifiedRefusalMessage);
  }
}
