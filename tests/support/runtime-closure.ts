// The packages a set of modules needs at run time, read from package-lock.json the way
// Node resolves them (nearest node_modules first), for checking what the package ships.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Lock paths ("node_modules/a/node_modules/b") of `roots` and everything they depend on. */
export function runtimeClosure(projectRoot: string, roots: readonly string[]): Set<string> {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const packages = lock.packages;
  const resolveFrom = (from: string, name: string): string | null => {
    for (let base = from; ; ) {
      const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
      if (packages[candidate] !== undefined) return candidate;
      if (base === '') return null;
      const cut = base.lastIndexOf('/node_modules/');
      base = cut < 0 ? '' : base.slice(0, cut);
    }
  };
  const seen = new Set<string>();
  const stack = roots.map((root) => `node_modules/${root}`);
  for (let path = stack.pop(); path !== undefined; path = stack.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const entry = packages[path] ?? {};
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const resolved = resolveFrom(path, name);
      if (resolved !== null) stack.push(resolved);
    }
  }
  return seen;
}
