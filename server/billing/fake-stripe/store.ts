import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The fake Stripe's data: Stripe-shaped JSON objects per account scope ("platform" or an acct_ id), so a
 * `Stripe-Account` header only ever sees its own objects. Meter events are kept compact (100,000s of them).
 * Persisted as one JSON file (debounced, atomic rename) so `npm start` restarts keep customers and clocks.
 */
export type Obj = Record<string, any>;
export const KINDS = ["customers", "products", "prices", "meters", "subscriptions", "invoiceitems", "invoices", "clocks"] as const;
export type Kind = (typeof KINDS)[number];
/** event_name, customer, value, timestamp, cancelled. */
export type MeterEventRec = { e: string; c: string; v: string; t: number; x?: 1 };
export type Scope = { id: string; objects: Record<Kind, Map<string, Obj>>; meterEvents: Map<string, MeterEventRec> };

export const PLATFORM = "platform";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// Random bytes drawn from a pool: ids are made per request, and one randomBytes call each is measurable.
let pool = randomBytes(8192);
let offset = pool.length;

export function newId(prefix: string, length = 24): string {
  if (offset + length > pool.length) {
    pool = randomBytes(8192);
    offset = 0;
  }
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[pool[offset + i]! % 62];
  offset += length;
  return `${prefix}_${out}`;
}

export class Store {
  accounts = new Map<string, Obj>();
  scopes = new Map<string, Scope>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly statePath?: string) {
    if (statePath && fs.existsSync(statePath)) this.load(JSON.parse(fs.readFileSync(statePath, "utf8")));
  }

  scope(id: string): Scope {
    let scope = this.scopes.get(id);
    if (!scope) {
      scope = { id, objects: Object.fromEntries(KINDS.map((k) => [k, new Map()])) as Scope["objects"], meterEvents: new Map() };
      this.scopes.set(id, scope);
    }
    return scope;
  }

  reset() {
    this.accounts.clear();
    this.scopes.clear();
    this.changed();
  }

  /** Schedules a save; many changes in a burst (a meter event bench) cost one write. */
  changed() {
    if (!this.statePath || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.save()).catch(() => {});
    }, 1000);
    this.timer.unref();
  }

  async flush() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.writing = this.writing.then(() => this.save());
    }
    await this.writing;
  }

  private async save() {
    if (!this.statePath) return;
    const data = {
      version: 1,
      accounts: [...this.accounts.values()],
      scopes: [...this.scopes.values()].map((s) => ({
        id: s.id,
        objects: Object.fromEntries(KINDS.map((k) => [k, [...s.objects[k].values()]])),
        meterEvents: [...s.meterEvents].map(([id, r]) => [id, r.e, r.c, r.v, r.t, r.x ?? 0]),
      })),
    };
    const tmp = `${this.statePath}.${process.pid}.tmp`;
    await fs.promises.mkdir(path.dirname(this.statePath), { recursive: true });
    await fs.promises.writeFile(tmp, JSON.stringify(data));
    await fs.promises.rename(tmp, this.statePath);
  }

  private load(data: any) {
    for (const account of data.accounts ?? []) this.accounts.set(account.id, account);
    for (const saved of data.scopes ?? []) {
      const scope = this.scope(saved.id);
      for (const kind of KINDS) for (const o of saved.objects?.[kind] ?? []) scope.objects[kind].set(o.id, o);
      // A clock saved mid-advance finished its work before the save (only its webhooks were pending).
      for (const clock of scope.objects.clocks.values()) clock.status = "ready";
      for (const [id, e, c, v, t, x] of saved.meterEvents ?? []) scope.meterEvents.set(id, { e, c, v, t, ...(x ? { x: 1 as const } : {}) });
    }
  }
}
