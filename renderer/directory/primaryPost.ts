import type { Org, Person } from '../../shared/directory/schemas';

/** "处室 · 职务" of the person's first post (or of the post in `orgId`, when given). */
export function postLine(person: Person, orgs: Map<string, Org>, orgId?: string | null): string {
  const post = (orgId ? person.posts.find((p) => p.orgId === orgId) : undefined) ?? person.posts[0];
  if (!post) return '';
  const org = orgs.get(post.orgId)?.name ?? '';
  return [org, post.title].filter(Boolean).join(' · ');
}
