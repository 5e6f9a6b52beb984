import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Empty, List } from 'antd';
import type { RosterProblem } from '../../../shared/duty/roster-schemas';

/** What is still wrong with the roster; clicking a line takes the eye (and the keyboard) to its cell. */
export function ProblemList({ problems, checking, onPick }: { problems: RosterProblem[] | undefined; checking: boolean; onPick: (problem: RosterProblem) => void }) {
  return (
    <div className="xt-duty-side-block" data-testid="roster-problems" data-count={problems?.length ?? ''}>
      <div className="xt-duty-side-title">
        {problems && problems.length > 0 ? <WarningOutlined style={{ color: '#cf1322' }} /> : <CheckCircleOutlined style={{ color: '#389e0d' }} />} 待核实问题
        {problems ? `（${problems.length}）` : ''}
        {checking && <span className="xt-muted xt-small"> 检查中…</span>}
      </div>
      {problems && problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题" />
      ) : (
        <List
          size="small"
          className="xt-duty-problems"
          dataSource={problems ?? []}
          renderItem={(problem) => (
            <List.Item className="xt-duty-problem" onClick={() => onPick(problem)} data-testid="roster-problem" data-kind={problem.kind} data-date={problem.date}>
              <button type="button" className="xt-duty-linklike">
                {problem.message}
              </button>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
