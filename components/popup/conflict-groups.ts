/**
 * Groups conflicts by story: pages joined by any conflict are one story, so three reports of
 * one truce show together. Groups come newest first, as do conflicts inside a group.
 */
import type { ConflictMessage } from '@/utils/messages';

/** One story: a title (its earliest page read) and its conflicts. */
export interface ConflictGroup {
  key: string;
  title: string;
  conflicts: ConflictMessage[];
}

/** Splits conflicts (given newest first) into stories, keeping that order. */
export function groupConflictsByStory(conflicts: readonly ConflictMessage[]): ConflictGroup[] {
  const parent = new Map<string, string>();
  const find = (page: string): string => {
    let root = page;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(page, root);
    return root;
  };
  for (const conflict of conflicts) {
    const [a, b] = [find(conflict.a.pageUrl), find(conflict.b.pageUrl)];
    parent.set(a, a);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, ConflictGroup>();
  for (const conflict of conflicts) {
    const key = find(conflict.a.pageUrl);
    const group = groups.get(key) ?? { key, title: '', conflicts: [] };
    group.conflicts.push(conflict);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const sides = group.conflicts.flatMap((c) => [c.a, c.b]).sort((x, y) => x.readAt - y.readAt);
    group.title = sides[0]?.pageTitle ?? '';
  }
  return [...groups.values()];
}
