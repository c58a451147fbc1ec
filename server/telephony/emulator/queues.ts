import { queueSid } from "./sids";

/** Named queues of the account (<Enqueue>name</Enqueue>), in arrival order. */
export type QueueState = { name: string; sid: string; members: string[]; waits: number[] };

export class QueueRegistry {
  private readonly byName = new Map<string, QueueState>();

  get(name: string): QueueState {
    let queue = this.byName.get(name);
    if (!queue) {
      queue = { name, sid: queueSid(name), members: [], waits: [] };
      this.byName.set(name, queue);
    }
    return queue;
  }

  list(): QueueState[] {
    return [...this.byName.values()];
  }

  position(queue: QueueState, callSid: string) {
    return queue.members.indexOf(callSid) + 1;
  }

  /** Takes the call out; `waited` (simulated seconds) feeds AvgQueueTime. */
  remove(queue: QueueState, callSid: string, waited: number) {
    const i = queue.members.indexOf(callSid);
    if (i < 0) return;
    queue.members.splice(i, 1);
    queue.waits.push(waited);
    if (queue.waits.length > 100) queue.waits.shift();
  }

  averageWait(queue: QueueState) {
    return queue.waits.length ? Math.round(queue.waits.reduce((a, b) => a + b, 0) / queue.waits.length) : 0;
  }
}
