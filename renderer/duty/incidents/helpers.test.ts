import { describe, expect, it } from 'vitest';
import { IncidentFactsInput } from '../../../shared/duty/actions';
import { incidentDeadlines } from '../../../shared/duty/incident-deadlines';
import type { IncidentFacts } from '../../../shared/duty/records';
import { countdownView, formatDuration } from './countdownView';
import { factsValues, toFactsInput } from './factsInput';
import { kebab } from './FactsFields';
import { changedFacts } from './FactsView';

const min = 60_000;
const receivedAt = Date.parse('2027-01-02T10:00:00+08:00');
const incident = { phoneDueAt: receivedAt + 30 * min, writtenDueAt: receivedAt + 60 * min, phoneReportedAt: null as number | null, reports: [] as { kind: 'first' | 'followUp' | 'final'; at: number }[] };

describe('report countdowns', () => {
  it('counts in mm:ss as the rules count minutes, and in h:mm:ss from 100 minutes on', () => {
    expect(formatDuration(30 * min)).toBe('30:00');
    expect(formatDuration(29 * min + 59_999)).toBe('29:59');
    expect(formatDuration(65 * min + 3000)).toBe('65:03');
    expect(formatDuration(125 * min)).toBe('2:05:00');
  });

  it('is green with time to spare, orange under ten minutes, red and counting once overdue', () => {
    const at = (ms: number) => incidentDeadlines(incident, receivedAt + ms).map((d) => countdownView(d));
    expect(at(0)).toEqual([{ text: '剩余 30:00', tone: 'ok' }, { text: '剩余 60:00', tone: 'ok' }]);
    expect(at(21 * min)[0]).toEqual({ text: '剩余 09:00', tone: 'warn' });
    expect(at(32 * min + 5000)[0]).toEqual({ text: '已超时 02:05', tone: 'overdue' });
  });

  it('is grey once done, with the time in China time, and says 迟报 when it was late', () => {
    const done = { ...incident, phoneReportedAt: receivedAt + 12 * min, reports: [{ kind: 'first' as const, at: receivedAt + 75 * min }] };
    const [phone, written] = incidentDeadlines(done, receivedAt + 80 * min).map((d) => countdownView(d));
    expect(phone).toEqual({ text: '已报 10:12', tone: 'done' });
    expect(written).toEqual({ text: '迟报 11:15', tone: 'done' });
  });

  it('stops on a closed incident: what was never done stays 未报', () => {
    const [phone] = incidentDeadlines(incident, receivedAt + 90 * min);
    expect(countdownView(phone!, true)).toEqual({ text: '未报', tone: 'done' });
  });
});

describe('report facts', () => {
  const facts: IncidentFacts = {
    title: '货车侧翻事故', occurredAt: receivedAt - 10 * min, place: 'G220国道K312处', category: '事故灾难', nature: '道路交通事故', level: 'Ⅳ', scope: '', deaths: 0, injuries: 1, missing: 0,
    propertyLoss: '', trend: '', leadersOnSite: '', measures: '交警已到场', requests: '', contactName: '王磊', contactPhone: '0543-5321100', signedBy: null,
  };

  it('round-trips through the form and passes the schema', () => {
    expect(IncidentFactsInput.parse(toFactsInput(factsValues(facts)))).toEqual(facts);
  });

  it('fills what the form left empty', () => {
    expect(IncidentFactsInput.parse(toFactsInput({ title: '山体滑坡', category: '自然灾害', level: '未定级', deaths: null }))).toMatchObject({ occurredAt: null, deaths: 0, place: '', signedBy: null });
  });

  it('shows a 续报 as what changed since the previous report', () => {
    expect(changedFacts(facts, null)).toContain('title');
    expect(changedFacts({ ...facts, injuries: 2, measures: '伤员已送医' }, facts)).toEqual(['injuries', 'measures']);
  });

  it('names the controls incident-<field> in kebab case', () => {
    expect(kebab('propertyLoss')).toBe('property-loss');
    expect(kebab('title')).toBe('title');
  });
});
