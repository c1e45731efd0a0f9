import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
  });
}

const sources = files('src').filter((f) => f.endsWith('.ts'));
const generated = (f: string) => f.startsWith('src/generated/');
const typesOnly = (f: string) => !/^export (async )?(function|const|class|let)\b/m.test(readFileSync(join(ROOT, f), 'utf8'));
const reexportsOnly = (f: string) => f.endsWith('/index.ts') || f === 'src/index.ts';

describe('project structure', () => {
  it('mirrors every source module with a test (src/a/b.ts -> test/a/b.test.ts, or test/proofs/a/b.test.ts)', () => {
    const tests = files('test');
    const missing = sources
      .filter((f) => !generated(f) && !typesOnly(f) && !reexportsOnly(f))
      .map((f) => f.replace(/^src\//, 'test/').replace(/\.ts$/, '.test.ts'))
      .filter((t) => !tests.includes(t) && !tests.includes(t.replace(/^test\//, 'test/proofs/')));
    expect(missing).toEqual([]);
  });

  it('keeps Node built-ins, process, the clock and randomness out of the pure core (only src/cli does I/O)', () => {
    const offenders = sources
      .filter((f) => !f.startsWith('src/cli/'))
      .filter((f) => {
        const code = readFileSync(join(ROOT, f), 'utf8');
        return (
          /from ['"](node:|fs|path|os|child_process|crypto|util)['"/]/.test(code) ||
          /\b(process\.|Date\.now|new Date\(|Math\.random)/.test(code)
        );
      });
    expect(offenders).toEqual([]);
  });

  it('never imports full zod, and zod/mini only from src/schema', () => {
    for (const f of sources) {
      const code = readFileSync(join(ROOT, f), 'utf8');
      expect(code, f).not.toMatch(/from ['"]zod['"]/);
      if (!f.startsWith('src/schema/')) expect(code, relative(ROOT, f)).not.toMatch(/from ['"]zod/);
    }
  });
});
