/** One fuzz case of each shape: `ok`, `typed`, or a throw of what is neither. */
export function makeChecks(api: {
  resolveExclusions: (query: never) => unknown;
  renderExclusions: (resolution: never, target: never, options?: never) => unknown;
  AvExclusionsError: new (...args: never[]) => Error;
  RENDER_TARGETS: readonly string[];
  main: (argv: readonly string[], io: never) => number;
}): {
  query(query: unknown): 'ok' | 'typed';
  render(renderCase: { field: string; value: unknown; options: unknown }, index: number): 'ok' | 'typed';
  argv(argv: string[]): 'ok' | 'typed';
};
