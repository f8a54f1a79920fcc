// The layer rule: which folders of src may import which. DESIGN.md, "Layers you can see".
// A relative import is resolved against the importing file, so `../../main/x` is caught
// wherever it is written; package imports are matched by name.
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** Each layer: the folder it covers, the folders of ours it may not reach, the packages it may not use. */
export const layers = [
  {
    name: 'shared',
    folder: 'src/shared',
    allowedOwnFolders: ['src/shared'],
    forbiddenPackages: [/^electron(\/|$)/, /^node:/, /^vue(\/|$)/, /^pinia(\/|$)/, /^vue-i18n/, /^chart\.js/, /^vue-chartjs/, /^sql\.js/, /^exceljs/, /^(fs|path|os|child_process|http|https|net|url|worker_threads|zlib|crypto)$/]
  },
  {
    name: 'renderer',
    folder: 'src/renderer',
    forbiddenOwnFolders: ['src/main', 'src/preload'],
    forbiddenPackages: [/^electron(\/|$)/, /^node:/, /^sql\.js$/, /^exceljs/, /^papaparse/, /^(fs|path|os|child_process|http|https|net|url|worker_threads|zlib|crypto)$/]
  },
  {
    name: 'preload',
    folder: 'src/preload',
    forbiddenOwnFolders: ['src/main', 'src/renderer'],
    forbiddenPackages: [/^node:/]
  },
  {
    name: 'core',
    folder: 'src/main/core',
    forbiddenOwnFolders: ['src/renderer', 'src/preload', 'src/main/electron'],
    forbiddenPackages: [/^electron(\/|$)/]
  },
  {
    name: 'main',
    folder: 'src/main',
    forbiddenOwnFolders: ['src/renderer', 'src/preload'],
    forbiddenPackages: []
  }
]

function inside(file, folder) {
  const rel = path.relative(path.join(root, folder), file)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function layerOf(file) {
  return layers.find((layer) => inside(file, layer.folder))
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/shared, src/renderer and src/main/core inside their layer.' },
    schema: [],
    messages: {
      ownFolder: "The {{layer}} layer may not import '{{source}}' ({{target}}).",
      forbiddenPackage: "The {{layer}} layer may not import the package '{{source}}'."
    }
  },
  create(context) {
    const file = path.resolve(context.filename)
    const layer = layerOf(file)
    if (!layer) return {}
    function check(node, source) {
      if (typeof source !== 'string') return
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(file), source)
        const relTarget = path.relative(root, target)
        const outsideAllowed = layer.allowedOwnFolders && !layer.allowedOwnFolders.some((f) => inside(target, f))
        const forbidden = (layer.forbiddenOwnFolders ?? []).some((f) => inside(target, f))
        if (outsideAllowed || forbidden) {
          context.report({ node, messageId: 'ownFolder', data: { layer: layer.name, source, target: relTarget } })
        }
        return
      }
      if (layer.forbiddenPackages.some((re) => re.test(source))) {
        context.report({ node, messageId: 'forbiddenPackage', data: { layer: layer.name, source } })
      }
    }
    return {
      ImportDeclaration(node) { check(node, node.source.value) },
      ExportNamedDeclaration(node) { if (node.source) check(node, node.source.value) },
      ExportAllDeclaration(node) { check(node, node.source.value) },
      ImportExpression(node) { if (node.source.type === 'Literal') check(node, node.source.value) },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value)
        }
      }
    }
  }
}

export default { rules: { layers: rule } }
