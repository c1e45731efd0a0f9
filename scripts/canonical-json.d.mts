/** Key order of canonical rule-pack JSON. */
export const KEY_ORDER: string[];
/** A deep copy with keys in canonical order. */
export function canonicalize<T>(value: T): T;
/** Canonical text of a pack: canonical key order, 2-space indent, final newline. */
export function formatPack(value: unknown): string;
