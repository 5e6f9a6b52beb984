import type { ConversationSummary } from '../../shared/desktop-api';
import type { Api } from '../api/createApi';

/** The 1:1 chat with a person: the existing one if there is one, else a new one. */
export async function openDirect(api: Api, list: ConversationSummary[], meId: string, personId: string): Promise<string> {
  const existing = list.find((c) => c.kind === 'direct' && c.memberIds.includes(personId) && (personId === meId ? c.memberIds.every((m) => m === meId) : c.memberIds.includes(meId)));
  if (existing) return existing.id;
  const created = await api.chat.create({ kind: 'direct', memberIds: [personId] });
  return created.id;
}
