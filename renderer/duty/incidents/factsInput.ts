import dayjs, { type Dayjs } from 'dayjs';
import type { IncidentFactsInput } from '../../../shared/duty/actions';
import type { IncidentCategory, IncidentFacts, IncidentLevel } from '../../../shared/duty/records';

/** The facts form as typed: times as pickers hold them, counts possibly left empty. */
export interface FactsValues {
  title: string;
  occurredAt?: Dayjs | null;
  place?: string;
  category: IncidentCategory;
  nature?: string;
  level: IncidentLevel;
  scope?: string;
  deaths?: number | null;
  injuries?: number | null;
  missing?: number | null;
  propertyLoss?: string;
  trend?: string;
  leadersOnSite?: string;
  measures?: string;
  requests?: string;
  contactName?: string;
  contactPhone?: string;
  signedBy?: string | null;
}

export function toFactsInput(values: FactsValues): IncidentFactsInput {
  return {
    title: values.title,
    occurredAt: values.occurredAt ? values.occurredAt.valueOf() : null,
    place: values.place ?? '',
    category: values.category,
    nature: values.nature ?? '',
    level: values.level,
    scope: values.scope ?? '',
    deaths: values.deaths ?? 0,
    injuries: values.injuries ?? 0,
    missing: values.missing ?? 0,
    propertyLoss: values.propertyLoss ?? '',
    trend: values.trend ?? '',
    leadersOnSite: values.leadersOnSite ?? '',
    measures: values.measures ?? '',
    requests: values.requests ?? '',
    contactName: values.contactName ?? '',
    contactPhone: values.contactPhone ?? '',
    signedBy: values.signedBy ?? null,
  };
}

/** A report form starts from the facts as last reported. */
export function factsValues(facts: IncidentFacts): FactsValues {
  return { ...facts, occurredAt: facts.occurredAt === null ? null : dayjs(facts.occurredAt) };
}
