// Regulation search snippets mark their matches with 【】; the page shows them as <mark>.

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /【([^【】]*)】/g;
  let at = 0;
  for (const found of snippet.matchAll(pattern)) {
    if (found.index > at) parts.push({ text: snippet.slice(at, found.index), match: false });
    if (found[1]) parts.push({ text: found[1], match: true });
    at = found.index + found[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
