// One fuzz case of each shape: returns 'ok', 'typed' (an AvExclusionsError or exit 2/3) or throws what is neither.
export function makeChecks({ resolveExclusions, renderExclusions, AvExclusionsError, RENDER_TARGETS, main }) {
  const base = resolveExclusions({ product: 'sep-sesam', roles: ['server'], platform: 'linux' });
  const typed = (fn) => {
    try {
      fn();
      return 'ok';
    } catch (error) {
      if (error instanceof AvExclusionsError) return 'typed';
      throw error;
    }
  };
  return {
    query: (q) => typed(() => resolveExclusions(q)),
    render: ({ field, value, options }, i) =>
      typed(() => {
        const r = structuredClone(base);
        if (r.exclusions[0]) r.exclusions[0][field] = value;
        renderExclusions(r, RENDER_TARGETS[i % RENDER_TARGETS.length], options);
      }),
    argv: (args) => {
      let stderr = '';
      const code = main(args, { stdout: () => {}, stderr: (t) => void (stderr += t), isTTY: false, env: {}, writeFile: () => {} });
      if (code === 1 || (code === 2 && stderr.split('\n').length !== 2)) throw new Error(`exit ${code}: ${stderr}`);
      return code === 0 ? 'ok' : 'typed';
    },
  };
}
