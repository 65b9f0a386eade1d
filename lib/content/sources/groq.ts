/** GROQ over documents in memory, with groq-js: how local mode (and the tests' Content Lake stand-in) answer queries. */
import { evaluate, parse, type ExprNode } from 'groq-js'
import type { SanityDocument } from './dataset'
import { DatasetIndex, SCOPES } from './scopes'

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
  private index: DatasetIndex | undefined

  /**
   * `indexed`: answer the queries that read one document from the documents they can reach (scopes.ts), as
   * local mode does; without it (the tests' Content Lake stand-in) every query sees every document.
   */
  constructor(
    readonly documents: SanityDocument[],
    private readonly options: { indexed?: boolean } = {},
  ) {
    this.byId = new Map(documents.map((d) => [d._id, d]))
  }

  /** Build the indexes now (an indexed dataset builds them on its first scoped query otherwise). */
  prepare(): this {
    if (this.options.indexed) this.index ??= new DatasetIndex(this.documents, this.byId)
    return this
  }

  private scopeOf(query: string, params: Record<string, unknown>): SanityDocument[] {
    const scope = this.options.indexed ? SCOPES.get(query) : undefined
    if (!scope) return this.documents
    return scope(this.prepare().index as DatasetIndex, params)
  }

  get(id: string): SanityDocument | undefined {
    return this.byId.get(id)
  }

  async query(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const result = await evaluate(parseCached(query), {
      dataset: this.scopeOf(query, params),
      params,
      // groq-js would scan the whole dataset for every `->`; a Map makes joins O(1).
      dereference: ({ _ref }) => this.byId.get(_ref) ?? null,
    })
    return result.get()
  }
}
