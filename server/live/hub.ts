import pg from "pg";
import type { Db } from "../db";
import { logger } from "../logger";
import { LIVE_CHANNEL } from "./publish";
import { RecentIds } from "./recent-ids";

/** One event as a stream sends it (bigint ids as strings: JSON and `id:` lines). */
export type LiveMessage = { id: string; type: string; payload: unknown; at: string };

export type LiveSubscription = {
  agencyId: string;
  /** The stream's user: gets the agency's events (userId null) and its own. */
  userId: string;
  /** Resume after this event id (Last-Event-ID); without it, only events from now on. */
  afterId?: bigint | null;
  send: (event: LiveMessage) => void;
};

type Subscriber = LiveSubscription & { start: bigint; cursor: bigint; recent: RecentIds };

/**
 * One LISTEN connection per instance, fanned out to every SSE stream this instance serves. A NOTIFY
 * ("<agencyId>:<id>") wakes the agency's streams, which read the rows after their cursor: the NOTIFY only
 * says "look", the LiveEvent table is the truth, so a lost notification is caught up by the poll. Ids are
 * assigned at insert but rows commit in any order, so each read also looks a few seconds back and skips
 * ids a stream already sent (RecentIds): a slow transaction's event is not stepped over.
 */
export class LiveHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: { connectionString: string; pollMs?: number; lookbackMs?: number },
  ) {}

  async start(): Promise<void> {
    this.timer = setInterval(() => this.pollAll(), this.options.pollMs ?? 3000);
    this.timer.unref();
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: "switchboard-live" });
    client.on("notification", (n) => {
      const agencyId = n.payload?.split(":")[0];
      if (agencyId) this.wake(agencyId);
    });
    client.on("error", (err) => {
      logger.warn({ err }, "live listener lost its connection; polling until it is back");
      this.listener = null;
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), 2000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      this.listener = client;
      this.pollAll(); // whatever was published while we were not listening
    } catch (err) {
      logger.warn({ err }, "live listener could not start; polling");
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), 5000).unref();
    }
  }

  /** Adds a stream; returns its unsubscribe. Resolves once the backlog after `afterId` is sent. */
  async subscribe(sub: LiveSubscription): Promise<() => void> {
    const start = sub.afterId ?? (await this.latestId(sub.agencyId));
    const subscriber: Subscriber = { ...sub, start, cursor: start, recent: new RecentIds() };
    const set = this.subscribers.get(sub.agencyId) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(sub.agencyId, set);
    await this.wake(sub.agencyId);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(sub.agencyId);
    };
  }

  get streamCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  private async latestId(agencyId: string): Promise<bigint> {
    const last = await this.db.liveEvent.findFirst({ where: { agencyId }, orderBy: { id: "desc" }, select: { id: true } });
    return last?.id ?? 0n;
  }

  private pollAll(): void {
    for (const agencyId of this.subscribers.keys()) void this.wake(agencyId);
  }

  /** Reads and fans out one agency's new events; a wake during a read runs one more read after it. */
  private wake(agencyId: string): Promise<void> {
    const current = this.running.get(agencyId);
    if (current) {
      this.again.add(agencyId);
      return current;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(agencyId);
          await this.deliver(agencyId);
        } while (this.again.has(agencyId) && !this.stopped);
      } catch (err) {
        logger.warn({ err, agencyId }, "live fan-out failed; the next poll retries");
      } finally {
        this.running.delete(agencyId);
      }
    })();
    this.running.set(agencyId, run);
    return run;
  }

  private async deliver(agencyId: string): Promise<void> {
    const subs = this.subscribers.get(agencyId);
    if (!subs || subs.size === 0) return;
    let from = [...subs].reduce((min, s) => (s.cursor < min ? s.cursor : min), [...subs][0]!.cursor);
    const lookback = new Date(Date.now() - (this.options.lookbackMs ?? 5000));
    for (;;) {
      const rows = await this.db.liveEvent.findMany({
        where: { agencyId, OR: [{ id: { gt: from } }, { createdAt: { gt: lookback } }] },
        orderBy: { id: "asc" },
        take: 500,
        select: { id: true, userId: true, type: true, payload: true, createdAt: true },
      });
      for (const row of rows) {
        const message: LiveMessage = { id: row.id.toString(), type: row.type, payload: row.payload, at: row.createdAt.toISOString() };
        for (const s of subs) {
          if (row.userId !== null && row.userId !== s.userId) continue;
          // Never what precedes the resume point; never twice (the look-back reads rows again).
          if (row.id <= s.start || !s.recent.add(row.id)) continue;
          if (row.id > s.cursor) s.cursor = row.id;
          try {
            s.send(message);
          } catch (err) {
            logger.debug({ err }, "a live stream refused an event (closed)");
          }
        }
      }
      const newer = rows.filter((r) => r.id > from);
      if (rows.length < 500 || newer.length === 0) return;
      from = newer[newer.length - 1]!.id;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.running.values());
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    this.subscribers.clear();
  }
}
