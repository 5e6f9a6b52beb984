import type { DocumentFields } from '../../shared/documents/fields';
import { DateField, NamesField, TextField } from './fieldControls';
import type { FieldSetter } from './PaperHead';

/**
 * Below the 正文: 附件说明, the signature block (发文机关署名 and 成文日期, under the seal once
 * sealed), 附注, and the 版记 with 抄送机关, 印发机关 and 印发日期 between its rules.
 */
export function PaperFoot({ fields, set, sealImage }: { fields: DocumentFields; set: FieldSetter | null; sealImage?: string | null }) {
  const editable = set !== null;
  const names = fields.attachments.map((a) => a.name);
  const setAttachments = (next: string[]) => set?.('attachments', next.map((name) => fields.attachments.find((a) => a.name === name) ?? { name, fileId: null }));
  return (
    <div className="xt-paper-foot">
      {(editable || names.length > 0) && (
        <div className="xt-paper-attachments">
          附件：
          <NamesField name="attachments" editable={editable} value={names} onChange={setAttachments} placeholder="附件名称（可多个）" separator="；" />
        </div>
      )}
      <div className="xt-paper-signature">
        {sealImage && <img className="xt-paper-seal" src={sealImage} alt="印章" data-testid="doc-paper-seal" />}
        <TextField name="issuerName" editable={editable} value={fields.issuerName} onChange={(v) => set?.('issuerName', v)} placeholder="发文机关署名" maxLength={60} />
        <DateField name="writtenDate" editable={editable} value={fields.writtenDate} onChange={(v) => set?.('writtenDate', v)} placeholder="成文日期" />
      </div>
      {(editable || fields.notes) && (
        <div className="xt-paper-notes">
          （<TextField name="notes" editable={editable} value={fields.notes} onChange={(v) => set?.('notes', v)} placeholder="附注，如：此件公开发布" maxLength={200} />）
        </div>
      )}
      <div className="xt-paper-record">
        <div className="xt-paper-rule thick" />
        <div className="xt-paper-record-row">
          抄送：
          <NamesField name="ccRecipients" editable={editable} value={fields.ccRecipients} onChange={(v) => set?.('ccRecipients', v)} placeholder="抄送机关" separator="，" />
        </div>
        <div className="xt-paper-rule" />
        <div className="xt-paper-record-row between">
          <TextField name="printingOrg" editable={editable} value={fields.printingOrg} onChange={(v) => set?.('printingOrg', v)} placeholder="印发机关" maxLength={60} />
          <span>
            <DateField name="printingDate" editable={editable} value={fields.printingDate} onChange={(v) => set?.('printingDate', v)} placeholder="印发日期" />
            印发
          </span>
        </div>
        <div className="xt-paper-rule thick" />
      </div>
    </div>
  );
}
