/**
 * Jest transformer wrapper: rewrites `import.meta` in the `sanity` packages, then hands the file to
 * next/jest's SWC transformer. Why: sanity's ESM build reads `import.meta.env` / `import.meta.hot` (Vite
 * features), which SWC leaves as-is in CommonJS output, a syntax error under Jest (see STACK-NOTES).
 * Scoped: only files under node_modules/sanity and node_modules/@sanity that mention `import.meta` change,
 * and only the unit project uses this wrapper (jest.config.mjs).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: Jest loads transformers with require */
const crypto = require('node:crypto')
const fs = require('node:fs')

const SCOPE = /[\\/]node_modules[\\/](sanity|@sanity[\\/][^\\/]+)[\\/]/
// What Vite would provide: no env variables, no hot module replacement, the file's own URL.
const STAND_IN = '({ env: {}, hot: undefined, url: require("node:url").pathToFileURL(__filename).href })'
const SELF = fs.readFileSync(__filename, 'utf8')

function rewrite(src, filename) {
  if (!SCOPE.test(filename) || !src.includes('import.meta')) return src
  return src.replace(/\bimport\.meta\b/g, STAND_IN)
}

module.exports = {
  createTransformer({ inner, innerOptions }) {
    const transformer = require(inner).createTransformer(innerOptions)
    return {
      process(src, filename, options) {
        return transformer.process(rewrite(src, filename), filename, options)
      },
      // The wrapper's own text is part of the key, so editing it invalidates Jest's cache.
      getCacheKey(src, filename, options) {
        return crypto
          .createHash('sha1')
          .update(SELF)
          .update(inner)
          .update(JSON.stringify(innerOptions ?? null))
          .update(options.configString)
          .update(filename)
          .update(src)
          .digest('hex')
      },
    }
  },
}
