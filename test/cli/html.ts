// Walking a page parsed by htmlparser2, for the report tests: every node that passes a test, and a node's text.

export type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string };

/** Every node under `node` (itself included) that passes `test`, in document order. */
export const all = (node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] => {
  if (test(node)) out.push(node);
  for (const child of node.children ?? []) all(child, test, out);
  return out;
};

/** The text content of `node`. */
export const text = (node: Node): string => (node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(text).join(''));
