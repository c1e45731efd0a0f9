/**
 * Serves a folder on 127.0.0.1 (GET and HEAD, nothing outside the folder).
 *
 * @param folder - the folder to serve
 * @param port - the port (0 or omitted: a free one)
 * @returns the base URL (ending in /) and a way to stop
 */
export function serveStatic(folder: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
