import dayjs from 'dayjs';
import type { SheetEntry } from '../../shared/documents/records';
import { formatChineseDate, isoDateInChina } from '../../shared/documents/dates';
import { usePeopleLookup } from '../api/usePeople';

/** The leader's 签发 as on a 发文稿纸: opinion, name and full date, from the latest 签发 in the 处理单. */
export function SignOpinion({ sheet }: { sheet: SheetEntry[] }) {
  const person = usePeopleLookup();
  const signed = sheet.findLast((e) => e.action === 'sign');
  if (!signed) return null;
  return (
    <div className="xt-sign-opinion" data-testid="doc-sign-opinion" title={dayjs(signed.at).format('YYYY-MM-DD HH:mm')}>
      <span className="xt-sign-opinion-label">签发意见</span>
      <span className="xt-sign-opinion-text">{signed.opinion || '同意。'}</span>
      <span className="xt-sign-opinion-by">
        {person(signed.actorId)?.name ?? '…'} {formatChineseDate(isoDateInChina(signed.at))}
      </span>
    </div>
  );
}
