import autocannon from "autocannon";

export type LoadOptions = {
  /** Extra request headers (a session cookie). */
  headers?: Record<string, string>;
  connections?: number;
  /** Measured seconds, after `warmupSeconds` of discarded load (JIT, connection pools, route compilation). */
  seconds?: number;
  warmupSeconds?: number;
};

export type LoadFigures = { rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number };

function fire(url: string, opts: Required<Omit<LoadOptions, "warmupSeconds">>): Promise<autocannon.Result> {
  return autocannon({ url, connections: opts.connections, duration: opts.seconds, headers: opts.headers });
}

/**
 * Requests per second and latency percentiles (ms) of GET `url` under `connections` concurrent
 * keep-alive connections. Throws when more than 1% of answers are not 2xx or fail: figures of error
 * pages (a lost session answering 401, a database answering 503) measure the wrong thing.
 */
export async function measureGet(url: string, options: LoadOptions = {}): Promise<LoadFigures> {
  const opts = { headers: {}, connections: 10, seconds: 5, ...options };
  if (options.warmupSeconds ?? 1) await fire(url, { ...opts, seconds: options.warmupSeconds ?? 1 });
  const r = await fire(url, opts);
  const requests = r.requests.total;
  const bad = r.non2xx + r.errors;
  if (requests === 0 || bad > requests * 0.01) {
    const codes = JSON.stringify(r.statusCodeStats ?? {});
    throw new Error(`GET ${url}: ${bad} of ${requests} requests failed (non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}, status codes ${codes})`);
  }
  return { rps: requests / r.duration, p50: r.latency.p50, p99: r.latency.p99, requests, non2xx: r.non2xx, errors: r.errors };
}
