import { Empty, Spin, Tag } from 'antd';
import type { DiffBlock, VersionDiff } from '../../../shared/documents/api-types';
import { usePeopleLookup } from '../../api/usePeople';
import { addedColorFor, removedColor } from '../diffColors';

function Block({ block, authorIds, name }: { block: DiffBlock; authorIds: string[]; name: (id: string | null) => string }) {
  const Tag = block.type === 'heading' ? 'h4' : 'p';
  return (
    <Tag className="xt-diff-block">
      {block.runs.map((run, i) => {
        if (run.change === null) return <span key={i}>{run.text}</span>;
        const who = name(run.authorId);
        if (run.change === 'removed') {
          return (
            <del key={i} className="xt-diff-removed" style={{ color: removedColor }} title={`${who} 删除`} data-testid="doc-diff-removed" data-author-id={run.authorId ?? ''}>
              {run.text}
            </del>
          );
        }
        const color = addedColorFor(authorIds, run.authorId);
        return (
          <ins key={i} className="xt-diff-added" style={{ color, textDecorationColor: color }} title={`${who} 添加`} data-testid="doc-diff-added" data-author-id={run.authorId ?? ''}>
            {run.text}
          </ins>
        );
      })}
    </Tag>
  );
}

/** A comparison of two bodies: added text underlined in its author's colour, removed text struck through in red. */
export function DiffView({ diff, loading, error }: { diff: VersionDiff | undefined; loading: boolean; error: Error | undefined }) {
  const person = usePeopleLookup();
  const name = (id: string | null) => (id ? (person(id)?.name ?? '…') : '未知');
  if (error) return <div className="xt-error" data-testid="doc-diff">无法比较：{error.message}</div>;
  if (!diff) return <Spin className="xt-center" spinning={loading} />;
  const changed = diff.blocks.some((b) => b.runs.some((r) => r.change !== null));
  return (
    <div className="xt-diff" data-testid="doc-diff" data-changed={changed}>
      <div className="xt-diff-legend">
        {diff.authorIds.map((id) => (
          <Tag key={id} color={addedColorFor(diff.authorIds, id)} data-testid="doc-diff-author">
            {name(id)}
          </Tag>
        ))}
        <span className="xt-muted xt-small">
          <ins className="xt-diff-added">下划线</ins> 为新增，<del style={{ color: removedColor }}>删除线</del> 为删除；悬停可见修改人
        </span>
      </div>
      {!changed && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="两个版本之间没有改动" />}
      <div className="xt-diff-body">
        {diff.blocks.map((block, i) => (
          <Block key={i} block={block} authorIds={diff.authorIds} name={name} />
        ))}
      </div>
    </div>
  );
}
