/** GROQ over documents in memory, with groq-js: how local mode (and the tests' Content Lake stand-in) answer queries. */
import { evaluate, parse, type ExprNode } from 'groq-js'
import type { SanityDocument } from './dataset'

const parsed = new Map<string, ExprNode>()

function parseCached(query: string): ExprNode {
  let tree = parsed.get(query)
  if (!tree) {
    tree = parse(query)
    // Queries are a fixed set of constants; the bound keeps a stand-in fed with arbitrary queries from growing.
    if (parsed.size > 500) parsed.clear()
    parsed.set(query, tree)
  }
  return tree
}

export class GroqDataset {
  private readonly byId: Map<string, SanityDocument>

  constructor(readonly documents: SanityDocument[]) {
    this.byId = new Map(documents.map((d) => [d._id, d]))
  }

  get(id: string): SanityDocument | undefined {
    return this.byId.get(id)
  }

  async query(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const result = await evaluate(parseCached(query), {
      dataset: this.documents,
      params,
      // groq-js would scan the whole dataset for every `->`; a Map makes joins O(1).
      dereference: ({ _ref }) => this.byId.get(_ref) ?? null,
    })
    return result.get()
  }
}
