import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFragmentName, bodyFromFragment, bodyPlainText } from './body';
import type { BodyNode } from './records';

const schema = getSchema([StarterKit]);

const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', ...(content.length > 0 ? { content } : {}) });
const text = (value: string, ...marks: BodyNode['marks'] & object): BodyNode => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks } : {}) });

const body: BodyNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('一、总体要求')] },
    p(text('请'), text('各县区', { type: 'bold' }), text('于'), text('6月30日', { type: 'link', attrs: { href: 'https://example.gov.cn' } }), text('前报送。')),
    p(),
    p(text('联系人：张三'), { type: 'hardBreak' }, text('电话：0543-1234567')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('甲'))] }, { type: 'listItem', content: [p(text('乙'))] }] },
  ],
};

/** The body as TipTap's collaboration extension would leave it in the shared document. */
function fragmentWith(json: BodyNode): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment(bodyFragmentName);
  prosemirrorJSONToYXmlFragment(schema, json, fragment);
  return fragment;
}

describe('body documents', () => {
  it('reads back what y-tiptap wrote, as y-tiptap itself reads it', () => {
    const fragment = fragmentWith(body);
    const read = schema.nodeFromJSON(bodyFromFragment(fragment));
    expect(read.eq(schema.nodeFromJSON(body))).toBe(true);
    expect(read.eq(schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(fragment)))).toBe(true);
  });

  it('drops the hash y-prosemirror adds to marks that may overlap', () => {
    const fragment = new Y.Doc().getXmlFragment(bodyFragmentName);
    const paragraph = new Y.XmlElement('paragraph');
    const run = new Y.XmlText();
    paragraph.insert(0, [run]);
    fragment.insert(0, [paragraph]);
    run.insert(0, '批注', { 'comment--AbCd12+/': { id: 7 } });
    expect(bodyFromFragment(fragment)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '批注', marks: [{ type: 'comment', attrs: { id: 7 } }] }] }],
    });
  });

  it('gives one line per block, and a line break for a hard break', () => {
    expect(bodyPlainText(bodyFromFragment(fragmentWith(body)))).toBe(
      '一、总体要求\n请各县区于6月30日前报送。\n\n联系人：张三\n电话：0543-1234567\n甲\n乙',
    );
    expect(bodyPlainText({ type: 'doc', content: [] })).toBe('');
  });
});
