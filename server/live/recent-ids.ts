/**
 * The ids a stream sent in the last `keepMs`: the hub reads a few seconds back on every wake (rows commit
 * out of id order), and this keeps it from sending one twice. Pure, so it is unit-tested without a database.
 */
export class RecentIds {
  private readonly sentAt = new Map<bigint, number>();

  constructor(private readonly keepMs = 30_000, private readonly now: () => number = Date.now) {}

  /** Records `id`; false when it was already sent. */
  add(id: bigint): boolean {
    if (this.sentAt.has(id)) return false;
    this.prune();
    this.sentAt.set(id, this.now());
    return true;
  }

  get size(): number {
    return this.sentAt.size;
  }

  private prune(): void {
    const cutoff = this.now() - this.keepMs;
    // Insertion order is time order, so the old ones are at the front.
    for (const [id, at] of this.sentAt) {
      if (at >= cutoff) break;
      this.sentAt.delete(id);
    }
  }
}
