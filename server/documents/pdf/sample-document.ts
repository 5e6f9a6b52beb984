import { DocumentFields } from '../../../shared/documents/fields';
import type { BodyNode } from '../../../shared/documents/records';
import { sealSvg, svgDataUrl } from '../../../shared/documents/seal-art';
import type { PrintableDocument } from './printable';

/**
 * A realistic 通知 for the PDF tests and for looking at the layout (scripts/render-pdf-page.ts):
 * red-header format, headings of the first two levels, attachments, seal, 抄送 and 印发.
 */

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const sections: string[][] = [
  [
    '一、总体要求',
    '坚持人民至上、生命至上，统筹发展和安全，以防范化解重大安全风险为主线，以遏制较大及以上生产安全事故为重点，压紧压实安全生产责任，全面排查整治各类风险隐患，确保全市安全生产形势持续稳定向好。',
  ],
  [
    '二、重点任务',
    '（一）深入开展隐患排查整治。各县（市、区）人民政府要组织力量对辖区内危险化学品、燃气、建筑施工、交通运输、消防等重点行业领域开展“拉网式”排查，建立问题隐患和整改措施“两个清单”，实行闭环管理。',
    '（二）严格落实企业主体责任。督促企业主要负责人切实履行第一责任人职责，健全全员安全生产责任制，2026年12月31日前完成安全生产标准化自评。',
  ],
  [
    '三、工作要求',
    '各县（市、区）人民政府、市政府各部门要高度重视，主要负责同志要亲自研究部署，市安委会办公室将适时督导检查。',
    '请于2026年12月15日前将工作开展情况报送市应急局。',
  ],
];

export function sampleBody(extraParagraphs = 0): BodyNode {
  const filler = Array.from({ length: extraParagraphs }, (_, i) =>
    paragraph(
      `${i + 1}.各有关部门要按照职责分工，加强对本行业领域冬季安全生产工作的监督检查，督促企业落实各项防范措施，对检查发现的问题隐患逐项建立台账、限期整改到位，确保第${i + 1}项任务按期完成。`,
    ),
  );
  const content = sections.flat().map(paragraph);
  content.splice(content.length - 1, 0, ...filler);
  return { type: 'doc', content };
}

export function sampleDocument(options: { extraParagraphs?: number; sealed?: boolean; letterFormat?: boolean } = {}): PrintableDocument {
  const fields = DocumentFields.parse({
    type: '通知',
    direction: '下行文',
    urgency: '特急',
    copyNumber: '000123',
    issuerMark: '滨州市人民政府文件',
    title: '滨州市人民政府关于做好2026年冬季安全生产工作的通知',
    mainRecipients: ['各县（市、区）人民政府', '市政府各部门', '各大企业'],
    attachments: [{ name: '2026年冬季安全生产重点检查事项清单' }, { name: '各县（市、区）冬季安全生产工作联系人汇总表' }],
    issuerName: '滨州市人民政府',
    writtenDate: '2026-11-23',
    notes: '此件公开发布',
    ccRecipients: ['市委各部门', '市人大常委会办公室', '市政协办公室', '市监委', '市法院', '市检察院', '滨州军分区'],
    printingOrg: '滨州市人民政府办公室',
    printingDate: '2026-11-23',
  });
  return {
    fields,
    docNumber: '滨政发〔2026〕3号',
    body: sampleBody(options.extraParagraphs ?? 0),
    sealImage: options.sealed === false ? null : svgDataUrl(sealSvg('滨州市人民政府')),
    letterFormat: options.letterFormat ?? false,
  };
}
