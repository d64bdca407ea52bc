// Which page links a long admin list offers: the first and the last, the current page with two on
// either side, and a gap marker where pages are skipped. Pure.

type PageItem = { kind: "page"; page: number } | { kind: "gap"; key: string };

export function pageItems(page: number, pages: number, span = 2): PageItem[] {
  if (pages <= 1) return [];
  const shown = new Set([1, pages]);
  for (let near = Math.max(1, page - span); near <= Math.min(pages, page + span); near++) shown.add(near);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  sorted.forEach((value, index) => {
    if (index > 0 && value - sorted[index - 1]! > 1) items.push({ kind: "gap", key: `gap-${value}` });
    items.push({ kind: "page", page: value });
  });
  return items;
}
