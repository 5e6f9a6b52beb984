import { incomingStepLabels, type IncomingStep } from '../../../shared/documents/incoming';
import { outgoingStepLabels, type OutgoingStep } from '../../../shared/documents/workflow';
import type { DocumentKind } from './document-rows';

export function stepLabel(kind: DocumentKind, step: string): string {
  return (kind === 'outgoing' ? outgoingStepLabels[step as OutgoingStep] : incomingStepLabels[step as IncomingStep]);
}
